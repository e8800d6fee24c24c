/**
 * Two real server processes (`server/main.ts --redis`) sharing a room through Debian's
 * redis-server, all on loopback, each behind a small TCP proxy that sends a connection to the
 * process it prefers while that one is up, else to the other (as a load balancer with health
 * checks does). The facilitator and half of the 30 phones are on process 1 (which runs the room),
 * the other half on process 2. Votes from both, the tally at the facilitator, reveal and advance.
 * Then process 1 is killed with SIGKILL while every phone keeps changing its vote: process 2 takes
 * the room over, the phones of process 1 reconnect to it and rejoin with their tokens, the
 * facilitator's console resumes there; no acknowledged vote is lost (the export is checked), the
 * tally counts each phone once, and the room moves on to its ending.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportReply, HostState, JoinReply, RoomState, Tally } from '../../../src/core/live/protocol.ts';
import { next, ok, sleep } from './helpers.ts';
import {
  call,
  connected,
  exited,
  freePort,
  lostVote,
  Processes,
  rejoinOnReconnect,
  trackedPhone,
  trackedVote,
  type TrackedPhone,
} from './processes.ts';
import { startProxy, startRedis, type Proxy, type RedisServer } from './redis-helpers.ts';

const PHONES = 30;
const processes = new Processes();
const proxies: Proxy[] = [];
let redis: RedisServer | null = null;
afterAll(async () => {
  processes.cleanUp();
  for (const p of proxies) await p.close();
  await redis?.stop();
});

const startServer = (port: number, redisUrl: string) => processes.start(port, ['--redis', redisUrl]);
const client = (port: number) => processes.client(`http://127.0.0.1:${port}`);

type Phone = TrackedPhone & { onFirst: boolean };

describe('two server processes sharing a room through Redis', () => {
  it(
    'phones on both, the facilitator on one; SIGKILL of the room’s process mid-vote: the room goes on in the other',
    { timeout: 120_000 },
    async () => {
      redis = await startRedis();
      const [port1, port2] = [await freePort(), await freePort()];
      const [first, second] = await Promise.all([
        startServer(port1, redis.url),
        startServer(port2, redis.url),
      ]);
      const toFirst = await startProxy([port1, port2]);
      const toSecond = await startProxy([port2, port1]);
      proxies.push(toFirst, toSecond);

      const host = client(toFirst.port);
      await connected(host);
      const { code, secret } = ok(
        await call<{ code: string; secret: string }>(host, 'create', { storyId: 'mini' }),
      );
      const phones: Phone[] = [];
      for (let i = 0; i < PHONES; i++) {
        const onFirst = i % 2 === 0;
        const socket = client(onFirst ? toFirst.port : toSecond.port);
        await connected(socket);
        const r = ok(await call<JoinReply>(socket, 'join', { code, name: `Phone ${i + 1}` }));
        phones.push({ ...trackedPhone(socket, r), onFirst });
      }
      const vote = trackedVote;

      // Decision 1: votes from both processes; the facilitator sees each phone once, reveals, advances.
      const all = next<Tally>(host, 'tally', 10_000, (t) => t.voters === PHONES && t.connected === PHONES);
      const votes = await Promise.all(phones.map((p, i) => vote(p, 0, i % 3)));
      expect(votes.every((r) => r.ok)).toBe(true);
      expect((await all).counts).toEqual([10, 10, 10]);
      const revealed = phones.map((p) =>
        next<RoomState>(p.socket, 'room', 10_000, (r) => r.phase === 'revealed'),
      );
      ok(await call(host, 'host', { type: 'reveal', code, secret, decision: 0 }));
      for (const r of await Promise.all(revealed)) expect(r.result?.voters).toBe(PHONES);
      const moved = phones.map((p) => next<RoomState>(p.socket, 'room', 10_000, (r) => r.decision === 1));
      ok(await call(host, 'host', { type: 'advance', code, secret, decision: 0, choice: 0 }));
      await Promise.all(moved);
      for (const p of phones) [p.lastAcked, p.pending] = [null, []];

      // Decision 2, mid-vote: every phone keeps changing its vote; process 1 (the room's) is killed.
      await Promise.all(phones.map((p, i) => vote(p, 1, i % 2)));
      let voting = true;
      const changing = phones.map(async (p, i) => {
        for (let k = 1; voting; k++) {
          void vote(p, 1, (i + k) % 2);
          await sleep(450);
        }
      });
      await sleep(1200);
      for (const p of phones.filter((q) => q.onFirst)) rejoinOnReconnect(p, code);
      phones.forEach((p, i) => void vote(p, 1, (i + 1) % 2));
      first.kill('SIGKILL');
      const killedAt = performance.now();
      voting = false;
      const inFlight = phones.filter((p) => p.pending.length > 0).length;
      await Promise.all(changing);
      await exited(first);

      // The room answers again from process 2 (a console there asks until it does).
      const probe = client(toSecond.port);
      await connected(probe);
      let answered: HostState | null = null;
      for (let i = 0; i < 200 && !answered; i++) {
        const r = await call<{ state: HostState }>(probe, 'host', { type: 'resume', code, secret });
        if (r.ok) answered = r.state;
        else await sleep(20);
      }
      const answersAfter = performance.now() - killedAt;
      const rejoins = await Promise.all(phones.map((p) => p.rejoined));
      const everyPhoneBack = performance.now() - killedAt;
      expect(answered?.room.decision).toBe(1);
      rejoins.forEach((r, i) => expect(r?.you.id).toBe(phones[i]!.id));
      await sleep(1500); // votes still in flight settle (retried by process 2, or refused)

      // The facilitator's console reconnected (through its proxy, to process 2) and resumes.
      await connected(host);
      const state = ok(
        await call<{ state: HostState }>(host, 'host', { type: 'resume', code, secret }),
      ).state;
      const exported = ok(
        await call<ExportReply>(host, 'host', { type: 'export', code, secret, format: 'json' }),
      );
      const log = (
        JSON.parse(exported.data) as {
          votes: { participant: string; decision: number; choice: number; final: boolean }[];
        }
      ).votes;
      const kept = new Map(
        log.filter((v) => v.decision === 1 && v.final).map((v) => [v.participant, v.choice]),
      );
      const lost = phones.filter((p) => lostVote(p, kept.get(p.id)));
      console.log(
        `[cluster] SIGKILL of the room's process: the room answered again after ${Math.round(answersAfter)} ms; every phone of the killed process back on the other after ${Math.round(everyPhoneBack)} ms; acknowledged votes lost: ${lost.length} of ${PHONES} (${inFlight} phones had a vote in flight)`,
      );
      expect(lost.map((p) => p.id)).toEqual([]);
      expect(state.room.decision).toBe(1);
      expect(state.tally.voters).toBe(PHONES);
      expect(state.tally.counts).toEqual([0, 1].map((c) => [...kept.values()].filter((v) => v === c).length));
      for (let i = 0; i < 50 && state.tally.connected !== PHONES; i++) {
        await sleep(100);
        state.tally = ok(
          await call<{ state: HostState }>(host, 'host', { type: 'resume', code, secret }),
        ).state.tally;
      }
      expect(state.tally.connected).toBe(PHONES);

      // The room moves on to its ending, for the phones of both processes.
      const ended = phones.map((p) => next<RoomState>(p.socket, 'room', 10_000, (r) => r.phase === 'ended'));
      ok(await call(host, 'host', { type: 'advance', code, secret, decision: 1, choice: 0 }));
      await Promise.all(ended);
      second.kill('SIGTERM');
      await exited(second);
      expect(second.exitCode).toBe(0);
    },
  );
});
