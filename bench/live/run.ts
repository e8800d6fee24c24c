/**
 * Live-room benchmark, one server process: 1,000 simulated participants in one room, on loopback.
 *
 *   npx tsx bench/live/run.ts [--participants 1000] [--story lost-face] [--store memory,sqlite]
 *                             [--console own|same] [--rounds burst,200,500] [--repeat 1]
 *                             [--baseline DIR] [--profile DIR] [--no-write]
 *
 * For each store (memory: nothing written, as the first benchmark ran; sqlite: the default of
 * `npm run live`, every change in the file before it is acknowledged) the server runs in a child
 * process (server-child.ts) with --expose-gc, so its memory is measured alone: heap and RSS after
 * a full GC, before and after the participants join. Then three decisions: every participant
 * votes at once (a burst), then at 200 and 500 votes a second (`--rounds` picks some). Vote-to-tally
 * latency is measured at the facilitator's console: the k-th vote sent counts as seen when a tally
 * first shows at least k voters. The console runs in its own process (console-child.ts) — it is
 * another device than the phones, and the benchmark process sending a thousand votes in one go
 * would otherwise hold up the tallies it receives; `--console same` puts it in the benchmark
 * process, as the first version of this benchmark did. A vote is lost if its acknowledgement is
 * not ok or the final tally has fewer voters than votes sent; the exported JSON is checked too.
 *
 * Comparing on a shared, noisy machine: `--baseline DIR` runs the server of another tree too (a
 * `git archive` of an earlier commit with node_modules linked), alternating with this one run for
 * run (the first of each pair alternates too), `--repeat N` times; the report adds each run's
 * burst p95 and server CPU, their medians and the ratios. `--profile DIR` writes a V8 CPU profile
 * of this tree's server during each burst (open it in Chrome's DevTools). Writes its section of
 * bench/live/RESULTS.md. Every loop is bounded, every wait has a timeout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CreateReply, ExportReply, Tally } from '../../src/core/live/protocol.ts';
import {
  benchArgs,
  call,
  clock,
  commit,
  connect,
  joinPhones,
  machine,
  ms,
  percentile,
  ROUND_HEADER,
  roundRow,
  sleep,
  startConsoles,
  startServer,
  voteRound,
  writeSection,
  type Round,
  type Seen,
} from './lib.ts';

const { values: args, participants: N } = benchArgs(
  'bench/live',
  {
    store: { type: 'string', default: 'memory,sqlite' },
    console: { type: 'string', default: 'own' },
    rounds: { type: 'string', default: 'burst,200,500' },
    repeat: { type: 'string', default: '1' },
    baseline: { type: 'string' },
    profile: { type: 'string' },
  },
  { min: 1, max: 5000 },
);
const REPEAT = Math.min(20, Math.max(1, Math.floor(Number(args.repeat)) || 1));
const ROUNDS = args.rounds.split(',').map((r) => {
  if (r === 'burst') return null;
  const perSecond = Number(r);
  if (!(perSecond > 0)) throw new Error(`bench/live: --rounds takes burst or votes a second, not “${r}”.`);
  return perSecond;
});

interface Outcome {
  store: string;
  /** This tree, or the baseline's. */
  variant: 'this' | 'baseline';
  rounds: Round[];
  exported: number;
  joinSeconds: number;
  heap: [number, number];
  rss: [number, number];
}

async function measure(
  store: string,
  variant: Outcome['variant'],
  run: number,
  consoles: Awaited<ReturnType<typeof startConsoles>>,
): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const server = await startServer(
    store === 'sqlite' ? `sqlite:${join(dir, 'live.sqlite')}` : store,
    'stories',
    variant === 'baseline' ? resolve(args.baseline!) : undefined,
  );
  try {
    const host = await connect(server.url);
    const created = await call<CreateReply>(host, 'create', { storyId: args.story });
    if (!created.ok) throw new Error(created.error.message);
    const { code, secret } = created;
    let seen: () => Seen[];
    if (args.console === 'same') {
      const list: Seen[] = [];
      host.on('tally', (tally: Tally) => list.push({ t: clock(), tally }));
      seen = () => list;
    } else {
      await consoles.watch(server.url, code, secret);
      seen = () => consoles.tallies(code);
    }
    await sleep(200);
    const before = await server.memory();
    const joinStart = performance.now();
    const phones = await joinPhones([server.url], code, N);
    const joinSeconds = (performance.now() - joinStart) / 1000;
    await sleep(500);
    const after = await server.memory();
    const rounds: Round[] = [];
    for (const [decision, perSecond] of ROUNDS.entries()) {
      if (decision > 0) {
        const r = await call(host, 'host', {
          type: 'advance',
          code,
          secret,
          decision: decision - 1,
          choice: 0,
        });
        if (!r.ok) throw new Error(`advance: ${r.error.message}`);
        await sleep(300);
      }
      const name = perSecond ? `paced: ${perSecond} votes/s` : 'burst: all at once';
      const profiled = args.profile && variant === 'this' && !perSecond;
      if (profiled) await server.profile('start');
      rounds.push(await voteRound(name, phones, decision, perSecond, seen, server.cpu, server.mainCpu));
      if (profiled)
        await server.profile({ file: resolve(args.profile!, `burst-${store}-${run}.cpuprofile`) });
    }
    const exported = await call<ExportReply>(host, 'host', { type: 'export', code, secret, format: 'json' });
    for (const p of phones) p.socket.disconnect();
    host.disconnect();
    return {
      store,
      variant,
      rounds,
      exported: exported.ok ? (JSON.parse(exported.data) as { votes: unknown[] }).votes.length : -1,
      joinSeconds,
      heap: [before.heapUsed, after.heapUsed],
      rss: [before.rss, after.rss],
    };
  } finally {
    server.stop();
    await Promise.race([server.exited, sleep(5000)]);
    rmSync(dir, { recursive: true, force: true });
  }
}

const MiB = (x: number) => (x / 2 ** 20).toFixed(1);
const median = (xs: number[]) => percentile(xs, 50);

/** Every run's burst p95 and server CPU, with medians (and, against a baseline, the ratios). */
function series(outcomes: Outcome[], stores: string[]): string[] {
  const burst = (o: Outcome) => o.rounds.find((r) => r.name.startsWith('burst'));
  const variants: Outcome['variant'][] = args.baseline ? ['baseline', 'this'] : ['this'];
  const lines = [
    `### 1,000 votes at once, run by run (${REPEAT} run${REPEAT > 1 ? 's' : ''}${args.baseline ? ', alternating with the baseline' : ''})`,
    '',
    args.baseline ? `Baseline: the server of \`${args.baseline}\`.` : '',
    '',
    '| store | server | burst p95, each run | median | server CPU, each run | median | main thread CPU, each run | median |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const medians = new Map<string, { p95: number; cpu: number }>();
  for (const store of stores)
    for (const variant of variants) {
      const rounds = outcomes
        .filter((o) => o.store === store && o.variant === variant)
        .flatMap((o) => burst(o) ?? []);
      const p95 = rounds.map((r) => r.p95);
      const cpu = rounds.map((r) => r.cpuMs);
      const main = rounds.map((r) => r.mainCpuMs);
      const known = (xs: number[], f: (xs: number[]) => string) => (xs.some(Number.isNaN) ? '–' : f(xs));
      medians.set(`${store}/${variant}`, { p95: median(p95), cpu: median(cpu) });
      lines.push(
        `| ${store} | ${variant} | ${p95.map(ms).join(', ')} | **${ms(median(p95))}** | ${cpu.map(ms).join(', ')} | ${ms(median(cpu))} | ${known(main, (m) => m.map(ms).join(', '))} | ${known(main, (m) => ms(median(m)))} |`,
      );
    }
  if (args.baseline) {
    lines.push('');
    for (const store of stores) {
      const [b, t] = [medians.get(`${store}/baseline`)!, medians.get(`${store}/this`)!];
      lines.push(
        `- ${store}: this ÷ baseline, medians: burst p95 ×${(t.p95 / b.p95).toFixed(2)}, server CPU ×${(t.cpu / b.cpu).toFixed(2)}.`,
      );
    }
  }
  lines.push('');
  return lines;
}
const STORE_NAMES: Record<string, string> = {
  memory: 'memory (nothing written)',
  sqlite: 'SQLite (the default: each change in the file before it is acknowledged)',
};

async function main(): Promise<void> {
  const consoles = await startConsoles();
  const outcomes: Outcome[] = [];
  const stores = args.store.split(',');
  try {
    for (let run = 1; run <= REPEAT; run++)
      for (const store of stores) {
        const order: Outcome['variant'][] = !args.baseline
          ? ['this']
          : run % 2
            ? ['baseline', 'this']
            : ['this', 'baseline'];
        for (const variant of order) {
          const o = await measure(store, variant, run, consoles);
          const burst = o.rounds.find((r) => r.name.startsWith('burst'));
          if (burst)
            console.error(
              `run ${run} ${store} ${variant}: burst p95 ${ms(burst.p95)}, server CPU ${ms(burst.cpuMs)} (main thread ${ms(burst.mainCpuMs)}), ${burst.tallies} tallies`,
            );
          outcomes.push(o);
        }
      }
  } finally {
    consoles.stop();
  }
  const last = stores.flatMap((store) =>
    outcomes.filter((o) => o.store === store && o.variant === 'this').slice(-1),
  );
  const lines = [
    `## One process (\`npx tsx bench/live/run.ts\`)`,
    '',
    `One room, ${N} participants on loopback, all from 127.0.0.1 (one address, as behind one NAT: the`,
    'default per-address limits apply, newcomers excepted). The server runs in its own Node process;',
    'the participants are socket.io clients (WebSocket) in the benchmark process; the facilitator’s',
    args.console === 'same'
      ? 'console is in the benchmark process too (the first method).'
      : 'console in a process of its own (another device). Method: the header of bench/live/run.ts.',
    'Server CPU: the CPU time the server process used in the round (user + system) — unlike the',
    'latencies, not inflated when other processes load the machine. Main thread CPU: its main',
    'thread’s alone (Linux’s per-thread scheduler statistics), without the SQLite store’s worker thread.',
    '',
    `- Date: ${new Date().toISOString()}; Node ${process.version}; commit ${commit()}; story \`${args.story}\``,
    `- Machine: ${machine()}`,
    '',
  ];
  for (const o of last) {
    const total = o.rounds.reduce((s, r) => s + r.votes, 0);
    lines.push(
      `### Store: ${STORE_NAMES[o.store] ?? o.store}`,
      '',
      ...ROUND_HEADER,
      ...o.rounds.map(roundRow),
      '',
      `Votes lost: **${o.rounds.reduce((s, r) => s + r.lost, 0)}** of ${total}; the JSON export holds ${o.exported} votes. ` +
        `${N} joined in ${o.joinSeconds.toFixed(1)} s (waves of 100). Server heap after a full GC ${MiB(o.heap[0])} → ` +
        `${MiB(o.heap[1])} MiB (**${((o.heap[1] - o.heap[0]) / N / 1024).toFixed(1)} KiB per participant**), ` +
        `RSS ${MiB(o.rss[0])} → ${MiB(o.rss[1])} MiB.`,
      '',
    );
  }
  if (args.baseline || REPEAT > 1) lines.push(...series(outcomes, stores));
  const report = lines.join('\n');
  console.log(report);
  if (!args['no-write']) writeSection('one-process', report);
  const bad = outcomes.filter(
    (o) => o.rounds.some((r) => r.lost > 0) || o.exported !== o.rounds.reduce((s, r) => s + r.votes, 0),
  );
  if (bad.length) {
    console.error(`bench/live: votes lost with ${bad.map((o) => o.store).join(', ')}`);
    process.exitCode = 1;
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(), 1000).unref());
