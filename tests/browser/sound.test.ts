/**
 * Sound in real Chromium, under the browser's own autoplay policy: nothing loads or plays before
 * the learner's first gesture; after it, the place's ambience plays through one Web Audio context,
 * meaningful sounds get captions over the stage, and mute / captions follow the settings.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { press, screenshot, useGame, watchErrors } from './browser.ts';

const game = useGame();

interface HowlerGlobal {
  Howler?: { ctx?: { state: string }; _muted?: boolean };
}

async function open(
  width: number,
  height: number,
): Promise<{ page: Page; errors: string[]; audio: string[] }> {
  const context = await game.browser().newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const audio: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/audio/')) audio.push(path);
  });
  await page.goto(`${game.base()}?story=lost-face`);
  await page.getByRole('group', { name: 'Choices' }).waitFor();
  return { page, errors, audio };
}

const ctxState = (page: Page) =>
  page.evaluate(() => (window as unknown as HowlerGlobal).Howler?.ctx?.state ?? 'none');

describe('sound', () => {
  it('waits for the first gesture, then plays the place, captions it, and mutes from settings', async () => {
    const { page, errors, audio } = await open(1366, 768);
    await page.waitForTimeout(1000);
    expect(audio).toEqual([]);
    expect(await ctxState(page)).toBe('none'); // howler is not even loaded
    expect(await page.evaluate(() => document.documentElement.dataset.sound)).toBeUndefined();

    await press(page, 0); // the learner's first key press
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.sound), { timeout: 15_000 })
      .toBe('ready');
    await expect.poll(() => ctxState(page)).toBe('running');
    await expect
      .poll(() => audio.some((p) => /\/audio\/amb-[a-z-]+\.ogg$/.test(p)), { timeout: 10_000 })
      .toBe(true);

    // The place's ambience is captioned over the stage, hidden from screen readers (the meters and
    // the coach already say what matters).
    const caption = page.locator('.stage-frame .sound-caption').first();
    await caption.waitFor({ timeout: 10_000 });
    expect((await caption.textContent())!.length).toBeGreaterThan(3);
    expect(await page.locator('.sound-captions').getAttribute('aria-hidden')).toBe('true');
    await screenshot(page, 'sound-caption-1366x768');

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Mute all sound').check();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as HowlerGlobal).Howler?._muted))
      .toBe(true);
    await page.getByLabel('Show captions for sounds').uncheck();
    expect(await page.locator('.sound-caption').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps captions clear of the dialogue on a phone', async () => {
    const { page, errors } = await open(360, 640);
    await press(page, 0);
    const caption = page.locator('.stage-frame .sound-caption').first();
    await caption.waitFor({ timeout: 15_000 });
    const box = (await caption.boundingBox())!;
    const frame = (await page.locator('.stage-frame').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
    // One line in the stage's top strip: the scene's title card under it stays readable.
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height * 0.2);
    await caption.scrollIntoViewIfNeeded();
    await screenshot(page, 'sound-caption-360x640');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
