/**
 * Every scenario's best path played with the keyboard only (Tab to a choice, Enter to take it),
 * from the start menu to the debrief, with the focus always visible and never behind the stage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choicesOf } from '../../build/analysis/golden.ts';
import { chooseByKeyboard, tabTo, useGame, watchErrors } from './browser.ts';

const goldenDir = resolve(__dirname, '../golden');
const stories = readdirSync(resolve(__dirname, '../../stories'))
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.replace(/\.ink$/, ''));

const game = useGame();

/** The focused element is visible: in the viewport, not covered by anything, with an outline. */
async function focusVisible(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing focused';
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return `${el.tagName} has no size`;
    const x = Math.min(window.innerWidth - 1, Math.max(0, r.left + r.width / 2));
    const y = Math.min(window.innerHeight - 1, Math.max(0, r.top + r.height / 2));
    const top = document.elementFromPoint(x, y);
    if (top && top !== el && !el.contains(top))
      return `${el.tagName} is covered by ${top.tagName}.${top.className}`;
    const style = getComputedStyle(el);
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0)
      return `${el.tagName} has no focus outline`;
    return null;
  });
}

describe('keyboard-only best paths', () => {
  for (const id of stories) {
    it(`plays "${id}" to its best ending with Tab and Enter only`, async () => {
      const path = choicesOf(readFileSync(resolve(goldenDir, `${id}.best.txt`), 'utf8'));
      const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(game.base());
      await tabTo(page, `button[data-story="${id}"]`);
      expect(await focusVisible(page)).toBeNull();
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: 'Choices' }).waitFor();
      for (const index of path)
        await chooseByKeyboard(page, index, async () => expect(await focusVisible(page)).toBeNull());
      await page.locator('#ending-title').waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('ending-title');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the learner keeps their place when the menu is drawn again', () => {
  it('keeps the focus on the story reached when another tab saves a play-through', async () => {
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const menu = await context.newPage();
    const errors = watchErrors(menu);
    await menu.goto(game.base());
    await menu.locator('button[data-story="first-meeting"]').waitFor();
    await tabTo(menu, 'button[data-story="lost-face"]');
    // The same learner, another tab: a choice there is saved, and this tab's menu shows "Continue".
    const other = await context.newPage();
    await other.goto(`${game.base()}?story=first-meeting`);
    await other.locator('.choices button[data-index="0"]').click();
    await menu.waitForFunction(() =>
      document.querySelector('button[data-story="first-meeting"]')?.textContent?.startsWith('Continue'),
    );
    expect(await menu.evaluate(() => document.activeElement?.getAttribute('data-story'))).toBe('lost-face');
    expect(await focusVisible(menu)).toBeNull();
    // And the next Tab goes on from there, not from the page's top.
    const before = await menu.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? 0);
    await menu.keyboard.press('Tab');
    const after = await menu.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? 0);
    expect(after).toBeGreaterThanOrEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
