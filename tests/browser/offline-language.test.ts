/**
 * Offline in the learner's language: the service worker does not precache every language's story
 * text, but keeps each text chunk the page loads (the learner's language, fetched when the page is
 * idle) and serves it with the network off (vite.config.ts, docs/translating.md).
 */
import { describe, expect, it } from 'vitest';
import { serviceWorkerActive, STORY_LINES, storyAnswered, useGame } from './browser.ts';

const game = useGame();

describe('offline in a language', () => {
  it('plays lost-face in en-XA with the network off after a visit in that language', async () => {
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${game.base()}?lang=en-XA`);
    await page.locator('.card').first().waitFor();
    await serviceWorkerActive(page);
    // Only the text chunks loaded are kept: none precached.
    const precached = await page.evaluate(async () => {
      const names = await caches.keys();
      const all = await Promise.all(
        names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)),
      );
      return all.flat().filter((u) => u.includes('/assets/text/'));
    });
    expect(precached).toEqual([]);
    // The next visit is served by the worker: the language's tables and My progress's maps are
    // fetched when the page is idle, and kept.
    await page.reload();
    await page.locator('.card').first().waitFor();
    const kept = (part: string) =>
      page.evaluate(
        async (p) => (await (await caches.open('rapport-story-text')).keys()).some((r) => r.url.includes(p)),
        part,
      );
    await expect.poll(() => kept('lost-face.en-XA'), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => kept('lost-face.map.en-XA'), { timeout: 30_000 }).toBe(true);

    await game.server().close();
    await page.goto(`${game.base()}?story=lost-face&lang=en-XA`);
    await page.locator('.choices button').first().waitFor(); // the group's name is in en-XA too
    await expect
      .poll(() => page.locator('.choices .choice-text').first().textContent(), { timeout: 20_000 })
      .toMatch(/^\[.+\]$/);
    const before = await page.locator(STORY_LINES).count();
    await page.keyboard.press('1');
    await storyAnswered(page, before);
    expect(await page.locator('.transcript .line .text').last().textContent()).toMatch(/^\[.+\]$/);
    await context.close();
  });
});
