/**
 * `npm run bench:teaching` — records what the teaching bars measured (issue #15: "the figures are
 * recorded … with the commit"): for every story the best and worst score, each guessing strategy's
 * share and ending, where the best answers sit, random play against the pass mark, the smallest
 * Rapport span and the smallest meeting move; every module's random pass; the cross-story
 * positions. Writes bench/TEACHING.md (newest first) with date and commit. The figures are exact
 * (every path explored), so one run is enough: unlike timings they do not vary between machines.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StoryReport } from '../build/analysis/analyzer.ts';
import type { ModuleTeaching, OverallTeaching } from '../build/analysis/across-stories.ts';
import { pct, round1 } from '../build/analysis/teaching.ts';

type Row = StoryReport & { problems: string[]; modules: ModuleTeaching[]; overall?: OverallTeaching };

let out: string;
try {
  out = execFileSync(process.execPath, ['--import', 'tsx', 'build/stories.ts', '--json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
} catch (e) {
  // npm run stories exits 1 when a bar is missed; the JSON is still complete, and worth recording.
  out = (e as { stdout?: string }).stdout ?? '';
  if (!out) throw e;
}
const rows = JSON.parse(out) as Row[];

const n1 = (x: number) => String(round1(x));
const bar = (ok: boolean) => (ok ? '✓' : '✗');

const storyLines = rows.map((r) => {
  const t = r.teaching!;
  const strategies = t.strategies.map((s) => `${s.name} ${pct(s.share)} (${s.ending ?? '–'})`).join(', ');
  const span = t.counterparts.length
    ? Math.min(...t.counterparts.map((c) => c.rapport.max - c.rapport.min))
    : NaN;
  const met = t.bars ? t.bars.filter((b) => b.ok).length : 0;
  return `| ${r.id} | ${n1(r.best?.score ?? NaN)} (${r.best?.ending}) | ${n1(r.worst?.score ?? NaN)} | ${strategies} | ${t.positions.join(' / ')} | ${t.passMark ?? '–'}: ${t.random.pass === null ? '–' : (t.random.pass * 100).toFixed(1) + ' %'} | ${n1(span)} | ${n1(t.smallestMeeting?.move ?? NaN)} | ${t.random.typicalChoices} | ${met}/${t.bars.length} ${bar(met === t.bars.length)} |`;
});

const modules = new Map<string, ModuleTeaching>();
for (const r of rows) for (const m of r.modules) modules.set(m.id, m);
const moduleLines = [...modules.values()].map(
  (m) =>
    `| ${m.id} | ${m.scenarios.join(', ')} | ${m.passMark} | ${(m.pass * 100).toFixed(1)} % | ${bar(m.bars.every((b) => b.ok))} |`,
);
const overall = rows.find((r) => r.overall)?.overall;
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const dirty = execSync('git status --porcelain stories src/core/model// build/analysis//').toString().trim()
  ? ' (with uncommitted changes)'
  : '';

const section = `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — commit ${commit}${dirty}

| story | best (ending) | worst | guessing: share of best (ending) | best answers at 1 / 2 / 3 … | pass mark: random pass | smallest Rapport span | smallest meeting move | typical choices | bars |
|---|---|---|---|---|---|---|---|---|---|
${storyLines.join('\n')}

| module | scenarios | pass mark | random pass | bar |
|---|---|---|---|---|
${moduleLines.join('\n')}
${overall ? `\nBest answers by option position, all stories: ${overall.positions.map((n, i) => `${i + 1}: ${n}`).join(', ')} — ${bar(overall.bars.every((b) => b.ok))} (bar: ≤ 40 % at one position).\n` : ''}`;

const file = resolve('bench/TEACHING.md');
const head = `# Teaching bars, as measured

\`npm run bench:teaching\` — the figures behind \`npm run stories\`' teaching bars (issue #15; the bars in
build/analysis/teaching.ts, how to meet them in docs/authoring.md). Newest first. Targets: guessing
< 65 % of the best and not the best ending; no option position above 50 % of a story's best answers
(40 % over all stories); random pass ≤ 10 %; best ≥ 70, worst ≤ 25, spread ≥ 45; every counterpart's
Rapport spanning ≥ 30; every best-path meeting moving ≥ 5; ≥ 10 choices on a typical path.

`;
const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
const rest = old.startsWith('# Teaching bars') ? old.slice(old.indexOf('\n## ') + 1) : '';
writeFileSync(file, head + section + (rest ? '\n' + rest : ''));
console.log(section);
