/**
 * Live-room benchmark, one server process: 1,000 simulated participants in one room, on loopback.
 *
 *   npx tsx bench/live/run.ts [--participants 1000] [--story lost-face] [--store memory,sqlite]
 *                             [--console own|same] [--no-write]
 *
 * For each store (memory: nothing written, as the first benchmark ran; sqlite: the default of
 * `npm run live`, every change in the file before it is acknowledged) the server runs in a child
 * process (server-child.ts) with --expose-gc, so its memory is measured alone: heap and RSS after
 * a full GC, before and after the participants join. Then three decisions: every participant
 * votes at once (a burst), then at 200 and 500 votes a second. Vote-to-tally latency is measured
 * at the facilitator's console: the k-th vote sent counts as seen when a tally first shows at
 * least k voters. The console runs in its own process (console-child.ts) — it is another device
 * than the phones, and the benchmark process sending a thousand votes in one go would otherwise
 * hold up the tallies it receives; `--console same` puts it in the benchmark process, as the
 * first version of this benchmark did. A vote is lost if its acknowledgement is not ok or the
 * final tally has fewer voters than votes sent; the exported JSON is checked too. Writes its
 * section of bench/live/RESULTS.md. Every loop is bounded, every wait has a timeout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CreateReply, ExportReply, Tally } from '../../src/core/live/protocol.ts';
import {
  call,
  clock,
  commit,
  connect,
  joinPhones,
  machine,
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

const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '1000' },
    story: { type: 'string', default: 'lost-face' },
    store: { type: 'string', default: 'memory,sqlite' },
    console: { type: 'string', default: 'own' },
    'no-write': { type: 'boolean', default: false },
  },
});
const N = Math.min(5000, Math.max(1, Number(args.participants)));
const deadline = setTimeout(() => {
  console.error('bench/live: gave up after 15 minutes');
  process.exit(1);
}, 900_000);
deadline.unref();

interface Outcome {
  store: string;
  rounds: Round[];
  exported: number;
  joinSeconds: number;
  heap: [number, number];
  rss: [number, number];
}

async function measure(store: string, consoles: Awaited<ReturnType<typeof startConsoles>>): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const server = await startServer(store === 'sqlite' ? `sqlite:${join(dir, 'live.sqlite')}` : store);
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
    const advance = async (decision: number) => {
      const r = await call(host, 'host', { type: 'advance', code, secret, decision, choice: 0 });
      if (!r.ok) throw new Error(`advance: ${r.error.message}`);
      await sleep(300);
    };
    const rounds: Round[] = [];
    rounds.push(await voteRound('burst: all at once', phones, 0, null, seen, server.cpu));
    await advance(0);
    rounds.push(await voteRound('paced: 200 votes/s', phones, 1, 200, seen, server.cpu));
    await advance(1);
    rounds.push(await voteRound('paced: 500 votes/s', phones, 2, 500, seen, server.cpu));
    const exported = await call<ExportReply>(host, 'host', { type: 'export', code, secret, format: 'json' });
    for (const p of phones) p.socket.disconnect();
    host.disconnect();
    return {
      store,
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
const STORE_NAMES: Record<string, string> = {
  memory: 'memory (nothing written)',
  sqlite: 'SQLite (the default: each change in the file before it is acknowledged)',
};

async function main(): Promise<void> {
  const consoles = await startConsoles();
  const outcomes: Outcome[] = [];
  try {
    for (const store of args.store.split(',')) outcomes.push(await measure(store, consoles));
  } finally {
    consoles.stop();
  }
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
    'latencies, not inflated when other processes load the machine.',
    '',
    `- Date: ${new Date().toISOString()}; Node ${process.version}; commit ${commit()}; story \`${args.story}\``,
    `- Machine: ${machine()}`,
    '',
  ];
  for (const o of outcomes) {
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
