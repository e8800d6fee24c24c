/**
 * LMS packages in real Chromium: a host page that is the LMS (scorm-again's SCORM 1.2 and 2004
 * APIs on its window) launches the packaged module in an iframe, as an LMS launches a SCO. The
 * learner plays by pressing the choice buttons; the test then reads what the LMS recorded —
 * status, score, interactions, session time, suspend data — and relaunches from the recorded
 * suspend data to check that the learner lands on the same line.
 *
 * The packages are built here with build/package.ts (a one-scenario module of south-of-london),
 * unzipped and served with the host page by a small static server.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choicesOf } from '../../build/analysis/golden.ts';
import { decodeSuspend } from '../../src/app/lms/suspend.ts';
import { buildPackage } from '../../build/package.ts';
import { launchBrowser, screenshot, STORY_LINES, storyAnswered, watchErrors } from './browser.ts';

const STORY = 'south-of-london';
const best = choicesOf(readFileSync(resolve(__dirname, `../golden/${STORY}.best.txt`), 'utf8'));
const BEST_SCORE = Number(
  /score (\d+)/.exec(readFileSync(resolve(__dirname, `../golden/${STORY}.best.txt`), 'utf8'))![1],
);

type Recorded = { cmi: Record<string, string>; calls: string[][] };
type HostWindow = Window & {
  launch(format: string, cmi?: object): void;
  unload(): void;
  recorded(): Recorded;
};

const WIRING =
  'The packaged module did not open its scenario in the LMS frame. It needs the wiring in docs/lms.md ("Wiring"): ' +
  'main.ts must call startLms() when packagedLms() returns a configuration.';

let workDir = '';
let server: Server;
let base = '';
let browser: Browser;
const zips: Record<string, Awaited<ReturnType<typeof buildPackage>>> = {};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

/** Serves the host page, scorm-again's browser builds, and the unpacked packages. */
function serve(routes: Record<string, string>): Promise<{ server: Server; url: string }> {
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(routes)
      .sort((a, b) => b.length - a.length)
      .find((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`));
    const dir = prefix === undefined ? undefined : routes[prefix];
    const file = dir && normalize(join(dir, path.slice(prefix!.length)));
    if (!file || !file.startsWith(dir!) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      ok({ server: s, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'rapport-lms-test-'));
  for (const format of ['scorm12', 'scorm2004', 'xapi'] as const) {
    zips[format] = await buildPackage({
      module: STORY,
      format,
      out: join(workDir, 'zips'),
      keepBuildIn: join(workDir, format),
      log: () => {},
    });
  }
  ({ server, url: base } = await serve({
    '/': resolve(__dirname, 'lms'),
    '/scorm-again': resolve(__dirname, '../../node_modules/scorm-again/dist'),
    '/scorm12': join(workDir, 'scorm12'),
    '/scorm2004': join(workDir, 'scorm2004'),
  }));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function host(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 820 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}/host.html`);
  return { page, errors, close: () => context.close() };
}

/** Launch the module in the host's frame (with the LMS holding `cmi`), and wait for its first choices. */
async function launch(page: Page, format: 'scorm12' | 'scorm2004', cmi?: object): Promise<Frame> {
  await page.evaluate(
    ([f, c]) => (window as unknown as HostWindow).launch(f as string, c as object | undefined),
    [format, cmi] as const,
  );
  const frame = await waitForFrame(page, format);
  try {
    await frame.locator('.choices button').first().waitFor({ timeout: 20_000 });
  } catch (e) {
    throw new Error(`${WIRING} (${e instanceof Error ? e.message.split('\n')[0] : e})`, { cause: e });
  }
  return frame;
}

async function waitForFrame(page: Page, format: string): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f.url().includes(`/${format}/index.html`));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`the ${format} package never loaded in the host's frame`);
}

/** Press the choice button `index` (as a learner clicks it) and wait for the story to answer. */
/** Click a choice and wait for the story's answer (not just the learner's own, shown at the press). */
async function choose(frame: Frame, index: number): Promise<void> {
  const before = await frame.locator(STORY_LINES).count();
  await frame.locator('.choices button').nth(index).click();
  await storyAnswered(frame, before);
}

const lastLine = (frame: Frame) => frame.locator('.transcript .line').last().textContent();

async function leave(page: Page): Promise<Recorded> {
  await page.evaluate(() => (window as unknown as HostWindow).unload());
  return page.evaluate(() => (window as unknown as HostWindow).recorded());
}

const called = (r: Recorded, name: string) => r.calls.filter((c) => c[0] === name);
const setValues = (r: Recorded) => r.calls.filter((c) => c[0] === 'LMSSetValue' || c[0] === 'SetValue');

describe('LMS package files', () => {
  it('each zip has its control file at the root, the right schema version, and relative hrefs that exist', () => {
    for (const [format, control, version] of [
      ['scorm12', 'imsmanifest.xml', '<schemaversion>1.2</schemaversion>'],
      ['scorm2004', 'imsmanifest.xml', '<schemaversion>2004 4th Edition</schemaversion>'],
      ['xapi', 'tincan.xml', '<launch lang="en">index.html</launch>'],
    ] as const) {
      const entries = unzipSync(readFileSync(zips[format]!.zip));
      const xml = new TextDecoder().decode(entries[control]);
      expect(xml, format).toContain(version);
      expect(Object.keys(entries)).toContain('index.html');
      expect(Object.keys(entries).some((f) => f.endsWith('.map'))).toBe(false);
      const hrefs = [...xml.matchAll(/href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
      for (const href of hrefs) {
        expect(href, `${format}: ${href}`).not.toMatch(/^(\/|[a-z]+:)/i);
        expect(entries[href], `${format}: ${href} is in the zip`).toBeDefined();
      }
      if (format !== 'xapi') expect(hrefs.length).toBe(Object.keys(entries).length); // every file listed, the manifest aside
      const html = new TextDecoder().decode(entries['index.html']);
      expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
      expect(Object.keys(entries).some((f) => /^sw\.js|workbox/.test(f))).toBe(false);
      // The module's own stories only, and no live-room page: another story's chunk, or live.html,
      // would be dead weight in the learner's LMS.
      const names = Object.keys(entries);
      expect(names.some((f) => f.startsWith(`assets/${STORY}-`))).toBe(true);
      const others = readdirSync(resolve(__dirname, '../../stories'))
        .filter((f) => f.endsWith('.ink') && f !== `${STORY}.ink`)
        .map((f) => f.replace(/\.ink$/, ''));
      expect(names.filter((f) => others.some((id) => f.startsWith(`assets/${id}-`)))).toEqual([]);
      expect(names.filter((f) => /live/.test(f))).toEqual([]);
      // The sounds of its own places only: south-of-london has no airport or ballpark.
      expect(names).toContain('audio/amb-hotel-bar.ogg');
      expect(names.filter((f) => /amb-(airport|ballpark|banquet)|acc-cheer/.test(f))).toEqual([]);
      // The art of its own places only (and the neutral room, for a place without art): no airport,
      // restaurant or banquet; no video call's code; its own card on the menu.
      const places = names.filter((f) => f.startsWith('places/')).sort();
      expect(places).toEqual(
        ['meeting-room', 'neutral', 'office', 'pub', 'shop-floor'].flatMap((p) => [
          `places/${p}-back.svg`,
          `places/${p}-front.svg`,
        ]),
      );
      expect(names.filter((f) => /video-call/.test(f))).toEqual([]);
      expect(names.filter((f) => f.startsWith('cards/'))).toEqual([`cards/${STORY}.svg`]);
    }
    console.log(`[lms] ${STORY} as scorm12: ${Math.round(zips.scorm12!.bytes / 1024)} KiB`);
  });
});

describe('LMS packages in a SCORM host (scorm-again)', () => {
  it('SCORM 1.2: plays to the end; the LMS records status, score, interactions, session time, suspend data', async () => {
    const { page, errors, close } = await host();
    const frame = await launch(page, 'scorm12');
    for (const i of best) await choose(frame, i);
    await frame.locator('#ending-title').waitFor();
    await screenshot(page, 'lms-scorm12-ending');
    const r = await leave(page);
    expect(called(r, 'LMSInitialize')).toHaveLength(1);
    expect(called(r, 'LMSFinish')).toHaveLength(1);
    expect(r.calls.at(-1)?.[0]).toBe('LMSFinish');
    expect(r.cmi['cmi.core.lesson_status']).toBe('passed');
    expect(r.cmi['cmi.core.score.raw']).toBe(String(BEST_SCORE));
    expect(r.cmi['cmi.core.score.min']).toBe('0');
    expect(r.cmi['cmi.core.score.max']).toBe('100');
    const sets = setValues(r);
    // Every value the game set was accepted.
    expect(sets.filter((c) => c.at(-1) !== '=true')).toEqual([]);
    const ids = sets.filter((c) => /^cmi\.interactions\.\d+\.id$/.test(c[1]!));
    expect(ids).toHaveLength(best.length);
    for (const c of ids) expect(c[2]).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
    expect(sets.filter((c) => c[1]!.endsWith('.type')).map((c) => c[2])).toEqual(best.map(() => 'choice'));
    expect(sets.filter((c) => c[1]!.endsWith('.student_response')).map((c) => c[2])).toEqual(
      best.map((i) => 'abcdefghijklmnopqrstuvwxyz'[i]),
    );
    expect(
      sets.filter((c) => c[1]!.endsWith('.result')).every((c) => /^(correct|wrong|neutral)$/.test(c[2]!)),
    ).toBe(true);
    const sessionTime = sets.find((c) => c[1] === 'cmi.core.session_time')?.[2];
    expect(sessionTime).toMatch(/^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/);
    // A Commit after each choice: no two interactions without one between them.
    const flow = r.calls
      .map((c) => (/^cmi\.interactions\.\d+\.id$/.test(c[1] ?? '') ? 'I' : c[0] === 'LMSCommit' ? 'C' : ''))
      .join('')
      .replace(/C+/g, 'C');
    expect(flow).toMatch(new RegExp(`^C?(IC){${best.length}}$`));
    const suspend = r.cmi['cmi.suspend_data']!;
    expect(suspend.length).toBeLessThanOrEqual(4096);
    expect(suspend).not.toMatch(/[\r\n]/);
    expect(decodeSuspend(suspend)).toMatchObject({
      current: null,
      results: [{ storyId: STORY, score: BEST_SCORE }],
    });
    expect(errors).toEqual([]);
    await close();
  }, 150_000); // thirteen choices in an LMS frame: ~40 s on a busy 2-core machine

  it('SCORM 2004: suspends mid-scenario, resumes on the same line from the recorded suspend_data, then completes', async () => {
    const { page, errors, close } = await host();
    let frame = await launch(page, 'scorm2004');
    const firstPart = best.slice(0, 2);
    for (const i of firstPart) await choose(frame, i);
    const line = await lastLine(frame);
    const lines = await frame.locator('.transcript .line').count();
    // The learner closes the LMS window mid-scenario: nothing but pagehide tells the game.
    const first = await leave(page);
    expect(called(first, 'Initialize')).toHaveLength(1);
    expect(called(first, 'Terminate')).toHaveLength(1);
    expect(first.cmi['cmi.exit']).toBe('suspend');
    expect(first.cmi['cmi.completion_status']).toBe('incomplete');
    expect(first.cmi['cmi.success_status']).toBe('unknown');
    expect(first.cmi['cmi.session_time']).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    expect(first.cmi['cmi.interactions.0.type']).toBe('choice');
    expect(first.cmi['cmi.interactions.0.description']).toMatch(/^\{lang=en\}\S/);
    expect(first.cmi['cmi.interactions.1.timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    const suspend = first.cmi['cmi.suspend_data']!;
    expect(decodeSuspend(suspend)?.current).toMatchObject({ storyId: STORY, path: firstPart });

    // Relaunch on a fresh device (new browser context: no local save), the LMS holding the suspend data.
    await close();
    const second = await host();
    frame = await launch(second.page, 'scorm2004', {
      suspend_data: suspend,
      entry: 'resume',
      completion_status: 'incomplete',
    });
    expect(await lastLine(frame)).toBe(line);
    expect(await frame.locator('.transcript .line').count()).toBe(lines);
    for (const i of best.slice(firstPart.length)) await choose(frame, i);
    await frame.locator('#ending-title').waitFor();
    const r = await leave(second.page);
    expect(r.cmi['cmi.completion_status']).toBe('completed');
    expect(r.cmi['cmi.success_status']).toBe('passed');
    expect(r.cmi['cmi.score.scaled']).toBe(String(BEST_SCORE / 100));
    expect(r.cmi['cmi.score.raw']).toBe(String(BEST_SCORE));
    expect(r.cmi['cmi.exit']).toBe('normal');
    expect(Object.keys(r.cmi).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k))).toHaveLength(
      best.length - firstPart.length,
    );
    expect(setValues(r).filter((c) => c.at(-1) !== '=true')).toEqual([]);
    expect(errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await second.close();
  }, 150_000);
});
