/** What the benchmarks share: building the game and the reference pages, serving them, a timed load. */
import type { Browser, Page } from 'playwright-core';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { inkPlugin } from '../src/story/vite-plugin-ink.ts';

const ROOT = resolve('.');
const OUT = resolve('bench/.out');

export interface Target {
  name: string;
  dir: string;
  path: string;
  /** Can it play a story by pressing number keys and restart (for paint and heap figures)? */
  playable: boolean;
  /** Does a click on its first choice show the story's next line (for the answer time)? */
  answers: boolean;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

export async function buildAll(options: { build?: boolean } = {}): Promise<Target[]> {
  if (options.build !== false) await build({ root: ROOT, logLevel: 'warn' });
  for (const ref of options.build === false ? [] : ['ink', 'phaser']) {
    await build({
      root: resolve('bench/reference', ref),
      base: './',
      logLevel: 'warn',
      plugins: [inkPlugin({ storiesDir: resolve('stories') })],
      build: { outDir: join(OUT, ref), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
    });
  }
  return [
    { name: 'Rapport', dir: resolve('dist'), path: '?story=lost-face', playable: true, answers: true },
    { name: 'bare inkjs page', dir: join(OUT, 'ink'), path: '', playable: false, answers: true },
    { name: 'bare Phaser 4 page', dir: join(OUT, 'phaser'), path: '', playable: false, answers: false },
  ];
}

export async function serve(dir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: dir,
    configFile: false,
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  return { server, url: server.resolvedUrls!.local[0]! };
}

/**
 * Installed before any page script: times the first choice button (the frame it is painted in)
 * and choice → paint. With `window.__benchPress` set, it also clicks the first choice in that
 * frame and times when the story answers with its next line (`firstAnswer`).
 */
const PROBE = `
  window.__bench = { firstChoice: null, firstAnswer: null, paints: [] };
  let pressAt = null;
  let linesAtPress = null;
  const seen = () => document.querySelector('.choices button');
  const lines = () => document.querySelectorAll('.line').length;
  const first = () => {
    if (window.__bench.firstChoice !== null) return;
    window.__bench.firstChoice = performance.now();
    performance.mark('first-choice');
    if (window.__benchPress) { linesAtPress = lines(); seen().click(); answered(); }
  };
  const answered = () => {
    if (linesAtPress !== null && window.__bench.firstAnswer === null && lines() > linesAtPress)
      requestAnimationFrame(() => { window.__bench.firstAnswer ??= performance.now(); });
  };
  const check = () => { if (window.__bench.firstChoice === null && seen()) requestAnimationFrame(first); };
  const mo = new MutationObserver(() => {
    check();
    answered();
    if (pressAt !== null) {
      const t0 = pressAt; pressAt = null;
      requestAnimationFrame(() => window.__bench.paints.push(performance.now() - t0));
    }
  });
  addEventListener('keydown', () => { pressAt = performance.now(); }, true);
  document.addEventListener('DOMContentLoaded', () => {
    mo.observe(document.body, { childList: true, subtree: true });
    check(); // module scripts may have rendered the choices already
  });
`;

export async function load(
  browser: Browser,
  url: string,
  throttle: number,
  options: { press?: boolean } = {},
): Promise<{ page: Page; firstChoice: number; firstAnswer: number | null; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (options.press) await page.addInitScript('window.__benchPress = true;');
  await page.addInitScript(PROBE);
  await page.goto(url);
  type Probe = { __bench: { firstChoice: number | null; firstAnswer: number | null } };
  await page.waitForFunction(
    (press) => {
      const b = (window as unknown as Probe).__bench;
      return b.firstChoice !== null && (!press || b.firstAnswer !== null);
    },
    !!options.press,
    { timeout: 60_000 },
  );
  const { firstChoice, firstAnswer } = await page.evaluate(() => (window as unknown as Probe).__bench);
  return { page, firstChoice: firstChoice!, firstAnswer, close: () => context.close() };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: { url?: string }[] } };
}

/**
 * One load with a Chromium trace: the renderer main thread's self time per trace event (script
 * evaluation and function calls named by their file) from navigation to the first choice.
 */
export async function traceBreakdown(browser: Browser, url: string, throttle: number): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(PROBE);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing,loading',
    transferMode: 'ReportEvents',
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __bench: { firstChoice: number | null } }).__bench.firstChoice !== null,
  );
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'first-choice'),
  );
  if (!main) return '  (no renderer main thread with the first-choice mark in the trace)';
  const mark = events.find((e) => e.name === 'first-choice' && e.pid === main.pid)!;
  const nav = events.find(
    (e) => e.pid === main.pid && (e.name === 'navigationStart' || e.name === 'fetchStart'),
  );
  const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.pid === main.pid).map((e) => e.ts));
  const spans = events
    .filter(
      (e) =>
        e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur && e.ts >= t0 && e.ts <= mark.ts,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { end: number; key: string; child: number; dur: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= upTo) {
      const s = stack.pop()!;
      self.set(s.key, (self.get(s.key) ?? 0) + s.dur - s.child);
    }
  };
  let busy = 0;
  for (const e of spans) {
    close(e.ts);
    const file = e.args?.data?.url?.split('/').pop();
    const key = file ? `${e.name} ${file.replace(/-[\w-]{8}\.js$/, '.js')}` : e.name;
    if (stack.length) stack[stack.length - 1]!.child += e.dur!;
    else busy += e.dur!;
    stack.push({ end: e.ts + e.dur!, key, child: 0, dur: e.dur! });
  }
  close(Infinity);
  const rows = [...self].filter(([, us]) => us >= 1000).sort((a, b) => b[1] - a[1]);
  return [
    `  navigation → first choice ${((mark.ts - t0) / 1000).toFixed(0)} ms, main thread busy ${(busy / 1000).toFixed(0)} ms`,
    ...rows.slice(0, 25).map(([k, us]) => `  ${(us / 1000).toFixed(1).padStart(7)}  ${k}`),
  ].join('\n');
}
