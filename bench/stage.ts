/**
 * `npm run bench:stage` — the stage's figures alone (bench/stage-lib.ts): canvas → scene drawn and
 * the longest task over a play-through on software WebGL and on the Canvas fallback, and
 * interaction to next paint at 4× throttle for Rapport and the bare inkjs page.
 *   --loads N    play-throughs per setting (default 3)
 *   --no-build   reuse dist/ and bench/.out/
 */
import { launchBrowser } from '../tests/browser/browser.ts';
import { buildAll, serve } from './lib.ts';
import { stageFigures } from './stage-lib.ts';

const args = process.argv.slice(2);
const loadsAt = args.indexOf('--loads');
const LOADS = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 3;
const targets = await buildAll({ build: !args.includes('--no-build') });
const rapport = targets.find((t) => t.name === 'Rapport')!;
const ink = targets.find((t) => t.name === 'bare inkjs page')!;
const servers = await Promise.all([serve(rapport.dir), serve(ink.dir)]);
try {
  const figures = await stageFigures(
    (extra) => launchBrowser(extra),
    servers[0]!.url + rapport.path,
    servers[1]!.url + ink.path,
    LOADS,
    (line) => console.log(line),
  );
  console.log(JSON.stringify(figures, null, 1));
} finally {
  await Promise.all(servers.map((s) => s.server.close()));
}
