/**
 * Two live servers sharing rooms through Redis (--redis), in this test process: Debian's
 * redis-server on a free loopback port, two servers on loopback each with its own Redis
 * connections (its own process identity), real socket.io clients. Phones on one server, the
 * facilitator's consoles on both: the room's operations run in the server that owns the room,
 * the broadcasts reach everyone, a vote is one atomic write and the tally counts it once, and a
 * room whose server stops goes on in the other. (restart-cluster.test.ts kills real processes.)
 */
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer, type LiveServerOptions } from '../../../server/app.ts';
import { openCluster } from '../../../server/cluster/open.ts';
import type {
  CreateReply,
  ExportReply,
  HostState,
  JoinReply,
  RoomState,
  Tally,
} from '../../../src/core/live/protocol.ts';
import { call, next, ok, sleep, testServerOptions } from './helpers.ts';
import { startRedis, type RedisServer } from './redis-helpers.ts';

let redis: RedisServer;
const servers = new Set<LiveServer>();
const sockets: Socket[] = [];
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  for (const server of servers) await server.close();
  await redis?.stop();
});

async function start(prefix: string, options: Partial<LiveServerOptions> = {}): Promise<LiveServer> {
  const server = await startLiveServer(
    testServerOptions({ cluster: await openCluster(redis.url, { prefix }), ...options }),
  );
  servers.add(server);
  return server;
}

async function connect(url: string): Promise<Socket> {
  const s = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, timeout: 5000 });
  sockets.push(s);
  await new Promise<void>((ok, fail) => {
    s.once('connect', () => ok());
    s.once('connect_error', fail);
  });
  return s;
}

async function phone(url: string, code: string, name: string) {
  const socket = await connect(url);
  const reply = ok(await call<JoinReply>(socket, 'join', { code, name }, 5000));
  return { socket, reply };
}

describe('two servers sharing rooms through Redis', () => {
  it(
    'phones on one server, consoles on both: votes, one tally, reveal, advance, export',
    { timeout: 30_000 },
    async () => {
      const a = await start('t1:');
      const b = await start('t1:');
      const host = await connect(b.url); // the room runs in B
      const { code, secret } = ok(await call<CreateReply>(host, 'create', { storyId: 'mini' }, 5000));
      const console2 = await connect(a.url); // a second console, on A
      ok(await call(console2, 'host', { type: 'resume', code, secret }, 5000));
      const phonesA = await Promise.all(['Ana', 'Ben', 'Chloé'].map((n) => phone(a.url, code, n)));
      const phonesB = await Promise.all(['Dan', 'Eve'].map((n) => phone(b.url, code, n)));
      const phones = [...phonesA, ...phonesB];
      expect(new Set(phones.map((p) => p.reply.you.id)).size).toBe(5);

      // Votes from both servers; Ben changes his mind: one vote each in the tally.
      const seen = next<Tally>(host, 'tally', 5000, (t) => t.voters === 5 && t.connected === 5);
      const seenOnA = next<Tally>(console2, 'tally', 5000, (t) => t.voters === 5);
      await Promise.all(
        phones.map((p, i) => call(p.socket, 'vote', { decision: 0, choice: i % 2 }, 5000).then(ok)),
      );
      await seen;
      await seenOnA;
      const changed = next<Tally>(host, 'tally', 5000, (t) => t.counts[0] === 4);
      ok(await call(phonesA[1]!.socket, 'vote', { decision: 0, choice: 0 }, 5000));
      expect(await changed).toMatchObject({ decision: 0, voters: 5, counts: [4, 1, 0] });

      // The console on A reveals and advances; everyone, on both servers, sees it.
      const revealed = phones.map((p) =>
        next<RoomState>(p.socket, 'room', 5000, (r) => r.phase === 'revealed'),
      );
      ok(await call(console2, 'host', { type: 'reveal', code, secret, decision: 0 }, 5000));
      for (const r of await Promise.all(revealed)) expect(r.result).toEqual({ counts: [4, 1, 0], voters: 5 });
      const moved = phones.map((p) => next<RoomState>(p.socket, 'room', 5000, (r) => r.decision === 1));
      const advanced = ok(
        await call<{ state: HostState; record: { taken: number; by: string } }>(
          console2,
          'host',
          { type: 'advance', code, secret, decision: 0 },
          5000,
        ),
      );
      expect(advanced.record).toMatchObject({ taken: 0, by: 'majority' });
      await Promise.all(moved);
      // A stale command (a double click on the other console) is refused, not applied twice.
      const stale = await call(host, 'host', { type: 'advance', code, secret, decision: 0 }, 5000);
      expect(stale).toMatchObject({ ok: false, error: { code: 'stale' } });
      // A wrong secret from A gets the same answer as no room.
      const wrong = await call(console2, 'host', { type: 'resume', code, secret: '0'.repeat(32) }, 5000);
      expect(wrong).toMatchObject({ ok: false, error: { code: 'forbidden' } });

      const exported = ok(
        await call<ExportReply>(console2, 'host', { type: 'export', code, secret, format: 'json' }, 5000),
      );
      const votes = (JSON.parse(exported.data) as { votes: { name: string; final: boolean }[] }).votes;
      expect(votes).toHaveLength(6);
      expect(votes.filter((v) => v.final)).toHaveLength(5);
    },
  );

  it(
    'a room whose server stops goes on in the other, with its votes and people',
    { timeout: 30_000 },
    async () => {
      const a = await start('t2:');
      const b = await start('t2:');
      const host = await connect(a.url); // the room runs in A
      const { code, secret } = ok(await call<CreateReply>(host, 'create', { storyId: 'mini' }, 5000));
      const phones = await Promise.all(['Fay', 'Gus', 'Hal'].map((n) => phone(b.url, code, n)));
      await Promise.all(
        phones.map((p, i) => call(p.socket, 'vote', { decision: 0, choice: i % 3 }, 5000).then(ok)),
      );

      const t0 = performance.now();
      await a.close();
      servers.delete(a);
      // The phones on B carry on: B runs the room now.
      ok(await call(phones[0]!.socket, 'vote', { decision: 0, choice: 1 }, 5000));
      const answeredAfter = performance.now() - t0;
      const console2 = await connect(b.url);
      const state = ok(
        await call<{ state: HostState }>(console2, 'host', { type: 'resume', code, secret }, 5000),
      ).state;
      expect(state.tally).toMatchObject({ decision: 0, voters: 3, counts: [0, 2, 1] });
      // The connections on B are counted again by the new owner.
      for (let i = 0; i < 40 && state.tally.connected !== 3; i++) {
        await sleep(50);
        state.tally = ok(
          await call<{ state: HostState }>(console2, 'host', { type: 'resume', code, secret }, 5000),
        ).state.tally;
      }
      expect(state.tally.connected).toBe(3);
      expect(state.participants.map((p) => p.name)).toEqual(['Fay', 'Gus', 'Hal']);
      expect(answeredAfter).toBeLessThan(3000);
    },
  );
});

/** What a refused reply's code is, or 'ok'. */
const outcome = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('limits shared by the processes (--redis)', () => {
  it(
    'wrong codes spread over both servers spend one failed-join budget for the address',
    { timeout: 30_000 },
    async () => {
      const limits = { addressFailedJoins: { burst: 4, perSecond: 0.01 } };
      const a = await start('t3:', { limits });
      const b = await start('t3:', { limits });
      const host = await connect(a.url);
      const { code } = ok(await call<CreateReply>(host, 'create', { storyId: 'mini' }, 5000));
      // Eight connections, alternating between the servers, one wrong code each (each connection's
      // own budget is 5): the address may try 4 codes in all, not 4 on each server.
      const answers: string[] = [];
      for (let i = 0; i < 8; i++) {
        const s = await connect(i % 2 ? b.url : a.url);
        answers.push(outcome(await call(s, 'join', { code: 'ZZZZZZ', name: `Guess ${i}` }, 5000)));
      }
      expect(answers).toEqual([...Array(4).fill('not-found'), ...Array(4).fill('rate-limited')]);
      // …and a real code is no longer tried from there (the same rule as on one server).
      const late = await connect(b.url);
      expect(outcome(await call(late, 'join', { code, name: 'Late' }, 5000))).toBe('rate-limited');
    },
  );

  it(
    'wrong secrets spread over both servers spend one budget; the right secret is never limited',
    { timeout: 30_000 },
    async () => {
      const limits = { addressFailedHost: { burst: 3, perSecond: 0.01 } };
      const a = await start('t4:', { limits });
      const b = await start('t4:', { limits });
      const host = await connect(a.url);
      const { code, secret } = ok(await call<CreateReply>(host, 'create', { storyId: 'mini' }, 5000));
      const [onA, onB] = [await connect(a.url), await connect(b.url)];
      const answers: string[] = [];
      for (let i = 0; i < 6; i++) {
        const wrong = { type: 'resume', code, secret: 'f'.repeat(32) };
        answers.push(outcome(await call(i % 2 ? onB : onA, 'host', wrong, 5000)));
      }
      expect(answers).toEqual([...Array(3).fill('forbidden'), ...Array(3).fill('rate-limited')]);
      ok(await call(onB, 'host', { type: 'resume', code, secret }, 5000));
      ok(await call(onA, 'host', { type: 'resume', code, secret }, 5000));
    },
  );

  it(
    "a room's places and the servers' running rooms are capped across both servers",
    { timeout: 30_000 },
    async () => {
      const a = await start('t5:', { maxRooms: 2 });
      const b = await start('t5:', { maxRooms: 2 });
      const host = await connect(a.url);
      const { code } = ok(await call<CreateReply>(host, 'create', { storyId: 'mini', size: 3 }, 5000));
      // Newcomers alternate between the servers: the room has 3 places in all.
      const answers: string[] = [];
      for (const [i, name] of ['Ida', 'Jon', 'Kai', 'Lea', 'Mo'].entries()) {
        const s = await connect(i % 2 ? b.url : a.url);
        answers.push(outcome(await call(s, 'join', { code, name }, 5000)));
      }
      expect(answers).toEqual(['ok', 'ok', 'ok', 'full', 'full']);
      // Two rooms may run on these servers together: one each is the limit, not two each.
      const hostB = await connect(b.url);
      ok(await call<CreateReply>(hostB, 'create', { storyId: 'mini' }, 5000));
      const third = await call(hostB, 'create', { storyId: 'mini' }, 5000);
      expect(outcome(third)).toBe('full');
      expect(outcome(await call(host, 'create', { storyId: 'mini' }, 5000))).toBe('full');
    },
  );
});
