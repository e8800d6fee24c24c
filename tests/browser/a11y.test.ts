/**
 * Accessibility in real Chromium: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every screen,
 * zero violations; and the reflow checks — 320 px wide and 200 % zoom without horizontal
 * scrolling of text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe } from './axe.ts';
import { playToEnd, screenshot, useGame, watchErrors } from './browser.ts';

const game = useGame();

async function open(width = 1366, height = 768): Promise<{ page: Page; errors: string[] }> {
  const context = await game.browser().newContext({ viewport: { width, height } });
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

describe('axe-core finds no WCAG 2.2 AA violations', () => {
  it('on the start menu', async () => {
    const { page, errors } = await open();
    await page.goto(game.base());
    await page.locator('.card').first().waitFor();
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on the dialogue screen, during a scene transition, and in settings', async () => {
    const { page, errors } = await open();
    await page.goto(`${game.base()}?story=lost-face`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await page.locator('.stage canvas').waitFor({ timeout: 20_000 });
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('1');
    await page.waitForTimeout(200); // the transition card is up
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'settings-1366x768');
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on the debrief and the progress screen', async () => {
    const { page, errors } = await open();
    await page.goto(`${game.base()}?story=lost-face`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await playToEnd(page);
    await page.locator('.debrief').waitFor();
    await page.waitForTimeout(500);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'debrief-1366x768');
    await page.getByRole('button', { name: 'Back to scenarios' }).click();
    await page.getByRole('button', { name: 'My progress' }).click();
    await page.locator('.progress-card').first().waitFor();
    // The path map of the story just played, with its text alternative open.
    await page.locator('.path-map-svg').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.locator('.path-map-list summary').first().click();
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'progress-1366x768');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('reflow', () => {
  for (const [label, width, zoom] of [
    ['320 px wide', 320, 1],
    ['200 % zoom at 1280 px', 1280, 2],
  ] as const) {
    it(`${label}: no horizontal scrolling on the menu, dialogue, debrief and progress`, async () => {
      const { page } = await open(Math.round(width / zoom), Math.round(720 / zoom));
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.goto(game.base());
      await page.locator('.card').first().waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.goto(`${game.base()}?story=lost-face`);
      await page.getByRole('group', { name: 'Choices' }).waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await playToEnd(page);
      await page.locator('.debrief').waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: 'Back to scenarios' }).click();
      await page.getByRole('button', { name: 'My progress' }).click();
      await page.locator('.path-map-svg').first().waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.context().close();
    });
  }
});
