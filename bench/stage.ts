/**
 * `npm run bench:stage` — the stage's figures alone (bench/stage-lib.ts): canvas → scene drawn and
 * the longest task over a play-through on software WebGL and on the Canvas fallback, and
 * interaction to next paint at 4× throttle for Rapport and the bare inkjs page.
 *   --loads N    play-throughs per setting (default 3)
 *   --no-build   reuse dist/ and bench/.out/
 *   --tasks      instead: one play-through per setting, cold (a first visit) and warm (answered by
 *                the service worker's cache), listing every main-thread task over 50 ms (from a
 *                trace) and every long animation frame with the scripts that ran in it
 *   --against DIR  with --tasks: a second built game (e.g. dist/ of an earlier commit) played in
 *                turn with this one, cold, --loads rounds on each renderer; prints each run's tasks
 *                over 50 ms and the longest script evaluation (v8.evaluateModule) of each
 *   --inp        instead: interaction to next paint alone, at 4× throttle, --loads rounds; in each
 *                this build, then (with --against DIR) the other build, then the bare inkjs page,
 *                so a busy minute on the shared machine falls on all of them; per run the p98, every
 *                interaction, and the slowest one's parts; the pooled p98 and ratios at the end
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/browser/browser.ts';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { buildAll, median, pct, serve } from './lib.ts';
import { stageFigures, stageRun } from './stage-lib.ts';

const args = process.argv.slice(2);
const loadsAt = args.indexOf('--loads');
const LOADS = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 3;
const targets = await buildAll({ build: !args.includes('--no-build') });
const rapport = targets.find((t) => t.name === 'Rapport')!;
const ink = targets.find((t) => t.name === 'bare inkjs page')!;
const servers = await Promise.all([serve(rapport.dir), serve(ink.dir)]);
try {
  const againstAt = args.indexOf('--against');
  if (args.includes('--inp')) {
    const other = againstAt >= 0 ? await serve(resolve(args[againstAt + 1]!)) : null;
    try {
      await compareInp([
        ['this build', servers[0]!.url + rapport.path, true],
        ...(other ? [['--against', other.url + rapport.path, true] as InpTarget] : []),
        ['bare inkjs page', servers[1]!.url + ink.path, false],
      ]);
    } finally {
      await other?.server.close();
    }
  } else if (args.includes('--tasks') && againstAt >= 0) {
    const other = await serve(resolve(args[againstAt + 1]!));
    try {
      await compareTasks(servers[0]!.url + rapport.path, other.url + rapport.path);
    } finally {
      await other.server.close();
    }
  } else if (args.includes('--tasks')) await listTasks(servers[0]!.url + rapport.path);
  else {
    const figures = await stageFigures(
      (extra) => launchBrowser(extra),
      servers[0]!.url + rapport.path,
      servers[1]!.url + ink.path,
      LOADS,
      (line) => console.log(line),
    );
    console.log(JSON.stringify(figures, null, 1));
  }
} finally {
  await Promise.all(servers.map((s) => s.server.close()));
}

/** A page to play at 4×: its name, address, and whether it has a stage to wait for. */
type InpTarget = [string, string, boolean];

/** Interaction to next paint at 4× throttle, the targets in turn, --loads rounds. */
async function compareInp(targets: InpTarget[]): Promise<void> {
  const browser: Browser = await launchBrowser();
  const pooled = targets.map(() => [] as number[]);
  try {
    for (let round = 0; round < LOADS; round++) {
      console.log(`\nround ${round + 1} (load ${loadavg()[0]!.toFixed(1)})`);
      for (const [i, [name, url, stage]] of targets.entries()) {
        const run = await stageRun(browser, url, { throttle: 4, trace: false, stage });
        pooled[i]!.push(...run.interactions);
        const w = run.worstInteraction;
        console.log(
          `  ${name}: p98 ${pct(run.interactions, 98)} ms of ${run.interactions.length} [${run.interactions.map((ms) => ms.toFixed(0)).join(' ')}]` +
            (w
              ? `; slowest ${w.name} ${w.duration} ms: input delay ${w.inputDelay}, processing ${w.processing}, presentation ${w.presentation}`
              : ''),
        );
      }
    }
  } finally {
    await browser.close();
  }
  const ink = pct(pooled[pooled.length - 1]!, 98);
  console.log('\npooled p98 at 4× (ratio to the bare inkjs page):');
  for (const [i, [name]] of targets.entries()) {
    const p = pct(pooled[i]!, 98);
    console.log(`  ${name}: ${p} ms of ${pooled[i]!.length} (${(p / ink).toFixed(2)}×)`);
  }
}

async function listTasks(url: string): Promise<void> {
  const settings: [string, string[]][] = [
    ["Chromium's software WebGL", []],
    ['no WebGL', ['--disable-webgl', '--disable-3d-apis']],
  ];
  for (const [name, extra] of settings) {
    const browser: Browser = await launchBrowser(extra);
    try {
      for (const warm of [false, true]) {
        const run = await stageRun(browser, url, { warm });
        console.log(
          `\n${name}, ${warm ? 'warm (service worker cache)' : 'cold'}: ${run.tasks.length} tasks over 50 ms, drawn ${run.toDrawn.toFixed(0)} ms after the canvas`,
        );
        for (const t of run.tasks)
          console.log(`  task at ${t.at.toFixed(0)} ms: ${t.ms.toFixed(0)} ms — ${t.what}`);
        for (const f of run.frames)
          console.log(
            `  long frame at ${f.start} ms: ${f.duration} ms (blocking ${f.blocking}) — ${
              f.scripts.map((s) => `${s.type} ${s.invoker} ${s.file} ${s.duration}`).join('; ') || 'no script'
            }`,
          );
      }
    } finally {
      await browser.close();
    }
  }
}

/** This build and another, in turn, cold: tasks over 50 ms and the longest module evaluation. */
async function compareTasks(url: string, otherUrl: string): Promise<void> {
  const settings: [string, string[]][] = [
    ["Chromium's software WebGL", []],
    ['no WebGL', ['--disable-webgl', '--disable-3d-apis']],
  ];
  for (const [name, extra] of settings) {
    const browser: Browser = await launchBrowser(extra);
    const seen = {
      this: [] as number[],
      other: [] as number[],
      thisOver: [] as number[],
      otherOver: [] as number[],
    };
    try {
      for (let i = 0; i < LOADS; i++) {
        for (const [label, u] of [
          ['other', otherUrl],
          ['this', url],
        ] as const) {
          const run = await stageRun(browser, u);
          const evaluations = run.tasks
            .filter((t) => t.what.includes('v8.evaluateModule'))
            .map((t) => Number(/v8\.evaluateModule (\d+)/.exec(t.what)?.[1] ?? 0));
          const longestEval = Math.max(0, ...evaluations);
          seen[label].push(longestEval);
          seen[label === 'this' ? 'thisOver' : 'otherOver'].push(run.tasks.length);
          // Which modules: the long animation frames' module scripts (file, ms).
          const modules = run.frames
            .flatMap((f) => f.scripts)
            .filter((x) => x.type === 'module-script' && x.duration > 30)
            .map((x) => `${x.file.replace(/-[\w-]{8}\.js$/, '')} ${x.duration}`);
          console.log(
            `${name}, ${label} build: ${run.tasks.length} tasks over 50 ms (longest ${run.longest.toFixed(0)} ms); module evaluation over 50 ms: ${longestEval || 'none'}; modules over 30 ms: ${modules.join(', ') || 'none'}`,
          );
        }
      }
      console.log(
        `${name}: longest module evaluation in a task over 50 ms, median: other ${median(seen.other)} ms, this ${median(seen.this)} ms; tasks over 50 ms, median: other ${median(seen.otherOver)}, this ${median(seen.thisOver)}`,
      );
    } finally {
      await browser.close();
    }
  }
}
