/** One facilitator's guide page for the dev server (plugin.ts): a page's file name in, its HTML out. */
import { parentPort, workerData } from 'node:worker_threads';
import { makeGuide } from './guides.ts';

const { root, storiesDir, seedsDir, name } = workerData as {
  root: string;
  storiesDir: string;
  seedsDir: string;
  name: string;
};
try {
  const made = makeGuide({ root, storiesDir, seedsDir }, name);
  parentPort!.postMessage(made ? { html: made.html, warnings: made.warnings } : { missing: true });
} catch (e) {
  parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
