/**
 * Presenter mode in real Chromium: a console window and a projector window stay in sync — choose,
 * pause, reveal, show/hide meters, back one step — and either can be reloaded without losing the
 * session; axe-core finds no WCAG 2.2 AA violation in either.
 */
import { describe, expect, it } from 'vitest';
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
});
