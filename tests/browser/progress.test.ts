/**
 * Saves and the learner's record in real Chromium: play halfway, reload, continue where you
 * left off, finish; the debrief shows its chart and table; the attempt appears in "My progress"
 * with the path map; a second, better play-through raises the best score.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { press, screenshot, useGame, watchErrors } from './browser.ts';
import { choicesOf } from '../../build/analysis/golden.ts';

const game = useGame();

const golden = (label: 'best' | 'worst') =>
  choicesOf(readFileSync(resolve(__dirname, `../golden/lost-face.${label}.txt`), 'utf8'));

describe('saves and the learner record', () => {
  it('resumes after a reload, records the attempt, and shows a better replay as the new best', async () => {
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const worst = golden('worst');
    const best = golden('best');
    await page.goto(`${game.base()}?story=lost-face`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();

    const half = Math.ceil(worst.length / 2);
    for (const i of worst.slice(0, half)) await press(page, i);
    const linesBefore = await page.locator('.transcript .line').allTextContents();
    const trustBefore = await page
      .locator('[role="meter"][aria-label^="Trust"]')
      .first()
      .getAttribute('aria-valuenow');

    await page.reload();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await page.locator('.transcript .line').allTextContents()).toEqual(linesBefore);
    expect(
      await page.locator('[role="meter"][aria-label^="Trust"]').first().getAttribute('aria-valuenow'),
    ).toBe(trustBefore);
    expect(await page.getByRole('status').textContent()).toMatch(/where you left off/);

    for (const i of worst.slice(half)) await press(page, i);
    await page.locator('#ending-title').waitFor();
    await page.locator('.debrief-chart canvas').waitFor();
    expect(await page.locator('.debrief-table tbody tr').count()).toBeGreaterThan(2);
    const firstScore = Number(
      (await page.locator('.debrief .score').textContent())!.match(/score (\d+)/)![1],
    );

    await page.getByRole('button', { name: 'Play again' }).click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    for (const i of best) await press(page, i);
    await page.locator('#ending-title').waitFor();
    const secondScore = Number(
      (await page.locator('.debrief .score').textContent())!.match(/score (\d+)/)![1],
    );
    expect(secondScore).toBeGreaterThan(firstScore);

    await page.getByRole('button', { name: 'Back to scenarios' }).click();
    await page.getByRole('button', { name: 'My progress' }).click();
    const card = page.locator('.progress-card', { hasText: 'Lost face' });
    await card.waitFor();
    expect(await card.locator('.attempts tbody tr').count()).toBe(2);
    expect(await card.locator('.record').textContent()).toContain(`Best score ${secondScore}`);
    expect(await card.locator('.endings-found .found').count()).toBeGreaterThanOrEqual(1);
    expect(await card.locator('.branch-grid .b.found').count()).toBeGreaterThan(best.length - 1);
    await screenshot(page, 'progress-after-two-attempts');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still plays, and says so, when the browser refuses storage', async () => {
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${game.base()}?story=lost-face`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/not be kept|cannot|not available/i);
    await press(page, 0);
    expect(await page.locator('.transcript .line').count()).toBeGreaterThan(1);
    await context.close();
  });
});
