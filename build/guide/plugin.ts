/**
 * The facilitator's guides in the game (docs/guides.md): `vite build` writes every scenario's and
 * module's guide as a static page under dist/guides/ (`<story-id>.html`, `module-<id>.html`, their
 * translations `<lang>/<story-id>.html`, and the stylesheet guide.css); the dev server answers the
 * same addresses, making a page when it is asked for in a worker thread (an exploration the cache
 * does not hold takes seconds) and keeping it until the stories or translations change. The pages
 * carry no script: the game's first screen links to them and loads nothing of theirs. Which pages
 * exist in which language reaches the game's links as `import.meta.env.VITE_RAPPORT_GUIDES`
 * (src/views/shared/guide-link.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Plugin } from 'vite';
import { guideLanguages, isGuideError, makeGuides, seedsDirOf } from './guides.ts';
import { esc, GUIDE_CSS, GUIDE_DIR, type GuideFonts } from './page.ts';
import { CJK_FONTS_PLUGIN, guideFonts, type CjkFontsApi } from '../fonts/plugin.ts';

export interface GuidePluginOptions {
  /** The stories folder, relative to Vite's root (default `stories`). */
  storiesDir?: string;
  /** The seed articles' folder (default: $RAPPORT_SEEDS, else `../shared/seeds` beside the root). */
  seedsDir?: string;
}

const CSS = () => readFileSync(new URL('./guide.css', import.meta.url), 'utf8');

const BOOT = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(
  new URL('./guide-worker.ts', import.meta.url).href,
)}, ${JSON.stringify(import.meta.url)}))`;

interface Made {
  html?: string;
  warnings?: string[];
  error?: string;
  missing?: boolean;
}

function guideInWorker(data: {
  root: string;
  storiesDir: string;
  seedsDir: string;
  name: string;
  fonts: Readonly<Record<string, GuideFonts>>;
}): Promise<Made> {
  return new Promise((done, fail) => {
    const worker = new Worker(BOOT, { eval: true, workerData: data });
    worker.once('message', (m: Made) => {
      void worker.terminate();
      done(m);
    });
    worker.once('error', fail);
  });
}

/** What the guides depend on: every file in the stories folder, lib/, modules/ and the
 * translations' language folders, by time. */
function signature(dir: string, translations: string): string {
  const languages = existsSync(translations)
    ? readdirSync(translations).map((l) => join(translations, l))
    : [];
  const files = [dir, join(dir, 'lib'), join(dir, 'modules'), ...languages].flatMap((d) =>
    existsSync(d) && statSync(d).isDirectory() ? readdirSync(d).map((f) => join(d, f)) : [],
  );
  return files.map((f) => `${f}:${statSync(f).mtimeMs}`).join('|');
}

/** The env variable that tells the game's links which guides exist in which language. */
export const GUIDES_ENV = 'VITE_RAPPORT_GUIDES';

/**
 * `{ "ja": "lost-face of-course module-asia-partners", … }`: per language other than English, the
 * pages made in it (names without `.html`, space-separated: a few hundred bytes in the first bundle).
 */
export function guidesManifest(root: string, storiesDir: string): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const [page, langs] of guideLanguages({ root, storiesDir }))
    for (const l of langs) (out[l] ??= []).push(page);
  return Object.fromEntries(Object.entries(out).map(([l, pages]) => [l, pages.sort().join(' ')]));
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

export function guidePlugin(options: GuidePluginOptions = {}): Plugin {
  let root = process.cwd();
  // An LMS package (build/package.ts) is for learners: no guides in it.
  let lms = false;
  const storiesDir = () => resolve(root, options.storiesDir ?? 'stories');
  const seedsDir = () => seedsDirOf({ root, ...(options.seedsDir ? { seedsDir: options.seedsDir } : {}) });
  // The game's bundled CJK faces (build/fonts), named by the Chinese and Japanese pages.
  let fontsApi: CjkFontsApi | null = null;
  const fonts = async (): Promise<Record<string, GuideFonts>> =>
    fontsApi ? guideFonts(await fontsApi.faces()) : {};
  return {
    name: 'rapport-guides',
    config(config) {
      // An LMS package has no guides, and its menu no links to them.
      if (Object.keys(config.define ?? {}).some((k) => k.includes('VITE_RAPPORT_LMS'))) return;
      const at = resolve(config.root ?? process.cwd());
      const manifest = guidesManifest(at, resolve(at, options.storiesDir ?? 'stories'));
      return { define: { [`import.meta.env.${GUIDES_ENV}`]: JSON.stringify(JSON.stringify(manifest)) } };
    },
    configResolved(config) {
      root = config.root;
      fontsApi =
        (config.plugins.find((p) => p.name === CJK_FONTS_PLUGIN)?.api as CjkFontsApi | undefined) ?? null;
      lms = Object.keys(config.define ?? {}).some((k) => k.includes('VITE_RAPPORT_LMS'));
    },
    async generateBundle() {
      if (lms) return;
      let made: ReturnType<typeof makeGuides>;
      try {
        made = makeGuides({ root, storiesDir: storiesDir(), seedsDir: seedsDir(), fonts: await fonts() });
      } catch (e) {
        if (isGuideError(e)) this.error((e as Error).message);
        throw e;
      }
      for (const w of made.warnings) this.warn(w);
      this.emitFile({ type: 'asset', fileName: `${GUIDE_DIR}/${GUIDE_CSS}`, source: CSS() });
      for (const p of made.pages)
        this.emitFile({ type: 'asset', fileName: `${GUIDE_DIR}/${p.file}`, source: p.html });
    },
    configureServer(server) {
      const pages = new Map<string, { signature: string; made: Promise<Made> }>();
      server.middlewares.use(`/${GUIDE_DIR}`, (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/+/, '');
        if (name === GUIDE_CSS) return send(res, 200, 'text/css', CSS());
        if (!/^(?:[\w-]+\/)?[\w-]+\.html$/.test(name)) return next();
        const sig = `${signature(storiesDir(), resolve(root, 'translations'))}|${seedsDir()}`;
        let entry = pages.get(name);
        if (!entry || entry.signature !== sig) {
          entry = {
            signature: sig,
            made: fonts().then((f) =>
              guideInWorker({ root, storiesDir: storiesDir(), seedsDir: seedsDir(), name, fonts: f }),
            ),
          };
          pages.set(name, entry);
        }
        const mine = entry;
        mine.made.then(
          (m) => {
            for (const w of m.warnings ?? []) server.config.logger.warn(`[rapport-guides] ${w}`);
            if (m.html !== undefined) return send(res, 200, 'text/html', m.html);
            if (pages.get(name) === mine) pages.delete(name); // made again next time
            if (m.missing && m.error) return send(res, 404, 'text/plain', m.error);
            if (m.missing) return next();
            send(res, 500, 'text/plain', `No facilitator's guide: ${m.error ?? 'unknown error'}`);
          },
          (e: unknown) => {
            if (pages.get(name) === mine) pages.delete(name);
            server.config.logger.error(`[rapport-guides] ${name}: ${String(e)}`);
            send(res, 500, 'text/html', `<p>No guide: ${esc(String(e))}</p>`);
          },
        );
      });
    },
  };
}
