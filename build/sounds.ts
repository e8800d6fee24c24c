/**
 * `npx tsx build/sounds.ts` — synthesise every sound of the game into `public/audio/`
 * (Ogg Opus files and `manifest.json`). Deterministic: the same code gives the same bytes.
 *
 *   npx tsx build/sounds.ts            write the files, list them with their sizes
 *   npx tsx build/sounds.ts --check    write nothing; exit 1 if a file differs from a rebuild
 *   npx tsx build/sounds.ts ui-choice  only the named sounds (the manifest is still complete)
 *
 * How the sounds are made: docs/sound.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isSoundId, SOUND_IDS, type SoundId } from '../src/core/sound-catalog.ts';
import { buildAll, manifestOf, type BuiltSound } from './sound/build.ts';

const OUT = resolve('public/audio');
const args = process.argv.slice(2);
const check = args.includes('--check');
const named = args.filter((a) => !a.startsWith('--'));
const unknown = named.filter((a) => !isSoundId(a));
if (unknown.length) {
  console.error(`Unknown sound id: ${unknown.join(', ')}. Known ids: ${SOUND_IDS.join(', ')}.`);
  process.exit(2);
}
const wanted = (named.length ? named : SOUND_IDS) as SoundId[];

const started = performance.now();
const built = buildAll(wanted);
const file = (b: BuiltSound) => join(OUT, b.info.file);
const same = (path: string, bytes: Uint8Array) =>
  existsSync(path) && Buffer.compare(readFileSync(path), bytes) === 0;

// The manifest always lists every sound: sizes of sounds not rebuilt now come from their files.
const all = SOUND_IDS.map((id) => built.find((b) => b.info.id === id) ?? buildAll([id])[0]!);
const manifestText = `${JSON.stringify(manifestOf(all), null, 2)}\n`;
const manifestPath = join(OUT, 'manifest.json');

if (check) {
  const stale = built.filter((b) => !same(file(b), b.bytes)).map((b) => b.info.file);
  if (!same(manifestPath, new TextEncoder().encode(manifestText))) stale.push('manifest.json');
  if (stale.length) {
    console.error(`public/audio is out of date (${stale.join(', ')}): run \`npx tsx build/sounds.ts\`.`);
    process.exit(1);
  }
  console.log(`public/audio matches the generator (${built.length} sounds).`);
  process.exit(0);
}

mkdirSync(OUT, { recursive: true });
for (const b of built) writeFileSync(file(b), b.bytes);
writeFileSync(manifestPath, manifestText);
// Files of sounds that are no longer in the catalog would still be served and cached: remove them.
const known = new Set(SOUND_IDS.map((id) => `${id}.ogg`));
for (const f of readdirSync(OUT)) if (f.endsWith('.ogg') && !known.has(f)) rmSync(join(OUT, f));

let total = 0;
for (const b of all) {
  total += b.bytes.length;
  const mark = built.includes(b) ? ' ' : '=';
  console.log(
    `${mark} ${b.info.file.padEnd(24)} ${b.info.kind.padEnd(9)} ${(b.pcm.length / 48_000).toFixed(2).padStart(5)} s ${(b.bytes.length / 1024).toFixed(1).padStart(6)} kB`,
  );
}
console.log(
  `${all.length} sounds, ${(total / 1024).toFixed(1)} kB in public/audio (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
