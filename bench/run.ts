/**
 * `npm run bench` — load-time, responsiveness, idle and memory figures for the game, measured in
 * headless Chromium beside two reference pages built in the same run (a bare inkjs page and a
 * bare Phaser 4 scene), so every figure is also a ratio to them. Shared, noisy machines: compare
 * ratios within one run, not absolute numbers across runs.
 *
 * Choice → paint is pooled over the presses of the first 5 unthrottled loads (two play-throughs
 * each), and measured the same way on the bare inkjs page (one play-through each, by number keys
 * too); heap growth is the median of the first 3 of them (20 replays each).
 *
 * Writes bench/RESULTS.md (newest run first) with date, machine and commit.
 *   --loads N   fresh loads per page and setting (default 10)
 *   --quick     3 loads, one of them played (a smoke run)
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/browser/browser.ts';
import { buildAll, heapAfterReplays, jsBytes, load, median, pct, playThrough, serve } from './lib.ts';
import { stageFigures, type StageFigures } from './stage-lib.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const loadsArg = args.indexOf('--loads');
const LOADS = loadsArg >= 0 ? Number(args[loadsArg + 1]) : quick ? 3 : 10;
/** Of the unthrottled loads, how many play through for choice → paint, and how many then replay 20 times for the heap. */
const PAINT_LOADS = Math.min(LOADS, quick ? 1 : 5);
const HEAP_LOADS = Math.min(PAINT_LOADS, quick ? 1 : 3);
/** Slow play-throughs per setting for the stage's rows (bench/stage-lib.ts). */
const STAGE_LOADS = quick ? 1 : 3;

async function idleBusy(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(2000); // let entrance animations finish
  const task = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const t0 = await task();
  const start = Date.now();
  await page.waitForTimeout(5000);
  const t1 = await task();
  return (t1 - t0) / ((Date.now() - start) / 1000);
}

async function main(): Promise<void> {
  const targets = await buildAll();
  const browser = await launchBrowser();
  const servers = await Promise.all(targets.map((t) => serve(t.dir)));
  const rows: Record<string, Record<string, number>> = Object.fromEntries(targets.map((t) => [t.name, {}]));
  let stage: StageFigures | undefined;
  try {
    for (const throttle of [1, 4]) {
      const firsts = targets.map(() => [] as number[]);
      const paints = targets.map(() => [] as number[]);
      const loadP90s = targets.map(() => [] as number[]);
      const heaps: number[] = [];
      const codes: number[] = [];
      const answers = targets.map(() => [] as number[]);
      // The pages take turns (load i of each, then load i + 1 of each): on a shared machine a
      // busy minute then falls on all of them, not on one page's ten loads.
      for (let i = 0; i < LOADS; i++) {
        for (const [k, t] of targets.entries()) {
          const r = rows[t.name]!;
          const url = servers[k]!.url;
          // At 4×, every other load presses the first choice the moment it shows: how long until
          // the story answers (Rapport loads its engine behind the opening it shows first).
          const press = t.answers && throttle === 4 && i % 2 === 1;
          const { page, firstChoice, firstAnswer, close } = await load(browser, url + t.path, throttle, {
            press,
          });
          firsts[k]!.push(firstChoice);
          if (press && firstAnswer !== null) answers[k]!.push(firstAnswer);
          if (i === 0 && throttle === 1) {
            r.jsBeforeKB = (await jsBytes(page, t.dir, firstChoice)) / 1024;
            await page.waitForTimeout(3000);
            r.jsTotalKB = (await jsBytes(page, t.dir, null)) / 1024;
            r.idleBusy = await idleBusy(page);
          }
          if (t.keys && throttle === 1 && i < PAINT_LOADS) {
            // Two play-throughs (the second after Play again) on each of the first loads, once
            // the stage is up: a p90 of one load's 22 presses is its two or three slowest. The
            // bare inkjs page, which cannot start again, plays once per load.
            if (i > 0) await page.waitForTimeout(3000);
            await playThrough(page);
            if (t.playable) {
              await page.getByRole('button', { name: 'Play again' }).click();
              await page.getByRole('group', { name: 'Choices' }).waitFor();
              await playThrough(page);
            }
            const mine = await page.evaluate(
              () => (window as unknown as { __bench: { paints: number[] } }).__bench.paints,
            );
            paints[k]!.push(...mine);
            loadP90s[k]!.push(pct(mine, 90));
          }
          // The heap loads are among the played ones (HEAP_LOADS ≤ PAINT_LOADS): 20 replays after them.
          if (t.playable && throttle === 1 && i < HEAP_LOADS) {
            const heap = await heapAfterReplays(page);
            heaps.push((heap.twenty - heap.one) / 1024 / 1024);
            codes.push((heap.codeTwenty - heap.codeOne) / 1024 / 1024);
          }
          await close();
        }
      }
      for (const [k, t] of targets.entries()) {
        if (!paints[k]!.length) continue;
        const r = rows[t.name]!;
        r.paintP50 = median(paints[k]!);
        r.paintP90 = pct(paints[k]!, 90);
        r.paintSamples = paints[k]!.length;
        r.paintLoads = loadP90s[k]!.length;
        r.paintLoadP90Min = Math.min(...loadP90s[k]!);
        r.paintLoadP90Max = Math.max(...loadP90s[k]!);
      }
      if (throttle === 1 && heaps.length) {
        const r = rows['Rapport']!;
        r.heapGrowthMB = median(heaps);
        r.heapGrowthMin = Math.min(...heaps);
        r.heapGrowthMax = Math.max(...heaps);
        r.heapLoads = heaps.length;
        r.codeGrowthMB = median(codes);
      }
      for (const [k, t] of targets.entries()) {
        rows[t.name]![`firstChoice${throttle}x`] = median(firsts[k]!);
        if (answers[k]!.length) rows[t.name]!.firstAnswer4x = median(answers[k]!);
      }
    }
    for (const t of targets) console.log(t.name, JSON.stringify(rows[t.name]));
    const ink = targets.find((t) => t.name === 'bare inkjs page')!;
    stage = await stageFigures(
      (extra) => launchBrowser(extra),
      servers[0]!.url + targets[0]!.path,
      servers[targets.indexOf(ink)]!.url + ink.path,
      STAGE_LOADS,
      (line) => console.log(line),
    );
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.server.close()));
  }
  writeResults(rows, stage ?? null);
}

function writeResults(rows: Record<string, Record<string, number>>, stage: StageFigures | null): void {
  const game = rows['Rapport']!;
  const ink = rows['bare inkjs page']!;
  const phaser = rows['bare Phaser 4 page']!;
  const f = (n: number | undefined, d = 1) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(d));
  const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}×` : '—');
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD').toString().trim();
    } catch {
      return 'unknown';
    }
  })();
  const line = (label: string, key: string, unit: string, target: string, d = 1) =>
    `| ${label} | ${f(game[key], d)} ${unit} | ${f(ink[key], d)} ${unit} (${ratio(game[key], ink[key])}) | ${f(phaser[key], d)} ${unit} (${ratio(game[key], phaser[key])}) | ${target} |`;
  const section = [
    `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — commit ${commit}`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; headless Chromium; ${LOADS} fresh loads per page and setting, the pages taking turns; medians.`,
    '',
    '| measure | Rapport | bare inkjs page (Rapport ÷ it) | bare Phaser 4 page (Rapport ÷ it) | target |',
    '|---|---|---|---|---|',
    line('navigation → first choice ready, unthrottled', 'firstChoice1x', 'ms', '—', 0),
    line(
      'navigation → first choice ready, 4× CPU throttle',
      'firstChoice4x',
      'ms',
      '≤ 1.3× the bare inkjs page',
      0,
    ),
    line(
      'first choice pressed the moment it shows → next line painted, 4× throttle (from navigation)',
      'firstAnswer4x',
      'ms',
      '—',
      0,
    ),
    line('JS before the first choice (gzip)', 'jsBeforeKB', 'kB', '≤ 30 kB'),
    line('JS in total (gzip)', 'jsTotalKB', 'kB', '—'),
    line('main thread busy at rest (share of 5 s)', 'idleBusy', '', '≤ 0.10', 3),
    line('choice → next line painted, p50, unthrottled', 'paintP50', 'ms', '—'),
    `| choice → the story's next line painted, p90, unthrottled | ${f(game.paintP90)} ms (${f(game.paintSamples, 0)} presses in ${f(game.paintLoads, 0)} loads; one load's p90 ${f(game.paintLoadP90Min)}–${f(game.paintLoadP90Max)}) | ${f(ink.paintP90)} ms (${ratio(game.paintP90, ink.paintP90)}; ${f(ink.paintSamples, 0)} presses in ${f(ink.paintLoads, 0)} loads) | — | p90 ≤ 50 ms |`,
    `| JS heap growth, 20 replays vs 1 (after GC) | ${f(game.heapGrowthMB, 2)} MB (median of ${f(game.heapLoads, 0)} loads, ${f(game.heapGrowthMin, 2)}–${f(game.heapGrowthMax, 2)}) | — | — | ≤ 2 MB |`,
    `| … of which V8's compiled code (JIT warm-up; heap snapshot) | ${f(game.codeGrowthMB, 2)} MB | — | — | — |`,
    ...(stage ? stageRows(stage, f, ratio) : []),
    '',
  ].join('\n');
  const file = resolve('bench/RESULTS.md');
  const head =
    '# Benchmark results\n\nWritten by `npm run bench` (see bench/run.ts). Newest first. Compare ratios within one run.\n\n';
  const old = existsSync(file) ? readFileSync(file, 'utf8').replace(head, '') : '';
  // Runs go above the older runs, below the sections that are not runs (the live rooms' figures).
  const firstRun = old.search(/^## \d{4}-\d{2}-\d{2} /m);
  const at = firstRun < 0 ? old.length : firstRun;
  // Markdown needs a blank line between the section above and the run's heading.
  const above = at > 0 ? old.slice(0, at).replace(/\n*$/, '\n\n') : '';
  writeFileSync(file, head + above + section + '\n' + old.slice(at));
  console.log('\n' + section);
}

/** The stage's rows (issue #22): slow play-throughs, see bench/stage-lib.ts. */
function stageRows(
  s: StageFigures,
  f: (n: number | undefined, d?: number) => string,
  ratio: (a?: number, b?: number) => string,
): string[] {
  return [
    `| stage: canvas appearing → place and people drawn, Chromium's software WebGL / no WebGL (median of ${STAGE_LOADS} play-throughs each: ${s.drawnRuns}) | ${f(s.drawnWebgl, 0)} / ${f(s.drawnCanvas, 0)} ms | — | — | ≤ 300 ms |`,
    `| stage: longest main-thread task over a load and play-through, software WebGL / no WebGL (median; worst) | ${f(s.longestWebgl, 0)} / ${f(s.longestCanvas, 0)} ms (${f(s.longestWebglMax, 0)} / ${f(s.longestCanvasMax, 0)}); tasks over 50 ms: ${s.over50Webgl} / ${s.over50Canvas} | — | — | ≤ 50 ms |`,
    `| warm-up: first choice → main thread ≤ 10 % busy in every later second (median of ${STAGE_LOADS}: ${s.warmUpRuns} s) | ${f(s.warmUp / 1000, 0)} s | — | — | — |`,
    `| interaction to next paint, p98, 4× throttle (Event Timing; play-throughs pooled) | ${f(s.inpRapport, 0)} ms (${s.inpSamples} interactions) | ${f(s.inpInk, 0)} ms (${ratio(s.inpRapport, s.inpInk)}; ${s.inpInkSamples}) | — | ≤ 100 ms and ≤ 1.5× the bare page |`,
  ];
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
