/**
 * A module and its checks in the learner's language (docs/translating.md, "Modules and checks").
 * The build compiles the translators' `modules.po` and `checks.po` into tables (key → text) holding
 * only current translations; these functions put them on the English definitions. A key the table
 * does not have shows the English — never a key. Ids, lessons, the best response and the order of
 * everything stay as they are: scores and records are the same in every language. Pure and small.
 */
import type { CheckItem, ModuleChecks } from './checks.ts';
import type { ModuleDefinition } from './module.ts';

/** key → text, only the translations that are current (the build leaves the rest out). */
export type TextTable = Readonly<Record<string, string>>;

/** A module's translator key: `asia-partners#title`, `#summary`, `#objective:face`. */
export function moduleTextKey(moduleId: string, field: 'title' | 'summary' | 'objective', id?: string) {
  return field === 'objective' ? `${moduleId}#objective:${id}` : `${moduleId}#${field}`;
}

/** A check item's translator key: `asia-partners:card-order#situation`, `#response-2`, `#why`. */
export function checkTextKey(moduleId: string, itemId: string, field: string) {
  return `${moduleId}:${itemId}#${field}`;
}

/** How a module's keys are prefixed in the menu's table, which holds the stories' words too. */
export const MODULE_PREFIX = 'module:';

/**
 * Text as the page shows it: paragraphs (split at blank lines) with the line breaks inside them
 * made spaces — what a translator translates and a hash is taken of.
 */
export function proseOf(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const pick = (table: TextTable | null, key: string, english: string) =>
  table && Object.hasOwn(table, key) && table[key] ? table[key] : english;

/**
 * A module's title, summary and objectives from the menu's table (keys prefixed `module:`); the
 * same object when nothing in it is translated.
 */
export function localizeModule(def: ModuleDefinition, menu: TextTable | null): ModuleDefinition {
  if (!menu) return def;
  const at = (key: string, english: string) => pick(menu, MODULE_PREFIX + key, english);
  const title = at(moduleTextKey(def.id, 'title'), def.title);
  const summary = def.summary ? at(moduleTextKey(def.id, 'summary'), def.summary) : def.summary;
  let changed = title !== def.title || summary !== def.summary;
  const objectives = def.objectives.map((o) => {
    const text = at(moduleTextKey(def.id, 'objective', o.id), o.text);
    if (text === o.text) return o;
    changed = true;
    return { ...o, text };
  });
  return changed ? { ...def, title, summary, objectives } : def;
}

function localizeItem(moduleId: string, item: CheckItem, table: TextTable): CheckItem {
  const at = (field: string, english: string) => pick(table, checkTextKey(moduleId, item.id, field), english);
  return {
    ...item,
    situation: at('situation', item.situation),
    responses: item.responses.map((r, i) => at(`response-${i + 1}`, r)),
    why: at('why', item.why),
  };
}

/** A module's checks with their words from the check's table (null: as written). */
export function localizeChecks(checks: ModuleChecks, table: TextTable | null): ModuleChecks {
  if (!table) return checks;
  return {
    ...checks,
    before: checks.before.map((i) => localizeItem(checks.moduleId, i, table)),
    after: checks.after.map((i) => localizeItem(checks.moduleId, i, table)),
  };
}
