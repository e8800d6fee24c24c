/**
 * `npm run build`'s first step: compile and review every story (build/ink/review.ts) and read the
 * module files, and list every mistake as `file:line: error: cause. Fix.` — one line per cause,
 * no stack trace — before Vite bundles anything. Exit status 1 when there is any.
 *
 *   npx tsx build/check.ts [story.ink …]     (default: every story in stories/)
 */
import { basename, resolve } from 'node:path';
import { compileInkFile, formatDiagnostic } from './ink/compile.ts';
import { readModuleFiles } from './module-files.ts';
import { storyFiles } from './story-files.ts';

export interface CheckResult {
  errors: string[];
  warnings: string[];
  stories: number;
}

export function checkStories(files: readonly string[], storiesDir = resolve('stories')): CheckResult {
  const result: CheckResult = { errors: [], warnings: [], stories: files.length };
  for (const file of files) {
    for (const d of compileInkFile(file).diagnostics)
      (d.severity === 'error' ? result.errors : result.warnings).push(formatDiagnostic(d));
  }
  try {
    readModuleFiles(
      storiesDir,
      storyFiles([], storiesDir).map((f) => basename(f, '.ink')),
    );
  } catch (e) {
    result.errors.push(e instanceof Error ? e.message : String(e));
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { errors, warnings, stories } = checkStories(storyFiles(process.argv.slice(2)));
  for (const w of warnings) console.warn(w);
  for (const e of errors) console.error(e);
  if (errors.length) {
    console.error(
      `\n${errors.length} mistake${errors.length === 1 ? '' : 's'} in the stories: fix ${errors.length === 1 ? 'it' : 'each'} at the line named (open the file in Inky to see it in place), then build again.`,
    );
    process.exitCode = 1;
  } else console.log(`${stories} stories checked: no mistakes.`);
}
