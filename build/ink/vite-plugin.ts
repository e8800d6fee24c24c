/**
 * Vite plugin: `import story from './x.ink'` compiles ink at build time.
 *
 * The module exports `{ id, json, hash }` — ink's compiled JSON and a content hash (saves use it
 * to tell whether a story changed). The compiler (`inkjs/full`) runs only here, in Node, so the
 * player's bundle carries just the runtime. A compile error fails the build and shows in the dev
 * overlay with file and line; warnings are printed. Editing any INCLUDEd file reloads its stories.
 *
 * It also serves `virtual:story-catalog`: every `stories/*.ink` with the title, summary and other
 * global tags read at build time, and a lazy loader — so adding a story needs no code change and
 * the start menu does not load every story.
 *
 * And `./x.ink?opening`: the story's first lines and choices with the session's state there
 * (`StoryOpening`), made by playing the story headless at build time — a few kilobytes the page
 * shows before inkjs and the story itself have loaded (see session/game.ts).
 *
 * And `./x.ink?map`: the story's scenes, choices and endings as the learner's path map draws them
 * (`StoryMap`), from the graph the same analysis collects, laid out here with dagre — so the
 * catalog stays small and no layout code ships; My progress loads it when it shows the story.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileInkFile, formatDiagnostic, type InkCompileResult } from './compile.ts';
import { readCatalogEntry, type CatalogEntryData } from './catalog-entry.ts';
import { analyzeStoryCached, isAnalysisCached } from '../analysis/cache.ts';
import { analyzeStories } from '../analysis/pool.ts';
import { layOutLearnerMap } from '../analysis/learner-map.ts';
import type { StoryGraph } from '../analysis/story-graph.ts';
import { readModuleFiles } from '../module-files.ts';
import { Session } from '../../src/core/session/session.ts';
import { parseInkJson } from '../../src/core/story/ink-json.ts';
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import type { StoryMap } from '../../src/core/story-map.ts';

const CATALOG_ID = 'virtual:story-catalog';

interface OverlayError {
  message: string;
  stack: string;
  id: string;
  plugin: string;
  loc: { file: string; line: number; column: number };
}
const RESOLVED_CATALOG_ID = '\0' + CATALOG_ID;

export interface InkPluginOptions {
  /** Folder of scenario files listed in the catalog, relative to the Vite root. */
  storiesDir?: string;
  /**
   * Only these stories (ids) in the catalog, and only the modules made of them: an LMS package of
   * one module carries its own scenarios, not every story in the folder.
   */
  only?: readonly string[];
}

export function inkPlugin(options: InkPluginOptions = {}): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  /** main .ink file → every file it includes (itself too), for reloads. */
  const dependencies = new Map<string, Set<string>>();
  /** Compile errors of stories in the catalog, shown in the dev overlay. */
  const overlayErrors = new Map<string, OverlayError>();
  const storiesDir = () => resolve(root, options.storiesDir ?? 'stories');

  function compile(file: string): InkCompileResult {
    const result = compileInkFile(file, root);
    dependencies.set(file, new Set(result.files));
    return result;
  }

  return {
    name: 'rapport-ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add([join(storiesDir(), '**/*.ink'), join(storiesDir(), 'modules/*.json')]);
      // A story that does not compile keeps the menu working (its card names the error), and the
      // dev overlay shows the error with file and line as soon as the page connects.
      devServer.ws.on('connection', () => {
        for (const err of overlayErrors.values()) devServer.ws.send({ type: 'error', err });
      });
    },
    resolveId(id) {
      return id === CATALOG_ID ? RESOLVED_CATALOG_ID : null;
    },
    async load(id) {
      if (id === RESOLVED_CATALOG_ID) {
        const dir = storiesDir();
        try {
          // Each story compiled once for this catalog: the parallel analysis and the entries share it.
          const compiled = new Map<string, InkCompileResult>();
          const compileOnce = (file: string) => {
            if (!compiled.has(file)) compiled.set(file, compile(file));
            return compiled.get(file)!;
          };
          await analyseInParallel(dir, compileOnce, options.only);
          const code = catalogModule(dir, root, compileOnce, overlayErrors, options.only);
          if (server) for (const err of overlayErrors.values()) server.ws.send({ type: 'error', err });
          return code;
        } catch (e) {
          this.error(e instanceof Error ? e.message : String(e));
        }
      }
      const [file = id, query] = id.split('?');
      if (!file.endsWith('.ink')) return null;
      const result = compile(file);
      // In dev, handleHotUpdate follows includes; watch builds need them as watch files.
      if (!server) for (const dep of result.files) if (dep !== file) this.addWatchFile(dep);
      for (const d of result.diagnostics) {
        if (d.severity !== 'error') this.warn(formatDiagnostic(d));
      }
      const firstError = result.diagnostics.find((d) => d.severity === 'error');
      if (!result.json || firstError) {
        const all = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
        const message = `${all.join('\n')}\nFix ${all.length === 1 ? 'it' : 'each'} at the line named (open the file in Inky to see it in place) and save.`;
        this.error({
          message,
          id: firstError ? resolve(root, firstError.file) : file,
          loc: {
            file: firstError ? resolve(root, firstError.file) : file,
            line: firstError?.line ?? 1,
            column: 0,
          },
        });
      }
      const hash = storyHash(result.json!);
      const storyId = basename(file, '.ink');
      if (query === 'opening') {
        // A story that stops with an error before its first choice gets no opening: the page then
        // plays it the usual way, and reports the error with its place in the story.
        const opening = openingOf({ id: storyId, hash, json: result.json! });
        return { code: `export default ${JSON.stringify(opening)};`, map: null };
      }
      if (query === 'map') {
        // A story the analyzer cannot explore gets no map: My progress then says so.
        return { code: `export default ${JSON.stringify(mapOf(file, result.json!))};`, map: null };
      }
      return {
        code: `export default { id: ${JSON.stringify(storyId)}, hash: ${JSON.stringify(hash)}, json: ${JSON.stringify(parseInkJson(result.json!))} };`,
        map: null,
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // A deep link (?story=<id>) should not wait for the main bundle to ask for its story:
        // a few bytes of inline script preload it in parallel with the main bundle.
        if (!ctx.bundle) return html;
        // Only the opening (a few kB, drawn first): the story and the engine (inkjs, the model,
        // the session) are asked for once the opening is painted — preloading them here as well
        // held up the opening's own chunk (first choice ~15 % later at 4× CPU throttle).
        const openings: Record<string, string> = {};
        for (const out of Object.values(ctx.bundle)) {
          const m = out.type === 'chunk' ? out.facadeModuleId?.match(/([^/\\]+)\.ink\?opening$/) : null;
          if (m) openings[m[1]!] = `/${out.fileName}`;
        }
        const script = `<script>(function(){var m=${JSON.stringify(openings)};var s=new URLSearchParams(location.search).get('story');if(s&&Object.prototype.hasOwnProperty.call(m,s)){var l=document.createElement('link');l.rel='modulepreload';l.href=m[s];document.head.appendChild(l);}})();</script>`;
        // Right after <meta charset>, which must stay in the page's first 1024 bytes (or the page
        // may be parsed twice), and before the stylesheet, which an inline script would wait for.
        const at = html.search(/<meta charset[^>]*>/i);
        if (at < 0) return /<head>/i.test(html) ? html.replace(/<head>/i, (m) => m + script) : script + html;
        const end = html.indexOf('>', at) + 1;
        return html.slice(0, end) + script + html.slice(end);
      },
    },
    handleHotUpdate(ctx) {
      if (
        !(ctx.file.endsWith('.ink') || (ctx.file.endsWith('.json') && ctx.file.includes('modules'))) ||
        !server
      )
        return;
      // An edited include reloads every story that includes it; a new story refreshes the catalog.
      const affected = [...dependencies].filter(([, deps]) => deps.has(ctx.file)).map(([main]) => main);
      const modules = affected.flatMap((main) => [...(server!.moduleGraph.getModulesByFile(main) ?? [])]);
      const catalog = server.moduleGraph.getModuleById(RESOLVED_CATALOG_ID);
      if (catalog) modules.push(catalog);
      for (const m of modules) server.moduleGraph.invalidateModule(m);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

function storyHash(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/** The session before the story's first choice, or null if it stops or fails before one. */
function openingOf(story: { id: string; hash: string; json: string }) {
  try {
    const session = new Session({ ...story, json: parseInkJson(story.json) });
    const view = session.current;
    return view.ended || view.choices.length === 0 ? null : session.opening();
  } catch {
    return null;
  }
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

/** The learner's map of a compiled story, laid out (null: the story could not be explored). */
function mapOf(file: string, json: string): StoryMap | null {
  const key = createHash('sha256').update(json).digest('hex');
  if (!maps.has(key)) {
    const graph = analysed(file, json).graph;
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

/**
 * Explore the stories whose analysis is not on disk yet, one worker thread per core (a fresh
 * clone, or a story just edited): the catalog then reads every analysis from the cache. Seven
 * stories took ~20 s in one thread on a 2-core machine, and kept a dev server from answering.
 */
async function analyseInParallel(
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

function catalogModule(
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
  const modules = readModules(
    dir,
    all.map((f) => basename(f, '.ink')),
  ).filter((m) => !only || m.scenarios.every((id) => only.includes(id)));
  return `export const catalog = [\n${lines.join('\n')}\n];\nexport const modules = ${JSON.stringify(modules)};\nexport default catalog;\n`;
}

/** `stories/modules/*.json`, validated against the stories that exist (a bad file fails the build). */
function readModules(dir: string, storyIds: string[]): ModuleDefinition[] {
  return readModuleFiles(dir, storyIds).map((m) => m.module);
}
