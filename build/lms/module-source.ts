/**
 * Which module a package carries: a module file (`stories/modules/*.json`, validated as the build
 * validates it) by its id, or — when no module has that id — a single story (`stories/<id>.ink`)
 * as a module of one scenario, titled from the story, with a pass mark given (--pass-mark), or the
 * story's `# pass_mark:` tag, or — for a story without the tag — halfway between its worst and best
 * reachable scores.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Story } from 'inkjs';
import { analyzeStoryCached } from '../analysis/cache.ts';
import { readModuleFiles } from '../module-files.ts';
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import { compileInkFile, formatDiagnostic } from '../ink/compile.ts';
import { storyInfo } from '../../src/core/story/tags.ts';
import { parseInkJson } from '../../src/core/story/ink-json.ts';

export interface ModuleSource {
  module: ModuleDefinition;
  /** Where it came from, for the tool's report. */
  from: string;
}

export function storyIds(root: string): string[] {
  return readdirSync(join(root, 'stories'))
    .filter((f) => f.endsWith('.ink'))
    .map((f) => basename(f, '.ink'))
    .sort();
}

export function moduleFiles(root: string): { file: string; module: ModuleDefinition }[] {
  return readModuleFiles(join(root, 'stories'), storyIds(root));
}

export function resolveModule(root: string, id: string, passMark?: number): ModuleSource {
  const found = moduleFiles(root).find((m) => m.module.id === id);
  if (found) {
    if (passMark !== undefined)
      return {
        module: { ...found.module, passMark },
        from: `${found.file} (pass mark ${passMark} from --pass-mark)`,
      };
    return { module: found.module, from: found.file };
  }
  const file = join(root, 'stories', `${id}.ink`);
  if (!existsSync(file)) {
    const modules = moduleFiles(root).map((m) => m.module.id);
    throw new Error(
      `No module or story "${id}". Modules: ${modules.join(', ') || '(none)'}; stories: ${storyIds(root).join(', ')}.`,
    );
  }
  const compiled = compileInkFile(file, root);
  if (!compiled.json) {
    throw new Error(
      `stories/${id}.ink does not compile:\n${compiled.diagnostics.map(formatDiagnostic).join('\n')}`,
    );
  }
  const info = storyInfo(id, new Story(parseInkJson(compiled.json)).globalTags);
  let mark = passMark;
  let why = 'from --pass-mark';
  if (mark === undefined && info.passMark !== undefined) {
    mark = info.passMark;
    why = 'from the story\'s "# pass_mark:" tag';
  }
  if (mark === undefined) {
    const report = analyzeStoryCached(file, compiled.json, { root });
    mark = Math.round((report.score.min + report.score.max) / 2);
    why = `halfway between the worst (${report.score.min}) and best (${report.score.max}) reachable scores`;
  }
  return {
    module: {
      id,
      title: info.title,
      summary: info.summary,
      scenarios: [id],
      objectives: [],
      passMark: mark,
      sequential: true,
    },
    from: `stories/${id}.ink as a one-scenario module, pass mark ${mark} (${why})`,
  };
}
