/**
 * The sound files a package's stories can play: every UI sound and cue, the ambience (and its
 * accents) of each place the stories name with `# place:`, and the quiet room a place the game does
 * not know falls back to. A package leaves out the others (most of public/audio/ for one story).
 */
import { readFileSync } from 'node:fs';
import { compileInkFile } from '../ink/compile.ts';
import {
  ACCENTS,
  ambienceFor,
  FALLBACK_AMBIENCE,
  SOUNDS,
  type SoundId,
} from '../../src/core/sound-catalog.ts';

/** The places named in these story files and the files they include. */
export function placesOf(storyFiles: readonly string[]): Set<string> {
  const places = new Set<string>();
  for (const story of storyFiles)
    for (const file of compileInkFile(story).files)
      for (const m of readFileSync(file, 'utf8').matchAll(/#\s*place\s*:\s*([\w-]+)/g)) places.add(m[1]!);
  return places;
}

/** The file names (under audio/) that these places need. */
export function soundFilesFor(places: Iterable<string>): Set<string> {
  const ids = new Set<SoundId>([FALLBACK_AMBIENCE]);
  for (const [id, s] of Object.entries(SOUNDS) as [SoundId, (typeof SOUNDS)[SoundId]][])
    if (s.kind !== 'ambience') ids.add(id); // UI sounds and cues; accents come with their ambience
  for (const place of places) {
    const ambience = ambienceFor(place);
    if (!ambience) continue;
    ids.add(ambience);
    for (const accent of ACCENTS[ambience]?.sounds ?? []) ids.add(accent);
  }
  return new Set([...ids].map((id) => SOUNDS[id].file));
}
