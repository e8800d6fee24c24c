/**
 * A story in the learner's language (docs/translating.md): lost-face played by keyboard alone in
 * the pseudo-locale (?lang=en-XA) from the menu to an ending — the menu's title, every line with an
 * id, the choices and the ending's title are the pseudo text, never a key — with a reload in the
 * middle that keeps both the language and the learner's place.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choicesOf } from '../../build/analysis/golden.ts';
import { chooseByKeyboard, tabTo, useGame } from './browser.ts';

const game = useGame();
const PSEUDO = /^\[.+\]$/s;

const texts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

const take = (page: Page, index: number) => chooseByKeyboard(page, index);

describe('a story in the pseudo-locale', () => {
  it('plays lost-face to an ending by keyboard in en-XA, and a reload mid-story keeps the language and the place', async () => {
    const path = choicesOf(readFileSync(resolve(__dirname, '../golden/lost-face.best.txt'), 'utf8'));
    const { page, errors } = await game.open();
    await page.goto(`${game.base()}?lang=en-XA`);
    const card = page
      .locator('button[data-story="lost-face"]')
      .locator('xpath=ancestor::*[contains(@class,"card")][1]');
    await expect.poll(() => card.locator('h2, h3').first().textContent()).toMatch(PSEUDO);
    await tabTo(page, 'button[data-story="lost-face"]');
    await page.keyboard.press('Enter');
    await page.locator('.choices button').first().waitFor(); // the group's name is in en-XA too
    // The first line and choices: the opening in the language, before and after the engine is there.
    const first = await texts(page, '.transcript .line .text');
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((t) => PSEUDO.test(t))).toBe(true);
    expect((await texts(page, '.choices .choice-text')).every((t) => PSEUDO.test(t))).toBe(true);

    const half = Math.floor(path.length / 2);
    for (const index of path.slice(0, half)) await take(page, index);
    const lines = await texts(page, '.transcript .line .text');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en-XA');
    await page.reload();
    await page.locator('.choices button').first().waitFor(); // the group's name is in en-XA too
    await expect.poll(() => texts(page, '.transcript .line .text')).toEqual(lines);

    for (const index of path.slice(half)) await take(page, index);
    await page.locator('#ending-title').waitFor();
    expect(await page.locator('#ending-title').textContent()).toMatch(PSEUDO);
    const all = await texts(page, '.transcript .line .text');
    // Every line is pseudo text but the few a translator cannot translate as one unit (none today).
    const english = all.filter((t) => !PSEUDO.test(t));
    expect(english).toEqual([]);
    expect(all.some((t) => /^(lf|[a-z]{2})-\d{4}/.test(t))).toBe(false); // never a key
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
