/**
 * The live-room server in its own process for the benchmark (so its memory and its CPU are its
 * own), on a free loopback port. Talks to the benchmark over IPC: sends `{ port }` once
 * listening, answers `mem` with process.memoryUsage() after a full garbage collection and `cpu`
 * with the CPU time it has used (ms, user + system; `main`: its main thread's alone, on Linux),
 * stops on `stop`.
 *
 *   server-child.ts STORIES [memory | sqlite:FILE | redis:URL]
 *
 * memory: nothing written (as the first benchmark ran); sqlite: the default of `npm run live`,
 * every change written through to the file before it is acknowledged; redis: one of several
 * processes sharing rooms (--redis).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { startLiveServer } from '../../server/app.ts';
import { openCluster } from '../../server/cluster/open.ts';
import { openSqliteStore } from '../../server/store/open.ts';

const [stories = 'stories', store = 'memory'] = process.argv.slice(2);
const server = await startLiveServer({
  host: '127.0.0.1',
  port: 0,
  staticDirs: [],
  storiesDir: resolve(stories),
  sweepEveryMs: 0,
  ...(store.startsWith('sqlite:') ? { store: openSqliteStore(store.slice('sqlite:'.length)) } : {}),
  ...(store.startsWith('redis:') ? { cluster: await openCluster(store.slice('redis:'.length)) } : {}),
  // 1,000 participants from one address in about a second: past the default pacing of newcomers
  // per address (100, then 2 a second), which keeps bots from filling a room. Every other limit holds.
  limits: { addressNewcomers: { burst: 5000, perSecond: 1000 } },
});
server.stories.list(); // compile before anything is measured

const gc = (globalThis as { gc?: () => void }).gc;
let profiler: Session | null = null;
process.on('message', (msg: unknown) => {
  const profile = (msg as { profile?: string } | null)?.profile;
  if (profile !== undefined) return void cpuProfile(profile);
  if (msg === 'mem') {
    gc?.();
    gc?.();
    process.send?.({ mem: process.memoryUsage(), gc: !!gc });
  } else if (msg === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpu: (user + system) / 1000, main: mainThreadCpu() });
  } else if (msg === 'stop') {
    void server.close().then(() => process.exit(0));
  }
});
/** `{ profile: 'start' }` starts V8's CPU profiler; `{ profile: FILE }` stops it and writes FILE (.cpuprofile). */
async function cpuProfile(to: string): Promise<void> {
  if (to === 'start') {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.post('Profiler.start');
  } else if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(to, JSON.stringify(profile));
    profiler.disconnect();
    profiler = null;
  }
  process.send?.({ profiled: to });
}
/**
 * The CPU time of the main thread alone (ms): Linux's per-thread scheduler statistics, in ns
 * (Node 20 has no process.threadCpuUsage). The SQLite store's worker thread is not in it. NaN elsewhere.
 */
function mainThreadCpu(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}
process.on('disconnect', () => process.exit(0));
process.send?.({ port: server.port });
