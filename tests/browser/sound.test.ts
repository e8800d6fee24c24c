/**
 * Sound in real Chromium, under the browser's own autoplay policy: nothing loads or plays before
 * the learner's first gesture; after it, the place's ambience plays through one Web Audio context,
 * meaningful sounds get captions over the stage, and mute / captions follow the settings.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SOUND_IDS, soundInfo } from '../../src/views/sound/index.ts';
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
  // What reaches the browser's audio, in order: a media element played (muted or not) and Web
  // Audio's context made. Wrapped before the page's own scripts run.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { audioLog: string[] }).audioLog = log;
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      log.push(this.muted ? 'play muted' : 'play');
      return play.call(this).then(() => void log.push('playing'));
    };
    const Native = window.AudioContext;
    window.AudioContext = class extends Native {
      constructor(options?: AudioContextOptions) {
        log.push('context');
        super(options);
      }
    };
  });
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

    // Sound's code is asked for once the press has been painted, not while it is handled: the
    // import adds the page's preload links for its chunks, which slowed the press's own handling.
    await page.evaluate(() => {
      const count = () => document.querySelectorAll('link[rel=modulepreload]').length;
      const before = count();
      const note = () => ((window as unknown as { linksInPress: number[] }).linksInPress = [before, count()]);
      // Registered after the page's own listeners: it runs after them, in the same dispatch.
      addEventListener('keydown', note, { capture: true, once: true });
      addEventListener('pointerdown', note, { capture: true, once: true });
    });
    await press(page, 0); // the learner's first key press
    const [linksBefore, linksInPress] = await page.evaluate(
      () => (window as unknown as { linksInPress: number[] }).linksInPress,
    );
    expect(linksInPress).toBe(linksBefore);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.sound), { timeout: 15_000 })
      .toBe('ready');
    await expect.poll(() => ctxState(page)).toBe('running');
    // The browser's audio output is started by a muted moment of silence, and Web Audio's context
    // made only once that plays: made first, it held the page 55-440 ms in a fresh browser.
    const log = await page.evaluate(() => (window as unknown as { audioLog: string[] }).audioLog);
    expect(log.slice(0, 3)).toEqual(['play muted', 'playing', 'context']);
    expect(log.filter((e) => e === 'context')).toHaveLength(1);
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
    await page.locator('.stage-frame .sound-caption').last().waitFor({ timeout: 15_000 });
    await page.locator('.stage-frame .sound-caption').last().scrollIntoViewIfNeeded();
    await screenshot(page, 'sound-caption-360x640');
    // Every caption in the catalog, not only the one this timing happened to show: set in the
    // caption strip at phone widths, each takes one line inside the stage's top fifth, so the
    // scene's title card under it stays readable.
    const texts = SOUND_IDS.map((id) => soundInfo(id).caption).filter((c): c is string => c !== null);
    for (const width of [360, 320]) {
      await page.setViewportSize({ width, height: 640 });
      const misfits = await page.evaluate((all) => {
        const frame = document.querySelector('.stage-frame')!.getBoundingClientRect();
        const list = document.querySelector('.sound-captions')!;
        const bad: string[] = [];
        for (const text of all) {
          const p = document.createElement('p');
          p.className = 'sound-caption';
          p.textContent = text;
          list.append(p);
          const box = p.getBoundingClientRect();
          const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
          const lines = Math.floor(box.height / lineHeight); // the padding is under one line
          if (lines > 1) bad.push(`${text}: ${lines} lines`);
          if (box.left < frame.left || box.right > frame.right + 0.5) bad.push(`${text}: outside the stage`);
          // Only the newest caption shows on a phone, so each one sits where the first would.
          if (box.bottom > frame.top + frame.height * 0.2)
            bad.push(
              `${text}: bottom ${Math.round(box.bottom - frame.top)} px of ${Math.round(frame.height)}`,
            );
          p.remove();
        }
        return bad;
      }, texts);
      expect(misfits, `at ${width} px`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
