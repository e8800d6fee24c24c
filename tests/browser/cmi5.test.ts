/**
 * A cmi5 package in real Chromium, launched as an LMS launches it: the package (built here with
 * build/package.ts, a one-scenario module of south-of-london) is served beside an LMS — the
 * in-memory cmi5 LMS of the unit tests (its LRS checks version, credentials, ids, the validator
 * and every cmi5 rule) behind a small HTTP server — and opened at its launch URL. The learner
 * plays by pressing the choice buttons, leaves mid-scenario, is relaunched in the same
 * registration on a fresh browser profile and lands on the same line, finishes, and presses
 * "Exit to the course", which must reach the LMS's returnURL. A reload (a second fetch) and a
 * launch with a parameter missing must each give a page that says what to do. A learner whose LMS
 * says their languagePreference is ja-JP gets the game in Japanese, and statements that say so.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choicesOf } from '../../build/analysis/golden.ts';
import { buildPackage } from '../../build/package.ts';
import { cmi5Lms, type Cmi5Lms } from '../unit/app/lms/cmi5-lms.ts';
import { definedVerbs, verbs } from '../unit/app/lms/cmi5-play.ts';
import { xsdErrors } from '../unit/xml.ts';
import { axe } from './axe.ts';
import { launchBrowser, screenshot, STORY_LINES, storyAnswered, watchErrors } from './browser.ts';

const STORY = 'south-of-london';
const golden = readFileSync(resolve(__dirname, `../golden/${STORY}.best.txt`), 'utf8');
const best = choicesOf(golden);
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ogg': 'audio/ogg',
};

let workDir = '';
let server: Server;
let base = '';
let browser: Browser;
let lms: Cmi5Lms;
let zip: Awaited<ReturnType<typeof buildPackage>>;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'rapport-cmi5-test-'));
  zip = await buildPackage({
    module: STORY,
    format: 'cmi5',
    out: join(workDir, 'zips'),
    keepBuildIn: join(workDir, 'cmi5'),
    log: () => {},
  });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (url.pathname.startsWith('/lrs/') || url.pathname === '/fetch') {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
        void lms
          .fetch(url.href, {
            method: req.method,
            headers,
            body: Buffer.concat(chunks).toString('utf8') || undefined,
          })
          .then(async (r) => {
            res.writeHead(r.status, Object.fromEntries(r.headers));
            res.end(Buffer.from(await r.arrayBuffer()));
          })
          .catch(() => res.destroy());
        return;
      }
      if (url.pathname === '/course/7') {
        res
          .writeHead(200, { 'Content-Type': 'text/html' })
          .end('<title>LMS course page</title><h1>Course</h1>');
        return;
      }
      const dir = join(workDir, 'cmi5');
      const file = normalize(join(dir, decodeURIComponent(url.pathname.replace(/^\/cmi5\//, '/'))));
      if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  lms = cmi5Lms({ base });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function open(query: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 820 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}/cmi5/index.html?${query}`);
  return { page, errors, close: () => context.close() };
}

async function choose(page: Page, index: number): Promise<void> {
  const before = await page.locator(STORY_LINES).count();
  await page.locator('.choices button').nth(index).click();
  await storyAnswered(page, before);
}

describe('a cmi5 package launched by an LMS', () => {
  it('the zip: cmi5.xml at its root, valid against CourseStructure.xsd, its AU url a file of the zip', () => {
    const entries = unzipSync(readFileSync(zip.zip));
    const xml = new TextDecoder().decode(entries['cmi5.xml']);
    const xsd = readFileSync(
      resolve(__dirname, '../../../shared/standards/cmi5/CourseStructure.xsd'),
      'utf8',
    );
    expect(xsdErrors(xml, xsd)).toEqual([]);
    const url = /<url>([^<]+)<\/url>/.exec(xml)![1]!;
    expect(entries[decodeURIComponent(url)]).toBeDefined();
    expect(xml).toMatch(/masteryScore="0\.\d+"/);
  });

  it('plays, leaves mid-scenario, resumes on the same line in the registration, finishes and exits to the returnURL', async () => {
    const first = lms.launch({ masteryScore: 0.55, returnURL: `${base}/course/7` });
    const a = await open(first.query);
    await a.page.locator('.choices button').first().waitFor({ timeout: 20_000 });
    await screenshot(a.page, 'cmi5-launched');
    for (const i of best.slice(0, 2)) await choose(a.page, i);
    const line = await a.page.locator('.transcript .line').last().textContent();
    await a.close(); // the learner closes the window: pagehide sends terminated
    await expect.poll(() => verbs(first.session.statements).at(-1), { timeout: 10_000 }).toBe('terminated');
    expect(lms.end(first.sessionId)).toEqual([]);

    const second = lms.launch({
      masteryScore: 0.55,
      returnURL: `${base}/course/7`,
      registration: first.registration,
    });
    const b = await open(second.query);
    await b.page.locator('.choices button').first().waitFor({ timeout: 20_000 });
    expect(await b.page.locator('.transcript .line').last().textContent()).toBe(line);
    for (const i of best.slice(2)) await choose(b.page, i);
    await b.page.locator('#ending-title').waitFor();
    await screenshot(b.page, 'cmi5-ending');
    await b.page.getByRole('button', { name: 'Exit to the course' }).click();
    await b.page.waitForURL(`${base}/course/7`, { timeout: 10_000 });
    expect(lms.end(second.sessionId)).toEqual([]);
    expect(definedVerbs(second.session.statements)).toEqual([
      'initialized',
      'completed',
      'passed',
      'terminated',
    ]);
    expect(verbs(second.session.statements).filter((v) => v === 'answered')).toHaveLength(best.length - 2);
    expect(lms.violations).toEqual([]);
    expect(lms.lrs.refusals.filter((r) => r.status !== 404)).toEqual([]);
    // 404 is the normal answer for a document not written yet (the learner preferences, the
    // attempt before its first write); Chromium logs each one. Nothing else went wrong.
    const notFound = lms.lrs.refusals.filter((r) => r.status === 404).map((r) => r.req.url.searchParams);
    expect(notFound.every((q) => q.get('profileId') === 'cmi5LearnerPreferences' || q.has('stateId'))).toBe(
      true,
    );
    const errors = [...a.errors, ...b.errors];
    expect(errors.filter((e) => !/status of 404 \(Not Found\)/.test(e))).toEqual([]);
    expect(errors.length).toBeLessThanOrEqual(notFound.length);
    await b.close();
  }, 150_000);

  it('bad launches get a page that says what to do: a reload (second fetch), a parameter missing', async () => {
    const launched = lms.launch();
    const a = await open(launched.query);
    await a.page.locator('.choices button').first().waitFor({ timeout: 20_000 });
    await a.page.reload();
    const problem = a.page.locator('.launch-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('fetch-used');
    expect(await problem.locator('h1').textContent()).toBe('This launch cannot start');
    expect(await problem.textContent()).toMatch(/launch the module again from your learning platform/);
    expect(await a.page.locator('#app').isHidden()).toBe(true);
    await screenshot(a.page, 'cmi5-launch-used');
    expect(await axe(a.page)).toEqual([]);
    await a.close();

    const q = new URLSearchParams(lms.launch().query);
    q.delete('registration');
    const b = await open(q.toString());
    await b.page.locator('.launch-problem').waitFor();
    expect(await b.page.locator('.launch-problem').textContent()).toMatch(/lacks registration/);
    await b.close();
  });

  it('starts in the learner’s languagePreference (cmi5LearnerPreferences): Japanese page, context.language ja', async () => {
    const launched = lms.launch();
    const actor = new URLSearchParams(launched.query).get('actor')!;
    const key = `${JSON.stringify(JSON.parse(actor))}|cmi5LearnerPreferences`;
    lms.lrs.profiles.set(key, JSON.stringify({ languagePreference: 'fr-FR,ja-JP', audioPreference: 'on' }));
    try {
      const a = await open(launched.query);
      await a.page.locator('.choices button').first().waitFor({ timeout: 20_000 });
      await a.page.waitForFunction(() => document.documentElement.lang === 'ja', undefined, {
        timeout: 10_000,
      });
      // The interface's words are Japanese (the story itself has no Japanese translation yet).
      expect(await a.page.locator('.topbar button').first().textContent()).toMatch(
        /[\u3040-\u30ff\u4e00-\u9fff]/,
      );
      await choose(a.page, best[0]!);
      await expect
        .poll(
          () => launched.session.statements.find((st) => st.verb.id.endsWith('/answered'))?.context?.language,
          {
            timeout: 10_000,
          },
        )
        .toBe('ja');
      const answered = launched.session.statements.find((st) => st.verb.id.endsWith('/answered'))!;
      expect(answered.verb.display).toEqual({ 'en-US': 'answered', ja: '回答した' });
      expect(lms.violations).toEqual([]);
      await a.close();
    } finally {
      lms.lrs.profiles.delete(key);
    }
  }, 120_000);
});
