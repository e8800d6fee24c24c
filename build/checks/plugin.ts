/**
 * The checks in the game's bundle: the catalog (virtual:story-catalog) carries, per module that has
 * checks, a lazy loader of `stories/checks/<module id>.yaml?check`, and the ink plugin turns that
 * file into a small module of validated items — so the first screen carries none of their text and
 * a mistake in a checks file fails the build (and shows in the dev overlay) with its file and line.
 */
import { basename, join, relative } from 'node:path';
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import { readModulesIn } from '../module-files.ts';
import { ChecksError, readAllChecks } from './read.ts';

export const CHECK_QUERY = 'check';

/** `{ "<module id>": () => import(".../x.yaml?check").then((m) => m.default) }` for these modules. */
export function checksLoaders(
  dir: string,
  root: string,
  modules: readonly ModuleDefinition[],
  all: readonly ModuleDefinition[],
): string {
  const checks = readAllChecks(dir, all);
  const entries = checks
    .filter((c) => modules.some((m) => m.id === c.moduleId))
    .map((c) => {
      const path = '/' + relative(root, join(dir, 'checks', `${c.moduleId}.yaml`)).replaceAll('\\', '/');
      return `  ${JSON.stringify(c.moduleId)}: () => import(${JSON.stringify(`${path}?${CHECK_QUERY}`)}).then((m) => m.default),`;
    });
  return `{\n${entries.join('\n')}\n}`;
}

/** The module code of one checks file (the load hook of `x.yaml?check`). */
export function checksModuleCode(file: string, dir: string): string {
  const modules = readModulesIn(dir);
  const id = basename(file).replace(/\.ya?ml$/, '');
  const checks = readAllChecks(dir, modules).find((c) => c.moduleId === id);
  if (!checks) throw new ChecksError([`${file}: not a module's checks file`]);
  return `export default ${JSON.stringify(checks)};`;
}
