/**
 * The stage's places in a package: build/stage-art.ts already writes only the places the
 * module's stories name (and the neutral room); the video call is drawn by code in a chunk of its
 * own (src/views/stage/places/video-call.ts), loaded the first time a call is shown. A package whose
 * stories have no `# place: video-call` leaves that chunk out — the stage never asks for it.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export const isVideoCallChunk = (file: string): boolean => /^assets\/video-call-[\w-]+\.js$/.test(file);

/** The file list without what these places do not need (the files are removed from `dir`). */
export function keepPlaces(dir: string, files: readonly string[], places: ReadonlySet<string>): string[] {
  if (places.has('video-call')) return [...files];
  for (const f of files.filter(isVideoCallChunk)) rmSync(join(dir, f));
  return files.filter((f) => !isVideoCallChunk(f));
}
