/**
 * The story catalog the ink plugin (vite-plugin.ts) serves as `virtual:story-catalog`: every
 * story's entry (its tags, its figures from the analyzer, or the mistakes that keep it from
 * building), lazy loaders for the story, its opening and its learner's map, and the modules. The
 * analyses are explored in parallel (a worker per core) and cached on disk; each story's graph is
 * laid out here into the learner's map (build/analysis/learner-map.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { formatDiagnostic, type InkCompileResult } from './compile.ts';
import { readCatalogEntry, type CatalogEntryData } from './catalog-entry.ts';
import { analyzeStoryCached, isAnalysisCached } from '../analysis/cache.ts';
import { analyzeStories } from '../analysis/pool.ts';
import { layOutLearnerMap } from '../analysis/learner-map.ts';
import type { StoryGraph } from '../analysis/story-graph.ts';
import { translateGraph, type MapWords } from '../l10n/map-text.ts';
import { readModuleFiles } from '../module-files.ts';
import { checksLoaders } from '../checks/plugin.ts';
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import type { StoryMap } from '../../src/core/story-map.ts';

/** A story's mistakes as Vite's dev overlay shows them. */
export interface OverlayError {
  message: string;
  stack: string;
  id: string;
  plugin: string;
  loc: { file: string; line: number; column: number };
}

type Analysis = Pick<CatalogEntryData, 'scoreRange' | 'endingIds'>;
/** By compiled story: what the catalog carries, and the story's graph for its map. */
const analyses = new Map<string, { entry: Analysis; graph: StoryGraph | null }>();
const maps = new Map<string, StoryMap | null>();
/** The analysis the plugin asks for: with the story graph, so the map comes from the same (cached)
 * exploration as the catalog's figures. */
const ANALYSIS = { graph: true } as const;

/**
 * What the menu and debrief need from the analyzer (which explores every path): the worst and best
 * reachable scores and every ending. The choices and the graph stay out of the catalog (it is in
 * the first bundle): they are in the story's map. Cached per compiled story.
 */
function analysisFor(file: string, json: string): Analysis {
  return analysed(file, json).entry;
}

function analysed(file: string, json: string): { entry: Analysis; graph: StoryGraph | null } {
  const key = createHash('sha256').update(json).digest('hex');
  if (!analyses.has(key)) {
    try {
      const report = analyzeStoryCached(file, json, ANALYSIS);
      analyses.set(key, {
        entry: { scoreRange: report.best ? report.score : null, endingIds: report.endings },
        graph: report.graph ?? null,
      });
    } catch {
      analyses.set(key, { entry: { scoreRange: null }, graph: null }); // `npm run stories` reports why.
    }
  }
  return analyses.get(key)!;
}

/**
 * The learner's map of a compiled story, laid out (null: the story could not be explored); with
 * `inLanguage`, its words in that language (build/l10n/map-text.ts), laid out for them.
 */
export function mapOf(
  file: string,
  json: string,
  inLanguage?: { lang: string; story: string; words: MapWords },
): StoryMap | null {
  const key = createHash('sha256')
    .update(json)
    .update(inLanguage ? `\0${inLanguage.lang}\0${JSON.stringify(inLanguage.words)}` : '')
    .digest('hex');
  if (!maps.has(key)) {
    const english = analysed(file, json).graph;
    const graph =
      english && inLanguage ? translateGraph(english, inLanguage.story, inLanguage.words) : english;
    let map: StoryMap | null = null;
    try {
      map = graph ? layOutLearnerMap(graph) : null;
    } catch (e) {
      console.warn(`[rapport-ink] no map for ${basename(file)}:`, e);
    }
    maps.set(key, map);
  }
  return maps.get(key)!;
}

/** A story's endings as the analyzer found them: id, English title, and its translations' key. */
export function endingsOf(
  file: string,
  json: string,
): { ending: string; title: string; titleKey?: string }[] {
  return (analysed(file, json).graph?.nodes ?? []).flatMap((n) =>
    n.kind === 'ending'
      ? [{ ending: n.ending, title: n.title, ...(n.titleKey && { titleKey: n.titleKey }) }]
      : [],
  );
}

/**
 * Explore the stories whose analysis is not on disk yet, one worker thread per core (a fresh
 * clone, or a story just edited): the catalog then reads every analysis from the cache. Seven
 * stories took ~20 s in one thread on a 2-core machine, and kept a dev server from answering.
 */
export async function analyseInParallel(
  dir: string,
  compile: (file: string) => InkCompileResult,
  only?: readonly string[],
): Promise<void> {
  const missing = readdirSync(dir)
    .filter((f) => f.endsWith('.ink') && (!only || only.includes(basename(f, '.ink'))))
    .map((f) => join(dir, f))
    .filter((file) => {
      const json = compile(file).json;
      return (
        json !== null &&
        !analyses.has(createHash('sha256').update(json).digest('hex')) &&
        !isAnalysisCached(file, json, ANALYSIS)
      );
    });
  if (missing.length < 2) return; // one story: this thread is as quick as a worker
  try {
    await analyzeStories(missing, { ...ANALYSIS, cache: true });
  } catch (e) {
    // The catalog then analyses them here, one by one; `npm run stories` reports a story's errors.
    console.warn('[rapport-ink] parallel analysis failed, analysing in this thread:', e);
  }
}

export function catalogModule(
  dir: string,
  root: string,
  compile: (file: string) => InkCompileResult,
  overlayErrors: Map<string, OverlayError>,
  only?: readonly string[],
): string {
  overlayErrors.clear();
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .sort()
    .map((f) => join(dir, f));
  const files = only ? all.filter((f) => only.includes(basename(f, '.ink'))) : all;
  const entries = files.map((file) => {
    const result = compile(file);
    const entry = readCatalogEntry(basename(file, '.ink'), result);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    if (first) {
      const at = resolve(root, first.file);
      // Every mistake in the story at once, one line each (build/ink/review.ts).
      overlayErrors.set(file, {
        message: errors.map(formatDiagnostic).join('\n'),
        stack: '',
        id: at,
        plugin: 'rapport-ink',
        loc: { file: at, line: first.line ?? 1, column: 0 },
      });
    }
    if (!entry.error) Object.assign(entry, analysisFor(file, result.json!));
    return { file, entry };
  });
  const lines = entries.map(({ file, entry }) => {
    const importPath = '/' + file.slice(root.length + 1).replaceAll('\\', '/');
    const lazy = (query: string) =>
      entry.error
        ? 'null'
        : `() => import(${JSON.stringify(`${importPath}?${query}`)}).then((m) => m.default)`;
    return `  { ...${JSON.stringify(entry)}, load: () => import(${JSON.stringify(importPath)}).then((m) => m.default), opening: ${lazy('opening')}, map: ${lazy('map')} },`;
  });
  const allModules = readModules(
    dir,
    all.map((f) => basename(f, '.ink')),
  );
  const modules = allModules.filter((m) => !only || m.scenarios.every((id) => only.includes(id)));
  const checks = checksLoaders(dir, root, modules, allModules);
  return `export const catalog = [\n${lines.join('\n')}\n];\nexport const modules = ${JSON.stringify(modules)};\nexport const checks = ${checks};\nexport default catalog;\n`;
}

/** `stories/modules/*.json`, validated against the stories that exist (a bad file fails the build). */
function readModules(dir: string, storyIds: string[]): ModuleDefinition[] {
  return readModuleFiles(dir, storyIds).map((m) => m.module);
}
