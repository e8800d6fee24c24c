/**
 * The facilitator's guides of a stories folder: one page per scenario (`<id>.html`) and one per
 * module (`module-<id>.html`), made from the compiled ink, the analyzer's exploration with its
 * story graph (from the cache the build's catalog fills: build/analysis/cache.ts), the ink as
 * written, the module files, sources.json and the seed articles. The Vite plugin (plugin.ts) writes
 * them under dist/guides/ and serves them in the dev server.
 *
 * A source comment that cites an unknown file or misquotes its article stops the guide with every
 * such mistake as `file:line: …`; a quote that differs only in its quotation marks is a warning.
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { analyzeStoryCached } from '../analysis/cache.ts';
import { readCatalogEntry } from '../ink/catalog-entry.ts';
import { compileInkFile } from '../ink/compile.ts';
import { readModuleFiles } from '../module-files.ts';
import { storyFiles } from '../story-files.ts';
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import { readInkNotes } from './ink-notes.ts';
import { moduleGuidePage, type ModuleScenario } from './module-page.ts';
import { moduleGuideFile, scenarioGuideFile } from './page.ts';
import { scenarioGuide, type ScenarioGuide } from './scenario-data.ts';
import { scenarioGuidePage } from './scenario-page.ts';
import { checkSources, readSeedTexts, readSourceArticles, type SourceArticle } from './source-check.ts';

export interface GuideOptions {
  /** The project's root (messages name files relative to it). */
  root: string;
  /** The stories folder (default: `stories/` under the root). */
  storiesDir?: string;
  /** The seed articles (default: `../shared/seeds` beside the root, or $RAPPORT_SEEDS). */
  seedsDir?: string | null;
}

/** The guides' source-comment mistakes, each `file:line: …`. */
export class GuideError extends Error {
  override name = 'GuideError';
}

interface Context {
  root: string;
  dir: string;
  modules: { file: string; module: ModuleDefinition }[];
  articles: SourceArticle[];
  seeds: Map<string, string> | null;
  warnings: string[];
}

export function seedsDirOf(options: GuideOptions): string {
  return options.seedsDir ?? process.env.RAPPORT_SEEDS ?? join(options.root, '..', 'shared', 'seeds');
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
  return { root: options.root, dir, modules: readModuleFiles(dir, ids), articles, seeds, warnings };
}

/** One scenario's guide data, or null when the story does not compile (the build says why). */
function scenarioOf(file: string, ctx: Context): ScenarioGuide | null {
  const compiled = compileInkFile(file, ctx.root);
  if (!compiled.json) return null;
  // The same analysis as the build's catalog (build/ink/catalog.ts): from its cache after a build.
  const report = analyzeStoryCached(file, compiled.json, { graph: true });
  const notes = readInkNotes(readFileSync(file, 'utf8'));
  const where = relative(ctx.root, file).replaceAll('\\', '/');
  const problems = checkSources(where, notes.sources, ctx.articles, ctx.seeds);
  const errors = problems.filter((p) => p.severity === 'error').map((p) => p.message);
  if (errors.length)
    throw new GuideError(
      `The facilitator's guide of ${where} cannot be made: its source comments do not match the articles.\n${errors.join('\n')}`,
    );
  ctx.warnings.push(...problems.filter((p) => p.severity === 'warning').map((p) => p.message));
  return scenarioGuide({
    where,
    report,
    notes,
    info: readCatalogEntry(basename(file, '.ink'), compiled),
    modules: ctx.modules.map((m) => m.module),
    articles: ctx.articles,
  });
}

function modulePage(
  m: { file: string; module: ModuleDefinition },
  guides: Map<string, ScenarioGuide>,
): string {
  const scenarios = m.module.scenarios.flatMap((id): ModuleScenario[] => {
    const g = guides.get(id);
    return g
      ? [{ id, title: g.info.title, summary: g.info.summary, minutes: g.time.total, alone: g.info.minutes }]
      : [];
  });
  return moduleGuidePage(m.module, scenarios, m.file);
}

/** Every guide of the folder: `{ file, html }` (file names under guides/), and the warnings. */
export function makeGuides(options: GuideOptions): {
  pages: { file: string; html: string }[];
  warnings: string[];
} {
  const ctx = contextOf(options);
  const guides = new Map<string, ScenarioGuide>();
  const errors: string[] = [];
  for (const file of storyFiles([], ctx.dir)) {
    try {
      const g = scenarioOf(file, ctx);
      if (g) guides.set(g.id, g);
    } catch (e) {
      if (!(e instanceof GuideError)) throw e;
      errors.push(e.message);
    }
  }
  if (errors.length) throw new GuideError(errors.join('\n'));
  const pages = [
    ...[...guides.values()].map((g) => ({ file: scenarioGuideFile(g.id), html: scenarioGuidePage(g) })),
    ...ctx.modules.map((m) => ({ file: moduleGuideFile(m.module.id), html: modulePage(m, guides) })),
  ];
  return { pages, warnings: ctx.warnings };
}

/**
 * One guide page by its file name (`lost-face.html`, `module-asia-partners.html`), for the dev
 * server; null when there is no such scenario or module.
 */
export function makeGuide(options: GuideOptions, name: string): { html: string; warnings: string[] } | null {
  const ctx = contextOf(options);
  const files = storyFiles([], ctx.dir);
  const story = files.find((f) => scenarioGuideFile(basename(f, '.ink')) === name);
  if (story) {
    const g = scenarioOf(story, ctx);
    return g ? { html: scenarioGuidePage(g), warnings: ctx.warnings } : null;
  }
  const m = ctx.modules.find((x) => moduleGuideFile(x.module.id) === name);
  if (!m) return null;
  const guides = new Map<string, ScenarioGuide>();
  for (const id of m.module.scenarios) {
    const file = files.find((f) => basename(f, '.ink') === id);
    const g = file ? scenarioOf(file, ctx) : null;
    if (g) guides.set(id, g);
  }
  return { html: modulePage(m, guides), warnings: ctx.warnings };
}
