/**
 * A restart in the middle of a vote (issue #19), with a real server process (`server/main.ts` on
 * an SQLite file, loopback only): 30 phones vote and keep changing their votes, the server is
 * killed with SIGKILL, started again on the same port and file; the phones reconnect by themselves
 * and rejoin with their tokens as the participant page does, the console resumes with its secret.
 * Every phone is the same participant with its acknowledged vote (or a later one it sent), the
 * tally and the history are the same. Then SIGTERM after the room moved on: the same again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostState, JoinReply } from '../../../src/core/live/protocol.ts';
import { ok, sleep } from './helpers.ts';
import {
  call,
  exited,
  freePort,
  lostVote,
  Processes,
  rejoinOnReconnect,
  trackedPhone,
  trackedVote,
  type TrackedPhone,
} from './processes.ts';

const PHONES = 30;
const dir = mkdtempSync(join(tmpdir(), 'rapport-restart-'));
const processes = new Processes();
afterAll(() => {
  processes.cleanUp();
  rmSync(dir, { recursive: true, force: true });
});

/** Start server/main.ts on the test's SQLite file; resolves once it listens. */
const startServer = (port: number) => processes.start(port, ['--db', join(dir, 'live.sqlite')]);
const client = (url: string) => processes.client(url);
const rejoined = (r: JoinReply | null): JoinReply => {
  if (!r) throw new Error('a phone could not rejoin with its token');
  return r;
};

describe('restart in the middle of a vote', () => {
  it(
    'SIGKILL mid-vote, then SIGTERM: every phone and the console come back to the same room and votes',
    { timeout: 90_000 },
    async () => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      let server = await startServer(port);
      const host = client(url);
      await new Promise<void>((r) => host.once('connect', () => r()));
      const { code, secret } = ok(
        await call<{ code: string; secret: string }>(host, 'create', { storyId: 'mini' }),
      );
      const phones: TrackedPhone[] = [];
      for (let i = 0; i < PHONES; i++) {
        const socket = client(url);
        await new Promise<void>((r) => socket.once('connect', () => r()));
        const r = ok(await call<JoinReply>(socket, 'join', { code, name: `Phone ${i + 1}` }));
        phones.push(trackedPhone(socket, r));
      }
      const vote = (p: TrackedPhone, choice: number) => trackedVote(p, 0, choice);
      await Promise.all(phones.map((p, i) => vote(p, i % 3)));
      expect(phones.every((p) => p.lastAcked !== null)).toBe(true);

      // Mid-vote: every phone keeps changing its vote; the server is killed while votes fly.
      let voting = true;
      const changing = phones.map(async (p, i) => {
        for (let k = 1; voting; k++) {
          void vote(p, (i + k) % 3);
          await sleep(450);
        }
      });
      await sleep(1200);
      for (const p of phones) rejoinOnReconnect(p, code);
      // Killed in the same turn as a round of votes is sent: some arrive, some do not, none is acked.
      phones.forEach((p, i) => void vote(p, (i + 2) % 3));
      server.kill('SIGKILL');
      voting = false;
      const inFlight = phones.filter((p) => p.pending.length > 0).length;
      await Promise.all(changing);
      await exited(server);

      const restartedAt = performance.now();
      server = await startServer(port);
      const listening = performance.now() - restartedAt;
      const rejoins = (await Promise.all(phones.map((p) => p.rejoined))).map(rejoined);
      const everyPhoneBack = performance.now() - restartedAt;
      const resumed = ok(
        await call<{ state: HostState }>(host, 'host', { type: 'resume', code, secret }),
      ).state;
      const lost = phones.filter((p, i) => lostVote(p, rejoins[i]!.vote));
      console.log(
        `[restart] SIGKILL: new process listening after ${Math.round(listening)} ms, every phone back after ${Math.round(everyPhoneBack)} ms; votes lost: ${lost.length} of ${PHONES} (${inFlight} phones had a vote in flight)`,
      );
      expect(lost).toEqual([]);
      rejoins.forEach((r, i) => expect(r.you.id).toBe(phones[i]!.id));
      expect(resumed.room.decision).toBe(0);
      expect(resumed.tally.voters).toBe(PHONES);
      const counts = [0, 1, 2].map((c) => rejoins.filter((r) => r.vote === c).length);
      expect(resumed.tally.counts).toEqual(counts);
      expect(resumed.tally.connected).toBe(PHONES);

      // The room moves on; SIGTERM; everything is back again.
      const top = counts.indexOf(Math.max(...counts));
      ok(await call(host, 'host', { type: 'advance', code, secret, decision: 0, choice: top }));
      const history = ok(await call<{ state: HostState }>(host, 'host', { type: 'resume', code, secret }))
        .state.history;
      for (const p of phones) rejoinOnReconnect(p, code);
      server.kill('SIGTERM');
      await exited(server);
      expect(server.exitCode).toBe(0);
      server = await startServer(port);
      const again = (await Promise.all(phones.map((p) => p.rejoined))).map(rejoined);
      const after = ok(
        await call<{ state: HostState }>(host, 'host', { type: 'resume', code, secret }),
      ).state;
      expect(after.room.decision).toBe(1);
      expect(after.history).toEqual(history);
      again.forEach((r, i) => expect(r.you.id).toBe(phones[i]!.id));
      server.kill('SIGTERM');
      await exited(server);
    },
  );
});
