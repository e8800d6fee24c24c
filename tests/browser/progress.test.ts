/**
 * Saves and the learner's record in real Chromium: play halfway, reload, continue where you
 * left off, finish; the debrief shows its chart and table; the attempt appears in "My progress";
 * a second, better play-through raises the best score; the path map shows the choices taken and
 * the endings found.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OUT_DIR, press, screenshot, tabTo, useGame, watchErrors } from './browser.ts';
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
    await screenshot(page, 'progress-after-two-attempts');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the path map: the choices taken solid and named, the others faint, the endings found', async () => {
    const { page, errors } = await game.open(1280, 900);
    await page.goto(`${game.base()}?story=lost-face`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    for (const i of golden('worst')) await press(page, i);
    const lost = await page.locator('#ending-title').textContent();
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    const best = golden('best');
    for (const i of best) await press(page, i);
    const partner = await page.locator('#ending-title').textContent();
    await page.getByRole('button', { name: 'Back to scenarios' }).click();
    await page.getByRole('button', { name: 'My progress' }).click();

    const card = page.locator('.progress-card', { hasText: 'Lost face' });
    const svg = card.locator('svg.path-map-svg[role="img"]');
    await svg.waitFor();
    const label = (await svg.getAttribute('aria-label'))!;
    const [, endings, taken, choices] = label
      .match(/You have found (\d+) of 3 endings and taken (\d+) of (\d+) choices\./)!
      .map(Number);
    expect(endings).toBe(2);
    expect(taken).toBeGreaterThanOrEqual(best.length);
    expect(await card.locator('.path-map-summary').textContent()).toBe(
      `You have found 2 of 3 endings and taken ${taken} of ${choices} choices.`,
    );
    // Each choice taken is a marked row with its words and a solid line on to where it led; the
    // others are stubs, and their words are nowhere on the map.
    expect(await svg.locator('.option.taken').count()).toBe(taken);
    expect(await svg.locator('.option:not(.taken)').count()).toBe(choices! - taken!);
    expect(await svg.locator('.stub').count()).toBe(choices! - taken!);
    expect(await svg.locator('.taken-line').count()).toBeGreaterThanOrEqual(best.length);
    const stroke = await svg
      .locator('.taken-line')
      .first()
      .evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(stroke).toBe('none');
    expect(await svg.locator('.option:not(.taken)').first().textContent()).toBe('not taken yet');
    const found = await svg.locator('.ending.found').allTextContents();
    expect(found.map((t) => t.replace(/^Ending found: /, ''))).toHaveLength(2);
    for (const title of [lost, partner]) expect(found.join(' ')).toContain(title!.slice(0, 12));
    expect(await svg.locator('.ending:not(.found)').textContent()).toBe('An ending not yet found?');

    // The keyboard reaches the map (it scrolls) and its text alternative.
    await tabTo(page, '.path-map-frame[aria-label^="Path map of Lost face"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('The map as a list');
    await page.keyboard.press('Enter');
    const list = card.locator('.path-map-list');
    expect(await list.getAttribute('open')).not.toBeNull();
    expect(await list.locator('ol.map-scenes > li').count()).toBe(await svg.locator('.scene').count());
    expect(await list.locator('ol.map-scenes li li', { hasText: 'You chose' }).count()).toBe(taken);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: resolve(OUT_DIR, 'progress-map-1280.png') });

    // On a phone (the same record, opened at 360 px): the map fills the width with its text still
    // legible, and the page does not scroll sideways.
    const phone = await page.context().newPage();
    const phoneErrors = watchErrors(phone);
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(game.base());
    await phone.getByRole('button', { name: 'My progress' }).click();
    const onPhone = phone.locator('.progress-card', { hasText: 'Lost face' });
    const small = onPhone.locator('svg.path-map-svg');
    await small.waitFor();
    const box = (await small.boundingBox())!;
    const drawn = Number((await small.getAttribute('viewBox'))!.split(' ')[2]);
    expect(box.width).toBeLessThanOrEqual(360);
    expect(box.width / drawn).toBeGreaterThan(0.85); // 13 px type drawn at 11 px or more
    expect(
      await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await onPhone.locator('.path-map-frame').scrollIntoViewIfNeeded();
    await screenshot(phone, 'progress-map-360');
    await onPhone
      .locator('.path-map-frame')
      .screenshot({ path: resolve(OUT_DIR, 'progress-map-360-frame.png') });
    expect(errors).toEqual([]);
    expect(phoneErrors).toEqual([]);
    await page.context().close();
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
