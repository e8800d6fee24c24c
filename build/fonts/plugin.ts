/**
 * The Vite plugin of the bundled CJK faces (faces.ts; docs/translating.md, "A language with a new
 * script"; docs/performance.md, "Fonts").
 *
 * - `vite build` cuts each language's faces from the translations as they are now (a character a
 *   face cannot have fails the build, naming it and where it is) and writes them with their
 *   licences: dist/fonts/rapport-<lang>-<weight>-<hash>.woff2 and dist/fonts/*.LICENSE.txt.
 * - Every page (index.html, live.html) gets the faces' `@font-face` rules inline in its head: a few
 *   hundred bytes, and nothing fetched until a CJK character is drawn in a family the CSS names
 *   under `:root:lang(zh-Hans)` or `:root:lang(ja)`.
 * - The dev server serves the same files, cut again when a PO file changes (then the page reloads).
 *
 * The service worker keeps a face once the page has fetched it (vite.config.ts, src/app/offline-fonts.ts).
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildFonts, fontFaceCss, type BuiltFace, type BuiltFonts } from './faces.ts';

/** The folder of the faces under the site's base. */
export const FONTS_DIR = 'fonts';

/** What the fonts plugin tells other plugins (Vite's `api`): the faces, as built for this build. */
export interface CjkFontsApi {
  faces(): Promise<readonly BuiltFace[]>;
}

export const CJK_FONTS_PLUGIN = 'rapport-cjk-fonts';

/**
 * Each language's faces as a facilitator's guide page in guides/<lang>/ names them (build/guide):
 * `@font-face` rules with URLs up to the site's fonts/, and the family.
 */
export function guideFonts(faces: readonly BuiltFace[]): Record<string, { css: string; family: string }> {
  const out: Record<string, { css: string; family: string }> = {};
  for (const lang of new Set(faces.map((f) => f.font.lang))) {
    const mine = faces.filter((f) => f.font.lang === lang);
    out[lang] = { css: fontFaceCss(mine, '../../'), family: mine[0]!.font.family };
  }
  return out;
}

export function cjkFontsPlugin(): Plugin<CjkFontsApi> {
  let root = process.cwd();
  let base = '/';
  let built: Promise<BuiltFonts> | null = null;
  const fonts = () =>
    (built ??= buildFonts({ root, cacheDir: resolve(root, 'node_modules/.cache/rapport-fonts') }));
  return {
    name: CJK_FONTS_PLUGIN,
    api: { faces: async () => (await fonts()).faces },
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async buildStart() {
      built = null; // the translations as they are now
      for (const file of (await fonts()).files) this.addWatchFile(file);
    },
    async generateBundle() {
      const { faces, licences } = await fonts();
      for (const face of faces) this.emitFile({ type: 'asset', fileName: face.fileName, source: face.woff2 });
      for (const l of licences) this.emitFile({ type: 'asset', fileName: l.fileName, source: l.text });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const css = fontFaceCss((await fonts()).faces, base);
        if (!css) return html;
        const at = html.indexOf('</head>');
        const style = `<style id="rapport-cjk-fonts">\n${css}\n</style>\n`;
        return at < 0 ? html : html.slice(0, at) + style + html.slice(at);
      },
    },
    configureServer(server) {
      // A translator saving a PO file: cut the faces again, and reload the page with them.
      server.watcher.add(join(root, 'translations'));
      const changed = (file: string) => {
        if (!file.endsWith('.po')) return;
        built = null;
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', changed);
      server.watcher.on('add', changed);
      const prefix = `${base}${FONTS_DIR}/`;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(prefix)) return next();
        fonts()
          .then(({ faces, licences }) => {
            const name = path.slice(base.length);
            const face = faces.find((f) => f.fileName === name);
            const licence = licences.find((l) => l.fileName === name);
            if (!face && !licence) return next();
            res.setHeader('Content-Type', face ? 'font/woff2' : 'text/plain; charset=utf-8');
            res.end(face ? face.woff2 : licence!.text);
          })
          .catch(next);
      });
    },
  };
}
