/** Modules in real Chromium: progress on the menu, the sequential lock, and the printable summary. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choicesOf } from '../../build/analysis/golden.ts';
import { press, screenshot, useGame, watchErrors } from './browser.ts';

const game = useGame();
const best = (id: string) => choicesOf(readFileSync(resolve(__dirname, `../golden/${id}.best.txt`), 'utf8'));
const moduleDef = JSON.parse(
  readFileSync(resolve(__dirname, '../../stories/modules/partners-abroad.json'), 'utf8'),
) as {
  title: string;
  scenarios: string[];
};

describe('modules', () => {
  it('opens scenarios in order, shows progress, and ends with a printable summary', async () => {
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(game.base());
    const card = page.locator('.module-card', { hasText: moduleDef.title });
    await card.waitFor();
    const steps = card.locator('.module-steps button');
    expect(await steps.count()).toBe(moduleDef.scenarios.length);
    expect(await steps.nth(1).isDisabled()).toBe(true);

    for (const [i, id] of moduleDef.scenarios.entries()) {
      await card.locator('.module-steps button').nth(i).click();
      await page.getByRole('group', { name: 'Choices' }).waitFor();
      for (const c of best(id)) await press(page, c);
      await page.locator('#ending-title').waitFor();
      await page.getByRole('button', { name: 'Back to scenarios' }).click();
      await page.locator('.module-card').first().waitFor();
    }
    expect(await card.locator('.record').textContent()).toContain(
      `${moduleDef.scenarios.length} of ${moduleDef.scenarios.length} scenarios finished`,
    );
    await card.getByRole('button', { name: /Module summary/ }).click();
    await page.locator('.module-summary').waitFor();
    expect(await page.locator('.verdict').textContent()).toMatch(/Passed|Not passed yet/);
    expect(await page.locator('.module-summary tbody tr').count()).toBe(moduleDef.scenarios.length);
    expect(await page.locator('.objectives li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(true);
    await screenshot(page, 'module-summary-1366x768');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
