/**
 * `npm run build`'s first step: compile and review every story (build/ink/review.ts), play every
 * path of those that compile (the analyzer, from its cache when nothing changed — the build's
 * catalog needs the same analysis) for the errors only a path meets, and read the module files;
 * list every mistake as `file:line: error: cause. Fix.` — one line per cause, no stack trace —
 * before Vite bundles anything. Exit status 1 when there is any. The teaching bars are
 * `npm run stories`' to judge, not the build's.
 *
 *   npx tsx build/check.ts [story.ink …]     (default: every story in stories/)
 */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { quoteProblems } from './guide/source-check.ts';
import { seedsDirOf } from './guide/guides.ts';
import { compileInkFile, formatDiagnostic } from './ink/compile.ts';
import { analyzeStories } from './analysis/pool.ts';
import { readModuleFiles } from './module-files.ts';
import { ChecksError, readAllChecks } from './checks/read.ts';
import { storyFiles } from './story-files.ts';

export interface CheckResult {
  errors: string[];
  warnings: string[];
  stories: number;
}

export async function checkStories(
  files: readonly string[],
  storiesDir = resolve('stories'),
): Promise<CheckResult> {
  const result: CheckResult = { errors: [], warnings: [], stories: files.length };
  const compiled: string[] = [];
  for (const file of files) {
    // Every story in stories/ is held to line ids (docs/authoring.md, "Line ids"): a Rapport story
    // there without any is an error; elsewhere only a story that has ids is held to them.
    const requireIds = resolve(file).startsWith(resolve(storiesDir) + sep);
    const diagnostics = compileInkFile(file, process.cwd(), { requireIds }).diagnostics;
    for (const d of diagnostics)
      (d.severity === 'error' ? result.errors : result.warnings).push(formatDiagnostic(d));
    if (!diagnostics.some((d) => d.severity === 'error')) compiled.push(file);
  }
  // What only playing finds: a counterpart declared after its first use on some path, a value out
  // of range computed at run time… The analyzer names the line (`… (at stories/x.ink:12)`).
  for (const report of await analyzeStories(compiled, { cache: true, graph: true }))
    for (const e of report.errors) result.errors.push(atLine(e));
  try {
    const modules = readModuleFiles(
      storiesDir,
      storyFiles([], storiesDir).map((f) => basename(f, '.ink')),
    ).map((m) => m.module);
    const checks = readAllChecks(storiesDir, modules);
    const quotes = quoteProblems(
      files.map((f) => ({
        where: relative(process.cwd(), f).replaceAll('\\', '/'),
        text: readFileSync(f, 'utf8'),
      })),
      checks.flatMap((c) =>
        (['before', 'after'] as const).flatMap((phase) =>
          c[phase].map((i) => ({
            where: `stories/checks/${c.moduleId}.yaml (${phase} item "${i.id}")`,
            source: i.source,
            quote: i.quote,
          })),
        ),
      ),
      storiesDir,
      seedsDirOf({ root: process.cwd() }),
    );
    result.errors.push(...quotes.errors);
    result.warnings.push(...quotes.warnings);
  } catch (e) {
    if (e instanceof ChecksError)
      result.errors.push(...e.problems.map((p) => p.replace(/^([^:]+:\d+): /, '$1: error: ')));
    else result.errors.push(e instanceof Error ? e.message : String(e));
  }
  return result;
}

/** `message (at stories/x.ink:12)` → `stories/x.ink:12: error: message`, the form of the others. */
function atLine(error: string): string {
  const m = /^(.*) \(at ([^()\s]+:\d+)\)$/s.exec(error);
  return m ? `${m[2]}: error: ${m[1]}` : `error: ${error}`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { errors, warnings, stories } = await checkStories(storyFiles(process.argv.slice(2)));
  for (const w of warnings) console.warn(w);
  for (const e of errors) console.error(e);
  if (errors.length) {
    console.error(
      `\n${errors.length} mistake${errors.length === 1 ? '' : 's'} in the stories, modules or checks: fix ${errors.length === 1 ? 'it' : 'each'} at the line named (open an .ink file in Inky to see it in place), then build again.`,
    );
    process.exitCode = 1;
  } else console.log(`${stories} stories, their modules and checks checked: no mistakes.`);
}
