/**
 * `npm run bench:first` — navigation → first choice ready, Rapport against the bare inkjs page,
 * loaded alternately (A, B, A, B …) so both see the same machine noise; medians and their ratio.
 * With --trace it also records one throttled load of each page and prints where the main thread
 * spent its time before the first choice (by trace event), to see what to cut.
 *
 *   --rounds N    alternating rounds (default 12)
 *   --throttle N  CPU throttling rate (default 4)
 *   --no-build    reuse dist/ and bench/.out/ from the last build
 *   --trace       add the main-thread breakdown
 *   --lang L      also the game in language L (`?story=lost-face&lang=L`, docs/translating.md)
 *   --against DIR also another built game (e.g. dist/ of an earlier commit), in the same rounds
 *
 * It also prints the JavaScript loaded before the first choice (gzip; the budget is 30 kB).
 */
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/browser/browser.ts';
import { buildAll, jsBytes, load, median, serve, traceBreakdown } from './lib.ts';

const args = process.argv.slice(2);
const num = (flag: string, d: number) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : d;
};
const ROUNDS = num('--rounds', 12);
const THROTTLE = num('--throttle', 4);

const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
const built = (await buildAll({ build: !args.includes('--no-build') })).filter(
  (t) => t.name !== 'bare Phaser 4 page',
);
// The game in another language: its opening in that language, and that story's string table.
const againstAt = args.indexOf('--against');
const targets = [
  built[0]!,
  ...(lang ? [{ ...built[0]!, name: `Rapport ${lang}`, path: `${built[0]!.path}&lang=${lang}` }] : []),
  ...(againstAt >= 0 ? [{ ...built[0]!, name: '--against', dir: resolve(args[againstAt + 1]!) }] : []),
  ...built.slice(1),
];
const browser = await launchBrowser();
const servers = await Promise.all(targets.map((t) => serve(t.dir)));
try {
  const times = targets.map(() => [] as number[]);
  const answers = targets.map(() => [] as number[]);
  const js = targets.map(() => [] as number[]);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, t] of targets.entries()) {
      // Every other round, the first choice is pressed the moment it shows (answer time).
      const press = r % 2 === 1;
      const { page, firstChoice, firstAnswer, close } = await load(
        browser,
        servers[i]!.url + t.path,
        THROTTLE,
        {
          press,
        },
      );
      times[i]!.push(firstChoice);
      if (!press) js[i]!.push((await jsBytes(page, t.dir, firstChoice)) / 1024);
      if (press && firstAnswer !== null) answers[i]!.push(firstAnswer);
      await close();
    }
  }
  const game = median(times[0]!);
  const ink = median(times[targets.findIndex((t) => t.name === 'bare inkjs page')]!);
  console.log(`first choice ready at ${THROTTLE}× throttle, ${ROUNDS} alternating rounds (medians):`);
  for (const [i, t] of targets.entries())
    console.log(
      `  ${t.name.padEnd(16)} ${median(times[i]!).toFixed(0)} ms  [${times[i]!.map((x) => x.toFixed(0)).join(' ')}]`,
    );
  console.log(`  ratio            ${(game / ink).toFixed(2)}×  (target ≤ 1.30×)`);
  if (againstAt >= 0) {
    const other = median(times[targets.findIndex((t) => t.name === '--against')]!);
    console.log(
      `  --against ratio  ${(other / ink).toFixed(2)}×; this build / --against ${(game / other).toFixed(2)}×`,
    );
  }
  console.log('JavaScript loaded before the first choice (gzip, medians; budget 30 kB):');
  for (const [i, t] of targets.entries())
    console.log(`  ${t.name.padEnd(16)} ${median(js[i]!).toFixed(1)} kB`);
  console.log('first choice pressed the moment it shows → next line painted (medians):');
  for (const [i, t] of targets.entries())
    console.log(`  ${t.name.padEnd(16)} ${median(answers[i]!).toFixed(0)} ms after navigation`);
  if (args.includes('--trace')) {
    for (const [i, t] of targets.entries()) {
      console.log(`\n${t.name}: main thread before the first choice, by trace event (self time, ms)`);
      console.log(await traceBreakdown(browser, servers[i]!.url + t.path, THROTTLE));
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.server.close()));
}
