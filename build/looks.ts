/**
 * `stories/looks.json` checked at build time (Node only): every mistake in a character's look —
 * an unknown trait, a value the stage cannot draw, a file that is not JSON — named with the fix.
 * The stage draws a character with a mistake from its id alone; `npm run stories` fails on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLooks } from '../src/core/looks.ts';

export function looksProblems(storiesDir: string): string[] {
  const file = join(storiesDir, 'looks.json');
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return [
      `stories/looks.json is not valid JSON (${e instanceof Error ? e.message : String(e)}) — check for a missing comma or quote`,
    ];
  }
  return parseLooks(raw).problems;
}
