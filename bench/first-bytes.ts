/**
 * `npm run bench:bytes` — the JavaScript (gzip) a learner loads before the first choice, per
 * interface language: the built game (dist/, `npx vite build` first) opened at `?story=lost-face`
 * and at `?story=lost-face&lang=<tag>`, counting every .js that finished loading before the first
 * choice was painted (as `npm run bench` does for English). Budget: 30 kB each.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/browser/browser.ts';
import { load, serve } from './lib.ts';

const DIST = resolve(process.env.DIST ?? 'dist');
const LANGS = ['en', 'zh-Hans', 'ja', 'es', 'en-XA'];

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
      console.log(
        `${lang.padEnd(8)} ${kB.toFixed(1)} kB gzip before the first choice (${files.length} files, <html lang="${htmlLang}">)`,
      );
      if (process.argv.includes('--files'))
        for (const f of files)
          console.log(`           ${(gzipOf(f) / 1024).toFixed(1).padStart(5)} ${new URL(f).pathname}`);
      await close();
    }
  } finally {
    await server.close();
    await browser.close();
  }
}

await main();
