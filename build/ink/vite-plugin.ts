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
 * catalog stays small and no layout code ships; My progress loads it when it shows the story. The
 * catalog itself is built in catalog.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileInkFile, formatDiagnostic, type InkCompileResult } from './compile.ts';
import { analyseInParallel, catalogModule, endingsOf, mapOf, type OverlayError } from './catalog.ts';
import { youIn } from '../l10n/map-text.ts';
import { Session } from '../../src/core/session/session.ts';
import { CHECK_QUERY, checksModuleCode } from '../checks/plugin.ts';
import { parseInkJson } from '../../src/core/story/ink-json.ts';
import {
  entriesOfStory,
  languagesOf,
  loadersCode,
  openingsCode,
  menuCode,
  MENU_ID,
  CHECK_TEXT_ID,
  checkTextCode,
  openingInCode,
  storyTextCode,
  tableOf,
} from '../l10n/plugin.ts';
import { placeholdersOf } from '../l10n/tables.ts';
import type { SourceEntry } from '../l10n/units.ts';
import { CHECKS, checkStrings, MODULES, moduleStrings } from '../l10n/module-strings.ts';
import { readModulesIn } from '../module-files.ts';
import type { ModuleDefinition } from '../../src/core/modules/module.ts';

const CATALOG_ID = 'virtual:story-catalog';
/** The loaders of the story text in each language (build/l10n/plugin.ts), outside the first bundle. */
const TEXT_ID = 'virtual:story-text';
const OPENINGS_ID = 'virtual:story-openings';

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
  /** The stories the catalog lists that build (their text can be loaded), by id → file. */
  let buildable = new Map<string, string>();
  /** A story's translatable strings, by compiled story (build/l10n/units.ts). */
  const stringsCache = new Map<string, SourceEntry[]>();
  const entriesOf = (file: string, result: InkCompileResult): SourceEntry[] => {
    const key = `${file}\u0000${result.json ?? ''}`;
    if (!stringsCache.has(key)) {
      let entries: SourceEntry[] = [];
      try {
        entries = result.parsed ? entriesOfStory(file, root, result.parsed) : [];
      } catch (e) {
        // The story still plays in English; `npm run strings -- --status` names what is wrong.
        console.warn(`[rapport-ink] no translatable strings for ${basename(file)}:`, e);
      }
      stringsCache.set(key, entries);
    }
    return stringsCache.get(key)!;
  };
  const importPath = (file: string) => '/' + file.slice(root.length + 1).replaceAll('\\', '/');
  /** The modules the catalog lists (those made of its stories); a broken file is the catalog's to report. */
  const catalogModules = (): ModuleDefinition[] => {
    try {
      return readModulesIn(storiesDir()).filter(
        (m) => !options.only || m.scenarios.every((id) => options.only!.includes(id)),
      );
    } catch {
      return [];
    }
  };

  /** Compiled stories, reused while none of their files changed (a story is asked for once per
   * query: the story, its opening, its map, its text and opening in each language). */
  const compiled = new Map<string, { result: InkCompileResult; stamps: number[] }>();
  const stampsOf = (files: readonly string[]) =>
    files.map((f) => {
      try {
        return statSync(f).mtimeMs;
      } catch {
        return -1;
      }
    });
  function compile(file: string): InkCompileResult {
    const known = compiled.get(file);
    if (known && stampsOf(known.result.files).every((t, i) => t === known.stamps[i])) return known.result;
    const result = compileInkFile(file, root);
    compiled.set(file, { result, stamps: stampsOf(result.files) });
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
      devServer.watcher.add([
        join(storiesDir(), '**/*.ink'),
        join(storiesDir(), 'modules/*.json'),
        join(storiesDir(), 'checks/*.yaml'),
        join(root, 'translations/**/*.po'),
      ]);
      // A story that does not compile keeps the menu working (its card names the error), and the
      // dev overlay shows the error with file and line as soon as the page connects.
      devServer.ws.on('connection', () => {
        for (const err of overlayErrors.values()) devServer.ws.send({ type: 'error', err });
      });
    },
    resolveId(id) {
      if (id.startsWith(MENU_ID) || id.startsWith(CHECK_TEXT_ID) || id === TEXT_ID || id === OPENINGS_ID)
        return '\0' + id;
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
      if (id === '\0' + TEXT_ID || id === '\0' + OPENINGS_ID) {
        // The stories of the catalog that build: their text in each language can be loaded.
        const ids = readdirSync(storiesDir())
          .filter((f) => f.endsWith('.ink') && (!options.only || options.only.includes(basename(f, '.ink'))))
          .sort();
        buildable = new Map();
        for (const f of ids) {
          const file = join(storiesDir(), f);
          const r = compile(file);
          if (r.json !== null && !r.diagnostics.some((d) => d.severity === 'error'))
            buildable.set(basename(f, '.ink'), file);
        }
        // A translation added later changes the languages: a watch build (`vite build --watch`) is
        // told to look at the folder. Not the dev server: there the watched folder became an import
        // of this module, which Vite 8 could not resolve when it made the module again (after the
        // dependency optimiser's reload on a first start, or an edit: "Failed to resolve import
        // …/translations"), and the page did not load. Its watcher follows the .po files
        // (configureServer), and a translation's change remakes these modules (handleHotUpdate).
        if (!server) this.addWatchFile(join(root, 'translations'));
        const languages = languagesOf(root, [...buildable.keys()]);
        const path = (story: string) => importPath(buildable.get(story)!);
        if (id === '\0' + OPENINGS_ID) return openingsCode(languages, path);
        const withChecks = catalogModules()
          .map((m) => m.id)
          .filter((m) => existsSync(join(storiesDir(), 'checks', `${m}.yaml`)));
        return loadersCode(languages, path, withChecks);
      }
      if (id.startsWith('\0' + MENU_ID)) {
        const lang = id.slice(1 + MENU_ID.length);
        // Each story's table, and its endings (My progress names the endings a learner reached).
        const stories = [...buildable].map(([story, file]) => {
          const result = compile(file);
          this.addWatchFile(file);
          const table = tableOf(root, lang, story, entriesOf(file, result));
          return { story, table, endings: endingsOf(file, result.json!) };
        });
        // The modules' titles, summaries and objectives come with the menu (translations/<lang>/modules.po).
        this.addWatchFile(join(root, 'translations', lang, `${MODULES}.po`));
        const modules = tableOf(
          root,
          lang,
          MODULES,
          moduleStrings(root, catalogModules(), storiesDir()).entries,
        );
        return {
          code: menuCode(
            stories.map((x) => x.table),
            modules,
            stories,
          ),
          map: null,
        };
      }
      if (id.startsWith('\0' + CHECK_TEXT_ID)) {
        // One module's checks in one language (translations/<lang>/checks.po), loaded with the check.
        const [moduleId = '', lang = ''] = id.slice(1 + CHECK_TEXT_ID.length).split('/');
        this.addWatchFile(join(root, 'translations', lang, `${CHECKS}.po`));
        const entries = checkStrings(root, catalogModules(), storiesDir()).entries;
        return { code: checkTextCode(lang, moduleId, tableOf(root, lang, CHECKS, entries)), map: null };
      }
      const [file = id, query] = id.split('?');
      if (file.endsWith('.yaml') && query === CHECK_QUERY) {
        this.addWatchFile(file);
        try {
          return { code: checksModuleCode(file, storiesDir()), map: null };
        } catch (e) {
          this.error(e instanceof Error ? e.message : String(e));
        }
      }
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
      const params = new URLSearchParams(query ?? '');
      const lang = params.get('lang') ?? params.get('text');
      if (lang !== null) {
        const po = join(root, 'translations', lang, `${storyId}.po`);
        this.addWatchFile(po);
        const table = tableOf(root, lang, storyId, entriesOf(file, result));
        if (params.has('map')) {
          this.addWatchFile(join(root, 'translations', lang, 'interface.po'));
          const words = { strings: table.strings, you: youIn(root, lang) };
          const map = mapOf(file, result.json!, { lang, story: storyId, words });
          return { code: `export default ${JSON.stringify(map)};`, map: null };
        }
        const code = params.has('opening')
          ? openingInCode(openingOf({ id: storyId, hash, json: result.json! }), lang, table)
          : storyTextCode(lang, storyId, table);
        return { code, map: null };
      }
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
      // The variables each line's translation shows as {name}: the session keeps their values.
      const placeholders = placeholdersOf(entriesOf(file, result));
      return {
        code: `export default { id: ${JSON.stringify(storyId)}, hash: ${JSON.stringify(hash)}, json: ${JSON.stringify(parseInkJson(result.json!))}, placeholders: ${JSON.stringify(placeholders)} };`,
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
        // With ?lang=, the opening in that language (docs/translating.md, "Openings per language").
        const openings: Record<string, string> = {};
        for (const out of Object.values(ctx.bundle)) {
          const m =
            out.type === 'chunk'
              ? out.facadeModuleId?.match(/([^/\\]+)\.ink\?opening(?:&lang=([\w-]+))?$/)
              : null;
          if (m) openings[m[2] ? `${m[1]!}|${m[2]}` : m[1]!] = `/${out.fileName}`;
        }
        // Without ?story=, the page opens on the menu, whose code is not in the main bundle
        // (src/views/page/app.ts): preload it beside the main bundle instead.
        const menuChunk = ctx.filename.endsWith('index.html')
          ? Object.values(ctx.bundle).find(
              (out) =>
                out.type === 'chunk' && /[/\\]views[/\\]page[/\\]menu\.ts$/.test(out.facadeModuleId ?? ''),
            )
          : undefined;
        // The chunk and its stylesheet (which the import would otherwise ask for only once the chunk runs).
        const menuFiles =
          menuChunk?.type === 'chunk'
            ? [menuChunk.fileName, ...(menuChunk.viteMetadata?.importedCss ?? [])].map((f) => `/${f}`)
            : [];
        const menu = JSON.stringify(menuFiles);
        const script = `<script>(function(){var m=${JSON.stringify(openings)},n=${menu};var q=new URLSearchParams(location.search),s=q.get('story'),k=s+'|'+q.get('lang'),h=function(x){return Object.prototype.hasOwnProperty.call(m,x)},p=function(u){var l=document.createElement('link');if(/\\.css$/.test(u)){l.rel='preload';l.as='style';}else l.rel='modulepreload';l.href=u;document.head.appendChild(l);};if(s&&!h(k))k=s;if(s&&h(k))p(m[k]);else if(!s)n.forEach(p);})();</script>`;
        // Right after <meta charset>, which must stay in the page's first 1024 bytes (or the page
        // may be parsed twice), and before the stylesheet, which an inline script would wait for.
        const at = html.search(/<meta charset[^>]*>/i);
        if (at < 0) return /<head>/i.test(html) ? html.replace(/<head>/i, (m) => m + script) : script + html;
        const end = html.indexOf('>', at) + 1;
        return html.slice(0, end) + script + html.slice(end);
      },
    },
    handleHotUpdate(ctx) {
      if (ctx.file.endsWith('.po') && server) {
        // A translation edited: its story's text, openings in that language and the menus reload.
        const stale = [...server.moduleGraph.idToModuleMap.values()].filter(
          (m) =>
            /\.ink\?(text=|opening&lang=)/.test(m.id ?? '') ||
            m.id === '\0' + OPENINGS_ID ||
            m.id === '\0' + TEXT_ID ||
            (m.id ?? '').startsWith('\0' + MENU_ID) ||
            (m.id ?? '').startsWith('\0' + CHECK_TEXT_ID),
        );
        for (const m of stale) server.moduleGraph.invalidateModule(m);
        server.ws.send({ type: 'full-reload' });
        return [];
      }
      if (
        !(
          ctx.file.endsWith('.ink') ||
          (ctx.file.endsWith('.json') && ctx.file.includes('modules')) ||
          (ctx.file.endsWith('.yaml') && ctx.file.includes('checks'))
        ) ||
        !server
      )
        return;
      // An edited include reloads every story that includes it; a new story refreshes the catalog.
      const affected = [...dependencies].filter(([, deps]) => deps.has(ctx.file)).map(([main]) => main);
      const modules = affected.flatMap((main) => [...(server!.moduleGraph.getModulesByFile(main) ?? [])]);
      modules.push(...(server.moduleGraph.getModulesByFile(ctx.file) ?? [])); // a checks file itself
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
