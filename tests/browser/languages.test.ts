/**
 * The interface in the learner's language (issue #21): the game opened at `?lang=en-XA` (the
 * pseudo-locale: every interface word accented, ~40 % longer, in brackets) on a 320 px phone,
 * played to an ending with the keyboard only — axe clean, no interface text clipped or overflowing —
 * then another language picked in Settings, which redraws the screen in place; and the settings
 * dialog's address (issue #22): Back closes it, a reload reopens it over the same screen; and a
 * module's card, summary and check in Japanese (translations/ja/modules.po, checks.po).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choicesOf } from '../../build/analysis/golden.ts';
import { axe } from './axe.ts';
import { chooseByKeyboard, screenshot, STORY_LINES, storyAnswered, tabTo, useGame } from './browser.ts';

const game = useGame();
const STORY = 'lost-face';
const path = choicesOf(readFileSync(resolve(__dirname, `../golden/${STORY}.best.txt`), 'utf8'));

/**
 * Interface text that does not fit: a text element whose content is wider than its box (and that
 * is not a scroller by design), or a page wider than the screen. Story text is the stories' own.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth + 1)
      out.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${innerWidth}px window`);
    const text = 'h1,h2,h3,h4,p,li,button,a,label,legend,summary,th,td,caption,output,strong,span,kbd,dt,dd';
    for (const el of document.querySelectorAll<HTMLElement>(text)) {
      if (!el.getClientRects().length || el.closest('svg,canvas,.visually-hidden,[hidden]')) continue;
      // Inside a closed <details> (the debrief's table): not on screen.
      const details = el.closest('details');
      if (details && !details.open && !el.closest('summary')) continue;
      const style = getComputedStyle(el);
      if (/(auto|scroll)/.test(style.overflowX)) continue;
      // Inside a scroller by design (a wide table or the path map scrolls sideways, and says so).
      let p: HTMLElement | null = el.parentElement;
      let scrolls = false;
      while (p && p !== document.body) {
        if (/(auto|scroll)/.test(getComputedStyle(p).overflowX)) scrolls = true;
        p = p.parentElement;
      }
      if (scrolls) continue;
      if (el.scrollWidth > el.clientWidth + 1 && style.display !== 'inline')
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: "${el.textContent?.slice(0, 60)}" ${el.scrollWidth}>${el.clientWidth}`,
        );
      const r = el.getBoundingClientRect();
      if (r.right > innerWidth + 1 || r.left < -1)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: "${el.textContent?.slice(0, 60)}" runs off the screen (${Math.round(r.left)}–${Math.round(r.right)})`,
        );
    }
    return out;
  });
}

describe('the interface in the learner’s language', () => {
  it('plays a scenario to its ending in the pseudo-locale at 320 px by keyboard: axe clean, nothing overflows', async () => {
    const { page, errors } = await game.open(320, 640);
    await page.goto(`${game.base()}?lang=en-XA`);
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    // Every interface word is the pseudo-locale's: bracketed and accented.
    expect(await page.locator('.hero .tagline').textContent()).toMatch(/^\[Pŕååçţîîšéé /);
    expect(await page.locator('.skip-link').textContent()).toMatch(/^\[/);
    expect(await overflowing(page)).toEqual([]);
    expect(await axe(page)).toEqual([]);

    await tabTo(page, `button[data-story="${STORY}"]`);
    await page.keyboard.press('Enter');
    await page.locator('.choices button').first().waitFor();
    // The app's own navigation keeps the language in the address.
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en-XA');
    expect(new URL(page.url()).searchParams.get('story')).toBe(STORY);
    expect(await page.locator('.topbar button').first().textContent()).toMatch(/^\[← Šçéé/);
    expect(await overflowing(page)).toEqual([]);
    expect(await axe(page)).toEqual([]);
    for (const index of path) await chooseByKeyboard(page, index);
    await page.locator('.debrief .score').waitFor();
    expect(await page.locator('.ending-kicker').textContent()).toMatch(/^\[ÉÉñðîîñĝ/);
    expect(await page.locator('.debrief h3').first().textContent()).toMatch(/^\[Ĥööw/);
    expect(await page.locator('.debrief .score').textContent()).toMatch(/^\[\[?Ŕéé/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en-XA');
    await screenshot(page, 'languages-en-XA-ending-320');
    expect(await overflowing(page)).toEqual([]);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches language in Settings without a reload and keeps the learner’s place; the dialog has an address', async () => {
    const { page, errors } = await game.open(1366, 768);
    await page.goto(`${game.base()}?story=${STORY}&lang=en-XA`);
    await page.locator('.choices button').first().waitFor();
    for (const index of path.slice(0, 2)) {
      const before = await page.locator(STORY_LINES).count();
      await page.keyboard.press(String(index + 1));
      await storyAnswered(page, before);
    }
    const lines = await page.locator('.transcript .line').count();
    await page.evaluate(() => ((window as unknown as { reloaded: boolean }).reloaded = false));

    // Open Settings by keyboard: the dialog gets an address over the scenario.
    await tabTo(page, '.settings-button');
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.settings');
    await dialog.waitFor();
    expect(new URL(page.url()).search).toBe(`?story=${STORY}&lang=en-XA&settings`);
    expect(await dialog.locator('h2').textContent()).toMatch(/^\[Šéé/);
    expect(await axe(page)).toEqual([]);

    // Pick Español: the page switches at once, no reload, same line, the dialog redrawn in place.
    await dialog.locator('#language').selectOption('es');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await page.evaluate(() => (window as unknown as { reloaded?: boolean }).reloaded)).toBe(false);
    expect(await dialog.locator('h2').textContent()).not.toMatch(/^\[/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('language');
    expect(await page.locator('.transcript .line').count()).toBe(lines);
    expect(await page.locator('.topbar button').first().textContent()).not.toMatch(/^\[/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    expect(await page.locator('option[value="zh-Hans"]').textContent()).toBe('中文（简体）');

    // Back closes the dialog and stays on the scenario, at the same line.
    await page.goBack();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).search).toBe(`?story=${STORY}&lang=es`);
    expect(await page.locator('.transcript .line').count()).toBe(lines);

    // Open it again and reload: the same screen, with the dialog open over it.
    await page.locator('.settings-button').click();
    await dialog.waitFor();
    await page.reload();
    await page.locator('dialog.settings').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('.transcript .line').count()).toBe(lines);
    // Done closes it, going back to the entry it was opened from (no entry left behind).
    await page.locator('dialog.settings button.primary').click();
    await page.locator('dialog.settings').waitFor({ state: 'detached' });
    expect(new URL(page.url()).search).toBe(`?story=${STORY}&lang=es`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a module’s card, summary and opening check in Japanese, with no English left in their words', async () => {
    const { page, errors } = await game.open(1366, 900);
    /** Three English words in a row: a sentence the translation missed. */
    const english = (texts: string[]) => texts.filter((t) => /[A-Za-z]{3,}(?:\s+[A-Za-z]{2,}){2,}/.test(t));
    await page.goto(`${game.base()}?lang=ja`);
    const card = page.locator('.module-card', { has: page.locator('#module-asia-partners') });
    await card.locator('h3').waitFor();
    expect(await card.locator('h3').textContent()).toBe('アジアのパートナーと働く');
    expect(english([(await card.locator('.summary').textContent()) ?? ''])).toEqual([]);
    // The scenario cards' pictures are described in Japanese, their people named as the story names them.
    const lostFace = page.locator('.card', { has: page.locator('h3', { hasText: '上海で失ったメンツ' }) });
    await expect
      .poll(() => lostFace.locator('img.card-picture').getAttribute('alt'))
      .toMatch(/^最初の場面：会議室、王海涛と。$/);
    const alts = await page
      .locator('img.card-picture')
      .evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')));
    expect(alts.filter((a) => /First scene/.test(a ?? ''))).toEqual([]);
    // A story with no Japanese translation keeps its English words, marked so for screen readers.
    expect(await lostFace.locator('h3').getAttribute('lang')).toBeNull();
    const untranslated = await page
      .locator('.card h3[lang="en"]')
      .evaluateAll((hs) => hs.map((h) => h.textContent));
    expect(untranslated.length).toBeGreaterThan(0);
    expect(untranslated.filter((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t ?? ''))).toEqual([]);
    // So are a module's untranslated scenarios in its list of steps.
    const steps = await card.locator('.module-steps button span[lang="en"]').allTextContents();
    expect(steps).toContain('The first meeting in Osaka');

    await page.goto(`${game.base()}?module=asia-partners&lang=ja`);
    await page.locator('.module-summary h1').waitFor();
    expect(await page.locator('.module-summary h1').textContent()).toBe('アジアのパートナーと働く');
    const summary = await page
      .locator('.module-summary > p, .module-summary .objectives li')
      .allTextContents();
    expect(summary.length).toBeGreaterThan(4);
    expect(english(summary)).toEqual([]);
    expect(await axe(page)).toEqual([]);

    await page.goto(`${game.base()}?module=asia-partners&check=before&lang=ja`);
    await page.locator('.check-item').first().waitFor();
    const words = await page
      .locator('.check-screen h1, .check-screen .story-title, .check-item .situation, .check-response')
      .allTextContents();
    expect(words.length).toBeGreaterThan(30);
    expect(english(words)).toEqual([]);
    expect(await page.locator('.check-item .situation').first().textContent()).toMatch(/^あなたはカナダの/);
    expect(english([(await page.locator('main').textContent()) ?? ''])).toEqual([]);
    await screenshot(page, 'languages-ja-check');
    expect(await axe(page)).toEqual([]);
    // In English the same screen is all English: the check has teeth.
    await page.goto(`${game.base()}?module=asia-partners&check=before&lang=en`);
    await page.locator('.check-item').first().waitFor();
    expect(english(await page.locator('.check-item .situation').allTextContents()).length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks a story with no translation into the page’s language as English, line by line, for screen readers', async () => {
    const { page, errors } = await game.open(1366, 900);
    await page.goto(`${game.base()}?story=south-of-london&lang=ja`);
    await page.locator('.choices button').first().waitFor();
    await chooseByKeyboard(page, 1);
    // The interface is Japanese; the story's own words are English and say so.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    const unmarked = await page
      .locator('.transcript .line .text:not([lang="en"]), .choices .choice-text:not([lang="en"])')
      .allTextContents();
    expect(unmarked).toEqual([]);
    expect(await page.locator('.story-title').getAttribute('lang')).toBe('en');
    // A translated story in the same page language carries no marks.
    await page.goto(`${game.base()}?story=lost-face&lang=ja`);
    await page.locator('.choices button').first().waitFor();
    await chooseByKeyboard(page, 1);
    expect(await page.locator('.transcript [lang], .choices [lang], .story-title[lang]').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('remembers the language picked in Settings, and follows the browser’s language otherwise', async () => {
    const context = await game.browser().newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(game.base());
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await page.locator('.settings-button').first().click();
    await page.locator('dialog.settings #language').selectOption('zh-Hans');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    await page.locator('dialog.settings button.primary').click();
    await page.reload();
    await page.locator('h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await context.close();
  });
});
