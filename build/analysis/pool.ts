/**
 * Analyse several stories at once, one worker thread per core: a long story (thousands of paths)
 * no longer waits behind the others. The biggest files go first, so the longest job starts at once.
 * Each worker runs the same `analyzeStory`; results come back in the order of `files`.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeStory, type AnalyzeOptions, type StoryReport } from './analyzer.ts';
import { analyzeStoryCached } from './cache.ts';
import { compileInkFile } from '../ink/compile.ts';

export interface PoolOptions extends AnalyzeOptions {
  /** Reuse an analysis of the same compiled story by the same code (node_modules/.cache/rapport). */
  cache?: boolean;
}

/**
 * One story's report, from the disk cache when the compiled story and the analyzer's code are
 * unchanged since it was last explored (by this tool, the build or the tests).
 */
export function analyzeOne(file: string, options: PoolOptions): StoryReport {
  const { cache, ...analyze } = options;
  if (!cache) return analyzeStory(file, analyze);
  const started = performance.now();
  const compiled = compileInkFile(file, analyze.root);
  if (!compiled.json) return analyzeStory(file, analyze); // it reports the compile errors
  const report = analyzeStoryCached(file, compiled.json, analyze);
  return { ...report, ms: Math.round(performance.now() - started) };
}

const BOOT = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(
  new URL('./worker.ts', import.meta.url).href,
)}, ${JSON.stringify(import.meta.url)}))`;

export async function analyzeStories(
  files: readonly string[],
  options: PoolOptions = {},
): Promise<StoryReport[]> {
  const workers = Math.min(availableParallelism(), files.length);
  if (workers <= 1) return files.map((f) => analyzeOne(f, options));
  const order = files.map((_, i) => i).sort((a, b) => statSync(files[b]!).size - statSync(files[a]!).size);
  const results: StoryReport[] = new Array<StoryReport>(files.length);
  let next = 0;
  const run = () =>
    new Promise<void>((done, fail) => {
      // The worker loads the TypeScript analyzer through tsx's API (a `--import tsx` flag does not
      // reach worker threads on Node 20).
      const worker = new Worker(BOOT, { eval: true, workerData: options });
      const feed = () => {
        if (next >= order.length) {
          void worker.terminate().then(() => done());
          return;
        }
        const i = order[next++]!;
        worker.postMessage({ i, file: files[i] });
      };
      worker.on('message', (m: { i: number; report: StoryReport }) => {
        results[m.i] = m.report;
        feed();
      });
      worker.on('error', fail);
      feed();
    });
  await Promise.all(Array.from({ length: workers }, run));
  return results;
}
