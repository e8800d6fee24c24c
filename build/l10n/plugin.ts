/**
 * The story text the game loads (docs/translating.md, "How translations reach the game"), as the ink
 * plugin (build/ink/vite-plugin.ts) serves it: per language and story a small module of its string
 * table (`/stories/x.ink?text=ja`), a per-language opening (`?opening&lang=ja`: the English opening
 * and just the strings it shows), and per language the menu's titles and summaries
 * (`virtual:story-menu/ja`). Each is its own chunk, loaded only for the learner's language and the
 * story they play; the catalog carries only the switch that loads them (`storyText`, `openingIn`,
 * `menuText`, `languages`). English needs no table.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { localizeView, type StoryText } from '../../src/core/session/story-text.ts';
import type { ShownOpening, StoryOpening } from '../../src/core/session/session.ts';
import { compileTable, pseudoTable, PSEUDO, type StoryTable } from './tables.ts';
import { storyStrings, type SourceEntry } from './units.ts';
import { CHECKS, MODULES } from './module-strings.ts';
import { endingTitleIn } from './map-text.ts';
import { MODULE_PREFIX } from '../../src/core/modules/text.ts';

export const MENU_ID = 'virtual:story-menu/';
/** `virtual:check-text/<module>/<lang>`: one module's checks in one language (module-strings.ts). */
export const CHECK_TEXT_ID = 'virtual:check-text/';

/** The languages with a translation of each story: `translations/<lang>/<story>.po`. */
export function translatedLanguages(root: string, stories: readonly string[]): Map<string, string[]> {
  const dir = join(root, 'translations');
  const found = new Map<string, string[]>();
  if (existsSync(dir))
    for (const lang of readdirSync(dir, { withFileTypes: true })) {
      if (!lang.isDirectory()) continue;
      const have = stories.filter((s) => existsSync(join(dir, lang.name, `${s}.po`)));
      // A language with only the modules' or the checks' words translated is still one to offer.
      if (have.length || [MODULES, CHECKS].some((f) => existsSync(join(dir, lang.name, `${f}.po`))))
        found.set(lang.name, have);
    }
  return found;
}

/** Every language the game can show some story in, the pseudo-locale too (every story has it). */
export function languagesOf(root: string, stories: readonly string[]): Map<string, string[]> {
  const all = translatedLanguages(root, stories);
  all.set(PSEUDO, [...stories]);
  return new Map([...all].sort(([a], [b]) => a.localeCompare(b)));
}

/** A story's entries, from its parsed ink (compiled by the plugin) and its source. */
export function entriesOfStory(file: string, root: string, parsed: unknown): SourceEntry[] {
  const shown = relative(root, file).replaceAll('\\', '/');
  return storyStrings(parsed, readFileSync(file, 'utf8'), shown, basename(file, '.ink')).entries;
}

/** The table of `lang` for a story (the pseudo-locale made from the English). */
export function tableOf(
  root: string,
  lang: string,
  story: string,
  entries: readonly SourceEntry[],
): StoryTable {
  if (lang === PSEUDO) return pseudoTable(entries);
  const path = join(root, 'translations', lang, `${story}.po`);
  return compileTable(entries, existsSync(path) ? readFileSync(path, 'utf8') : null, story);
}

export function storyTextCode(lang: string, story: string, table: StoryTable): string {
  const text: StoryText = { language: lang, story, strings: table.strings };
  return `export default ${JSON.stringify(text)};`;
}

/**
 * The opening in a language: only what its first screen paints — the English opening's view with
 * its words in the language. The session behind it continues from the English opening (the story's
 * own `?opening`), loaded after this is painted, so a learner in another language gets their first
 * line from this one small chunk.
 */
export function openingInCode(opening: StoryOpening | null, lang: string, table: StoryTable): string {
  if (!opening) return 'export default null;';
  const shown: ShownOpening = {
    id: opening.id,
    hash: opening.hash,
    view: localizeView(opening.view, { language: lang, story: opening.id, strings: table.strings }),
  };
  return `export default ${JSON.stringify(shown)};`;
}

/**
 * The menu's words of every story in `lang` (`<story>#title|summary|role`, its people's names
 * `<story>:<who>#name` for its card's picture), of every module
 * (`modules`: its table of translations/<lang>/modules.po, keys prefixed `module:`), and the titles
 * of each story's endings (`endings`: a story, its table and its endings; `<story>#ending:<id>`).
 */
export function menuCode(
  tables: readonly StoryTable[],
  modules: StoryTable | null = null,
  endings: readonly {
    story: string;
    table: StoryTable;
    endings: readonly { ending: string; title: string; titleKey?: string }[];
  }[] = [],
): string {
  const menu: Record<string, string> = {};
  for (const t of tables)
    for (const [key, text] of Object.entries(t.strings))
      if (/^[\w-]+(#(title|summary|role)|:[\w-]+#name)$/.test(key)) menu[key] = text;
  // `<story>#ending:<id>`: the titles of the endings My progress lists, where translated.
  for (const { story, table, endings: its } of endings)
    for (const e of its) {
      const title = endingTitleIn(table.strings, e);
      if (title !== e.title) menu[`${story}#ending:${e.ending}`] = title;
    }
  for (const [key, text] of Object.entries(modules?.strings ?? {})) menu[MODULE_PREFIX + key] = text;
  return `export default ${JSON.stringify(menu)};`;
}

/** Every story × language pair: `case "<story>\n<lang>": return import("<path>?<query>")`. */
function importCases(
  languages: Map<string, string[]>,
  importPath: (story: string) => string,
  query: (lang: string) => string,
): string {
  const cases = [...languages]
    .flatMap(([lang, stories]) =>
      stories.map(
        (s) =>
          `case ${JSON.stringify(`${s}\n${lang}`)}:return import(${JSON.stringify(`${importPath(s)}?${query(lang)}`)});`,
      ),
    )
    .join('');
  return `switch(s+"\\n"+l){${cases}default:return null}`;
}

const UNWRAP = `const d = (p) => p && p.then((m) => m.default);`;

/** One module's checks in `lang`: its entries of the checks' table (`<module>:<item>#…`). */
export function checkTextCode(lang: string, moduleId: string, checks: StoryTable): string {
  const strings: Record<string, string> = {};
  for (const [key, text] of Object.entries(checks.strings))
    if (key.startsWith(`${moduleId}:`)) strings[key] = text;
  return `export default ${JSON.stringify({ language: lang, story: moduleId, strings })};`;
}

/**
 * The catalog's loaders of story text: `languages`, `storyText(story, lang)`, `menuText(lang)`, and
 * `checkText(module, lang)` for the modules with checks (`withChecks`).
 */
export function loadersCode(
  languages: Map<string, string[]>,
  importPath: (story: string) => string,
  withChecks: readonly string[] = [],
): string {
  const menus = [...languages.keys()]
    .map((lang) => `case ${JSON.stringify(lang)}:return import(${JSON.stringify(MENU_ID + lang)});`)
    .join('');
  const checkCases = `switch(m+"\\n"+l){${[...languages.keys()]
    .flatMap((lang) =>
      withChecks.map(
        (m) =>
          `case ${JSON.stringify(`${m}\n${lang}`)}:return import(${JSON.stringify(`${CHECK_TEXT_ID}${m}/${lang}`)});`,
      ),
    )
    .join('')}default:return null}`;
  return [
    `export const languages = ${JSON.stringify([...languages.keys()])};`,
    UNWRAP,
    `export function storyText(s, l) { return d((() => {${importCases(languages, importPath, (l) => `text=${l}`)}})()); }`,
    `export function menuText(l) { return d((() => {switch(l){${menus}default:return null}})()); }`,
    `export function checkText(m, l) { return d((() => {${checkCases}})()); }`,
    `export function storyMap(s, l) { return d((() => {${importCases(languages, importPath, (l) => `map&lang=${l}`)}})()); }`,
  ].join('\n');
}

/**
 * The openings in each language (`virtual:story-openings`): `languages` and `openingIn(story,
 * lang)`. Apart from the loaders above because this one is in the first bundle: a learner in another
 * language gets the first line through it, without the story-text code.
 */
export function openingsCode(
  languages: Map<string, string[]>,
  importPath: (story: string) => string,
): string {
  return [
    `export const languages = ${JSON.stringify([...languages.keys()])};`,
    UNWRAP,
    `export function openingIn(s, l) { return d((() => {${importCases(languages, importPath, (l) => `opening&lang=${l}`)}})()); }`,
  ].join('\n');
}
