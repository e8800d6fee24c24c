/**
 * Live-room test harness: a real server on a free loopback port (127.0.0.1 only) running the
 * fixture stories, and real socket.io clients. Every wait is bounded; close() stops everything.
 */
import { resolve } from 'node:path';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import { startLiveServer, type LiveServer, type LiveServerOptions } from '../../../server/app.ts';
import type {
  CreateReply,
  HostState,
  JoinReply,
  Reply,
  RoomState,
  Tally,
} from '../../../src/core/live/protocol.ts';

export const FIXTURE_STORIES = resolve(import.meta.dirname, 'fixtures/stories');

export interface Harness {
  server: LiveServer;
  url: string;
  connect(options?: Partial<ManagerOptions & SocketOptions>): Promise<Socket>;
  close(): Promise<void>;
}

/** A test server's options: loopback, a free port, the fixture site and stories, no sweeping. */
export function testServerOptions(options: Partial<LiveServerOptions> = {}): Partial<LiveServerOptions> {
  return {
    host: '127.0.0.1',
    port: 0,
    staticDirs: [resolve(import.meta.dirname, 'fixtures/site')],
    storiesDir: FIXTURE_STORIES,
    sweepEveryMs: 0,
    ...options,
  };
}

export async function startHarness(options: Partial<LiveServerOptions> = {}): Promise<Harness> {
  const server = await startLiveServer(testServerOptions(options));
  const sockets: Socket[] = [];
  return {
    server,
    url: server.url,
    async connect(opts = {}) {
      const socket = io(server.url, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        timeout: 3000,
        ...opts,
      });
      sockets.push(socket);
      await new Promise<void>((ok, fail) => {
        socket.once('connect', () => ok());
        socket.once('connect_error', (e) => fail(e));
      });
      return socket;
    },
    async close() {
      for (const s of sockets) s.disconnect();
      await server.close();
    },
  };
}

/** A client connecting from another loopback address (127.0.0.2), as a second device would. */
export function fromAddress(localAddress: string): Partial<ManagerOptions & SocketOptions> {
  // engine.io-client hands `localAddress` to the WebSocket in Node.
  return { localAddress } as Partial<ManagerOptions & SocketOptions>;
}

export async function call<T = object>(
  socket: Socket,
  event: string,
  payload?: unknown,
  ms = 3000,
): Promise<Reply<T>> {
  return (
    payload === undefined
      ? socket.timeout(ms).emitWithAck(event)
      : socket.timeout(ms).emitWithAck(event, payload)
  ) as Promise<Reply<T>>;
}

export function ok<T>(reply: Reply<T>): { ok: true } & T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message}`);
  return reply;
}

/** Resolve with the next `event` on `socket` (bounded). */
export function next<T>(
  socket: Socket,
  event: string,
  ms = 3000,
  where: (v: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, on);
      reject(new Error(`no ${event} within ${ms} ms`));
    }, ms);
    const on = (value: T) => {
      if (!where(value)) return;
      clearTimeout(timer);
      socket.off(event, on);
      resolvePromise(value);
    };
    socket.on(event, on);
  });
}

export function collect<T>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (v: T) => seen.push(v));
  return seen;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A room for the mini fixture, with its facilitator connected. */
export async function openRoom(
  h: Harness,
): Promise<{ host: Socket; code: string; secret: string; state: HostState }> {
  const host = await h.connect();
  const created = ok(await call<CreateReply>(host, 'create', { storyId: 'mini' }));
  return { host, code: created.code, secret: created.secret, state: created.state };
}

export async function joinAs(h: Harness, code: string, name: string, token?: string, opts = {}) {
  const socket = await h.connect(opts);
  const reply = ok(await call<JoinReply>(socket, 'join', token ? { code, name, token } : { code, name }));
  return { socket, reply };
}

export type { Tally, RoomState, HostState };
