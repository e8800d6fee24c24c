/**
 * A new deployment while a learner is mid-scenario: the service worker installs it and waits, the
 * page says an update is ready, the scenario goes on unchanged; only "Update now" switches to the
 * new version, which resumes on the same line. The game is served from a copy of dist/ so the
 * test can deploy a changed index.html (and the sw.js that comes with it) under the open page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { press, screenshot, serviceWorkerActive, useGame } from './browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'rapport-update-'));
// Registered before useGame's hooks, so the copy is there when its server starts.
beforeAll(() => cpSync('dist', dir, { recursive: true }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const game = useGame(dir);

/** The next deployment: a changed index.html, and a service worker whose precache says so. */
function deploy(): void {
  const index = join(dir, 'index.html');
  writeFileSync(
    index,
    readFileSync(index, 'utf8').replace('<head>', '<head><meta name="rapport-deployment" content="2">'),
  );
  const sw = join(dir, 'sw.js');
  const before = readFileSync(sw, 'utf8');
  const after = before.replace(/(url:"index\.html",revision:")[^"]+"/, '$1deployment-2"');
  if (after === before) throw new Error('sw.js has no precache entry for index.html: has the build changed?');
  writeFileSync(sw, after);
}

const deployment = (page: Page) =>
  page.evaluate(
    () => document.querySelector('meta[name="rapport-deployment"]')?.getAttribute('content') ?? '1',
  );
const lines = (page: Page) => page.locator('.transcript .line').allTextContents();

describe('a new deployment', () => {
  it('waits for the learner: the scenario goes on, and "Update now" resumes it on the new version', async () => {
    const { page, errors } = await game.open();
    const context = page.context();
    await page.goto(`${game.base()}?story=lost-face`);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await serviceWorkerActive(page);
    // The second visit is the one the service worker answers; the scenario resumes where it was.
    await press(page, 0);
    await page.reload();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await press(page, 0);

    deploy();
    // What the browser does on its own on a later navigation or after a day, done now.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Rapport is ready' });
    await notice.waitFor({ timeout: 30_000 });
    await screenshot(page, 'update-ready-1366x768');
    expect(await deployment(page)).toBe('1');

    // Nothing changes under the learner: the same page, and the scenario still answers.
    await press(page, 0);
    const before = await lines(page);
    expect(await deployment(page)).toBe('1');

    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Update now' }).click(),
    ]);
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    expect(await deployment(page)).toBe('2');
    expect(await lines(page)).toEqual(before);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/where you left off/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
