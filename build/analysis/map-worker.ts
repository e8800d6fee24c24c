/** One story map for the dev server (map-plugin.ts): a story path in, its map page out. */
import { parentPort, workerData } from 'node:worker_threads';
import { storyMapOfFile } from './story-map-page.ts';

const { file, root } = workerData as { file: string; root: string };
try {
  parentPort!.postMessage({ html: storyMapOfFile(file, { root }) });
} catch (e) {
  parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
