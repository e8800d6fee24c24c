/**
 * `npm run bench:paint` — choice press → next line painted (and → its first change painted: the
 * choice marked, the learner's answer shown), unthrottled, over several fresh runs
 * (each: load, let the stage come up, play the story to its ending, Play again, play it again —
 * the same presses `npm run bench` times once). Prints pooled p50 / p90, each run's p90, and the
 * slowest presses by position. With --against it alternates runs between this build and another
 * one (A, B, A, B …) so both see the same machine noise: the way to judge a change to this budget.
 *
 *   --runs N        runs per build (default 6)
 *   --no-build      reuse dist/ from the last build
 *   --against DIR   a second built game to alternate with (e.g. a copy of dist/ from main)
 *   --trace         trace every run and print where the main thread spent each slow press
 *   --story ID      the story to play (default lost-face)
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/browser/browser.ts';
import {
  buildAll,
  load,
  mainThread,
  median,
  pct,
  playThrough,
  selfTimes,
  serve,
  topSelf,
  traced,
  type TraceEvent,
} from './lib.ts';

const args = process.argv.slice(2);
const opt = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(opt('--runs') ?? 6);
const STORY = opt('--story') ?? 'lost-face';
const TRACE = args.includes('--trace');
/** Press → the story's next line painted (three frames: the answer's frame, the step, its lines). */
const BUDGET = 50;
/** Press → its first change painted (one frame). */
const SHOWN_BUDGET = 16.7;

interface Press {
  /** Press → the story's next line painted. */
  ms: number;
  /** Press → its first change painted (the choice marked, the learner's answer shown). */
  shown: number;
  /** Which play-through (1 or 2) and which press in it. */
  playthrough: number;
  step: number;
  /** Where the main thread was busy, for a slow press in a traced run. */
  where?: string[];
}

async function run(browser: Browser, url: string): Promise<Press[]> {
  const { page, close } = await load(browser, `${url}?story=${STORY}`, 1);
  try {
    // The stage loads after the first line and its art decodes on idle: give it time, as the
    // full bench does before it plays.
    await page.waitForTimeout(3000);
    const counts: number[] = [];
    const play = async () => {
      await playThrough(page);
      counts.push(await page.evaluate(() => (window as unknown as Paints).__bench.paints.length));
      if (counts.length === 1) {
        await page.getByRole('button', { name: 'Play again' }).click();
        await page.getByRole('group', { name: 'Choices' }).waitFor();
        await playThrough(page);
        counts.push(await page.evaluate(() => (window as unknown as Paints).__bench.paints.length));
      }
    };
    let events: TraceEvent[] = [];
    if (TRACE) events = await traced(await page.context().newCDPSession(page), play);
    else await play();
    const { paints, shown } = await page.evaluate(() => (window as unknown as Paints).__bench);
    const presses: Press[] = paints.map((ms, i) => ({
      ms,
      shown: shown[i] ?? NaN,
      playthrough: i < counts[0]! ? 1 : 2,
      step: i < counts[0]! ? i + 1 : i - counts[0]! + 1,
    }));
    if (TRACE) explain(events, presses);
    return presses;
  } finally {
    await close();
  }
}

type Paints = { __bench: { paints: number[]; shown: number[] } };

/** Pair the probe's `press` / `painted` marks with the presses and break down the slow ones. */
function explain(events: TraceEvent[], presses: Press[]): void {
  const main = mainThread(events, 'press');
  if (!main) return;
  const marks = (name: string) =>
    events
      .filter((e) => e.name === name && e.pid === main.pid)
      .map((e) => e.ts)
      .sort((a, b) => a - b);
  const starts = marks('press');
  const ends = marks('painted');
  presses.forEach((p, i) => {
    const from = starts[i];
    const to = ends.find((t) => from !== undefined && t >= from);
    if (p.ms <= BUDGET || from === undefined || to === undefined) return;
    const { busy, self } = selfTimes(events, main, from, to);
    p.where = [`  main thread busy ${(busy / 1000).toFixed(1)} ms`, ...topSelf(self, 8, 500)];
  });
}

function summary(name: string, runs: Press[][]): string {
  const all = runs.flat();
  const ms = all.map((p) => p.ms);
  const lines = [
    `${name}: ${all.length} presses in ${runs.length} runs — p50 ${median(ms).toFixed(1)} ms, p90 ${pct(ms, 90).toFixed(1)} ms (budget p90 ≤ ${BUDGET} ms)`,
    `  per-run p90: ${runs
      .map((r) =>
        pct(
          r.map((p) => p.ms),
          90,
        ).toFixed(1),
      )
      .join(', ')} ms`,
    `  press → its first change painted (the choice marked, the answer shown): p50 ${median(all.map((p) => p.shown)).toFixed(1)} ms, p90 ${pct(
      all.map((p) => p.shown),
      90,
    ).toFixed(1)} ms (budget p90 ≤ ${SHOWN_BUDGET} ms)`,
  ];
  // Presses by position: which ones are slow in most runs.
  const byPos = new Map<string, number[]>();
  for (const p of all) {
    const key = `play-through ${p.playthrough}, press ${p.step}`;
    byPos.set(key, [...(byPos.get(key) ?? []), p.ms]);
  }
  const slow = [...byPos]
    .map(([k, v]) => ({ k, med: median(v), over: v.filter((x) => x > BUDGET).length, n: v.length }))
    .filter((x) => x.over > 0)
    .sort((a, b) => b.over - a.over || b.med - a.med)
    .slice(0, 8);
  if (slow.length) {
    lines.push('  over budget, by position (runs over / runs, median):');
    for (const s of slow) lines.push(`    ${s.k}: ${s.over}/${s.n}, ${s.med.toFixed(1)} ms`);
  }
  for (const [i, r] of runs.entries())
    for (const p of r.filter((p) => p.where))
      lines.push(
        `  run ${i + 1}, play-through ${p.playthrough}, press ${p.step}: ${p.ms.toFixed(1)} ms`,
        ...p.where!,
      );
  return lines.join('\n');
}

const [game] = await buildAll({ build: !args.includes('--no-build') });
const dirs = [{ name: 'this build', dir: game!.dir }];
const against = opt('--against');
if (against) dirs.push({ name: `against ${against}`, dir: resolve(against) });
const browser = await launchBrowser();
const servers = await Promise.all(dirs.map((d) => serve(d.dir)));
try {
  const results = dirs.map(() => [] as Press[][]);
  for (let i = 0; i < RUNS; i++)
    for (const [k, s] of servers.entries()) results[k]!.push(await run(browser, s.url));
  for (const [k, d] of dirs.entries()) console.log(summary(d.name, results[k]!));
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.server.close()));
}
