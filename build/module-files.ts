/**
 * Reading module files from disk (Node only: the build, the dev server and the packaging tool).
 * Every `stories/modules/*.json`, parsed and validated against the stories that exist; a file that
 * is not JSON or not a valid module throws with the file name and the fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { storyFiles } from './story-files.ts';
import { parseModule, type ModuleDefinition } from '../src/core/modules/module.ts';

export function readModuleFiles(
  storiesDir: string,
  storyIds: readonly string[],
): { file: string; module: ModuleDefinition }[] {
  const dir = join(storiesDir, 'modules');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join('stories', 'modules', f);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      } catch (e) {
        throw new Error(
          `${file}: not valid JSON (${e instanceof Error ? e.message : e}). Fix the syntax and save.`,
          {
            cause: e,
          },
        );
      }
      return { file, module: parseModule(raw, file, storyIds) };
    });
}

/** The modules of a stories folder, validated against the stories in it. */
export function readModulesIn(storiesDir: string): ModuleDefinition[] {
  const ids = storyFiles([], storiesDir).map((f) => basename(f, '.ink'));
  return readModuleFiles(storiesDir, ids).map((m) => m.module);
}
