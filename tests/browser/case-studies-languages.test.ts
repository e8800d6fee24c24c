/**
 * The three seed case studies in each translated language (issue #21): each played to its best
 * ending by keyboard on a 320 px phone in zh-Hans, ja and es — the story's own words in the
 * language (hardly a line of the English transcript left), axe clean at the ending, no text
 * running off the screen.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choicesOf } from '../../build/analysis/golden.ts';
import { en } from '../../src/l10n/en.ts';
import { axe } from './axe.ts';
import { chooseByKeyboard, useGame } from './browser.ts';

const game = useGame();
const STORIES = ['lost-face', 'the-president', 'of-course'];
const LANGUAGES = ['zh-Hans', 'ja', 'es'];
/** The English of My progress's own words (whole messages without placeholders). */
const PROGRESS_ENGLISH = Object.entries(en)
  .filter(([key, { msg }]) => /^(profile|map)\./.test(key) && !msg.includes('{') && msg.length > 8)
  .map(([, { msg }]) => msg);
/** Words of each story's English title, role and places that no translation keeps. */
const ENGLISH_AROUND: Record<string, RegExp> = {
  'lost-face': /\b(Lost face|You are|supplier|Meeting room|Restaurant|Factory)\b/,
  'the-president': /\b(The President|You are|Meeting room|Restaurant|Office)\b/,
  'of-course': /\b(Of course|You are|Meeting room|Restaurant|Office)\b/,
};

/** The golden transcript's lines without their speaker: what an English learner reads. */
function englishLines(golden: string): Set<string> {
  return new Set(
    golden
      .split('\n')
      .filter((l) => l && !/^[#>=!]/.test(l))
      .map((l) => l.replace(/^[^:]{1,40}: /, '').trim()),
  );
}

/** The English choices of a golden transcript (`> 1. Ask Wang…`). */
const englishChoices = (golden: string) =>
  golden
    .split('\n')
    .filter((l) => l.startsWith('> '))
    .map((l) => l.replace(/^> \d+\. /, ''));

/** Lost face's endings as the English map names them. */
const LOST_FACE_ENDINGS = ['A partner who tells you first', 'Friendly, but careful', 'The line goes quiet'];

describe('the case studies in every translated language', () => {
  for (const lang of LANGUAGES)
    for (const story of STORIES)
      it(`plays ${story} to its best ending in ${lang} by keyboard at 320 px`, async () => {
        const golden = readFileSync(resolve(__dirname, `../golden/${story}.best.txt`), 'utf8');
        const { page, errors } = await game.open(320, 640);
        await page.goto(`${game.base()}?story=${story}&lang=${lang}`);
        await page.locator('.choices button').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        for (const index of choicesOf(golden)) await chooseByKeyboard(page, index);
        await page.locator('.debrief .score').waitFor();
        const shown = await page.locator('.transcript .line .text').allTextContents();
        const english = englishLines(golden);
        const untranslated = shown.filter((t) => english.has(t.trim()));
        expect(shown.length).toBeGreaterThan(20);
        expect(untranslated, `${untranslated.length} of ${shown.length} lines still English`).toEqual([]);
        const endingShown = await page.locator('#ending-title').textContent();
        expect(endingShown).not.toBe('');
        expect(endingShown).not.toBe('A partner who tells you first');
        // Around the story too: its title and the learner's role (the menu's words, which arrive
        // after the first line) and the place in the scene's label.
        const around = [
          await page.locator('.story-title').textContent(),
          await page.locator('.learner-role p').textContent(),
          await page.locator('.scene-label').textContent(),
        ];
        expect(around.join('\n')).not.toMatch(ENGLISH_AROUND[story]!);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
          true,
        );
        expect(await axe(page)).toEqual([]);
        if (story === 'lost-face') {
          // My progress in the language, with this attempt, its chart and its path map in it.
          await page.goto(`${game.base()}?progress&lang=${lang}`);
          await page.locator('.profile-screen .path-map, .profile-screen svg').first().waitFor();
          const text = await page.locator('.profile-screen').innerText();
          const left = PROGRESS_ENGLISH.filter((english) => text.includes(english));
          expect(left, `English on My progress in ${lang}`).toEqual([]);
          // The attempt's ending and the map's endings and choices, in the language too.
          const ending = await page.locator('.profile-screen table.attempts tbody td').nth(2).innerText();
          expect(ending.trim()).toBe(endingShown!.trim());
          const map = await page.locator('.profile-screen svg').first().textContent();
          const englishOnMap = [
            ...LOST_FACE_ENDINGS,
            ...englishChoices(golden),
            ...englishLines(golden),
          ].filter((words) => words.length > 12 && map!.includes(words.slice(0, 12)));
          expect(englishOnMap, `English on the map in ${lang}`).toEqual([]);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
          ).toBe(true);
          expect(await axe(page)).toEqual([]);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      });
});
