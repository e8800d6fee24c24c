/**
 * Two real server processes (`server/main.ts --redis`) behind a plain round-robin proxy on
 * loopback — each new TCP connection to the next process, no sticky sessions — with the pages'
 * own connection options (src/app/live/connection.ts: WebSocket first, long-polling only when the
 * WebSocket fails). A facilitator and phones spread over both processes run a decision; the same
 * proxy breaks socket.io's default (polling first: its requests land on both processes); and where
 * WebSockets are blocked the pages fall back to long-polling (which then needs sticky sessions,
 * here one process).
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTION_OPTIONS } from '../../../src/app/live/connection.ts';
import type { CreateReply, JoinReply, RoomState, Tally } from '../../../src/core/live/protocol.ts';
import { next, ok } from './helpers.ts';
import { call, connected, freePort, Processes } from './processes.ts';
import { startProxy, startRedis, type Proxy, type RedisServer } from './redis-helpers.ts';

const processes = new Processes();
const proxies: Proxy[] = [];
let redis: RedisServer | null = null;
let ports: number[] = [];
beforeAll(async () => {
  redis = await startRedis();
  ports = [await freePort(), await freePort()];
  await Promise.all(ports.map((port) => processes.start(port, ['--redis', redis!.url])));
}, 60_000);
afterAll(async () => {
  processes.cleanUp();
  for (const p of proxies) await p.close();
  await redis?.stop();
});

/** A client with the pages' options (no reconnection: a test sees the first failure). */
const page = (port: number): Socket =>
  processes.client(`http://127.0.0.1:${port}`, {
    ...CONNECTION_OPTIONS,
    transports: [...CONNECTION_OPTIONS.transports],
    reconnection: false,
  });

describe('two processes behind a proxy', () => {
  it(
    'round robin, no sticky sessions: the pages connect by WebSocket and a room runs across both processes',
    { timeout: 60_000 },
    async () => {
      const proxy = await startProxy(ports, { balance: 'round-robin' });
      proxies.push(proxy);
      const host = page(proxy.port);
      await connected(host);
      expect(host.io.engine.transport.name).toBe('websocket');
      const { code, secret } = ok(await call<CreateReply>(host, 'create', { storyId: 'mini' }));
      const phones: Socket[] = [];
      for (let i = 0; i < 6; i++) {
        const socket = page(proxy.port);
        await connected(socket);
        ok(await call<JoinReply>(socket, 'join', { code, name: `Phone ${i + 1}` }));
        phones.push(socket);
      }
      // Seven connections in turn: both processes hold some of them.
      expect(proxy.connections.every((n) => n >= 3)).toBe(true);
      const all = next<Tally>(host, 'tally', 10_000, (t) => t.voters === 6);
      for (const [i, p] of phones.entries()) ok(await call(p, 'vote', { decision: 0, choice: i % 2 }));
      expect((await all).counts).toEqual([3, 3, 0]);
      const moved = phones.map((p) => next<RoomState>(p, 'room', 10_000, (r) => r.decision === 1));
      ok(await call(host, 'host', { type: 'advance', code, secret, decision: 0, choice: 1 }));
      await Promise.all(moved);
      // Every connection stayed on WebSocket and none dropped.
      expect([host, ...phones].every((s) => s.connected && s.io.engine.transport.name === 'websocket')).toBe(
        true,
      );
    },
  );

  it(
    "round robin breaks socket.io's default, polling first: its requests land on both processes",
    { timeout: 30_000 },
    async () => {
      const proxy = await startProxy(ports, { balance: 'round-robin' });
      proxies.push(proxy);
      const s = processes.client(`http://127.0.0.1:${proxy.port}`, {
        transports: ['polling', 'websocket'],
        reconnection: false,
      });
      // The handshake reaches one process, the next request the other ("Session ID unknown").
      const failed = await new Promise<boolean>((done) => {
        s.once('connect_error', () => done(true));
        s.once('disconnect', () => done(true));
        setTimeout(() => done(false), 5000);
      });
      expect(failed).toBe(true);
    },
  );

  it(
    'WebSockets blocked: the pages fall back to long-polling (with one process, or sticky sessions)',
    { timeout: 30_000 },
    async () => {
      const proxy = await startProxy([ports[0]!], { refuseWebSocket: true });
      proxies.push(proxy);
      const host = page(proxy.port);
      await connected(host);
      expect(host.io.engine.transport.name).toBe('polling');
      const { code } = ok(await call<CreateReply>(host, 'create', { storyId: 'mini' }));
      const phone = page(proxy.port);
      await connected(phone);
      ok(await call<JoinReply>(phone, 'join', { code, name: 'Polly' }));
      const tally = next<Tally>(host, 'tally', 10_000, (t) => t.voters === 1);
      ok(await call(phone, 'vote', { decision: 0, choice: 1 }));
      expect((await tally).counts).toEqual([0, 1, 0]);
      expect(phone.io.engine.transport.name).toBe('polling');
    },
  );
});
