/**
 * `npm run bench:bytes` — the JavaScript (gzip) a learner loads before the first choice, per
 * interface language: the built game (dist/, `npx vite build` first) opened at `?story=lost-face`
 * and at `?story=lost-face&lang=<tag>`, counting every .js that finished loading before the first
 * choice was painted (as `npm run bench` does for English). Budget: 30 kB each.
 *
 * Also the CJK faces (build/fonts/, already compressed: counted as they are) fetched before the first
 * choice and within 3 s after it. With `--no-system-cjk` Chromium sees no CJK font of the system's
 * (tests/browser/no-cjk-fonts.conf), as on a fresh Linux: Chinese and Japanese then fetch their
 * faces; with the system's fonts (the default) they fetch nothing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/browser/browser.ts';
import { load, serve } from './lib.ts';

const DIST = resolve(process.env.DIST ?? 'dist');
const LANGS = ['en', 'zh-Hans', 'ja', 'es', 'en-XA'];

if (process.argv.includes('--no-system-cjk'))
  process.env.FONTCONFIG_FILE = resolve('tests/browser/no-cjk-fonts.conf');

const sizeOf = (url: string) => {
  const file = join(DIST, decodeURIComponent(new URL(url).pathname));
  return existsSync(file) ? statSync(file).size : 0;
};

function gzipOf(urlPath: string): number {
  const file = join(DIST, decodeURIComponent(new URL(urlPath).pathname));
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No dist/: run `npx vite build` first.');
  const browser = await launchBrowser();
  const { server, url } = await serve(DIST);
  try {
    for (const lang of LANGS) {
      const path = lang === 'en' ? '?story=lost-face' : `?story=lost-face&lang=${lang}`;
      const { page, firstChoice, close } = await load(browser, url + path, 1);
      const urls = await page.evaluate(
        (limit) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= limit)
            .map((e) => e.name),
        firstChoice,
      );
      const entry = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
      const files = [...new Set([...urls, ...entry])];
      const kB = files.reduce((sum, u) => sum + gzipOf(u), 0) / 1024;
      const htmlLang = await page.evaluate(() => document.documentElement.lang);
      await page.waitForTimeout(3000);
      // Each face once: the page asks for a face again when it keeps it for offline play
      // (src/app/offline-fonts.ts), and the HTTP cache answers.
      const faces = await page.evaluate(() => [
        ...new Map(
          performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.woff2'))
            .reverse()
            .map((e) => [e.name, (e as PerformanceResourceTiming).responseEnd] as const),
        ),
      ]);
      const fontKB = (list: (readonly [string, number])[]) =>
        list.reduce((n, [u]) => n + sizeOf(u), 0) / 1024;
      const early = faces.filter(([, end]) => end <= firstChoice);
      console.log(
        `${lang.padEnd(8)} ${kB.toFixed(1)} kB gzip before the first choice (${files.length} files, <html lang="${htmlLang}"); ` +
          `fonts ${fontKB(early).toFixed(1)} kB before it, ${fontKB(faces).toFixed(1)} kB by 3 s after (${faces.length} files)`,
      );
      if (process.argv.includes('--files'))
        for (const f of [...files, ...faces.map(([u]) => u)])
          console.log(`           ${(gzipOf(f) / 1024).toFixed(1).padStart(5)} ${new URL(f).pathname}`);
      await close();
    }
  } finally {
    await server.close();
    await browser.close();
  }
}

await main();
