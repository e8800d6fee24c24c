/**
 * The story map in the dev server: `/__map/<story-id>` answers with the page
 * `npm run stories -- --map` writes (story-map-page.ts), made on request in a worker thread (an
 * exploration takes seconds, and the dev server keeps answering meanwhile) and kept until the
 * story or the vocabulary it includes changes on disk. `/__map/` lists the stories.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Plugin } from 'vite';
import { escapeXml as esc } from './story-map.ts';

const BOOT = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(
  new URL('./map-worker.ts', import.meta.url).href,
)}, ${JSON.stringify(import.meta.url)}))`;

/** Make a map page in a worker thread. */
function mapInWorker(file: string, root: string): Promise<string> {
  return new Promise((done, fail) => {
    const worker = new Worker(BOOT, { eval: true, workerData: { file, root } });
    worker.once('message', (m: { html?: string; error?: string }) => {
      void worker.terminate();
      if (m.html !== undefined) done(m.html);
      else fail(new Error(m.error ?? 'no map'));
    });
    worker.once('error', fail);
  });
}

/** What a map depends on on disk: the story's and its folder's lib/*.ink modification times. */
function signature(file: string): string {
  const lib = join(file, '..', 'lib');
  const libs = existsSync(lib)
    ? readdirSync(lib)
        .filter((f) => f.endsWith('.ink'))
        .sort()
        .map((f) => join(lib, f))
    : [];
  return [file, ...libs].map((f) => `${f}:${statSync(f).mtimeMs}`).join('|');
}

function send(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(html);
}

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n</head>\n<body style="font: 16px/1.5 system-ui, sans-serif; margin: 2rem">\n${body}\n</body>\n</html>\n`;
}

/** Serve `/__map/<story-id>` from the stories in `dir` (default: stories/ under Vite's root). */
export function storyMapPlugin(options: { dir?: string } = {}): Plugin {
  const made = new Map<string, { signature: string; html: Promise<string> }>();
  return {
    name: 'rapport-story-map',
    apply: 'serve',
    configureServer(server) {
      const root = server.config.root;
      const dir = resolve(root, options.dir ?? 'stories');
      const ids = () =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.ink'))
          .map((f) => basename(f, '.ink'))
          .sort();
      const index = () =>
        page(
          'Story maps',
          `<h1>Story maps</h1>\n<ul>${ids()
            .map((id) => `<li><a href="/__map/${encodeURIComponent(id)}">${esc(id)}</a></li>`)
            .join('')}</ul>\n<p>Each map explores every path of its story: it can take a few seconds.</p>`,
        );
      server.middlewares.use('/__map', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/+|\/+$/g, '');
        if (path === '') return send(res, 200, index());
        const file = join(dir, `${path}.ink`);
        if (!/^[\w-]+$/.test(path) || !existsSync(file))
          return send(
            res,
            404,
            page('No such story', `<p>No story “${esc(path)}” in ${esc(dir)}.</p>${index()}`),
          );
        const sig = signature(file);
        let entry = made.get(file);
        if (!entry || entry.signature !== sig) {
          entry = { signature: sig, html: mapInWorker(file, root) };
          made.set(file, entry);
          const mine = entry;
          mine.html.catch(() => {
            if (made.get(file) === mine) made.delete(file); // a failed map is made again next time
          });
        }
        entry.html.then(
          (html) => send(res, 200, html),
          (e: unknown) => {
            server.config.logger.error(`[rapport-story-map] ${path}: ${String(e)}`);
            if (!res.headersSent)
              send(
                res,
                500,
                page('No map', `<p>The map of ${esc(path)} could not be made: ${esc(String(e))}</p>`),
              );
            else next(e);
          },
        );
      });
    },
  };
}
