/**
 * A browser without WebGL (a blocklisted GPU, a virtual desktop where Chromium no longer falls back
 * to software GL): Phaser.AUTO draws on a 2D canvas, and the stage must still show the scene and
 * follow the story, with the art rasterised for Canvas instead of WebGL.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, STORY_LINES, useGame } from './browser.ts';

const game = useGame(undefined, ['--disable-webgl', '--disable-3d-apis']);

describe('a browser without WebGL', () => {
  it('draws the stage on a 2D canvas and follows the story', async () => {
    const { page, errors } = await game.open();
    await page.goto(`${game.base()}?story=lost-face`);
    // The switches took: this page has no WebGL at all.
    expect(
      await page.evaluate(() => {
        const c = document.createElement('canvas');
        return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
      }),
    ).toBe(false);
    const stage = page.locator('.stage');
    await page.locator('.stage canvas').waitFor({ timeout: 20_000 });
    await expect.poll(() => stage.getAttribute('data-people'), { timeout: 15_000 }).toMatch(/\w+:\w+/);
    expect(await stage.getAttribute('class')).not.toContain('stage-missing');
    // Something is drawn: the canvas is not one flat colour.
    const colours = await page.evaluate(() => {
      const source = document.querySelector<HTMLCanvasElement>('.stage canvas')!;
      const probe = document.createElement('canvas');
      probe.width = 32;
      probe.height = 18;
      const g = probe.getContext('2d')!;
      g.drawImage(source, 0, 0, 32, 18);
      const data = g.getImageData(0, 0, 32, 18).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(20);
    const place = await stage.getAttribute('data-place');
    const lines = await page.locator(STORY_LINES).count();
    await page.keyboard.press('1');
    await expect.poll(() => page.locator(STORY_LINES).count()).toBeGreaterThan(lines);
    expect(place).toBeTruthy();
    await screenshot(page, 'stage-no-webgl-1366x768');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
