/**
 * Casting: the looks of today's counterparts, read from `stories/looks.json` (content, beside the
 * stories: broad traits from each character's notes — Wang Haitao, 51, looks like a man of fifty-one
 * in Shanghai; Takeshi Hoshino, 66, wears the President's suit and tie). Only those traits are
 * fixed; everything else (face shape, colours, glasses…) still comes from the id's hash. A
 * counterpart not listed gets a complete, stable look from the hash alone — a new story plays
 * without touching any file, and an artist can cast its people later. A character whose entry has
 * a mistake is drawn from the hash too; `npm run stories` names the mistake.
 */
import looksFile from '../../../stories/looks.json';
import { parseLooks, type Casting } from '../../core/looks.ts';
import { appearanceFor, type Appearance } from './look.ts';

const parsed = parseLooks(looksFile);
for (const problem of parsed.problems) console.warn(`[Rapport] ${problem}`);

export const CASTING: Readonly<Record<string, Casting>> = parsed.looks;

/** The look the stage draws for a character id: cast traits, the rest from the id's hash. */
export function lookOf(id: string): Appearance {
  return appearanceFor(id, Object.hasOwn(CASTING, id) ? CASTING[id] : {});
}
