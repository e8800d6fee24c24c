/** One facilitator's guide page for the dev server (plugin.ts): a page's path under guides/ in, its HTML out. */
import { parentPort, workerData } from 'node:worker_threads';
import { makeGuide } from './guides.ts';
import { GuideLanguageError } from './words.ts';
import type { GuideFonts } from './page.ts';

const { root, storiesDir, seedsDir, name, fonts } = workerData as {
  root: string;
  storiesDir: string;
  seedsDir: string;
  name: string;
  fonts: Readonly<Record<string, GuideFonts>>;
};
try {
  const made = makeGuide({ root, storiesDir, seedsDir, fonts }, name);
  const [lang, page] = name.includes('/') ? name.split('/') : [null, name];
  parentPort!.postMessage(
    made
      ? { html: made.html, warnings: made.warnings }
      : lang
        ? {
            missing: true,
            error: `There is no ${lang} facilitator's guide ${page}: the story or module is not translated into ${lang} (translations/${lang}/). The English guide is /guides/${page}.`,
          }
        : { missing: true },
  );
} catch (e) {
  // A language no guide is made in: not found, and why.
  if (e instanceof GuideLanguageError) parentPort!.postMessage({ missing: true, error: e.message });
  else parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
