/**
 * Every screen in every language (issue #21: "every screen passes the browser checks in every
 * language"): each address of the game (src/app/address.ts) opened at 320 × 640 in Chinese,
 * Japanese, Spanish and the pseudo-locale (accented, 40 % longer) — axe clean (WCAG 2.2 A/AA),
 * nothing wider than the screen, the page's `lang` the language asked for, and no interface word
 * left in English on it. The case studies' play-throughs to their endings in each language are
 * tests/browser/case-studies-languages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/l10n/en.ts';
import { axe } from './axe.ts';
import { screenshot, useGame } from './browser.ts';

const game = useGame();

/** Each screen's address and what says it is drawn. */
const SCREENS: [name: string, query: string, ready: string][] = [
  ['menu', '', '.card h3'],
  ['progress', 'progress', '.profile-screen'],
  ['module', 'module=asia-partners', '.module-summary h1'],
  ['check', 'module=asia-partners&check=before', '.check-item'],
  ['play', 'story=lost-face', '.choices button'],
  ['settings', 'story=the-president&settings', 'dialog[open] .settings-field'],
];

/** The interface's English sentences (no placeholders, long enough not to be a shared word). */
const ENGLISH = Object.values(en)
  .map(({ msg }) => msg)
  .filter((msg) => !msg.includes('{') && msg.length > 14 && / \w+ /.test(msg));

describe('every screen in every language at 320 px', () => {
  for (const lang of ['zh-Hans', 'ja', 'es', 'en-XA'])
    it(`is usable in ${lang}: axe clean, no overflow, no interface English`, async () => {
      const { page, errors } = await game.open(320, 640);
      for (const [name, query, ready] of SCREENS) {
        await page.goto(`${game.base()}?${query ? `${query}&` : ''}lang=${lang}`);
        await page.locator(ready).first().waitFor({ timeout: 20_000 });
        await page.waitForTimeout(300); // the lazy words and pictures settle
        expect(await page.evaluate(() => document.documentElement.lang), name).toBe(lang);
        expect(await axe(page), `${name} in ${lang}`).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
          `${name} in ${lang} scrolls sideways`,
        ).toBe(true);
        // The interface's own sentences: none left in English (a story's words may be, marked lang="en").
        const shown = await page.evaluate(() => {
          const clone = document.body.cloneNode(true) as HTMLElement;
          for (const e of clone.querySelectorAll('[lang="en"], script, style')) e.remove();
          return clone.textContent ?? '';
        });
        expect(
          ENGLISH.filter((sentence) => shown.includes(sentence)),
          `${name} in ${lang}`,
        ).toEqual([]);
        if (lang === 'en-XA') await screenshot(page, `screens-${name}-en-XA-320`);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
});
