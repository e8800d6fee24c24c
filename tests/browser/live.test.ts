/**
 * Live rooms end to end in real Chromium: one facilitator page and three participant phones on the
 * live-room server (loopback, a free port). Join, vote, a hidden tally, a participant reloading
 * (same identity and vote), reveal, advance, the facilitator reloading, the ending with the group
 * debrief, and the export of every vote as CSV and JSON. Hostile display names stay text.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../../server/app.ts';
import { axe } from './axe.ts';
import { launchBrowser, screenshot, watchErrors } from './browser.ts';

const ROOT = process.cwd();
let server: LiveServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let builtHere: string | null = null;

/** The built live page: dist/ once vite.config.ts lists live.html, else a build of it alone. */
async function liveSite(): Promise<string[]> {
  const dist = resolve(ROOT, process.env.RAPPORT_LIVE_DIST ?? 'dist');
  if (existsSync(join(dist, 'live.html'))) return [dist];
  const out = mkdtempSync(join(tmpdir(), 'rapport-live-'));
  builtHere = out;
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: {
      outDir: out,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: { live: resolve(ROOT, 'live.html') } },
    },
  });
  return [out, dist];
}

beforeAll(async () => {
  server = await startLiveServer({
    host: '127.0.0.1',
    port: 0,
    staticDirs: await liveSite(),
    storiesDir: resolve(ROOT, 'tests/unit/server/fixtures/stories'),
    sweepEveryMs: 0,
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await server?.close();
  if (builtHere) rmSync(builtHere, { recursive: true, force: true });
});

async function newPage(
  viewport: { width: number; height: number },
  mobile = false,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport,
    isMobile: mobile,
    hasTouch: mobile,
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  return { page, errors };
}

/** A reload aborts socket.io's open long-poll request: expected, not an error. */
const real = (errors: string[]) =>
  errors.filter((e) => !/requestfailed: .*\/socket\.io\/.*ERR_ABORTED/.test(e));

describe('live room in the browser', () => {
  it('runs a session with a facilitator and three phones', async () => {
    const base = server.url;
    const fac = await newPage({ width: 1366, height: 768 });
    fac.page.on('dialog', (d) => void d.accept());
    await fac.page.goto(`${base}/live.html?facilitate&story=mini`);
    await fac.page.getByRole('button', { name: 'Create the room' }).click();
    const codeEl = fac.page.locator('.join-code strong');
    await codeEl.waitFor();
    const code = (await codeEl.textContent())!;
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(new URL(fac.page.url()).searchParams.get('facilitate')).toBe(code);
    expect(fac.page.url()).not.toContain(
      await fac.page.evaluate(() => localStorage.getItem('rapport.live.hosted.v1')!.slice(30, 50)),
    );
    await expect.poll(() => fac.page.locator('svg.qr path').getAttribute('d')).toMatch(/^M/);
    const joinUrl = await fac.page.locator('.join-url a').getAttribute('href');
    expect(joinUrl).toBe(`${base}/live.html?join=${code}`);
    // The running scenario's printable guide, in a tab of its own (build/guide/).
    const guide = fac.page.getByRole('link', { name: /^Facilitator's guide/ });
    expect(await guide.getAttribute('href')).toBe('guides/mini.html');
    expect(await guide.getAttribute('target')).toBe('_blank');

    // Three phones join from the QR link; two names are hostile.
    const names = ['Ana', '<img src=x onerror="window.__pwned=1">', 'Bo\u202Eb'];
    const phones = [];
    for (const name of names) {
      const phone = await newPage({ width: 360, height: 640 }, true);
      await phone.page.goto(joinUrl!);
      if (name === 'Ana') expect(await axe(phone.page)).toEqual([]);
      await phone.page.getByLabel('Your name').fill(name);
      await phone.page.getByRole('button', { name: 'Join' }).click();
      await phone.page.locator('.choices .choice').first().waitFor();
      phones.push(phone);
    }
    const [ana, img, bob] = phones as [(typeof phones)[0], (typeof phones)[0], (typeof phones)[0]];
    expect(await ana.page.locator('.live-lines .line').last().textContent()).toContain('Shall we begin?');
    await screenshot(ana.page, 'live-participant-360x640');
    expect(await axe(ana.page)).toEqual([]);

    // Votes: Ana and the img taps choice 1; Bob uses the keyboard for 2.
    await ana.page.locator('.choice[data-index="0"]').click();
    await expect
      .poll(() => ana.page.locator('.choice[data-index="0"]').getAttribute('aria-pressed'))
      .toBe('true');
    await img.page.locator('.choice[data-index="0"]').click();
    await bob.page.locator('.choice[data-index="0"]').focus();
    await bob.page.keyboard.press('2');
    await expect.poll(() => bob.page.locator('.vote-status').textContent()).toContain('Your vote: 2');
    await expect.poll(() => fac.page.locator('.tally-summary').textContent()).toContain('3 of 3 voted');
    expect(await fac.page.locator('.split-count').allTextContents()).toEqual([
      '2 votes · 67%',
      '1 vote · 33%',
      '0 votes · 0%',
    ]);
    // The room does not see the split yet.
    expect(await ana.page.locator('.live-result').isHidden()).toBe(true);

    // A phone reloads (sleep, a dropped network): same person, same vote.
    await img.page.reload();
    await expect
      .poll(() => img.page.locator('.choice[data-index="0"]').getAttribute('aria-pressed'))
      .toBe('true');
    expect(await img.page.locator('.you').textContent()).toContain('<img src=x onerror="window.__pwned=1">');
    await expect.poll(() => fac.page.locator('.people-count').textContent()).toBe('3 joined · 3 connected');

    // Names are text on every page: no markup, no bidi override.
    await fac.page.locator('.people-list summary').click();
    const shownNames = await fac.page.locator('.person-name').allTextContents();
    expect(shownNames).toContain('<img src=x onerror="window.__pwned=1">');
    expect(shownNames).toContain('Bob');
    expect(await fac.page.locator('.people-list img').count()).toBe(0);
    expect(await fac.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(fac.page, 'live-console-1366x768');
    expect(await axe(fac.page)).toEqual([]);

    // Reveal: the phones see the split; voting closes.
    await fac.page.getByRole('button', { name: 'Reveal votes to the room' }).click();
    await bob.page.locator('.live-result').waitFor();
    expect(await bob.page.locator('.live-result .split-count').first().textContent()).toBe('2 votes · 67%');
    expect(await bob.page.locator('.live-result .split-mark').textContent()).toBe(' (your vote)');
    expect(await bob.page.locator('.choice').first().isDisabled()).toBe(true);
    await screenshot(bob.page, 'live-participant-revealed-360x640');
    expect(await axe(bob.page)).toEqual([]);

    // Room view for the projector: large type, no names or controls.
    await fac.page.getByRole('button', { name: 'Room view' }).click();
    expect(await fac.page.locator('.people-list').isVisible()).toBe(false);
    expect(await fac.page.locator('.console-controls').isVisible()).toBe(false);
    await screenshot(fac.page, 'live-room-view-1366x768');
    expect(await axe(fac.page)).toEqual([]);
    await fac.page.getByRole('button', { name: 'Back to the console' }).click();

    // Advance with the majority: a new step on every phone.
    await fac.page.getByRole('button', { name: 'Advance with the majority (1)' }).click();
    await expect.poll(() => ana.page.locator('.choices .choice').count()).toBe(2);
    expect(await ana.page.locator('.live-lines').textContent()).toContain('Ask about her team');
    expect(await ana.page.locator('.choice[aria-pressed="true"]').count()).toBe(0);

    // The facilitator reloads and gets the room back.
    await fac.page.reload();
    await expect.poll(() => fac.page.locator('.join-code strong').textContent()).toBe(code);
    await expect.poll(() => fac.page.locator('#decision-heading').textContent()).toBe('Decision 2');

    // Decision 2: the facilitator takes another choice than the one vote.
    await ana.page.locator('.choice[data-index="1"]').click();
    await expect.poll(() => fac.page.locator('.tally-summary').textContent()).toContain('1 of 3 voted');
    await fac.page.getByRole('button', { name: 'Take 1' }).click();
    await expect
      .poll(() => bob.page.locator('#group-debrief-title').textContent())
      .toBe('Ending: The meeting ends');
    await fac.page.locator('.console-ending #group-debrief-title').waitFor();
    expect(await fac.page.locator('.decision-by').allTextContents()).toEqual([
      'The room’s majority chose 1 (3 votes).',
      'The facilitator chose 1 (1 vote cast).',
    ]);
    await screenshot(ana.page, 'live-participant-debrief-360x640');
    expect(await axe(ana.page)).toEqual([]);

    // Export every vote.
    const [csv] = await Promise.all([
      fac.page.waitForEvent('download'),
      fac.page.getByRole('button', { name: 'Export votes (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(new RegExp(`^rapport-live-mini-${code}-.*\\.csv$`));
    const rows = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(1 + 4);
    const [json] = await Promise.all([
      fac.page.waitForEvent('download'),
      fac.page.getByRole('button', { name: 'Export votes (JSON)' }).click(),
    ]);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(data.votes).toHaveLength(4);
    expect(data.decisions).toHaveLength(2);
    await screenshot(fac.page, 'live-console-debrief-1366x768');
    expect(await axe(fac.page)).toEqual([]);

    for (const p of [fac, ...phones]) expect(real(p.errors)).toEqual([]);
  });

  it('opens the live pages in a browser where the game is installed for offline play', async () => {
    // The game's service worker answers navigations with index.html; live pages must reach the
    // server instead (vite.config.ts: /^\/live/ in workbox navigateFallbackDenylist).
    const { page, errors } = await newPage({ width: 1366, height: 768 });
    await page.goto(`${server.url}/`);
    await expect
      .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active), {
        timeout: 30_000,
      })
      .toBe(true);
    // The game's menu offers a live room for each scenario here (the server sets its rapport-live cookie).
    const link = page.locator('a.live-link[href$="story=lost-face"]');
    await link.waitFor({ timeout: 10_000 });
    expect(await link.textContent()).toMatch(/^Run as live room: Lost face/);
    await link.click();
    await page.getByRole('heading', { name: 'Run a live session' }).waitFor({ timeout: 10_000 });
    await page.goto(`${server.url}/live.html?facilitate`);
    await page.getByRole('heading', { name: 'Run a live session' }).waitFor({ timeout: 10_000 });
    await page.goto(`${server.url}/live.html?join=ABCDEF`);
    expect(await page.getByLabel('Room code').inputValue()).toBe('ABCDEF');
    expect(real(errors)).toEqual([]);
  });

  it('serves the live page with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${server.url}/live.html`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.url}/..%2f..%2fpackage.json`)).status).toBe(404);
  });
});
