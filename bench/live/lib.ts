/**
 * What the live-room benchmarks share (run.ts: one process; cluster.ts: two processes with
 * Redis): the server in a child process (server-child.ts), the facilitators' consoles in another
 * (console-child.ts), the simulated phones (socket.io clients in the benchmark process), a round
 * of votes and its vote-to-tally latencies, and the results file.
 *
 * Times are on one clock across the processes: performance.timeOrigin + performance.now().
 */
import { execSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import type { Reply, Tally } from '../../src/core/live/protocol.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const clock = () => performance.timeOrigin + performance.now();
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
export const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The options every live benchmark takes. */
const COMMON_OPTIONS = {
  participants: { type: 'string', default: '1000' },
  story: { type: 'string', default: 'lost-face' },
  'no-write': { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

/**
 * A benchmark's command line: the common options (--participants, bounded to `participants`;
 * --story; --no-write) and its own, strict (an unknown option stops it with parseArgs' message);
 * and the deadline after which it gives up (every benchmark is bounded).
 */
export function benchArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  name: string,
  own: O,
  participants: { min: number; max: number },
  deadlineMs = 900_000,
) {
  type Options = { options: typeof COMMON_OPTIONS & O; strict: true };
  const { values } = parseArgs<Options>({ options: { ...COMMON_OPTIONS, ...own }, strict: true });
  const given = (values as { participants?: unknown }).participants;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name}: --participants takes a whole number, not “${String(given)}”.`);
  const deadline = setTimeout(() => {
    console.error(`${name}: gave up after ${deadlineMs / 60_000} minutes`);
    process.exit(1);
  }, deadlineMs);
  deadline.unref();
  return { values, participants: Math.min(participants.max, Math.max(participants.min, n)) };
}

function fromChild<T>(child: ChildProcess, key: string, timeoutMs = 60_000, whole = false): Promise<T> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`child: no ${key} in ${timeoutMs / 1000} s`)), timeoutMs);
    const on = (m: Record<string, unknown>) => {
      if (!m || typeof m !== 'object' || !(key in m)) return;
      clearTimeout(timer);
      child.off('message', on);
      ok((whole ? m : m[key]) as T);
    };
    child.on('message', on);
  });
}

export interface ServerChild {
  child: ChildProcess;
  url: string;
  memory(): Promise<NodeJS.MemoryUsage>;
  /** CPU time the server has used so far (ms, user + system): not slowed down by other processes. */
  cpu(): Promise<number>;
  /** CPU time of the server's main thread alone so far (ms; NaN where not known): without its workers. */
  mainCpu(): Promise<number>;
  /** Start V8's CPU profiler in the server, or stop it and write `file` (a .cpuprofile). */
  profile(what: 'start' | { file: string }): Promise<void>;
  stop(): void;
  exited: Promise<void>;
}

/**
 * A live server in its own process: `store` is memory, sqlite:FILE or redis:URL. `code`: the root
 * of the tree whose server runs (default: this one; another, e.g. a `git archive` of an earlier
 * commit, to compare with).
 */
export async function startServer(store: string, story = 'stories', code = ROOT): Promise<ServerChild> {
  const child = fork(resolve(code, 'bench/live/server-child.ts'), [resolve(ROOT, story), store], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const port = await fromChild<number>(child, 'port');
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    exited,
    async memory() {
      const m = fromChild<NodeJS.MemoryUsage>(child, 'mem');
      child.send('mem');
      return m;
    },
    async cpu() {
      const c = fromChild<number>(child, 'cpu');
      child.send('cpu');
      return c;
    },
    async mainCpu() {
      // A server of an earlier tree may not say (its answer to `cpu` has no `main`): NaN.
      const c = fromChild<{ cpu: number; main?: number }>(child, 'cpu', 60_000, true);
      child.send('cpu');
      return (await c).main ?? NaN;
    },
    async profile(what) {
      const done = fromChild<string>(child, 'profiled');
      child.send({ profile: what === 'start' ? 'start' : what.file });
      await done;
    },
    stop: () => (child.connected ? child.send('stop') : child.kill()),
  };
}

export interface Seen {
  t: number;
  tally: Tally;
}

/** The facilitators' consoles, in their own process: every tally they receive, per room. */
export async function startConsoles() {
  const child = fork(resolve(import.meta.dirname, 'console-child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await fromChild(child, 'ready');
  const seen = new Map<string, Seen[]>();
  child.on('message', (m: { tally?: Seen & { code: string } }) => {
    if (!m.tally) return;
    const list = seen.get(m.tally.code) ?? [];
    list.push({ t: m.tally.t, tally: m.tally.tally });
    seen.set(m.tally.code, list);
  });
  return {
    tallies: (code: string) => seen.get(code) ?? [],
    /** When (on the shared clock) room `code` on `url` first answers its facilitator. */
    probe(url: string, code: string, secret: string): Promise<number> {
      return new Promise((ok) => {
        const on = (m: { answered?: { code: string; t: number } }) => {
          if (m.answered?.code !== code) return;
          child.off('message', on);
          ok(m.answered.t);
        };
        child.on('message', on);
        child.send({ probe: { url, code, secret } });
      });
    },
    async watch(url: string, code: string, secret: string) {
      const watching = fromChild<string>(child, 'watching');
      child.send({ watch: { url, code, secret } });
      await watching;
    },
    stop: () => (child.connected ? child.send('stop') : child.kill()),
  };
}

export async function connect(url: string, localAddress?: string): Promise<Socket> {
  const s = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 20_000,
    ...(localAddress ? { localAddress } : {}),
  } as Parameters<typeof io>[1]);
  await new Promise<void>((ok, fail) => {
    s.once('connect', () => ok());
    s.once('connect_error', fail);
  });
  return s;
}

export const call = <T>(s: Socket, event: string, payload: unknown, ms = 30_000) =>
  s
    .timeout(ms)
    .emitWithAck(event, payload)
    .catch(() => ({ ok: false, error: { code: 'timeout', message: 'no answer' } })) as Promise<Reply<T>>;

export interface Phone {
  socket: Socket;
  id: string;
  token: string;
  url: string;
}

/** `n` phones join room `code`, in waves of 100; phone i connects to `urls[i % urls.length]`. */
export async function joinPhones(
  urls: string[],
  code: string,
  n: number,
  localAddress?: string,
): Promise<Phone[]> {
  const phones: Phone[] = [];
  for (let i = 0; i < n; i += 100) {
    const wave = await Promise.all(
      Array.from({ length: Math.min(100, n - i) }, async (_, j) => {
        const url = urls[(i + j) % urls.length]!;
        const socket = await connect(url, localAddress);
        const r = await call<{ you: { id: string; token: string } }>(socket, 'join', {
          code,
          name: `Participant ${i + j + 1}`,
        });
        if (!r.ok) throw new Error(`join ${i + j}: ${r.error.message}`);
        return { socket, id: r.you.id, token: r.you.token, url };
      }),
    );
    phones.push(...wave);
  }
  return phones;
}

export interface Round {
  name: string;
  votes: number;
  acked: number;
  lost: number;
  p50: number;
  p95: number;
  max: number;
  ackP50: number;
  ackP95: number;
  latencies: number[];
  ackTimes: number[];
  /** The servers' CPU time during the round (ms), when measured. */
  cpuMs: number;
  /** The server's main thread's CPU time during the round (ms), when measured. */
  mainCpuMs: number;
  /** Tallies the facilitator received for the decision. */
  tallies: number;
}

function summary(
  name: string,
  votes: number,
  acked: number,
  lost: number,
  latencies: number[],
  ackTimes: number[],
  cpuMs = NaN,
  tallies = NaN,
): Round {
  return {
    cpuMs,
    mainCpuMs: NaN,
    tallies,
    name,
    votes,
    acked,
    lost,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
    ackP50: percentile(ackTimes, 50),
    ackP95: percentile(ackTimes, 95),
    latencies,
    ackTimes,
  };
}

/** Several rooms' rounds taken together. */
export function together(name: string, rounds: Round[]): Round {
  const sum = (f: (r: Round) => number) => rounds.reduce((s, r) => s + f(r), 0);
  return summary(
    name,
    sum((r) => r.votes),
    sum((r) => r.acked),
    sum((r) => r.lost),
    rounds.flatMap((r) => r.latencies),
    rounds.flatMap((r) => r.ackTimes),
    rounds[0]?.cpuMs ?? NaN,
    sum((r) => r.tallies),
  );
}

/**
 * One decision: each phone votes once (all at once, or `perSecond`); the k-th vote sent counts as
 * seen when a tally for the decision first shows at least k voters. Lost: not acknowledged, or
 * missing from the last tally.
 */
export async function voteRound(
  name: string,
  phones: Phone[],
  decision: number,
  perSecond: number | null,
  seen: () => Seen[],
  /** The servers' CPU time so far (ms), to report what the round cost them. */
  cpu: () => Promise<number> = async () => NaN,
  /** The server's main thread's alone. */
  mainCpu: () => Promise<number> = async () => NaN,
): Promise<Round> {
  const cpuBefore = await cpu();
  const mainBefore = await mainCpu();
  const sent: number[] = [];
  const ackTimes: number[] = [];
  let acked = 0;
  const first = seen().length;
  await Promise.all(
    phones.map(async (p, i) => {
      if (perSecond) await sleep((i / perSecond) * 1000);
      const t0 = clock();
      sent.push(t0);
      const r = await call(p.socket, 'vote', { decision, choice: i % 2 });
      ackTimes.push(clock() - t0);
      if (r.ok) acked++;
      else console.error(`vote ${i}: ${r.error.message}`);
    }),
  );
  for (
    let i = 0;
    i < 200 &&
    !seen()
      .slice(first)
      .some((x) => x.tally.voters >= phones.length);
    i++
  )
    await sleep(50);
  const tallies = seen()
    .slice(first)
    .filter((x) => x.tally.decision === decision);
  sent.sort((a, b) => a - b);
  const latencies: number[] = [];
  for (let k = 1; k <= sent.length; k++) {
    const at = tallies.find((x) => x.tally.voters >= k);
    if (at) latencies.push(at.t - sent[k - 1]!);
  }
  const final = tallies.at(-1)?.tally.voters ?? 0;
  const cpuMs = (await cpu()) - cpuBefore;
  const mainCpuMs = (await mainCpu()) - mainBefore;
  const lost = sent.length - Math.min(acked, final);
  return {
    ...summary(name, sent.length, acked, lost, latencies, ackTimes, cpuMs, tallies.length),
    mainCpuMs,
  };
}

export const roundRow = (r: Round) =>
  `| ${r.name} | ${r.votes} | ${r.acked} | **${r.lost}** | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} | ${ms(r.ackP50)} | ${ms(r.ackP95)} | ${Number.isNaN(r.cpuMs) ? '–' : ms(r.cpuMs)} |`;
export const ROUND_HEADER = [
  '| round | votes | acked ok | lost | vote → tally p50 | p95 | max | vote ack p50 | vote ack p95 | server CPU |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];

export function commit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
    // The results file itself does not count: a second run would otherwise call the tree dirty.
    const dirty = execSync(
      "git status --porcelain -- server src/views/live// bench/live ':(exclude)bench/live/RESULTS.md'",
      { cwd: ROOT },
    )
      .toString()
      .trim();
    return dirty ? `${sha} (with uncommitted changes in server/, src/views/live// or bench/live/)` : sha;
  } catch {
    return 'unknown';
  }
}

export function machine(): string {
  const cpu = cpus();
  const load = loadavg().map((x) => x.toFixed(1));
  return (
    `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `${platform()} ${release()}; load average ${load.join(' / ')} (1 / 5 / 15 min) at the end of the run`
  );
}

/** Replace section `name` of bench/live/RESULTS.md (between its markers), or add it at the end. */
export function writeSection(name: string, body: string): void {
  const file = resolve(import.meta.dirname, 'RESULTS.md');
  const [begin, end] = [`<!-- begin ${name} -->`, `<!-- end ${name} -->`];
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Live rooms — benchmark results\n';
  const block = `${begin}\n${body.trim()}\n${end}`;
  const at = text.indexOf(begin);
  const next =
    at >= 0
      ? text.slice(0, at) + block + text.slice(text.indexOf(end, at) + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}
