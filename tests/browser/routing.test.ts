/**
 * Every screen has an address, in real Chromium: menu → scenario → Back → Forward → reload →
 * ending → progress → Back, each screen where it should be — and the same addresses offline.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choicesOf } from '../../build/analysis/golden.ts';
import { press, serviceWorkerActive, useGame } from './browser.ts';

const game = useGame();
const best = choicesOf(readFileSync(resolve(__dirname, '../golden/lost-face.best.txt'), 'utf8'));
const query = (url: string) => new URL(url).search;

describe('addresses', () => {
  it('walks menu → scenario → Back → Forward → reload → ending → progress → Back, then offline', async () => {
    const { page, errors } = await game.open();
    await page.goto(game.base());
    await page.locator('.card').first().waitFor();
    await page.locator('button[data-story="lost-face"]').click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(query(page.url())).toBe('?story=lost-face');
    for (const c of best.slice(0, 2)) await press(page, c);
    const lines = await page.locator('.transcript .line').count();

    await page.goBack();
    await page.locator('.menu-screen').waitFor();
    expect(query(page.url())).toBe('');
    expect(await page.locator('button[data-story="lost-face"]').textContent()).toContain('Continue');

    await page.goForward();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await expect.poll(() => page.locator('.transcript .line').count()).toBe(lines);

    await page.reload();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await expect.poll(() => page.locator('.transcript .line').count()).toBe(lines);
    expect(query(page.url())).toBe('?story=lost-face');

    for (const c of best.slice(2)) await press(page, c);
    await page.locator('#ending-title').waitFor();
    await expect.poll(() => query(page.url())).toBe('?story=lost-face&ending');
    const ending = await page.locator('#ending-title').textContent();
    await page.reload();
    await page.locator('#ending-title').waitFor();
    expect(await page.locator('#ending-title').textContent()).toBe(ending);

    await page.goto(`${game.base()}?progress`);
    await page.locator('.profile-screen, .progress-screen, main').first().waitFor();
    await expect.poll(() => page.title()).toMatch(/My progress/);
    await page.goBack();
    await page.locator('#ending-title').waitFor();

    // Offline: the service worker serves every address.
    await serviceWorkerActive(page);
    await game.server().close();
    for (const [address, ready] of [
      ['?progress', /My progress/],
      ['?story=lost-face&ending', /Lost face/],
      ['', /Rapport/],
    ] as const) {
      await page.goto(`${game.base()}${address}`);
      await expect.poll(() => page.title()).toMatch(ready);
    }
    expect(errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e))).toEqual([]);
  });
});
