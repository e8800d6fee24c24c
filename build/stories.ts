/**
 * `npm run stories` — compile every story and explore every path (see build/analysis/analyzer.ts).
 *
 *   npm run stories                  readable table, then each story's errors and warnings
 *   npm run stories -- --json        one JSON array, one object per story
 *   npm run stories -- stories/x.ink only the named files
 *   --max-states N                   stop exploring a story after N distinct states (default 20000)
 *   --map                            also draw each story's map (scenes, choices, endings, the best
 *                                    and worst paths) to maps/<story-id>.html (story-map-page.ts)
 *   --help                           what it does and its options
 *   --no-cache                       explore every story again, even if unchanged since the
 *                                    last analysis (node_modules/.cache/rapport)
 *
 * Exits 1 when any story has an error (compile or runtime error, dead end, unreachable ending,
 * a choice without coach note or relationship event, a teaching bar missed — issue #15 §2, see
 * build/analysis/teaching.ts), or a module (stories/modules/*.json) whose scenarios were all analysed
 * is passed too often by random play, or — when every story is analysed — the best answers of all
 * stories sit too often at one option position.
 *
 * `--json` prints one array, one object per story: the StoryReport (with `teaching`: every bar and
 * its figures), `problems`, `warnings`, `modules` (the modules it belongs to, with their bars) and,
 * when every story was analysed, `overall` (the cross-story position bar).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import {
  formatModules,
  formatTable,
  moduleProblems,
  overallProblems,
  problemsOf,
  warningsOf,
} from './analysis/report.ts';
import { moduleTeaching, overallTeaching, type ModuleTeaching } from './analysis/across-stories.ts';
import { readModuleFiles } from './module-files.ts';
import { looksProblems } from './looks.ts';
import { analyzeStories } from './analysis/pool.ts';
import { storyMapHtml } from './analysis/story-map-page.ts';
import { figuresOf } from './analysis/report.ts';
import { storyFiles } from './story-files.ts';

const USAGE = `npm run stories — compile every story and explore every path: endings, dead ends, knots never
reached, choices without coach note or relationship event, the score range and the teaching bars.

  npm run stories                       every story in stories/, a table, then errors and warnings
  npm run stories -- stories/x.ink      only the named stories
  npm run stories -- --json             one JSON array, one object per story (every figure)
  npm run stories -- --no-cache         explore again even what has not changed
  npm run stories -- --max-states N     explore up to N distinct states per story (default 20000)
  npm run stories -- --map              also draw each story as a map of its scenes, choices and endings
                                        with the best and worst paths: maps/<story-id>.html
  npm run stories -- --figures          also each counterpart's Rapport and Trust over all paths and per
                                        ending (to set an ending's threshold inside the range that
                                        reaches it), and whether each business_ask can ever succeed
  npm run stories -- --help             this text

Exits 1 on any error (docs/authoring.md, "Checking a story" and "Teaching bars").`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const KNOWN_FLAGS = ['--json', '--no-cache', '--max-states', '--map', '--figures', '--help', '-h'];
const unknown = args.filter(
  (a, i) => a.startsWith('-') && !KNOWN_FLAGS.includes(a) && args[i - 1] !== '--max-states',
);
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(', ')}.\n\n${USAGE}`);
  process.exit(2);
}
const json = args.includes('--json');
const map = args.includes('--map');
const figures = args.includes('--figures');
const maxIdx = args.indexOf('--max-states');
const maxStates = maxIdx >= 0 ? Number(args[maxIdx + 1]) : undefined;
if (maxStates !== undefined && !(maxStates > 0)) {
  console.error('--max-states takes a positive number, e.g. --max-states 50000');
  process.exit(2);
}
const named = args.filter((a, i) => a.endsWith('.ink') && args[i - 1] !== '--max-states');
const dir = resolve('stories');
const files = storyFiles(named, dir);

const started = performance.now();
const reports = await analyzeStories(files, {
  ...(maxStates ? { maxStates } : {}),
  // A map needs the graph of the exploration: its analyses are cached apart from plain ones.
  ...(map ? { graph: true } : {}),
  cache: !args.includes('--no-cache'),
});
const maps: string[] = [];
if (map) {
  const out = resolve('maps');
  mkdirSync(out, { recursive: true });
  for (const r of reports) {
    const path = join(out, `${r.id}.html`);
    writeFileSync(path, storyMapHtml(r));
    maps.push(relative(process.cwd(), path));
    delete r.graph; // not part of the report's JSON
  }
}
const storyIds = readdirSync(dir)
  .filter((f) => f.endsWith('.ink'))
  .map((f) => basename(f, '.ink'));
// Modules whose every scenario was analysed (all of them when no file is named).
const modules: ModuleTeaching[] = [];
for (const { module } of readModuleFiles(dir, storyIds)) {
  const m = moduleTeaching(module, reports);
  if (m) modules.push(m);
}
const overall = named.length ? null : overallTeaching(reports);
const looks = looksProblems(dir);
const failed =
  looks.length > 0 ||
  reports.some((r) => problemsOf(r).length > 0) ||
  modules.some((m) => moduleProblems(m).length > 0) ||
  (overall !== null && overallProblems(overall).length > 0);

if (json) {
  for (const p of looks) console.error(`stories/looks.json: error: ${p}`);
  for (const m of maps) console.error(`story map: ${m}`);
  console.log(
    JSON.stringify(
      reports.map((r) => ({
        ...r,
        problems: problemsOf(r),
        warnings: warningsOf(r),
        modules: modules.filter((m) => m.scenarios.includes(r.id)),
        ...(overall ? { overall } : {}),
      })),
      null,
      2,
    ),
  );
} else {
  console.log(formatTable(reports));
  for (const r of reports) {
    const problems = problemsOf(r);
    const warnings = warningsOf(r);
    if (figures) console.log(`\n${figuresOf(r).join('\n')}`);
    if (!problems.length && !warnings.length) continue;
    console.log(`\n${r.id} (${r.file}):`);
    // A compiler or review message already reads `file:line: error: …`.
    for (const p of problems) console.log(/^\S+:\d+: error: /.test(p) ? `  ${p}` : `  error: ${p}`);
    for (const w of warnings) console.log(`  warning: ${w}`);
  }
  if (modules.length) {
    console.log(`\n${formatModules(modules)}`);
    for (const m of modules) for (const p of moduleProblems(m)) console.log(`  error: ${p}`);
  }
  if (looks.length) {
    console.log('\nstories/looks.json:');
    for (const p of looks) console.log(`  error: ${p}`);
  }
  if (overall) {
    const total = overall.positions.reduce((a, b) => a + b, 0);
    console.log(
      `\nBest answers by option position, all stories: ${overall.positions.map((n, i) => `${i + 1}: ${n}`).join(', ')} (${total} choices).`,
    );
    for (const p of overallProblems(overall)) console.log(`  error: ${p}`);
  }
  if (maps.length) console.log(`\nStory maps (open in a browser):\n${maps.map((m) => `  ${m}`).join('\n')}`);
  console.log(
    `\n${reports.length} stories analysed in ${Math.round(performance.now() - started)} ms${failed ? ' — errors found' : ''}.`,
  );
}
// exitCode, not exit(): exit() would cut off a long --json output still being written to a pipe.
process.exitCode = failed ? 1 : 0;
