/** What the benchmarks share: building the game and the reference pages, serving them, a timed load. */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { inkPlugin } from '../build/ink/vite-plugin.ts';

const ROOT = resolve('.');
const OUT = resolve('bench/.out');

export interface Target {
  name: string;
  dir: string;
  path: string;
  /** Can it play a story to its end by pressing number keys (for choice → paint)? */
  keys: boolean;
  /** Can it also start the story again in the same page, "Play again" (for heap growth)? */
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
    {
      name: 'Rapport',
      dir: resolve('dist'),
      path: '?story=lost-face',
      keys: true,
      playable: true,
      answers: true,
    },
    { name: 'bare inkjs page', dir: join(OUT, 'ink'), path: '', keys: true, playable: false, answers: true },
    {
      name: 'bare Phaser 4 page',
      dir: join(OUT, 'phaser'),
      path: '',
      keys: false,
      playable: false,
      answers: false,
    },
  ];
}

function gzipOf(dir: string, urlPath: string): number {
  const file = join(dir, decodeURIComponent(new URL(urlPath).pathname));
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

/** The JavaScript (gzip bytes) a page loaded by `before` (ms after navigation; null: so far). */
export async function jsBytes(page: Page, dir: string, before: number | null): Promise<number> {
  const urls = await page.evaluate(
    (limit) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).name.endsWith('.js'))
        .filter((e) => limit === null || (e as PerformanceResourceTiming).responseEnd <= limit)
        .map((e) => e.name),
    before,
  );
  const entry = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
  return [...new Set([...urls, ...entry])].reduce((sum, u) => sum + gzipOf(dir, u), 0);
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
 * and choice → paint: the story's next line (`paints`) and the press's first change on screen
 * (`shown`: the choice marked and the learner's answer, in the press's own task). With `window.__benchPress` set, it also clicks the first choice in that
 * frame and times when the story answers with its next line (`firstAnswer`).
 */
const PROBE = `
  window.__bench = { firstChoice: null, firstAnswer: null, paints: [], shown: [] };
  let pressAt = null;
  let shownAt = null;
  let linesAtPress = null;
  let linesAtKey = 0;
  const seen = () => document.querySelector('.choices button');
  // The story's lines: not the learner's answer shown at the press while its step runs (data-pending).
  const lines = () => document.querySelectorAll('.line:not([data-pending])').length;
  const ended = () => !!document.querySelector('#ending-title');
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
    // The first change a press makes (the choice marked, the learner's answer shown), painted.
    if (shownAt !== null) {
      const t0 = shownAt; shownAt = null;
      requestAnimationFrame(() => window.__bench.shown.push(performance.now() - t0));
    }
    if (pressAt !== null && (lines() > linesAtKey || ended())) {
      const t0 = pressAt; pressAt = null;
      requestAnimationFrame(() => {
        window.__bench.paints.push(performance.now() - t0);
        performance.mark('painted');
      });
    }
  });
  addEventListener('keydown', () => { pressAt = shownAt = performance.now(); linesAtKey = lines(); performance.mark('press'); }, true);
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

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: { url?: string }[] } };
}

/** Where traces come from: Chromium's timeline categories with V8 and user timing. */
export const TRACE_CATEGORIES =
  'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing,loading';

/** Record a trace around `during` (on a page whose CDP session is `cdp`). */
export async function traced(
  cdp: CDPSession,
  during: () => Promise<void>,
  categories = TRACE_CATEGORIES,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The renderer main thread that holds the user-timing mark `mark`. */
export function mainThread(events: TraceEvent[], mark: string): TraceEvent | undefined {
  return events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === mark),
  );
}

/**
 * Self time per trace event on one thread between two timestamps (µs), keyed by the event's name
 * and, for script, the file it ran (hashes stripped); and the thread's busy time in that span.
 */
export function selfTimes(
  events: TraceEvent[],
  thread: { pid: number; tid: number },
  from: number,
  to: number,
): { busy: number; self: Map<string, number> } {
  // Events are clipped to the span: a long task that began before it counts only its part inside.
  const spans = events
    .filter(
      (e) =>
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.ph === 'X' &&
        e.dur &&
        e.ts < to &&
        e.ts + e.dur > from,
    )
    .map((e) => {
      const ts = Math.max(e.ts, from);
      return { ...e, ts, dur: Math.min(e.ts + e.dur!, to) - ts };
    })
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
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
  return { busy, self };
}

/** The largest self times as indented report lines (at least `minUs` each). */
export function topSelf(self: Map<string, number>, count: number, minUs = 1000): string[] {
  return [...self]
    .filter(([, us]) => us >= minUs)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, us]) => `  ${(us / 1000).toFixed(1).padStart(7)}  ${k}`);
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
  const events = await traced(cdp, async () => {
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __bench: { firstChoice: number | null } }).__bench.firstChoice !== null,
    );
  });
  await context.close();
  const main = mainThread(events, 'first-choice');
  if (!main) return '  (no renderer main thread with the first-choice mark in the trace)';
  const mark = events.find((e) => e.name === 'first-choice' && e.pid === main.pid)!;
  const nav = events.find(
    (e) => e.pid === main.pid && (e.name === 'navigationStart' || e.name === 'fetchStart'),
  );
  const t0 = nav?.ts ?? Math.min(...events.filter((e) => e.pid === main.pid).map((e) => e.ts));
  const { busy, self } = selfTimes(events, main, t0, mark.ts);
  return [
    `  navigation → first choice ${((mark.ts - t0) / 1000).toFixed(0)} ms, main thread busy ${(busy / 1000).toFixed(0)} ms`,
    ...topSelf(self, 25),
  ].join('\n');
}

/**
 * The story's lines on screen: not the learner's answer, shown at the press while the choice's
 * step runs (marked data-pending until the step confirms it).
 */
export const STORY_LINES = '.transcript .line:not([data-pending])';

/** Play to the ending with number keys; returns whether an ending was reached. */
export async function playThrough(page: Page): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    if (await page.locator('#ending-title').isVisible()) return true;
    const before = await page.locator(STORY_LINES).count();
    await page.keyboard.press('1');
    // Its lines, and its new choices (a task after the lines; the old ones are marked until then).
    await page.waitForFunction(
      ([n, lines]) =>
        (document.querySelectorAll(lines).length > n &&
          !document.querySelector('.choices [aria-disabled]')) ||
        !!document.querySelector('#ending-title'),
      [before, STORY_LINES] as const,
    );
  }
  return false;
}

/**
 * V8's compiled code in the heap (bytes): machine code, bytecode and feedback, summed from a heap
 * snapshot. It grows while the JIT warms up over replays; the rest of the growth is what the
 * game itself keeps.
 */
export async function compiledCode(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const collect = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const code = snap.snapshot.meta.node_types[0].indexOf('code');
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let bytes = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length)
    if (snap.nodes[i + type] === code) bytes += snap.nodes[i + size]!;
  return bytes;
}

export async function heapAfterReplays(
  page: Page,
): Promise<{ one: number; twenty: number; codeOne: number; codeTwenty: number }> {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await playThrough(page);
  const one = await heap();
  const codeOne = await compiledCode(cdp);
  for (let i = 1; i < 20; i++) {
    await page.getByRole('button', { name: 'Play again' }).click();
    await page.getByRole('group', { name: 'Choices' }).waitFor();
    await playThrough(page);
  }
  const twenty = await heap();
  return { one, twenty, codeOne, codeTwenty: await compiledCode(cdp) };
}
