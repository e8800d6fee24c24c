/**
 * `npm run strings -- --extract | --merge | --status` (docs/translating.md): the translator's PO
 * files in `translations/<lang>/<story>.po`, written from the stories, read back from translators,
 * and counted. The pure parts are in po.ts and units.ts.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { compileInkSource } from '../ink/compile.ts';
import { storyFiles } from '../story-files.ts';
import { LANGUAGES, mergeCatalog, parsePo, updateCatalog } from './po.ts';
import { storyStrings, type StoryStrings } from './units.ts';
import { compileTable } from './tables.ts';
import { CHECKS, checkStrings, MODULES, moduleStrings, RESERVED } from './module-strings.ts';

export interface L10nOptions {
  /** The repository root: `stories/` and `translations/` are under it. */
  root: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

const INTERFACE = 'interface';

/** A story's translatable strings (compiling it), with references relative to `root`. */
export function stringsOfStory(file: string, root: string): StoryStrings {
  const path = resolve(root, file);
  const shown = relative(root, path);
  const source = readFileSync(path, 'utf8');
  const compiled = compileInkSource(source, path, root, { sources: null });
  if (!compiled.parsed)
    return {
      entries: [],
      errors: [`${shown}: error: ink could not read this story. Fix the errors npm run check names first.`],
    };
  return storyStrings(compiled.parsed, source, shown, basename(path, '.ink'));
}

export const poPath = (root: string, lang: string, story: string) =>
  join(root, 'translations', lang, `${story}.po`);

function checkLanguages(langs: string[]): string | null {
  const unknown = langs.filter((l) => !LANGUAGES[l]);
  return unknown.length
    ? `unknown language ${unknown.join(', ')}: use one of ${Object.keys(LANGUAGES).join(', ')} (add another to LANGUAGES in build/l10n/po.ts).`
    : null;
}

/**
 * What one PO file per language translates: a story (`lost-face`), or every module's words
 * (`modules`) or every module's checks (`checks`) — module-strings.ts.
 */
export interface TextSource {
  name: string;
  strings(): StoryStrings;
}

export const storySource = (file: string, root: string): TextSource => {
  const name = basename(file, '.ink');
  const holds: Record<string, string> = {
    interface: "the interface's words",
    [MODULES]: "the modules' words",
    [CHECKS]: "the checks' words",
  };
  return {
    name,
    strings: () =>
      holds[name]
        ? {
            entries: [],
            errors: [
              `${relative(root, resolve(root, file))}: error: a story may not be called "${name}": translations/<lang>/${name}.po holds ${holds[name]}. Rename the story.`,
            ],
          }
        : stringsOfStory(file, root),
  };
};
export const modulesSource = (root: string): TextSource => ({
  name: MODULES,
  strings: () => moduleStrings(root),
});
export const checksSource = (root: string): TextSource => ({
  name: CHECKS,
  strings: () => checkStrings(root),
});

/**
 * The sources a command names: `.ink` files are stories, a file or folder under `stories/modules`
 * the modules, one under `stories/checks` the checks; nothing named: every story, the modules and
 * the checks.
 */
export function textSources(named: readonly string[], root: string): TextSource[] {
  const isModules = (f: string) => /(^|[\\/])modules([\\/][^\\/]*\.json)?[\\/]?$/.test(f);
  const isChecks = (f: string) => /(^|[\\/])checks([\\/][^\\/]*\.ya?ml)?[\\/]?$/.test(f);
  const stories = named.filter((f) => !isModules(f) && !isChecks(f));
  const all = !named.length;
  return [
    ...(all || stories.length
      ? storyFiles(stories, join(root, 'stories')).map((f) => storySource(f, root))
      : []),
    ...(all || named.some(isModules) ? [modulesSource(root)] : []),
    ...(all || named.some(isChecks) ? [checksSource(root)] : []),
  ];
}

/** Write or update `translations/<lang>/<story>.po` for each language and story. Returns the number of errors. */
export function extract(files: string[], langs: string[], o: L10nOptions): number {
  return extractSources(
    files.map((f) => storySource(f, o.root)),
    langs,
    o,
  );
}

/** Write or update `translations/<lang>/<name>.po` for each language and source. Returns the number of errors. */
export function extractSources(sources: TextSource[], langs: string[], o: L10nOptions): number {
  const log = o.log ?? console.log;
  const error = o.error ?? console.error;
  const bad = checkLanguages(langs);
  if (bad || !langs.length) {
    error(`error: ${bad ?? 'say which languages: --lang zh-Hans,ja,es'}`);
    return 1;
  }
  let errors = 0;
  for (const source of sources) {
    const story = source.name;
    const strings = source.strings();
    for (const e of strings.errors) error(e);
    errors += strings.errors.length;
    if (!strings.entries.length) continue;
    for (const lang of langs) {
      const path = poPath(o.root, lang, story);
      const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
      const after = updateCatalog(before, strings.entries, lang, story);
      if (after !== before) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, after);
      }
      log(
        `${relative(o.root, path)}: ${strings.entries.length} strings${after === before ? ', unchanged' : ''}`,
      );
    }
  }
  return errors;
}

function poFilesIn(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? poFilesIn(join(path, d.name)) : d.name.endsWith('.po') ? [join(path, d.name)] : [],
    )
    .sort();
}

/**
 * Merge translator-returned PO files (or folders of them) into `translations/`. Returns the number
 * of files refused or merged only in part (an entry skipped).
 */
export function merge(paths: string[], o: L10nOptions): number {
  const log = o.log ?? console.log;
  const error = o.error ?? console.error;
  let refused = 0;
  for (const file of paths.flatMap((p) => poFilesIn(resolve(o.root, p)))) {
    const shown = relative(o.root, file) || file;
    const text = readFileSync(file, 'utf8');
    let headers: Record<string, string>;
    try {
      headers = parsePo(text).headers;
    } catch (e) {
      error(`${shown}: error: not a PO file the merge can read (${(e as Error).message}).`);
      refused++;
      continue;
    }
    const lang = headers['Language'] ?? '';
    const story = headers['X-Rapport-Story'] || basename(file, '.po');
    const folder = basename(dirname(file));
    if (!LANGUAGES[lang]) {
      error(
        `${shown}: error: its Language header is "${lang}", not one of ${Object.keys(LANGUAGES).join(', ')}: set the language in the translation tool (Poedit: Translation > Properties) and merge again.`,
      );
      refused++;
      continue;
    }
    if (LANGUAGES[folder] && folder !== lang) {
      error(
        `${shown}: error: the file is in the ${folder} folder but its Language header says ${lang}: which is it? Fix the header or move the file.`,
      );
      refused++;
      continue;
    }
    if (story === INTERFACE) {
      error(`${shown}: error: interface strings are not merged by this command yet.`);
      refused++;
      continue;
    }
    const target = poPath(o.root, lang, story);
    if (!existsSync(target)) {
      const what =
        story === MODULES ? 'stories/modules' : story === CHECKS ? 'stories/checks' : `stories/${story}.ink`;
      error(
        `${shown}: error: there is no ${relative(o.root, target)} to merge into: run npm run strings -- --extract --lang ${lang} ${what} first.`,
      );
      refused++;
      continue;
    }
    const current = readFileSync(target, 'utf8');
    const r = mergeCatalog(current, text);
    if (r.text !== current) writeFileSync(target, r.text);
    log(
      `${shown} -> ${relative(o.root, target)}: ${r.merged.length} merged, ${r.unchanged} unchanged, ${r.stale.length} kept as stale (fuzzy: the English changed since), ${r.skipped.length} skipped`,
    );
    for (const k of r.stale) log(`  stale: ${k}`);
    for (const s of r.skipped) error(`  skipped ${s.key}: ${s.reason}`);
    if (r.skipped.length) refused++;
  }
  return refused;
}

/** Print per language and story how many strings are translated, missing and stale. Returns missing + stale. */
export function status(files: string[], langs: string[], o: L10nOptions): number {
  return statusOfSources(files.length ? files.map((f) => storySource(f, o.root)) : null, langs, o);
}

/**
 * Print per language and source (story, `modules`, `checks`) how many strings are translated,
 * missing and stale. `sources` null: every story with a PO file, and the modules and checks.
 * Returns missing + stale.
 */
export function statusOfSources(sources: TextSource[] | null, langs: string[], o: L10nOptions): number {
  const log = o.log ?? console.log;
  const dir = join(o.root, 'translations');
  const languages = langs.length
    ? langs
    : existsSync(dir)
      ? readdirSync(dir)
          .filter((l) => LANGUAGES[l])
          .sort()
      : [];
  const stories = sources ?? [
    ...[...new Set(languages.flatMap((l) => (existsSync(join(dir, l)) ? readdirSync(join(dir, l)) : [])))]
      .filter((f) => f.endsWith('.po') && !(RESERVED as readonly string[]).includes(basename(f, '.po')))
      .map((f) => `stories/${basename(f, '.po')}.ink`)
      .filter((f) => existsSync(join(o.root, f)))
      .sort()
      .map((f) => storySource(f, o.root)),
    modulesSource(o.root),
    checksSource(o.root),
  ];
  let open = 0;
  for (const source of stories) {
    const story = source.name;
    const { entries, errors } = source.strings();
    if (!entries.length && !errors.length) continue;
    for (const lang of languages) {
      const path = poPath(o.root, lang, story);
      // The same reading as the game's string tables (tables.ts): what is not translated here is
      // shown in English. The authors' notes for the facilitator's guide are counted too.
      const t = compileTable(entries, existsSync(path) ? readFileSync(path, 'utf8') : null, story, {
        guide: true,
      });
      open += t.counts.missing + t.counts.stale + t.counts.broken;
      log(
        `${lang} ${story}: ${t.counts.translated} translated, ${t.counts.missing} missing, ${t.counts.stale} stale${t.counts.broken ? `, ${t.counts.broken} with other placeholders than the English` : ''}${errors.length ? `, ${errors.length} cannot be translated (npm run strings -- --extract names them)` : ''}`,
      );
      if (t.staleKeys.length) log(`  stale: ${t.staleKeys.join(', ')}`);
      if (t.missingKeys.length) log(`  missing: ${t.missingKeys.join(', ')}`);
      if (t.brokenKeys.length) log(`  placeholders differ (shown in English): ${t.brokenKeys.join(', ')}`);
    }
  }
  return open;
}

/** The `--extract`, `--merge` and `--status` modes of `npm run strings`; false when none is asked for. */
export function runL10n(args: string[], root = process.cwd()): boolean {
  const langArg = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langs =
    langArg < 0
      ? []
      : (args[langArg]!.includes('=') ? args[langArg]!.split('=')[1]! : (args[langArg + 1] ?? ''))
          .split(',')
          .map((l) => l.trim())
          .filter(Boolean);
  const rest = args.filter(
    (a, i) => !a.startsWith('--') && !(langArg >= 0 && i === langArg + 1 && !args[langArg]!.includes('=')),
  );
  if (args.includes('--extract')) {
    if (extractSources(textSources(rest, root), langs, { root })) process.exitCode = 1;
    return true;
  }
  if (args.includes('--merge')) {
    if (!rest.length) {
      console.error('error: name the returned PO files or folders: npm run strings -- --merge returned/');
      process.exitCode = 1;
    } else if (merge(rest, { root })) process.exitCode = 1;
    return true;
  }
  if (args.includes('--status')) {
    const bad = checkLanguages(langs);
    if (bad) {
      console.error(`error: ${bad}`);
      process.exitCode = 1;
      return true;
    }
    const open = statusOfSources(rest.length ? textSources(rest, root) : null, langs, { root });
    if (open && args.includes('--strict')) process.exitCode = 1;
    return true;
  }
  return false;
}
