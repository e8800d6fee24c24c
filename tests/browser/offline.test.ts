/** After the first visit the game plays with no network: the service worker serves it all. */
import { describe, expect, it } from 'vitest';
import { serviceWorkerActive, STORY_LINES, useGame } from './browser.ts';
import { DRAWN_PLACES, placeFile } from '../../src/views/stage/places/index.ts';

const game = useGame();

describe('offline', () => {
  it('plays a scenario, stage included, with the network off after one visit', async () => {
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(game.base());
    await page.locator('.card').first().waitFor();
    // The service worker registers when the page is idle, then precaches everything.
    await serviceWorkerActive(page);

    // The network goes away: the server that delivered the game is shut down.
    await game.server().close();
    await page.goto(`${game.base()}?story=lost-face`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await page.locator('.stage canvas').waitFor({ timeout: 20_000 });
    // The place is drawn from its file, served by the service worker.
    await expect
      .poll(() => page.locator('.stage').getAttribute('data-place'), { timeout: 15_000 })
      .toBeTruthy();
    // Every place's art and every menu card's picture is there offline, not only this story's.
    const files = [...DRAWN_PLACES, 'neutral'].flatMap((p) => [placeFile(p, 'back'), placeFile(p, 'front')]);
    files.push('cards/lost-face.svg', 'cards/south-of-london.svg');
    const statuses = await page.evaluate(
      (urls) =>
        Promise.all(
          urls.map((u) =>
            fetch(u).then(
              (r) => `${u} ${r.status}`,
              () => `${u} failed`,
            ),
          ),
        ),
      files,
    );
    expect(statuses).toEqual(files.map((f) => `${f} 200`));
    const before = await page.locator(STORY_LINES).count();
    await page.keyboard.press('1');
    await expect.poll(() => page.locator(STORY_LINES).count()).toBeGreaterThan(before);
    await context.close();
  });
});
