/**
 * `npm run bench:stage` — the stage's figures alone (bench/stage-lib.ts): canvas → scene drawn and
 * the longest task over a play-through on software WebGL and on the Canvas fallback, and
 * interaction to next paint at 4× throttle for Rapport and the bare inkjs page.
 *   --loads N    play-throughs per setting (default 3)
 *   --no-build   reuse dist/ and bench/.out/
 *   --tasks      instead: one play-through per setting, cold (a first visit) and warm (answered by
 *                the service worker's cache), listing every main-thread task over 50 ms (from a
 *                trace) and every long animation frame with the scripts that ran in it
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/browser/browser.ts';
import { buildAll, serve } from './lib.ts';
import { stageFigures, stageRun } from './stage-lib.ts';

const args = process.argv.slice(2);
const loadsAt = args.indexOf('--loads');
const LOADS = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 3;
const targets = await buildAll({ build: !args.includes('--no-build') });
const rapport = targets.find((t) => t.name === 'Rapport')!;
const ink = targets.find((t) => t.name === 'bare inkjs page')!;
const servers = await Promise.all([serve(rapport.dir), serve(ink.dir)]);
try {
  if (args.includes('--tasks')) await listTasks(servers[0]!.url + rapport.path);
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
