/**
 * A live room in several languages at once (issue #21, docs/live.md "Each person's language"), in
 * real Chromium on the live-room server with the real stories: a facilitator in English and two
 * phones, one in Japanese and one in Spanish, play a round of "Lost face". Each phone shows the
 * story's lines and options in its own language (no English line of the story on it), the votes
 * tally together on the console, the next step and the coach's note arrive in each language, the
 * group debrief quotes the decision in each language, and a refusal is worded in the phone's
 * language. axe-core on the phones at 320 px.
 */
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../../server/app.ts';
import { stringsOfStory } from '../../build/l10n/cli.ts';
import { tableOf } from '../../build/l10n/plugin.ts';
import { axe } from './axe.ts';
import { launchBrowser, watchErrors } from './browser.ts';

const ROOT = process.cwd();
let server: LiveServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startLiveServer({
    host: '127.0.0.1',
    port: 0,
    staticDirs: [resolve(ROOT, 'dist')],
    storiesDir: resolve(ROOT, 'stories'),
    sweepEveryMs: 0,
  });
  // The first list of scenarios compiles every story on the server (seconds each on a busy
  // machine, longer than a page waits for an answer): compile them before the pages ask.
  const socket = io(server.url, { transports: ['websocket'], forceNew: true });
  await socket.timeout(240_000).emitWithAck('stories');
  socket.disconnect();
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
});

async function newPage(width: number, height: number, mobile = false) {
  const context = await browser.newContext({
    viewport: { width, height },
    isMobile: mobile,
    hasTouch: mobile,
  });
  contexts.push(context);
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

/** Every string of "Lost face" in `lang`, as the build compiles it. */
function strings(lang: string): Set<string> {
  const entries = stringsOfStory('stories/lost-face.ink', ROOT).entries;
  return new Set(Object.values(tableOf(ROOT, lang, 'lost-face', entries).strings));
}

const texts = (page: Page, selector: string) =>
  page
    .locator(selector)
    .allTextContents()
    .then((all) => all.map((s) => s.trim()));

/** Shots for a person to look at (not compared): /tmp/rapport-live-languages/. */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `/tmp/rapport-live-languages/${name}.png`, fullPage: true });

describe('a live room in each person’s language', () => {
  it('a facilitator in English, a phone in Japanese and one in Spanish play a round together', async () => {
    const base = server.url;
    const fac = await newPage(1366, 768);
    await fac.page.goto(`${base}/live.html?facilitate&story=lost-face&lang=en`);
    await fac.page.getByRole('button', { name: 'Create the room' }).click();
    const codeEl = fac.page.locator('.join-code strong');
    await codeEl.waitFor({ timeout: 30_000 });
    const code = (await codeEl.textContent())!;

    const phones: Record<'ja' | 'es', { page: Page; errors: string[] }> = {
      ja: await newPage(320, 640, true),
      es: await newPage(320, 640, true),
    };
    // A wrong code first: the refusal is worded in the phone's language.
    const ja = phones.ja.page;
    await ja.goto(`${base}/live.html?join=ZZZZZZ&lang=ja`);
    await ja.locator('#join-name').fill('愛子');
    await ja.locator('form.join-form button[type="submit"]').click();
    await expect
      .poll(() => ja.locator('.live-error').textContent())
      .toBe('そのコードのルームはありません。ファシリテーターの画面のコードを確認してください。');

    for (const [lang, name] of [
      ['ja', '愛子'],
      ['es', 'Lucía'],
    ] as const) {
      const { page } = phones[lang];
      await page.goto(`${base}/live.html?join=${code}&lang=${lang}`);
      await page.locator('#join-name').fill(name);
      await page.locator('form.join-form button[type="submit"]').click();
      await page.locator('.choices .choice').first().waitFor();
      // The address keeps the language: a reload stays in it.
      expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
    }

    // The console is in English: its lines and choices are the story as written.
    const englishLines = await texts(fac.page, '.console-story .line .text');
    const englishChoices = (await fac.page.locator('.split-label').allTextContents()).map((s) =>
      s.replace(/^\d+\.\s*/, '').trim(),
    );
    expect(englishLines.length).toBeGreaterThan(2);
    expect(englishChoices.length).toBeGreaterThan(1);

    for (const lang of ['ja', 'es'] as const) {
      const { page } = phones[lang];
      const table = strings(lang);
      await expect.poll(() => texts(page, '.live-lines .line .text')).toHaveLength(englishLines.length);
      const lines = await texts(page, '.live-lines .line .text');
      const choices = await texts(page, '.choices .choice-text');
      // No English line of the story on the phone; every line and option is its language's.
      for (const line of lines) expect(englishLines, `${lang}: ${line}`).not.toContain(line);
      for (const line of lines) expect(table.has(line), `${lang}: ${line}`).toBe(true);
      expect(choices).toHaveLength(englishChoices.length);
      for (const c of choices) expect(table.has(c), `${lang}: ${c}`).toBe(true);
      for (const c of choices) expect(englishChoices).not.toContain(c);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    }
    await shot(ja, 'phone-ja-320');
    await shot(phones.es.page, 'phone-es-320');
    expect(await axe(ja)).toEqual([]);
    const overflow = await ja.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);

    // Both vote for option 2: one tally on the console, in English.
    await ja.locator('.choice[data-index="1"]').click();
    await phones.es.page.locator('.choice[data-index="1"]').click();
    await expect.poll(() => fac.page.locator('.tally-summary').textContent()).toContain('2 of 2 voted');
    expect((await fac.page.locator('.split-count').allTextContents())[1]).toBe('2 votes · 100%');
    await expect.poll(() => ja.locator('.vote-status').textContent()).toContain('2');

    // Reveal, then advance with the majority: the split and the next step in each language.
    await fac.page.getByRole('button', { name: 'Reveal votes to the room' }).click();
    await phones.es.page.locator('.live-result').waitFor();
    expect(await phones.es.page.locator('.live-result .split-count').nth(1).textContent()).toMatch(
      /^2 votos · 100\s%$/,
    );
    await shot(phones.es.page, 'phone-es-revealed-320');
    await fac.page.getByRole('button', { name: 'Advance with the majority (2)' }).click();
    await expect.poll(() => fac.page.locator('#decision-heading').textContent()).toBe('Decision 2');
    const step2 = await texts(fac.page, '.room-lines .line .text');
    for (const lang of ['ja', 'es'] as const) {
      const { page } = phones[lang];
      const table = strings(lang);
      await expect.poll(() => page.locator('.choice[aria-pressed="true"]').count()).toBe(0);
      await expect.poll(() => texts(page, '.live-lines .line .text')).toHaveLength(step2.length);
      for (const line of await texts(page, '.live-lines .line .text')) {
        expect(step2, `${lang}: ${line}`).not.toContain(line);
        expect(table.has(line), `${lang}: ${line}`).toBe(true);
      }
      const note = await page.locator('.coach p').first().textContent();
      if (note) expect(table.has(note.trim()), `${lang} coach: ${note}`).toBe(true);
    }
    await shot(ja, 'phone-ja-step2-320');
    expect(await axe(ja)).toEqual([]);

    // The facilitator ends the session: each phone's group debrief quotes the decision and its
    // options in the phone's language (the server's record is English with ids).
    fac.page.on('dialog', (d) => void d.accept());
    await fac.page.getByRole('button', { name: 'End session' }).click();
    for (const lang of ['ja', 'es'] as const) {
      const { page } = phones[lang];
      const table = strings(lang);
      await page.locator('.debrief-decisions').waitFor();
      const prompt = (await page.locator('.decision-prompt').first().textContent())!;
      expect(prompt).toMatch(lang === 'ja' ? /^「.+」$/ : /^«.+»$/);
      expect(table.has(prompt.slice(1, -1)), `${lang}: ${prompt}`).toBe(true);
      const options = await page
        .locator('.debrief-decision .split-label')
        .evaluateAll((els) => els.map((e) => e.childNodes[1]?.textContent?.trim() ?? ''));
      expect(options.length).toBeGreaterThan(1);
      for (const o of options) expect(table.has(o), `${lang}: ${o}`).toBe(true);
    }
    await shot(phones.es.page, 'phone-es-ended-320');
    expect(await axe(phones.es.page)).toEqual([]);
    for (const p of [fac, phones.ja, phones.es]) expect(p.errors).toEqual([]);
  }, 300_000);
});
