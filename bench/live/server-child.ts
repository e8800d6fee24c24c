/**
 * The live-room server in its own process for the benchmark (so its memory is its own), on a free
 * loopback port. Talks to bench/live/run.ts over IPC: sends `{ port }` once listening, answers
 * `mem` with process.memoryUsage() after a full garbage collection, stops on `stop`.
 */
import { resolve } from 'node:path';
import { startLiveServer } from '../../server/app.ts';

const server = await startLiveServer({
  host: '127.0.0.1',
  port: 0,
  staticDirs: [],
  storiesDir: resolve(process.argv[2] ?? 'stories'),
  sweepEveryMs: 0,
  // 1,000 participants from one address in about a second: past the default pacing of newcomers
  // per address (100, then 2 a second), which keeps bots from filling a room. Every other limit holds.
  limits: { addressNewcomers: { burst: 5000, perSecond: 1000 } },
});
server.stories.list(); // compile before anything is measured

const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', (msg: unknown) => {
  if (msg === 'mem') {
    gc?.();
    gc?.();
    process.send?.({ mem: process.memoryUsage(), gc: !!gc });
  } else if (msg === 'stop') {
    void server.close().then(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
process.send?.({ port: server.port });
