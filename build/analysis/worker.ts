/** One analysis worker for build/analysis/pool.ts: a story path in, its report out. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeOne, type PoolOptions } from './pool.ts';

const options = workerData as PoolOptions;
parentPort!.on('message', (m: { i: number; file: string }) => {
  parentPort!.postMessage({ i: m.i, report: analyzeOne(m.file, options) });
});
