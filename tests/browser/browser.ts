/**
 * Real-browser test harness: Debian's Chromium driven by playwright-core, against the built game
 * served by `vite preview` on a free loopback port. Never downloads a browser: without a
 * Chromium it fails with a message that says how to get one.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Frame, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';

export const OUT_DIR = resolve(process.cwd(), 'test-results');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is set to ${fromEnv}, but no file is there. Point it at a Chromium binary.`,
    );
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found for the browser tests. Install Debian's: `sudo apt-get update && sudo apt-get install -y chromium` " +
        '(or set CHROMIUM_PATH to a Chromium/Chrome binary). Do not use `npx playwright install`.',
    );
  }
  return found;
}

/** `extraArgs`: more Chromium switches, e.g. to take WebGL away. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--autoplay-policy=user-gesture-required',
      ...extraArgs,
    ],
  });
}

/** Serve the built game (`dist/`, or a copy of it in `outDir`) with `vite preview`. */
export async function startServer(outDir = 'dist'): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(resolve(process.cwd(), outDir, 'index.html'))) {
    throw new Error(
      `${outDir}/ is missing: the browser tests run against the built game. Run \`npm run test:browser\` (it builds first).`,
    );
  }
  const server = await preview({
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
}

/** Collect console errors and page errors; tests assert the list is empty. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? '';
    // A reload or a navigation cancels what the page was still loading (a sound, a chunk): the
    // browser's doing, not a failure. Anything else the network refuses is reported.
    if (why === 'net::ERR_ABORTED') return;
    errors.push(`requestfailed: ${req.url()} ${why}`);
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const path = resolve(OUT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * One built game served and one Chromium per test file: registers the hooks and hands back
 * accessors (valid inside tests).
 */
export function useGame(
  outDir?: string,
  browserArgs: string[] = [],
): {
  browser: () => Browser;
  base: () => string;
  server: () => PreviewServer;
  /** A fresh context's page of that size, with its console and page errors collected. */
  open: (width?: number, height?: number) => Promise<{ page: Page; errors: string[] }>;
} {
  let browser: Browser | undefined;
  let server: PreviewServer | undefined;
  let base = '';
  beforeAll(async () => {
    ({ server, url: base } = await startServer(outDir));
    browser = await launchBrowser(browserArgs);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const open = async (width = 1366, height = 768) => {
    const context = await browser!.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    return { page, errors: watchErrors(page) };
  };
  return { browser: () => browser!, base: () => base, server: () => server!, open };
}

/** Resolves once the page's service worker is active (it registers when the page is idle). */
export async function serviceWorkerActive(page: Page): Promise<void> {
  // waitForFunction does not await an async predicate: poll instead.
  await expect
    .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active), {
      timeout: 30_000,
    })
    .toBe(true);
}

/**
 * The story's lines on screen: not the learner's answer, which shows at the press (data-pending)
 * while the choice's step runs after that paint.
 */
export const STORY_LINES = '.transcript .line:not([data-pending])';
const lineCount = (page: Page) => page.locator(STORY_LINES).count();

/** Take a choice with its number key and wait for the story to answer. */
export async function press(page: Page, index: number): Promise<void> {
  const before = await lineCount(page);
  await page.keyboard.press(String(index + 1));
  await storyAnswered(page, before);
}

/** Press "1" until the ending shows. */
export async function playToEnd(page: Page): Promise<number> {
  let steps = 0;
  while (!(await page.locator('#ending-title').isVisible())) {
    if (++steps > 80) throw new Error('no ending after 80 choices');
    await press(page, 0);
  }
  return steps;
}

/** Tab until the focused element matches `selector`, as a keyboard user would. */
/**
 * Take choice `index` (0-based, as `data-index`) with the keyboard only — Tab to it, Enter — and wait
 * for what it prints, or the ending. `onFocus` runs while the choice has the focus, before Enter.
 */
export async function chooseByKeyboard(
  page: Page,
  index: number,
  onFocus: () => Promise<void> = async () => {},
): Promise<void> {
  await tabTo(page, `.choices button[data-index="${index}"]`);
  await onFocus();
  const before = await lineCount(page);
  await page.keyboard.press('Enter');
  await storyAnswered(page, before);
}

/**
 * Wait until the story has answered a choice: more of its lines than `before` and its new choices
 * there (the old ones, marked unavailable, are replaced a task after the lines), or the ending.
 */
export async function storyAnswered(page: Page | Frame, before: number): Promise<void> {
  await page.waitForFunction(
    ([n, lines]) =>
      (document.querySelectorAll(lines).length > n && !document.querySelector('.choices [aria-disabled]')) ||
      !!document.querySelector('#ending-title'),
    [before, STORY_LINES] as const,
  );
}

export async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  const focused = () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  if (await focused()) return;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await focused()) return;
  }
  const where = await page.evaluate(() => ({
    choices: [...document.querySelectorAll('.choices button')].map(
      (b) => `${b.getAttribute('data-index')}${b.hasAttribute('aria-disabled') ? ' (unavailable)' : ''}`,
    ),
    focused: document.activeElement?.outerHTML.slice(0, 80) ?? null,
    lines: document.querySelectorAll('.transcript .line').length,
  }));
  throw new Error(`Tab never reached ${selector}: ${JSON.stringify(where)}`);
}
