/**
 * `npm run bench:stories` — how long `npm run stories` takes over every story in the repo: cold
 * (`--no-cache`: every path explored again) and warm (unchanged stories come from the analysis
 * cache), medians of 3 runs each. Writes bench/STORIES.md (newest first) with date, machine, commit.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

const run = (args: string[]): number => {
  const t = performance.now();
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'build/stories.ts', '--json', ...args], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    // errors in a story still time the run; `npm run stories` reports them
  }
  return performance.now() - t;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const cold = [run(['--no-cache']), run(['--no-cache']), run(['--no-cache'])];
run([]); // fill the cache
const warm = [run([]), run([]), run([])];
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const stories = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', 'build/stories.ts', '--json'], { encoding: 'utf8' }),
) as { id: string; paths: number; statesExplored: number }[];
const section = `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — commit ${commit}

Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}.
${stories.length} stories, ${stories.reduce((s, r) => s + r.paths, 0)} paths, ${stories.reduce((s, r) => s + r.statesExplored, 0)} states explored.

| run | median of 3 | runs | target |
|---|---|---|---|
| cold (\`--no-cache\`) | ${(median(cold) / 1000).toFixed(1)} s | ${cold.map((t) => (t / 1000).toFixed(1)).join(', ')} s | < 10 s |
| warm (nothing changed) | ${(median(warm) / 1000).toFixed(1)} s | ${warm.map((t) => (t / 1000).toFixed(1)).join(', ')} s | — |

`;
const file = resolve('bench/STORIES.md');
const head =
  '# `npm run stories` timings\n\nWritten by `npm run bench:stories` (bench/stories.ts). Newest first.\n\n';
const old = existsSync(file) ? readFileSync(file, 'utf8').replace(head, '') : '';
writeFileSync(file, head + section + old);
console.log(section);
