/**
 * A restart in the middle of a vote (issue #19), with a real server process (`server/main.ts` on
 * an SQLite file, loopback only): 30 phones vote and keep changing their votes, the server is
 * killed with SIGKILL, started again on the same port and file; the phones reconnect by themselves
 * and rejoin with their tokens as the participant page does, the console resumes with its secret.
 * Every phone is the same participant with its acknowledged vote (or a later one it sent), the
 * tally and the history are the same. Then SIGTERM after the room moved on: the same again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostState, JoinReply, Reply } from '../../../src/core/live/protocol.ts';
import { FIXTURE_STORIES, ok, sleep } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const PHONES = 30;
const dir = mkdtempSync(join(tmpdir(), 'rapport-restart-'));
const children: ChildProcess[] = [];
const sockets: Socket[] = [];
afterAll(() => {
  for (const s of sockets) s.disconnect();
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });

/** Start server/main.ts; resolves once it listens. */
function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/main.ts',
      '--port',
      String(port),
      '--db',
      join(dir, 'live.sqlite'),
      '--dist',
      resolve(ROOT, 'tests/unit/server/fixtures/site'),
      '--stories',
      FIXTURE_STORIES,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let out = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${out}`)), 30_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Facilitator')) {
        clearTimeout(timer);
        ok(child);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => fail(new Error(`server exited (${code}):\n${out}`)));
  });
}

const exited = (c: ChildProcess) =>
  new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

interface Phone {
  socket: Socket;
  id: string;
  token: string;
  lastAcked: number | null;
  /** Votes sent and not acknowledged since the last acknowledged one: any may have been kept. */
  pending: number[];
  rejoined: Promise<JoinReply>;
}

const call = <T>(s: Socket, event: string, payload: unknown) =>
  s
    .timeout(5000)
    .emitWithAck(event, payload)
    .catch(() => ({ ok: false, error: { code: 'timeout' } })) as Promise<Reply<T>>;

const client = (url: string) => {
  const s = io(url, {
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
    forceNew: true,
  });
  sockets.push(s);
  return s;
};

/** After a connection socket.io could not recover, rejoin with the token (what participant.ts does). */
function rejoinOnReconnect(phone: Phone, code: string): void {
  let resolveRejoin!: (r: JoinReply) => void;
  phone.rejoined = new Promise((r) => (resolveRejoin = r));
  phone.socket.once('connect', async () => {
    const r = await call<JoinReply>(phone.socket, 'join', { code, name: 'ignored', token: phone.token });
    resolveRejoin(ok(r));
  });
}

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
      const phones: Phone[] = [];
      for (let i = 0; i < PHONES; i++) {
        const socket = client(url);
        await new Promise<void>((r) => socket.once('connect', () => r()));
        const r = ok(await call<JoinReply>(socket, 'join', { code, name: `Phone ${i + 1}` }));
        phones.push({
          socket,
          id: r.you.id,
          token: r.you.token,
          lastAcked: null,
          pending: [],
          rejoined: Promise.resolve(r),
        });
      }
      const vote = async (p: Phone, choice: number) => {
        p.pending.push(choice);
        const r = await call(p.socket, 'vote', { decision: 0, choice });
        if (r.ok) {
          p.lastAcked = choice;
          p.pending = p.pending.slice(p.pending.indexOf(choice) + 1);
        }
      };
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
      const rejoins = await Promise.all(phones.map((p) => p.rejoined));
      const everyPhoneBack = performance.now() - restartedAt;
      const resumed = ok(
        await call<{ state: HostState }>(host, 'host', { type: 'resume', code, secret }),
      ).state;
      const lost = phones.filter((p, i) => {
        const kept = rejoins[i]!.vote;
        return kept !== p.lastAcked && !p.pending.includes(kept as number);
      });
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
      const again = await Promise.all(phones.map((p) => p.rejoined));
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
