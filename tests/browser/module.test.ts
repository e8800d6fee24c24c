/**
 * Modules in real Chromium: the opening check before the first scenario, progress on the menu, the
 * sequential lock, the closing check marked beside the opening one, and the printable summary.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choicesOf } from '../../build/analysis/golden.ts';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { axe } from './axe.ts';
import { press, screenshot, useGame, watchErrors } from './browser.ts';

const game = useGame();
const best = (id: string) => choicesOf(readFileSync(resolve(__dirname, `../golden/${id}.best.txt`), 'utf8'));
const moduleDef = JSON.parse(
  readFileSync(resolve(__dirname, '../../stories/modules/partners-abroad.json'), 'utf8'),
) as {
  title: string;
  scenarios: string[];
};

const checks = parse(
  readFileSync(resolve(__dirname, '../../stories/checks/partners-abroad.yaml'), 'utf8'),
) as Record<'before' | 'after', { best: number }[]>;

/** Answer the check on screen: response `pick(n)` (0-based) for situation n, by keyboard. */
async function answer(page: Page, pick: (n: number) => number): Promise<void> {
  const items = page.locator('.check-item');
  for (let n = 0; n < (await items.count()); n++) {
    const radio = items.nth(n).getByRole('radio').nth(pick(n));
    await radio.focus();
    await page.keyboard.press('Space');
    expect(await radio.isChecked()).toBe(true);
  }
  await page.getByRole('button', { name: 'Submit answers' }).click();
}

describe('modules', () => {
  it('opens scenarios in order, shows progress, and ends with a printable summary', async () => {
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(game.base());
    const card = page.locator('.module-card', { hasText: moduleDef.title });
    await card.waitFor();
    const steps = card.locator('.module-steps button');
    // The opening check, the scenarios, the closing check; the scenarios wait for the opening check.
    expect(await steps.count()).toBe(moduleDef.scenarios.length + 2);
    expect(await steps.nth(1).isDisabled()).toBe(true);
    expect(await steps.last().isDisabled()).toBe(true);

    await steps.first().click();
    await page.locator('.check-form').waitFor();
    expect(await page.locator('.check-item').count()).toBe(checks.before.length);
    // Submitting with nothing chosen names every situation without an answer, and takes focus there.
    await page.getByRole('button', { name: 'Submit answers' }).click();
    const errorsBox = page.locator('.check-errors');
    await errorsBox.waitFor();
    expect(await errorsBox.textContent()).toContain(`${checks.before.length} situations have no answer yet`);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('check-errors');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'module-check-1366x768');
    // Always the first response: a learner who guesses.
    await answer(page, () => 0);
    await page.getByRole('heading', { name: 'Your answers are kept' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Why:'); // no answers shown yet
    await page.getByRole('button', { name: /^Start “/ }).click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await page
      .getByRole('button', { name: 'Menu' })
      .click()
      .catch(() => undefined);
    await page.goto(game.base());
    await card.waitFor();

    for (const [i, id] of moduleDef.scenarios.entries()) {
      await card
        .locator('.module-steps button')
        .nth(i + 1)
        .click();
      await page.getByRole('group', { name: 'Choices' }).waitFor();
      for (const c of best(id)) await press(page, c);
      await page.locator('#ending-title').waitFor();
      await page.getByRole('button', { name: 'Back to scenarios' }).click();
      await page.locator('.module-card').first().waitFor();
    }
    expect(await card.locator('.record').textContent()).toContain(
      `${moduleDef.scenarios.length} of ${moduleDef.scenarios.length} scenarios finished`,
    );
    // The closing check is open now; answered well, it is marked beside the opening one.
    await card.locator('.module-steps button').last().click();
    await page.locator('.check-form').waitFor();
    await answer(page, (n) => checks.after[n]!.best - 1);
    await page.getByRole('heading', { name: 'Before and after' }).waitFor();
    const verdict = await page.locator('.check-verdict').textContent();
    expect(verdict).toContain(`after ${checks.after.length} of ${checks.after.length} (100%)`);
    expect(verdict).toMatch(/gain \+\d+ points/);
    expect(await page.locator('.check-marked').count()).toBe(2);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'module-check-marked-1366x768');
    await page.getByRole('button', { name: 'Module summary' }).click();
    await page.locator('.module-summary').waitFor();
    expect(await page.locator('.check-lessons tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.verdict').first().textContent()).toMatch(/Passed|Not passed yet/);
    expect(await page.locator('.module-summary table.attempts:not(.check-lessons) tbody tr').count()).toBe(
      moduleDef.scenarios.length,
    );
    expect(await page.locator('.objectives li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(true);
    await screenshot(page, 'module-summary-1366x768');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
