/**
 * Chinese and Japanese on a system with no CJK font (build/fonts/, docs/translating.md): Chromium
 * launched with a fontconfig that holds only DejaVu and Liberation (no-cjk-fonts.conf), so every
 * Han character or kana on screen can only come from Rapport's own faces. Which font drew each
 * glyph is read from Chromium itself (DevTools' CSS.getPlatformFontsForNode), and screenshots land
 * in test-results/fonts-*.png.
 */
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser, screenshot, serviceWorkerActive, startServer } from './browser.ts';

const NO_CJK = resolve('tests/browser/no-cjk-fonts.conf');
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/gu;

let server: PreviewServer;
let base = '';
let bare: Browser; // no CJK font on the system
let usual: Browser; // this machine's fonts (Noto Sans CJK is installed)

beforeAll(async () => {
  ({ server, url: base } = await startServer());
  bare = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    env: { ...process.env, FONTCONFIG_FILE: NO_CJK },
  });
  usual = await launchBrowser();
});
afterAll(async () => {
  await bare?.close();
  await usual?.close();
  await server?.close();
});

interface Drawn {
  text: string;
  /** Glyphs per font: PostScript name (with `*` for a web font) → count. */
  fonts: Record<string, number>;
}

/** Which fonts Chromium drew `selector`'s text with. */
async function drawn(context: BrowserContext, page: Page, selector: string): Promise<Drawn> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, selector).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  const text = (await page.locator(selector).first().textContent()) ?? '';
  return {
    text,
    fonts: Object.fromEntries(
      fonts.map((f) => [`${f.postScriptName}${f.isCustomFont ? '*' : ''}`, f.glyphCount]),
    ),
  };
}

/** A game page in `lang` at the first choice, with the faces it asked for loaded. */
async function open(browser: Browser, lang: string | null, block = false) {
  const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  const faces: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/fonts/')) faces.push(new URL(r.url()).pathname);
  });
  if (block) await page.route('**/fonts/*.woff2', (route) => route.abort());
  await page.goto(`${base}?story=lost-face${lang ? `&lang=${lang}` : ''}`);
  await page.locator('.choices button').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  return { context, page, faces };
}

/** The places a line of text shows on the first screen: the top bar, the transcript, a choice. */
const SELECTORS = ['.topbar button', '.transcript .line .text', '.choices button'];

describe('Chinese and Japanese with no CJK font on the system', () => {
  for (const [lang, face, other] of [
    ['ja', 'NotoSansJP', 'zh-Hans'],
    ['zh-Hans', 'NotoSansSC', 'ja'],
  ] as const) {
    it(`draws every ${lang} character of the first screen with Rapport's ${lang} face`, async () => {
      const { context, page, faces } = await open(bare, lang);
      // A line that began with a Latin character (the top bar's "← …") is drawn again once the face is in.
      await expect
        .poll(async () => (await drawn(context, page, SELECTORS[0]!)).fonts[`${face}-Bold*`] ?? 0)
        .toBeGreaterThan(0);
      for (const selector of SELECTORS) {
        const { text, fonts } = await drawn(context, page, selector);
        const cjk = text.match(CJK)?.length ?? 0;
        expect(cjk, `${selector}: "${text}" has CJK characters`).toBeGreaterThan(0);
        // Every CJK character by the face (regular or bold), none by a system font.
        const byFace = Object.entries(fonts)
          .filter(([name]) => name.startsWith(`${face}-`) && name.endsWith('*'))
          .reduce((n, [, count]) => n + count, 0);
        expect(byFace, `${selector}: "${text}" drawn with ${JSON.stringify(fonts)}`).toBe(cjk);
      }
      // Only this language's faces were fetched; the other language's stayed unloaded.
      expect(faces.length).toBeGreaterThan(0);
      expect(faces.every((f) => f.includes(`/fonts/rapport-${lang}-`))).toBe(true);
      const status = await page.evaluate(() =>
        Object.fromEntries([...document.fonts].map((f) => [`${f.family} ${f.weight}`, f.status])),
      );
      expect(status[`Rapport ${lang === 'ja' ? 'JP' : 'SC'} 400`]).toBe('loaded');
      expect(status[`Rapport ${other === 'ja' ? 'JP' : 'SC'} 400`]).toBe('unloaded');
      await page.locator('.transcript .line').first().scrollIntoViewIfNeeded();
      await screenshot(page, `fonts-${lang}`);
      await context.close();
    });
  }

  for (const [lang, face] of [
    ['ja', 'NotoSansJP'],
    ['zh-Hans', 'NotoSansSC'],
  ] as const)
    it(`draws and prints the ${lang} facilitator's guide with Rapport's ${lang} face`, async () => {
      const context = await bare.newContext({ viewport: { width: 900, height: 700 } });
      const page = await context.newPage();
      await page.goto(`${base}guides/${lang}/lost-face.html`);
      await page.evaluate(() => document.fonts.ready);
      for (const selector of ['h1', '.guide-head .kicker', 'main h2']) {
        await expect
          .poll(
            async () => {
              const { text, fonts } = await drawn(context, page, selector);
              const cjk = text.match(CJK)?.length ?? 0;
              const byFace = Object.entries(fonts)
                .filter(([name]) => name.startsWith(`${face}-`) && name.endsWith('*'))
                .reduce((n, [, count]) => n + count, 0);
              return cjk > 0 && byFace === cjk
                ? 'all by the face'
                : `${byFace} of ${cjk}: ${JSON.stringify(fonts)}`;
            },
            { message: selector },
          )
          .toBe('all by the face');
      }
      // Printed: the same faces (the PDF embeds them), so a no-CJK machine prints words, not boxes.
      await page.emulateMedia({ media: 'print' });
      const printed = await drawn(context, page, 'h1');
      expect(
        Object.keys(printed.fonts).every((name) => name.endsWith('*')),
        JSON.stringify(printed.fonts),
      ).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.toString('latin1')).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${face}`));
      await context.close();
    });

  it('has teeth: with the faces blocked, the same characters fall to a Latin font (empty boxes)', async () => {
    const { context, page } = await open(bare, 'ja', true);
    const { text, fonts } = await drawn(context, page, '.transcript .line .text');
    expect(text.match(CJK)?.length ?? 0).toBeGreaterThan(0);
    expect(Object.keys(fonts).some((name) => name.endsWith('*'))).toBe(false);
    await screenshot(page, 'fonts-ja-blocked');
    await context.close();
  });

  it('fetches no face for an English learner', async () => {
    const { context, page, faces } = await open(bare, null);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(faces).toEqual([]);
    await context.close();
  });

  it('keeps the face for offline play after one visit: the learner language’s only', async () => {
    const own = await startServer(); // closed below, the others' server kept
    const context = await bare.newContext({ viewport: { width: 900, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${own.url}?story=lost-face&lang=ja`);
    await page.locator('.choices button').first().waitFor();
    await serviceWorkerActive(page);
    const kept = () =>
      page.evaluate(async () =>
        (await (await caches.open('rapport-fonts')).keys()).map((r) => new URL(r.url).pathname).sort(),
      );
    await expect.poll(kept, { timeout: 20_000 }).toHaveLength(2);
    expect((await kept()).every((p) => p.startsWith('/fonts/rapport-ja-'))).toBe(true);
    await own.server.close();
    await page.reload();
    await page.locator('.choices button').first().waitFor();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    // The interface's words (precached; a story's own text is kept from the next visit on).
    await expect
      .poll(async () => (await drawn(context, page, '.topbar button')).fonts, { timeout: 10_000 })
      .toHaveProperty(['NotoSansJP-Bold*']);
    expect(failed.filter((u) => u.includes('/fonts/'))).toEqual([]);
    await context.close();
  });
});

describe('Chinese and Japanese with a CJK font on the system', () => {
  it("uses the learner's own font (local()) and fetches nothing", async () => {
    for (const lang of ['ja', 'zh-Hans']) {
      const { context, page, faces } = await open(usual, lang);
      await page.waitForTimeout(500);
      expect(faces, lang).toEqual([]);
      const { fonts } = await drawn(context, page, '.transcript .line .text');
      expect(
        Object.keys(fonts).some((name) => /CJK/.test(name)),
        JSON.stringify(fonts),
      ).toBe(true);
      await context.close();
    }
  });
});
