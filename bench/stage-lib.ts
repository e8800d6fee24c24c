/**
 * The stage's figures (issue #22), measured in headless Chromium on a real play-through:
 *
 * - **canvas appearing → scene drawn**: from the frame the stage's canvas joins the page to the
 *   frame after the stage reports the place and everyone present (`data-place`, `data-people`), the
 *   first scene's and each later scene's (from the report of a new place to its drawing is not
 *   measured: a new scene is drawn under its transition card);
 * - **the longest main-thread task** over the whole load and play-through, from a Chromium trace
 *   (every `RunTask` on the renderer's main thread), and how many went over 50 ms;
 * - **interaction to next paint**, by the Event Timing API: for each interaction (its `interactionId`)
 *   the longest event duration, and the 98th percentile over a play-through.
 *
 * The play-through presses "1" with a pause between presses (a learner reads), so the stage has
 * time to draw every scene rather than skip the ones a fast player passes.
 */
import type { Browser, Page } from 'playwright-core';
import { median, pct, traced, type TraceEvent } from './lib.ts';

/** Installed before any page script: when the canvas appears, when the first scene is drawn, and every interaction. */
export const STAGE_PROBE = `
  window.__stage = { canvas: null, drawn: null, interactions: {}, frames: [], worst: null };
  const stageSeen = () => {
    const s = window.__stage;
    const host = document.querySelector('.stage');
    if (!host) return;
    if (s.canvas === null && host.querySelector('canvas')) {
      s.canvas = performance.now();
      performance.mark('stage-canvas');
    }
    if (s.canvas !== null && s.drawn === null && host.dataset.place && host.dataset.people) {
      s.drawn = -1;
      // The report comes with the drawing; it is on screen once the next frame has painted.
      requestAnimationFrame(() => setTimeout(() => {
        s.drawn = performance.now();
        performance.mark('stage-drawn');
      }, 0));
    }
  };
  new MutationObserver(stageSeen).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-people', 'data-place'] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.interactionId) continue;
        const i = window.__stage.interactions;
        i[e.interactionId] = Math.max(i[e.interactionId] || 0, e.duration);
        // Where the slowest event of the slowest interaction spent its time.
        const w = window.__stage.worst;
        if (!w || e.duration > w.duration)
          window.__stage.worst = {
            duration: Math.round(e.duration),
            inputDelay: Math.round(e.processingStart - e.startTime),
            processing: Math.round(e.processingEnd - e.processingStart),
            presentation: Math.round(e.startTime + e.duration - e.processingEnd),
            name: e.name,
          };
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  // Long animation frames (over 50 ms) and the scripts that ran in them, by file and entry point.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__stage.frames.push({
          start: Math.round(e.startTime),
          duration: Math.round(e.duration),
          blocking: Math.round(e.blockingDuration),
          scripts: e.scripts.map((s) => ({
            file: (s.sourceURL || '').split('/').pop(),
            invoker: s.invoker,
            type: s.invokerType,
            duration: Math.round(s.duration),
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

/** A long animation frame (Long Animation Frames API) and the scripts that ran in it. */
export interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  scripts: { file: string; invoker: string; type: string; duration: number }[];
}

interface StageProbe {
  __stage: {
    canvas: number | null;
    drawn: number | null;
    interactions: Record<string, number>;
    frames: LongFrame[];
    worst?: WorstInteraction;
  };
}

/** The slowest interaction's longest event, in the Event Timing API's three parts (ms). */
export interface WorstInteraction {
  name: string;
  duration: number;
  inputDelay: number;
  processing: number;
  presentation: number;
}

/** A main-thread task over 50 ms in a trace: its length and the biggest events inside it. */
export interface LongTask {
  /** ms from the first task of the trace. */
  at: number;
  ms: number;
  what: string;
}

export interface StageRun {
  /** Canvas appearing → first scene's place and people drawn (ms). */
  toDrawn: number;
  /** The longest main-thread task over the load and the play-through (ms). */
  longest: number;
  /** Tasks over 50 ms in that time. */
  over50: number;
  /** The longest task's name and what ran in it, to see what to cut. */
  longestWhat: string;
  /** Every task over 50 ms (from the trace) and every long animation frame (from the page). */
  tasks: LongTask[];
  frames: LongFrame[];
  /** Interaction to next paint per interaction (ms). */
  interactions: number[];
  worstInteraction: WorstInteraction | null;
}

/**
 * Open `url` (a page with a stage, or without one: then toDrawn is NaN), play it through, measure.
 * `warm`: a first visit in the same browser profile installs the service worker and lets it cache
 * the game, then the measured visit is a second one, answered from that cache (as a learner's
 * every visit after the first).
 */
export async function stageRun(
  browser: Browser,
  url: string,
  options: { throttle?: number; trace?: boolean; gapMs?: number; stage?: boolean; warm?: boolean } = {},
): Promise<StageRun> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  if (options.warm) {
    const first = await context.newPage();
    await first.goto(url);
    await first.waitForFunction(
      async () => {
        const ready = await navigator.serviceWorker?.ready;
        if (!ready?.active) return false;
        const names = await caches.keys();
        for (const name of names) {
          const keys = await (await caches.open(name)).keys();
          if (keys.some((r) => /\/assets\/phaser-[\w-]+\.js/.test(r.url))) return true;
        }
        return false;
      },
      undefined,
      { timeout: 60_000, polling: 500 },
    );
    // Chromium writes the code cache of a script it caches for a service worker as it stores it.
    await first.waitForTimeout(1000);
    await first.close();
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const throttle = options.throttle ?? 1;
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(STAGE_PROBE);
  const stage = options.stage ?? true;
  const gap = options.gapMs ?? 900;
  const play = async () => {
    await page.goto(url);
    if (stage)
      await page.waitForFunction(
        () => ((window as unknown as StageProbe).__stage.drawn ?? -1) > 0,
        undefined,
        { timeout: 60_000 },
      );
    else await page.locator('.choices button').first().waitFor({ timeout: 60_000 });
    await playSlowly(page, gap);
  };
  let events: TraceEvent[] = [];
  if (options.trace === false) await play();
  else
    events = await traced(
      cdp,
      play,
      'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    );
  const probe = await page.evaluate(() => (window as unknown as StageProbe).__stage);
  await context.close();
  const tasks = longTasks(events);
  const top = [...tasks].sort((a, b) => b.ms - a.ms)[0];
  return {
    toDrawn: stage ? probe.drawn! - probe.canvas! : NaN,
    longest: options.trace === false ? NaN : (top?.ms ?? 0),
    over50: options.trace === false ? NaN : tasks.length,
    longestWhat: top?.what ?? '',
    tasks,
    frames: probe.frames,
    interactions: Object.values(probe.interactions),
    worstInteraction: probe.worst ?? null,
  };
}

/** Press "1" until the ending, waiting for each answer and then `gap` ms (a learner reading). */
export async function playSlowly(page: Page, gap: number): Promise<number> {
  let presses = 0;
  for (let i = 0; i < 200; i++) {
    if (await page.locator('#ending-title').first().isVisible()) break;
    // The story's answer (not the learner's own line, shown at the press while the step runs).
    const before = await page.locator('.line:not([data-pending])').count();
    await page.keyboard.press('1');
    presses++;
    await page.waitForFunction(
      (n) =>
        (document.querySelectorAll('.line:not([data-pending])').length > n &&
          !document.querySelector('.choices [aria-disabled]')) ||
        !!document.querySelector('#ending-title'),
      before,
    );
    await page.waitForTimeout(gap);
  }
  return presses;
}

/** The renderer main thread's top-level tasks over 50 ms, each with the biggest events inside it. */
function longTasks(events: TraceEvent[]): LongTask[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const t0 = Math.min(...tasks.map((t) => t.ts));
  // A task runs inside another one's trace event (RunTask within ThreadControllerImpl::RunTask): count the outer.
  let end = -Infinity;
  const outer = tasks
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
    .filter((t) => {
      if (t.ts < end) return false;
      end = t.ts + t.dur!;
      return true;
    });
  return outer
    .filter((t) => t.dur! > 50_000)
    .map((top) => {
      // The biggest events inside it, by name and script file.
      const inside = mine
        .filter(
          (e) =>
            e.name !== top.name &&
            !e.name.endsWith('RunTask') &&
            e.ts >= top.ts &&
            e.ts + e.dur! <= top.ts + top.dur! &&
            e.dur! > 2000,
        )
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 6)
        .map(
          (e) =>
            `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''} ${(e.dur! / 1000).toFixed(0)}`,
        );
      return { at: (top.ts - t0) / 1000, ms: top.dur! / 1000, what: inside.join(', ') };
    });
}

/**
 * Warm-up: after the first choice shows, the page rehearses the story in idle time, loads the stage
 * and draws the first scene, fetches the next places. Main-thread busy share per 1 s window for
 * `seconds`; warm-up ends where every later window is at most 10 % busy. Returns that time (ms
 * from the first choice) and the busy share of each window.
 */
export async function warmUp(
  browser: Browser,
  url: string,
  seconds = 20,
): Promise<{ ms: number; windows: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.locator('.choices button').first().waitFor({ timeout: 60_000 });
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const windows: number[] = [];
  let before = await task();
  let at = Date.now();
  for (let i = 0; i < seconds; i++) {
    await page.waitForTimeout(1000);
    const now = await task();
    windows.push((now - before) / ((Date.now() - at) / 1000));
    before = now;
    at = Date.now();
  }
  await context.close();
  let last = -1;
  windows.forEach((w, i) => {
    if (w > 0.1) last = i;
  });
  return { ms: (last + 1) * 1000, windows };
}

export interface StageFigures {
  /** Time from the first choice until the main thread stays ≤ 10 % busy (ms; median), and the runs. */
  warmUp: number;
  warmUpRuns: string;
  /** Canvas → first scene drawn, software WebGL and Canvas (medians, ms; each run's too). */
  drawnWebgl: number;
  drawnCanvas: number;
  drawnRuns: string;
  /** The longest task over a play-through (median over loads, and the worst), WebGL and Canvas. */
  longestWebgl: number;
  longestWebglMax: number;
  longestCanvas: number;
  longestCanvasMax: number;
  over50Webgl: number;
  over50Canvas: number;
  longestWhat: string;
  /** Interaction to next paint, p98 over the pooled play-throughs at 4× throttle. */
  inpRapport: number;
  inpInk: number;
  inpSamples: number;
  inpInkSamples: number;
}

/**
 * `loads` rounds; in each the settings take turns (WebGL, Canvas, Rapport at 4×, the bare inkjs
 * page at 4×), so a busy minute on the shared machine falls on all of them.
 */
export async function stageFigures(
  launch: (args?: string[]) => Promise<Browser>,
  rapportUrl: string,
  inkUrl: string,
  loads: number,
  log: (line: string) => void = () => {},
): Promise<StageFigures> {
  const webgl = await launch();
  const canvas = await launch(['--disable-webgl', '--disable-3d-apis']);
  const runs = {
    webgl: [] as StageRun[],
    canvas: [] as StageRun[],
    inp: [] as number[],
    inkInp: [] as number[],
  };
  const warm: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const w = await stageRun(webgl, rapportUrl);
      runs.webgl.push(w);
      log(
        `  WebGL: drawn ${w.toDrawn.toFixed(0)} ms after the canvas, longest task ${w.longest.toFixed(0)} ms (${w.over50} over 50): ${w.longestWhat}`,
      );
      const c = await stageRun(canvas, rapportUrl);
      runs.canvas.push(c);
      log(
        `  Canvas: drawn ${c.toDrawn.toFixed(0)} ms after the canvas, longest task ${c.longest.toFixed(0)} ms (${c.over50} over 50): ${c.longestWhat}`,
      );
      const w2 = await warmUp(webgl, rapportUrl);
      warm.push(w2.ms);
      log(
        `  warm-up: ${w2.ms} ms (busy per second: ${w2.windows.map((x) => Math.round(x * 100)).join(' ')} %)`,
      );
      const r = await stageRun(webgl, rapportUrl, { throttle: 4, trace: false });
      runs.inp.push(...r.interactions);
      const k = await stageRun(webgl, inkUrl, { throttle: 4, trace: false, stage: false });
      runs.inkInp.push(...k.interactions);
      const parts = (w: WorstInteraction | null) =>
        w
          ? `slowest ${w.name} ${w.duration} ms: input delay ${w.inputDelay}, processing ${w.processing}, presentation ${w.presentation}`
          : '';
      log(
        `  INP at 4×: Rapport p98 ${pct(r.interactions, 98)} ms (${r.interactions.length}; ${parts(r.worstInteraction)}), bare inkjs ${pct(k.interactions, 98)} ms (${k.interactions.length}; ${parts(k.worstInteraction)})`,
      );
    }
  } finally {
    await webgl.close();
    await canvas.close();
  }
  const med = (xs: number[]) => median(xs);
  return {
    warmUp: med(warm),
    warmUpRuns: warm.map((ms) => (ms / 1000).toFixed(0)).join(', '),
    drawnWebgl: med(runs.webgl.map((r) => r.toDrawn)),
    drawnCanvas: med(runs.canvas.map((r) => r.toDrawn)),
    drawnRuns: `WebGL ${runs.webgl.map((r) => r.toDrawn.toFixed(0)).join(', ')}; Canvas ${runs.canvas.map((r) => r.toDrawn.toFixed(0)).join(', ')}`,
    longestWebgl: med(runs.webgl.map((r) => r.longest)),
    longestWebglMax: Math.max(...runs.webgl.map((r) => r.longest)),
    longestCanvas: med(runs.canvas.map((r) => r.longest)),
    longestCanvasMax: Math.max(...runs.canvas.map((r) => r.longest)),
    over50Webgl: runs.webgl.reduce((n, r) => n + r.over50, 0),
    over50Canvas: runs.canvas.reduce((n, r) => n + r.over50, 0),
    longestWhat: [...runs.webgl, ...runs.canvas].sort((a, b) => b.longest - a.longest)[0]?.longestWhat ?? '',
    inpRapport: pct(runs.inp, 98),
    inpInk: pct(runs.inkInp, 98),
    inpSamples: runs.inp.length,
    inpInkSamples: runs.inkInp.length,
  };
}
