/**
 * Presenter mode in real Chromium: a console window and a projector window stay in sync — choose,
 * pause, reveal, show/hide meters, back one step — and either can be reloaded without losing the
 * session; axe-core finds no WCAG 2.2 AA violation in either.
 */
import { describe, expect, it } from 'vitest';
import { stringsOfStory } from '../../build/l10n/cli.ts';
import { tableOf } from '../../build/l10n/plugin.ts';
import { axe } from './axe.ts';
import { screenshot, useGame, watchErrors } from './browser.ts';

const game = useGame();

describe('presenter mode', () => {
  it('keeps the console and the projector in sync, through reloads of either', async () => {
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const consolePage = await context.newPage();
    const errors = watchErrors(consolePage);
    await consolePage.goto(`${game.base()}?present=lost-face`);
    await consolePage.locator('.previews').waitFor();
    const key = new URL(consolePage.url()).searchParams.get('key')!;
    expect(key).toMatch(/^[a-z0-9]{4,16}$/);
    // The console shows each choice's hidden consequence and coach note.
    expect(await consolePage.locator('.preview-effect').count()).toBeGreaterThan(1);
    expect(await consolePage.locator('.preview-coach').count()).toBeGreaterThan(1);
    // The running scenario's printable guide, in a tab of its own (build/guide/).
    const guide = consolePage.getByRole('link', { name: /^Facilitator's guide/ });
    expect(await guide.getAttribute('href')).toBe('guides/lost-face.html');
    expect(await guide.getAttribute('target')).toBe('_blank');

    const projector = await context.newPage();
    errors.push(...watchErrors(projector));
    await projector.goto(`${game.base()}?projector=${key}`);
    await projector.locator('.choice-list').waitFor();
    const projectorLines = () => projector.locator('.transcript .line').count();
    const start = await projectorLines();
    // The room sees choices but cannot take them.
    expect(await projector.locator('.choices button').count()).toBe(0);

    await consolePage.getByRole('button', { name: /^Choose 1/ }).click();
    await expect.poll(projectorLines).toBeGreaterThan(start);
    expect(await projector.locator('.coach').isHidden()).toBe(true);
    await consolePage.getByRole('button', { name: 'Reveal consequences' }).click();
    await expect.poll(() => projector.locator('.coach').isVisible()).toBe(true);
    await consolePage.getByRole('button', { name: 'Show meters to the room' }).click();
    await expect.poll(() => projector.locator('.meters').isHidden()).toBe(true);
    await consolePage.getByRole('button', { name: 'Pause for discussion' }).click();
    await expect.poll(() => projector.locator('.paused-banner').textContent()).toBe('Paused for discussion');
    await screenshot(projector, 'projector-1366x768');
    await screenshot(consolePage, 'console-1366x768');
    // Both windows meet WCAG 2.2 AA as the room and the facilitator see them.
    expect(await axe(consolePage)).toEqual([]);
    expect(await axe(projector)).toEqual([]);

    const afterOne = await projectorLines();
    await projector.reload();
    await projector.locator('.choice-list').waitFor();
    expect(await projectorLines()).toBe(afterOne);
    await consolePage.reload();
    await consolePage.locator('.previews').waitFor();
    expect(new URL(consolePage.url()).searchParams.get('key')).toBe(key);
    await consolePage.getByRole('button', { name: 'Back one step' }).click();
    await expect.poll(projectorLines).toBe(start);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the console and the projector in the console’s language, story included (or the projector’s own ?lang=)', async () => {
    const entries = stringsOfStory('stories/lost-face.ink', process.cwd()).entries;
    const table = (lang: string) =>
      new Set(Object.values(tableOf(process.cwd(), lang, 'lost-face', entries).strings));
    const ja = table('ja');
    const context = await game.browser().newContext({ viewport: { width: 1366, height: 768 } });
    const consolePage = await context.newPage();
    const errors = watchErrors(consolePage);
    await consolePage.goto(`${game.base()}?present=lost-face&lang=ja`);
    await consolePage.locator('.previews').waitFor();
    expect(new URL(consolePage.url()).searchParams.get('lang')).toBe('ja');
    const text = (page: typeof consolePage, selector: string) =>
      page.locator(selector).evaluateAll((els) => els.map((e) => e.lastChild?.textContent?.trim() ?? ''));
    const lines = await text(consolePage, '.console-now .transcript .line');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(ja.has(line), line).toBe(true);
    const previews = await text(consolePage, '.preview-text');
    expect(previews.length).toBeGreaterThan(1);
    for (const p of previews) expect(ja.has(p), p).toBe(true);
    for (const note of await text(consolePage, '.preview-coach')) expect(ja.has(note), note).toBe(true);
    expect(await consolePage.title()).toContain('上海で失ったメンツ');
    const key = new URL(consolePage.url()).searchParams.get('key')!;
    const address = await consolePage.locator('.console-link code').textContent();
    expect(new URL(address!).searchParams.get('lang')).toBe('ja');

    // The projector the console opens reads the console's language…
    const projector = await context.newPage();
    errors.push(...watchErrors(projector));
    await projector.goto(address!);
    await projector.locator('.choice-list').waitFor();
    const shown = await projector.locator('.transcript .line .text').allTextContents();
    expect(shown.length).toBeGreaterThan(2);
    for (const line of shown) expect(ja.has(line.trim()), line).toBe(true);
    await screenshot(projector, 'projector-ja-1366x768');
    expect(await axe(projector)).toEqual([]);
    // …and one opened with its own ?lang= reads that one (a bilingual room).
    const es = table('es');
    const spanish = await context.newPage();
    errors.push(...watchErrors(spanish));
    await spanish.goto(`${game.base()}?projector=${key}&lang=es`);
    await spanish.locator('.choice-list').waitFor();
    for (const line of await spanish.locator('.transcript .line .text').allTextContents())
      expect(es.has(line.trim()), line).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
