/**
 * A packaged module's words in every language it is translated into (docs/lms.md, "Languages"):
 * its title, summary and objectives from translations/<lang>/modules.po — or, for a package of one
 * story, the story's title and summary from translations/<lang>/<story>.po — only the translations
 * that are current, as the game's own tables hold them (build/l10n/tables.ts). They go into the
 * package's manifest (SCORM 2004 metadata, cmi5.xml, tincan.xml) beside the English, and into the
 * game's configuration for the xAPI language maps.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import type { ModuleText } from '../../src/app/lms/package-config.ts';
import { moduleTextKey } from '../../src/core/modules/text.ts';
import { stringsOfStory } from '../l10n/cli.ts';
import { MODULES, moduleStrings } from '../l10n/module-strings.ts';
import { tableOf } from '../l10n/plugin.ts';
import { LANGUAGES } from '../l10n/po.ts';

/** By language: the module's words there, for every language its title is translated into. */
export function moduleTranslations(
  root: string,
  module: ModuleDefinition,
  fromStory: boolean,
): Record<string, ModuleText> {
  const out: Record<string, ModuleText> = {};
  const entries = fromStory
    ? stringsOfStory(join('stories', `${module.id}.ink`), root).entries.filter((e) =>
        [`${module.id}#title`, `${module.id}#summary`].includes(e.key),
      )
    : moduleStrings(root, [module]).entries;
  for (const lang of Object.keys(LANGUAGES)) {
    const file = fromStory ? module.id : MODULES;
    if (!existsSync(join(root, 'translations', lang, `${file}.po`))) continue;
    const { strings } = tableOf(root, lang, file, entries);
    const key = (field: 'title' | 'summary', id?: string) =>
      fromStory ? `${module.id}#${field}` : moduleTextKey(module.id, field, id);
    const title = strings[key('title')];
    if (!title) continue;
    const text: ModuleText = { title };
    const summary = strings[key('summary')];
    if (summary) text.summary = summary;
    const objectives = Object.fromEntries(
      module.objectives.flatMap((o) => {
        const t = strings[moduleTextKey(module.id, 'objective', o.id)];
        return t ? [[o.id, t]] : [];
      }),
    );
    if (Object.keys(objectives).length) text.objectives = objectives;
    out[lang] = text;
  }
  return out;
}
