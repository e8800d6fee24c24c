/**
 * The facilitator's guides (build/guide/, docs/guides.md) in real Chromium, as `vite build` wrote
 * them to dist/guides/: reached from the menu with the keyboard, axe-clean, and printed with
 * page.pdf() on A4 and on Letter — a sane number of pages, and nothing wider than the printable
 * width. The PDFs land in test-results/ to be looked at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { OUT_DIR, screenshot, serviceWorkerActive, tabTo, useGame } from './browser.ts';

const game = useGame();

/** The printable width in CSS px: the paper less guide.css's 14 mm side margins (96 px per inch). */
const PRINTABLE = { A4: ((210 - 28) / 25.4) * 96, Letter: ((215.9 - 28) / 25.4) * 96 } as const;

/** The pages of a PDF Chromium wrote: its page tree's /Count. */
function pageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) =>
    Number(m[1]),
  );
  const alt = [...pdf.toString('latin1').matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) =>
    Number(m[1]),
  );
  return Math.max(0, ...counts, ...alt);
}

/** Elements laid out wider than the printable width, or cutting their own text, in print media. */
async function overflowing(page: Page, width: number): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor(width), height: 1200 });
  const found = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 0.5;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      // Empty, or visually hidden for screen readers (a 1 px box that clips its words on purpose).
      if ((r.width === 0 && r.height === 0) || getComputedStyle(el).clipPath !== 'none') continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`;
      if (r.right > limit || r.left < -0.5)
        out.push(`${name} spans ${Math.round(r.left)}–${Math.round(r.right)}`);
      else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        out.push(`${name} cuts its content (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return out;
  });
  await page.emulateMedia({ media: null });
  return found;
}

/** Print the page on both papers: its page counts, each PDF kept in test-results/. */
async function print(page: Page, name: string): Promise<{ A4: number; Letter: number }> {
  mkdirSync(OUT_DIR, { recursive: true });
  const counts = { A4: 0, Letter: 0 };
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(resolve(OUT_DIR, `${name}-${format}.pdf`), pdf);
    counts[format] = pageCount(pdf);
  }
  return counts;
}

describe("the facilitator's guides", () => {
  it("opens a scenario's guide from the menu with the keyboard; it is axe-clean and prints on A4 and Letter", async () => {
    const { page, errors } = await game.open();
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(game.base());
    await page.locator('.card').first().waitFor();
    // The menu loads nothing of the guides: they are separate pages.
    expect(asked.filter((p) => p.startsWith('/guides/'))).toEqual([]);
    const link = 'a.guide-link[href="guides/lost-face.html"]';
    expect(await page.locator(link).textContent()).toBe("Facilitator's guide: Lost face in Shanghai");
    await tabTo(page, link, 120);
    await Promise.all([page.waitForURL(/\/guides\/lost-face\.html$/), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { level: 1, name: 'Lost face in Shanghai' }).waitFor();
    expect(await page.locator('section.decision').count()).toBeGreaterThan(8);
    expect(await page.locator('#handout blockquote').count()).toBeGreaterThan(10);
    await screenshot(page, 'guide-lost-face-1366x768');
    expect(await axe(page)).toEqual([]);

    expect(await overflowing(page, PRINTABLE.A4)).toEqual([]);
    expect(await overflowing(page, PRINTABLE.Letter)).toEqual([]);
    const pages = await print(page, 'guide-lost-face');
    // Sixteen decision points, the prompts, the endings and a handout: more than a leaflet, less
    // than a book; Letter is a little shorter than A4, so it may take a few pages more.
    expect(pages.A4).toBeGreaterThanOrEqual(8);
    expect(pages.A4).toBeLessThanOrEqual(30);
    expect(pages.Letter).toBeGreaterThanOrEqual(pages.A4);
    expect(pages.Letter).toBeLessThanOrEqual(Math.ceil(pages.A4 * 1.35));
    expect(errors).toEqual([]);
  });

  it("opens a module's guide, links to its scenarios' guides, and prints it", async () => {
    const { page, errors } = await game.open(1024, 768);
    await page.goto(game.base());
    const link = page.locator('a.guide-link[href="guides/module-asia-partners.html"]');
    expect(await link.textContent()).toBe("Facilitator's guide: Working with partners in Asia");
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Working with partners in Asia' }).waitFor();
    const scenarios = page.locator('#scenarios tbody a');
    expect(await scenarios.allTextContents()).toEqual([
      'The first meeting in Osaka',
      'Lost face in Shanghai',
      'The President',
      '"Of course"',
    ]);
    expect(await axe(page)).toEqual([]);
    expect(await overflowing(page, PRINTABLE.A4)).toEqual([]);
    const pages = await print(page, 'guide-module-asia-partners');
    // Four scenarios with their summaries: a page and a bit, on either paper.
    expect(pages.A4).toBeLessThanOrEqual(2);
    expect(pages.Letter).toBeLessThanOrEqual(2);
    await scenarios.nth(3).click();
    await page.getByRole('heading', { level: 1, name: '"Of course"' }).waitFor();
    expect(await axe(page)).toEqual([]);
    const course = await print(page, 'guide-of-course');
    expect(course.A4).toBeGreaterThanOrEqual(6);
    expect(course.A4).toBeLessThanOrEqual(30);
    expect(errors).toEqual([]);
  });

  it('reaches the guide, not the game, once the game is installed for offline play', async () => {
    const { page, errors } = await game.open();
    await page.goto(game.base());
    await serviceWorkerActive(page);
    await page.goto(`${game.base()}guides/the-president.html`);
    await page.getByRole('heading', { level: 1, name: 'The President' }).waitFor();
    expect(await page.locator('#app, .menu-screen').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('links to the guide in the interface’s language: ja and zh-Hans read, pass axe and print within the page', async () => {
    const { page, errors } = await game.open();
    await page.goto(`${game.base()}?lang=ja`);
    await page.locator('.card').first().waitFor();
    // A translated scenario's link goes to its Japanese guide; an untranslated one's to English.
    const link = 'a.guide-link[href="guides/ja/lost-face.html"]';
    expect(await page.locator(link).count()).toBe(1);
    expect(await page.locator('a.guide-link[href="guides/first-meeting.html"]').count()).toBe(1);
    expect(await page.locator('a.guide-link[href="guides/ja/module-asia-partners.html"]').count()).toBe(1);
    await tabTo(page, link, 120);
    await Promise.all([page.waitForURL(/\/guides\/ja\/lost-face\.html$/), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { level: 1, name: '上海で失ったメンツ' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.locator('main h2').first().textContent()).toBe('学習目標');
    await screenshot(page, 'guide-lost-face-ja-1366x768');
    expect(await axe(page)).toEqual([]);
    expect(await overflowing(page, PRINTABLE.A4)).toEqual([]);
    expect(await overflowing(page, PRINTABLE.Letter)).toEqual([]);
    const ja = await print(page, 'guide-lost-face-ja');
    expect(ja.A4).toBeGreaterThanOrEqual(8);
    expect(ja.A4).toBeLessThanOrEqual(30);

    await page.goto(`${game.base()}guides/zh-Hans/the-president.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await axe(page)).toEqual([]);
    expect(await overflowing(page, PRINTABLE.A4)).toEqual([]);
    const zh = await print(page, 'guide-the-president-zh-Hans');
    expect(zh.A4).toBeLessThanOrEqual(30);
    expect(errors).toEqual([]);
  });
});
