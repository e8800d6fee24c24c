/**
 * Live-room benchmark, two server processes sharing rooms through Redis (--redis), on loopback.
 *
 *   npx tsx bench/live/cluster.ts [--rooms 3] [--participants 1000] [--story lost-face] [--no-write]
 *                                 [--server DIR]   (the servers of another tree, to compare)
 *
 * Debian's redis-server on a free loopback port (a temporary folder, no persistence), two server
 * processes (server-child.ts redis:URL), the facilitators' consoles in a process of their own
 * (each on the process that does not run its room), the phones in the benchmark process: each
 * room's phones alternate between the two processes, each room from its own loopback address
 * (127.0.0.1x, a workshop behind its own NAT). Rooms are created on alternate processes, so both
 * run rooms. Rounds: every phone of every room votes at once; then 600 votes a second across the
 * rooms. Then a kill: at 600 votes a second, process 1 — which runs rooms 1 and 3 and holds half
 * of the phones — is killed with SIGKILL part way through the round. Measured: the time until each
 * of its rooms answers again (a console on process 2 asks every 10 ms), the time until its phones
 * are back on process 2 (reconnected and rejoined with their tokens, as behind a proxy), and from
 * each room's export that no acknowledged vote is lost. Writes its section of bench/live/RESULTS.md.
 */
import { resolve } from 'node:path';
import type { CreateReply, ExportReply } from '../../src/core/live/protocol.ts';
import { startRedis } from '../../tests/unit/server/redis-helpers.ts';
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
  together,
  voteRound,
  writeSection,
  type Phone,
  type Round,
} from './lib.ts';

const { values: args, participants: N } = benchArgs(
  'bench/live/cluster',
  { rooms: { type: 'string', default: '3' }, server: { type: 'string' } },
  { min: 10, max: 2000 },
);
const ROOMS = Math.min(9, Math.max(2, Number(args.rooms) || 3));
const PACE = 600;

interface Room {
  code: string;
  secret: string;
  host: Awaited<ReturnType<typeof connect>>;
  phones: Phone[];
}

async function main(): Promise<void> {
  const redis = await startRedis();
  // --server DIR: the servers of another tree (an earlier commit's `git archive`), to compare.
  const code = args.server ? resolve(args.server) : undefined;
  const servers = await Promise.all([
    startServer(`redis:${redis.url}`, 'stories', code),
    startServer(`redis:${redis.url}`, 'stories', code),
  ]);
  const [p1, p2] = servers as [(typeof servers)[0], (typeof servers)[0]];
  const consoles = await startConsoles();
  try {
    const rooms: Room[] = [];
    const joinStart = performance.now();
    for (let r = 0; r < ROOMS; r++) {
      const owner = servers[r % 2]!;
      const host = await connect(owner.url);
      const created = await call<CreateReply>(host, 'create', { storyId: args.story, size: N });
      if (!created.ok) throw new Error(created.error.message);
      await consoles.watch(servers[(r + 1) % 2]!.url, created.code, created.secret);
      const phones = await joinPhones([p1.url, p2.url], created.code, N, `127.0.0.${11 + r}`);
      rooms.push({ code: created.code, secret: created.secret, host, phones });
    }
    const joinSeconds = (performance.now() - joinStart) / 1000;
    await sleep(1000);
    const cpu = async () => (await p1.cpu()) + (await p2.cpu());
    const round = async (name: string, decision: number, perSecond: number | null) => {
      const before = await cpu();
      const each = await Promise.all(
        rooms.map((room) =>
          voteRound(name, room.phones, decision, perSecond && perSecond / ROOMS, () =>
            consoles.tallies(room.code),
          ),
        ),
      );
      return { ...together(name, each), cpuMs: (await cpu()) - before };
    };
    const advance = async (decision: number) => {
      for (const room of rooms) {
        const r = await call(room.host, 'host', {
          type: 'advance',
          code: room.code,
          secret: room.secret,
          decision,
          choice: 0,
        });
        if (!r.ok) throw new Error(`advance: ${r.error.message}`);
      }
      await sleep(500);
    };
    const rounds: Round[] = [];
    rounds.push(await round(`burst: ${ROOMS * N} at once`, 0, null));
    await advance(0);
    rounds.push(await round(`paced: ${PACE} votes/s`, 1, PACE));
    await advance(1);

    // The kill: process 1 (rooms 1, 3…, half of the phones) is SIGKILLed part way through a round.
    const killed = rooms.filter((_, r) => r % 2 === 0);
    const all = rooms.flatMap((room) => room.phones.map((p, i) => ({ room, p, i })));
    const acked = new Map<Phone, number>();
    const pending = new Map<Phone, number>();
    let killedAt = 0;
    const voting = all.map(async ({ p, i }, k) => {
      await sleep((k / PACE) * 1000);
      if (!p.socket.connected) return;
      pending.set(p, i % 2);
      const r = await call(p.socket, 'vote', { decision: 2, choice: i % 2 }, 15_000);
      if (r.ok) acked.set(p, i % 2);
    });
    await sleep(((all.length * 0.4) / PACE) * 1000);
    p1.child.kill('SIGKILL');
    killedAt = clock();
    // A console on process 2, in the consoles' process (not held up by this one), asks each room
    // of process 1 every 10 ms until it answers.
    const answered = await Promise.all(
      killed.map((room) => consoles.probe(p2.url, room.code, room.secret).then((t) => t - killedAt)),
    );
    const probe = await connect(p2.url);
    // The phones of process 1 come back on process 2 and rejoin with their tokens.
    const gone = all.filter(({ p }) => p.url === p1.url);
    const back = await Promise.all(
      gone.map(async ({ room, p }) => {
        p.socket = await connect(p2.url, `127.0.0.${11 + rooms.indexOf(room)}`);
        const r = await call(p.socket, 'join', { code: room.code, name: 'ignored', token: p.token });
        if (!r.ok) throw new Error(`rejoin: ${r.error.message}`);
        return clock() - killedAt;
      }),
    );
    await Promise.all(voting);
    const lost: string[] = [];
    let checked = 0;
    for (const room of rooms) {
      const r = await call<ExportReply>(probe, 'host', {
        type: 'export',
        code: room.code,
        secret: room.secret,
        format: 'json',
      });
      if (!r.ok) throw new Error(`export: ${r.error.message}`);
      const log = (
        JSON.parse(r.data) as {
          votes: { participant: string; decision: number; choice: number; final: boolean }[];
        }
      ).votes;
      const kept = new Map(
        log.filter((v) => v.decision === 2 && v.final).map((v) => [v.participant, v.choice]),
      );
      for (const p of room.phones) {
        if (!acked.has(p)) continue;
        checked++;
        if (kept.get(p.id) !== acked.get(p)) lost.push(p.id);
      }
    }
    const unacked = [...pending.keys()].filter((p) => !acked.has(p)).length;
    const answers = answered.map((t) => ms(t)).join(', ');
    const lines = [
      '## Two processes sharing rooms through Redis (`npx tsx bench/live/cluster.ts`)',
      '',
      `${ROOMS} rooms × ${N} participants = ${ROOMS * N} on loopback; each room's phones alternate between the two`,
      'server processes (votes from both), each room from its own loopback address; rooms created on',
      'alternate processes; each facilitator’s console, in a process of its own, on the process that does',
      'not run its room. Redis: Debian’s redis-server on loopback. Method: the header of bench/live/cluster.ts.',
      'Server CPU: both processes together (user + system), which other load on the machine does not inflate.',
      '',
      `- Date: ${new Date().toISOString()}; Node ${process.version}; commit ${commit()}; story \`${args.story}\``,
      `- Machine: ${machine()}`,
      `- ${ROOMS * N} joined in ${joinSeconds.toFixed(1)} s (waves of 100 per room).`,
      '',
      ...ROUND_HEADER,
      ...rounds.map(roundRow),
      '',
      `**Process 1 killed (SIGKILL) part way through a round at ${PACE} votes/s** (it ran ${killed.length} of the rooms and held ${gone.length} phones):`,
      '',
      `- Its rooms answered again after: ${answers} (a console on process 2 asking every 10 ms).`,
      `- Its phones back on process 2, rejoined with their tokens: all ${gone.length} after ${ms(Math.max(...back))} (p50 ${ms(percentile(back, 50))}).`,
      `- Acknowledged votes lost: **${lost.length}** of ${checked} acknowledged (checked against each room's export); ${unacked} votes sent were not acknowledged (sent to the killed process or in flight: the phone votes again).`,
      '',
    ];
    const report = lines.join('\n');
    console.log(report);
    if (!args['no-write']) writeSection('cluster', report);
    if (lost.length > 0 || rounds.some((r) => r.lost > 0)) process.exitCode = 1;
    for (const p of all) p.p.socket.disconnect();
    probe.disconnect();
  } finally {
    consoles.stop();
    for (const s of servers) s.stop();
    await sleep(500);
    await redis.stop();
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(), 1000).unref());
