/**
 * The facilitator's guides of a stories folder: one page per scenario (`<id>.html`) and one per
 * module (`module-<id>.html`), made from the compiled ink, the analyzer's exploration with its
 * story graph (from the cache the build's catalog fills: build/analysis/cache.ts), the ink as
 * written, the module files, sources.json and the seed articles. The Vite plugin (plugin.ts) writes
 * them under dist/guides/ and serves them in the dev server.
 *
 * Each scenario translated into a language (`translations/<lang>/<story>.po`) has its guide in that
 * language too, `<lang>/<id>.html`, and each module with a translated scenario `<lang>/module-<id>.html`
 * (docs/guides.md, "Languages").
 *
 * A source comment that cites an unknown file or misquotes its article stops the guide with every
 * such mistake as `file:line: …`; a quote that differs only in its quotation marks is a warning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { analyzeStoryCached } from '../analysis/cache.ts';
import { readCatalogEntry } from '../ink/catalog-entry.ts';
import { compileInkFile } from '../ink/compile.ts';
import { storyStrings, type SourceEntry } from '../l10n/units.ts';
import { moduleStrings } from '../l10n/module-strings.ts';
import { compileTable } from '../l10n/tables.ts';
import { localizeModule, MODULE_PREFIX } from '../../src/core/modules/text.ts';
import { readModuleFiles } from '../module-files.ts';
import { storyFiles } from '../story-files.ts';
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import { readInkNotes } from './ink-notes.ts';
import { localizeGuide } from './localize.ts';
import { moduleGuidePage, type ModuleScenario } from './module-page.ts';
import {
  guidePath,
  moduleGuideFile,
  pageContext,
  scenarioGuideFile,
  type Alternates,
  type GuideFonts,
} from './page.ts';
import { scenarioGuide, type ScenarioGuide } from './scenario-data.ts';
import { scenarioGuidePage } from './scenario-page.ts';
import { checkSources, readSeedTexts, readSourceArticles, type SourceArticle } from './source-check.ts';
import { englishWords, storyWords } from './story-words.ts';
import { GUIDE_LANGUAGES, guideWords, GuideLanguageError, type GuideWords } from './words.ts';

export { GuideLanguageError } from './words.ts';

export interface GuideOptions {
  /** The project's root (messages name files relative to it). */
  root: string;
  /** The stories folder (default: `stories/` under the root). */
  storiesDir?: string;
  /** The seed articles (default: `../shared/seeds` beside the root, or $RAPPORT_SEEDS). */
  seedsDir?: string | null;
  /** The stories' translations (default: `translations/` under the root). The guide's own words
   * are always the root's `translations/<lang>/interface.po`. */
  translationsDir?: string;
  /**
   * The game's bundled CJK faces for a language's pages (build/fonts): their `@font-face` rules,
   * with URLs from a page in guides/<lang>/, and their family. Without them a page names only the
   * platforms' own CJK fonts (a machine without one shows boxes).
   */
  fonts?: Readonly<Record<string, GuideFonts>>;
}

/** The guides' source-comment mistakes, each `file:line: …`. */
export class GuideError extends Error {
  override name = 'GuideError';
}

interface Context {
  root: string;
  dir: string;
  translations: string;
  ids: string[];
  modules: { file: string; module: ModuleDefinition }[];
  articles: SourceArticle[];
  seeds: Map<string, string> | null;
  warnings: string[];
  words: Map<string, GuideWords>;
  /** The modules' strings and their translations, per language (read once per build). */
  moduleText: Map<string, { entries: SourceEntry[]; strings: Record<string, string> }>;
  fonts: Readonly<Record<string, GuideFonts>>;
}

/** A scenario's guide in English, and its strings (the keys of its translations). */
interface Scenario {
  guide: ScenarioGuide;
  entries: SourceEntry[];
}

export function seedsDirOf(options: GuideOptions): string {
  return options.seedsDir ?? process.env.RAPPORT_SEEDS ?? join(options.root, '..', 'shared', 'seeds');
}

const translationsOf = (options: GuideOptions) =>
  options.translationsDir ?? join(options.root, 'translations');

/**
 * The languages other than English each page is made in (docs/guides.md): a scenario's, those with
 * `translations/<lang>/<story>.po`; a module's, those of any of its scenarios. Keys are page names
 * without `.html` (`lost-face`, `module-asia-partners`). Reads no story: cheap enough for the
 * plugin's config (plugin.ts gives it to the menu's links).
 */
export function guideLanguages(options: GuideOptions): Map<string, string[]> {
  const dir = options.storiesDir ?? join(options.root, 'stories');
  const translations = translationsOf(options);
  const ids = existsSync(dir) ? storyFiles([], dir).map((f) => basename(f, '.ink')) : [];
  const out = new Map<string, string[]>();
  for (const id of ids)
    out.set(
      id,
      GUIDE_LANGUAGES.filter((l) => l !== 'en' && existsSync(join(translations, l, `${id}.po`))),
    );
  for (const { module: m } of readModuleFiles(dir, ids))
    out.set(
      `module-${m.id}`,
      GUIDE_LANGUAGES.filter((l) => m.scenarios.some((s) => out.get(s)?.includes(l))),
    );
  return out;
}

function contextOf(options: GuideOptions): Context {
  const dir = options.storiesDir ?? join(options.root, 'stories');
  const ids = storyFiles([], dir).map((f) => basename(f, '.ink'));
  const articles = readSourceArticles(dir);
  const seedsDir = seedsDirOf(options);
  const seeds = readSeedTexts(seedsDir, articles);
  const warnings = seeds
    ? []
    : [
        `The seed articles are not at ${seedsDir}: the guides' source quotes were checked against stories/sources.json only. Set RAPPORT_SEEDS to the folder that holds them.`,
      ];
  return {
    root: options.root,
    dir,
    translations: translationsOf(options),
    ids,
    modules: readModuleFiles(dir, ids),
    articles,
    seeds,
    warnings,
    words: new Map(),
    moduleText: new Map(),
    fonts: options.fonts ?? {},
  };
}

/** The modules' strings (their English entries) and their current translations into `lang`. */
function moduleStringsIn(ctx: Context, lang: string) {
  const known = ctx.moduleText.get(lang);
  if (known) return known;
  const path = join(ctx.translations, lang, 'modules.po');
  const po = existsSync(path) ? readFileSync(path, 'utf8') : null;
  const { entries } = moduleStrings(
    ctx.root,
    ctx.modules.map((x) => x.module),
    ctx.dir,
  );
  const text = { entries, strings: compileTable(entries, po, 'modules', { guide: true }).strings };
  ctx.moduleText.set(lang, text);
  return text;
}

/** A module's words in `lang` by their English (a scenario guide's objectives name them so). */
function moduleWordsIn(ctx: Context, lang: string): (english: string) => string | null {
  const { entries, strings } = moduleStringsIn(ctx, lang);
  const byEnglish = new Map<string, string>();
  for (const e of entries) {
    const shown = strings[e.key];
    if (shown !== undefined && !byEnglish.has(e.source)) byEnglish.set(e.source, shown);
  }
  return (english) => byEnglish.get(english) ?? null;
}

/** The modules' words in `lang` (translations/<lang>/modules.po), keyed as the game's menu has them. */
function moduleTable(ctx: Context, lang: string): Record<string, string> {
  const { strings } = moduleStringsIn(ctx, lang);
  return Object.fromEntries(Object.entries(strings).map(([k, v]) => [MODULE_PREFIX + k, v]));
}

function wordsIn(ctx: Context, lang: string): GuideWords {
  let w = ctx.words.get(lang);
  if (!w) {
    w = guideWords(ctx.root, lang);
    ctx.words.set(lang, w);
  }
  return w;
}

/** One scenario's guide data, or null when the story does not compile (the build says why). */
function scenarioOf(file: string, ctx: Context): Scenario | null {
  const compiled = compileInkFile(file, ctx.root);
  if (!compiled.json) return null;
  // The same analysis as the build's catalog (build/ink/catalog.ts): from its cache after a build.
  const report = analyzeStoryCached(file, compiled.json, { graph: true });
  const source = readFileSync(file, 'utf8');
  const notes = readInkNotes(source);
  const where = relative(ctx.root, file).replaceAll('\\', '/');
  const problems = checkSources(where, notes.sources, ctx.articles, ctx.seeds);
  const errors = problems.filter((p) => p.severity === 'error').map((p) => p.message);
  if (errors.length)
    throw new GuideError(
      `The facilitator's guide of ${where} cannot be made: its source comments do not match the articles.\n${errors.join('\n')}`,
    );
  ctx.warnings.push(...problems.filter((p) => p.severity === 'warning').map((p) => p.message));
  const id = basename(file, '.ink');
  return {
    guide: scenarioGuide({
      where,
      report,
      notes,
      info: readCatalogEntry(id, compiled),
      modules: ctx.modules.map((m) => m.module),
      articles: ctx.articles,
    }),
    entries: compiled.parsed ? storyStrings(compiled.parsed, source, where, id).entries : [],
  };
}

/** The other languages of a page, as links from `lang`'s version. */
function alternatesOf(langs: readonly string[], lang: string, file: string): Alternates {
  if (!langs.length) return [];
  return ['en', ...langs].filter((l) => l !== lang).map((l) => ({ lang: l, path: guidePath(l, file) }));
}

/** A scenario's guide page in `lang` (English: as gathered). */
function scenarioPage(s: Scenario, lang: string, ctx: Context, languages: Map<string, string[]>): string {
  const w = wordsIn(ctx, lang);
  const words = lang === 'en' ? englishWords() : storyWords(s.entries, ctx.translations, lang, s.guide.id);
  const g = localizeGuide(s.guide, words, w, lang === 'en' ? undefined : moduleWordsIn(ctx, lang));
  const englishNotes = new Set(
    lang === 'en' ? [] : g.people.flatMap((p) => p.notes).filter((n) => words.english.has(n)),
  );
  const file = scenarioGuideFile(s.guide.id);
  return scenarioGuidePage(pageContext(w, words.english, ctx.fonts[lang]), g, {
    alternates: alternatesOf(languages.get(s.guide.id) ?? [], lang, file),
    moduleHere: (id) => lang === 'en' || (languages.get(`module-${id}`) ?? []).includes(lang),
    englishNotes,
  });
}

function modulePage(
  m: { file: string; module: ModuleDefinition },
  scenarios: Map<string, Scenario>,
  lang: string,
  ctx: Context,
  languages: Map<string, string[]>,
): string {
  const w = wordsIn(ctx, lang);
  const english = new Set<string>();
  // The module's own words: translations/<lang>/modules.po, as the game's menu has them; any
  // without a current translation stay English, marked so.
  const module = lang === 'en' ? m.module : localizeModule(m.module, moduleTable(ctx, lang));
  const own = (shown: string, source: string) => shown === source && english.add(source);
  own(module.title, m.module.title);
  if (m.module.summary) own(module.summary ?? '', m.module.summary);
  module.objectives.forEach((o, i) => own(o.text, m.module.objectives[i]!.text));
  const rows = m.module.scenarios.flatMap((id): ModuleScenario[] => {
    const s = scenarios.get(id);
    if (!s) return [];
    const here = lang === 'en' || (languages.get(id) ?? []).includes(lang);
    const words = here && lang !== 'en' ? storyWords(s.entries, ctx.translations, lang, id) : englishWords();
    const title = words.global('title', s.guide.info.title);
    const summary = s.guide.info.summary && words.global('summary', s.guide.info.summary);
    for (const t of words.english) english.add(t);
    if (!here) english.add(title).add(summary);
    return [{ id, title, summary, minutes: s.guide.time.total, alone: s.guide.info.minutes, here }];
  });
  const file = moduleGuideFile(m.module.id);
  return moduleGuidePage(
    pageContext(w, english, ctx.fonts[lang]),
    module,
    rows,
    m.file,
    alternatesOf(languages.get(`module-${m.module.id}`) ?? [], lang, file),
  );
}

/** Every guide of the folder: `{ file, html }` (paths under guides/), and the warnings. */
export function makeGuides(options: GuideOptions): {
  pages: { file: string; html: string }[];
  warnings: string[];
} {
  const ctx = contextOf(options);
  const languages = guideLanguages(options);
  const scenarios = new Map<string, Scenario>();
  const errors: string[] = [];
  for (const file of storyFiles([], ctx.dir)) {
    try {
      const s = scenarioOf(file, ctx);
      if (s) scenarios.set(s.guide.id, s);
    } catch (e) {
      if (!(e instanceof GuideError)) throw e;
      errors.push(e.message);
    }
  }
  if (errors.length) throw new GuideError(errors.join('\n'));
  const pages: { file: string; html: string }[] = [];
  for (const s of scenarios.values())
    for (const lang of ['en', ...(languages.get(s.guide.id) ?? [])])
      pages.push({
        file: guidePath(lang, scenarioGuideFile(s.guide.id)),
        html: scenarioPage(s, lang, ctx, languages),
      });
  for (const m of ctx.modules)
    for (const lang of ['en', ...(languages.get(`module-${m.module.id}`) ?? [])])
      pages.push({
        file: guidePath(lang, moduleGuideFile(m.module.id)),
        html: modulePage(m, scenarios, lang, ctx, languages),
      });
  return { pages, warnings: ctx.warnings };
}

/**
 * One guide page by its path under guides/ (`lost-face.html`, `ja/module-asia-partners.html`), for
 * the dev server; null when there is no such scenario or module, or it is not translated into the
 * language. A language no guide is made in throws GuideLanguageError, which says which are.
 */
export function makeGuide(options: GuideOptions, path: string): { html: string; warnings: string[] } | null {
  const parts = path.split('/');
  if (parts.length > 2) return null;
  const [lang, name] = parts.length === 2 ? [parts[0]!, parts[1]!] : ['en', parts[0]!];
  if (parts.length === 2 && lang === 'en') return null; // English is at the top: lost-face.html
  const ctx = contextOf(options);
  wordsIn(ctx, lang); // a language no guide is made in: its clear error before any work
  const languages = guideLanguages(options);
  const key = name.replace(/\.html$/, '');
  if (lang !== 'en' && !(languages.get(key) ?? []).includes(lang)) return null;
  const files = storyFiles([], ctx.dir);
  const story = files.find((f) => scenarioGuideFile(basename(f, '.ink')) === name);
  if (story) {
    const s = scenarioOf(story, ctx);
    return s ? { html: scenarioPage(s, lang, ctx, languages), warnings: ctx.warnings } : null;
  }
  const m = ctx.modules.find((x) => moduleGuideFile(x.module.id) === name);
  if (!m) return null;
  const scenarios = new Map<string, Scenario>();
  for (const id of m.module.scenarios) {
    const file = files.find((f) => basename(f, '.ink') === id);
    const s = file ? scenarioOf(file, ctx) : null;
    if (s) scenarios.set(id, s);
  }
  return { html: modulePage(m, scenarios, lang, ctx, languages), warnings: ctx.warnings };
}

/** Is `error` the guides' own (a source comment, a language)? */
export const isGuideError = (error: unknown) =>
  error instanceof GuideError || error instanceof GuideLanguageError;
