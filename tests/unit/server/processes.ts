/**
 * For the tests that run real server processes (`server/main.ts`): one started with its arguments
 * and awaited until it listens, the socket.io clients the tests open (as the pages do: reconnecting
 * by themselves), calls that answer even when the server is gone, and a phone's votes tracked the
 * way "no acknowledged vote lost" is checked — the last acknowledged vote, and those sent since,
 * any of which the server may have kept. Used by restart.test.ts (one process on an SQLite file),
 * restart-cluster.test.ts and proxy.test.ts (two processes sharing Redis).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { JoinReply, Reply } from '../../../src/core/live/protocol.ts';
import { FIXTURE_STORIES } from './helpers.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

export const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });

export const exited = (c: ChildProcess) =>
  new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

/** An acknowledged call, or `{ ok: false, error: { code: 'timeout' } }` when no answer comes. */
export const call = <T>(s: Socket, event: string, payload: unknown, ms = 8000) =>
  s
    .timeout(ms)
    .emitWithAck(event, payload)
    .catch(() => ({ ok: false, error: { code: 'timeout' } })) as Promise<Reply<T>>;

export const connected = (s: Socket) =>
  new Promise<void>((r) => (s.connected ? r() : s.once('connect', () => r())));

/** The processes and clients a test file starts, all stopped by `cleanUp` (afterAll). */
export class Processes {
  readonly children: ChildProcess[] = [];
  readonly sockets: Socket[] = [];

  /** Start server/main.ts on `port` with `args`, the fixture site and stories; resolves once it listens. */
  start(port: number, args: string[]): Promise<ChildProcess> {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/main.ts',
        '--port',
        String(port),
        ...args,
        '--dist',
        resolve(ROOT, 'tests/unit/server/fixtures/site'),
        '--stories',
        FIXTURE_STORIES,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.children.push(child);
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

  /** A client that reconnects by itself, quickly (WebSocket only unless `options` say otherwise). */
  client(url: string, options: Partial<ManagerOptions & SocketOptions> = {}): Socket {
    const s = io(url, {
      transports: ['websocket'],
      reconnectionDelay: 100,
      reconnectionDelayMax: 300,
      forceNew: true,
      ...options,
    });
    this.sockets.push(s);
    return s;
  }

  cleanUp(): void {
    for (const s of this.sockets) s.disconnect();
    for (const c of this.children) c.kill('SIGKILL');
  }
}

/** A phone whose votes are tracked: what the server must have kept is its last acknowledged vote or a later one. */
export interface TrackedPhone {
  socket: Socket;
  id: string;
  token: string;
  lastAcked: number | null;
  /** Votes sent and not acknowledged since the last acknowledged one: any may have been kept. */
  pending: number[];
  rejoined: Promise<JoinReply | null>;
}

export function trackedPhone(socket: Socket, joined: JoinReply): TrackedPhone {
  return {
    socket,
    id: joined.you.id,
    token: joined.you.token,
    lastAcked: null,
    pending: [],
    rejoined: Promise.resolve(joined),
  };
}

/** Vote, keeping track of what was sent and what was acknowledged. */
export async function trackedVote(p: TrackedPhone, decision: number, choice: number) {
  p.pending.push(choice);
  const r = await call(p.socket, 'vote', { decision, choice });
  if (r.ok) {
    p.lastAcked = choice;
    p.pending = p.pending.slice(p.pending.indexOf(choice) + 1);
  }
  return r;
}

/** Whether the server lost an acknowledged vote of `p`, given the vote it kept. */
export const lostVote = (p: TrackedPhone, kept: number | null | undefined) =>
  kept !== p.lastAcked && !p.pending.includes(kept as number);

/**
 * After a connection socket.io could not recover, rejoin with the token (what participant.ts
 * does); `p.rejoined` is the answer (null when refused).
 */
export function rejoinOnReconnect(p: TrackedPhone, code: string): void {
  p.rejoined = new Promise((done) =>
    p.socket.once('connect', async () => {
      const r = await call<JoinReply>(p.socket, 'join', { code, name: 'ignored', token: p.token });
      done(r.ok ? r : null);
    }),
  );
}
