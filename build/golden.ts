/**
 * `npm run golden` — (re)write the golden playthroughs in tests/golden/: for every story (or only
 * the ones named, `npm run golden -- stories/x.ink`), its best and worst paths as found by the
 * analyzer. Review the diff before committing: it shows exactly
 * what a learner will now see and score.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyzeStory } from './analysis/analyzer.ts';
import { playGolden } from './analysis/golden.ts';
import { storyFiles } from './story-files.ts';

const dir = resolve('stories');
const out = resolve('tests/golden');
mkdirSync(out, { recursive: true });
const named = process.argv.slice(2).filter((a) => a.endsWith('.ink'));
const files = storyFiles(named, dir);
for (const file of files) {
  const f = basename(file);
  const report = analyzeStory(file);
  if (!report.best || !report.worst) {
    console.error(`${f}: no path reaches an ending — run npm run stories to see why`);
    process.exitCode = 1;
    continue;
  }
  for (const [label, path] of [
    ['best', report.best],
    ['worst', report.worst],
  ] as const) {
    const target = join(out, `${report.id}.${label}.txt`);
    writeFileSync(target, playGolden(file, path.choices, label));
    console.log(`wrote ${target} (score ${path.score}, ending ${path.ending})`);
  }
}
