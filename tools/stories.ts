/**
 * `npm run stories` — compile every story and explore every path (see src/analysis/analyzer.ts).
 *
 *   npm run stories                  readable table, then each story's errors and warnings
 *   npm run stories -- --json        one JSON array, one object per story
 *   npm run stories -- stories/x.ink only the named files
 *   --max-states N                   stop exploring a story after N distinct states
 *   --no-cache                       explore every story again, even if unchanged since the
 *                                    last analysis (node_modules/.cache/rapport)
 *
 * Exits 1 when any story has an error (compile or runtime error, dead end, unreachable ending,
 * a choice without coach note or relationship event).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatTable, problemsOf, warningsOf } from '../src/analysis/report.ts';
import { analyzeStories } from './stories-pool.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const maxIdx = args.indexOf('--max-states');
const maxStates = maxIdx >= 0 ? Number(args[maxIdx + 1]) : undefined;
if (maxStates !== undefined && !(maxStates > 0)) {
  console.error('--max-states takes a positive number, e.g. --max-states 50000');
  process.exit(2);
}
const named = args.filter((a, i) => a.endsWith('.ink') && args[i - 1] !== '--max-states');
const dir = resolve('stories');
const files = named.length
  ? named.map((f) => resolve(f))
  : readdirSync(dir)
      .filter((f) => f.endsWith('.ink'))
      .sort()
      .map((f) => join(dir, f));

const started = performance.now();
const reports = await analyzeStories(files, {
  ...(maxStates ? { maxStates } : {}),
  cache: !args.includes('--no-cache'),
});
const failed = reports.some((r) => problemsOf(r).length > 0);

if (json) {
  console.log(
    JSON.stringify(
      reports.map((r) => ({ ...r, problems: problemsOf(r), warnings: warningsOf(r) })),
      null,
      2,
    ),
  );
} else {
  console.log(formatTable(reports));
  for (const r of reports) {
    const problems = problemsOf(r);
    const warnings = warningsOf(r);
    if (!problems.length && !warnings.length) continue;
    console.log(`\n${r.id} (${r.file}):`);
    for (const p of problems) console.log(`  error: ${p}`);
    for (const w of warnings) console.log(`  warning: ${w}`);
  }
  console.log(
    `\n${reports.length} stories analysed in ${Math.round(performance.now() - started)} ms${failed ? ' — errors found' : ''}.`,
  );
}
process.exit(failed ? 1 : 0);
