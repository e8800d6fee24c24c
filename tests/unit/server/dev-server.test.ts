/**
 * The dev server's live rooms (`npm run dev`: Vite with server/vite-plugin.ts) take their options
 * from the environment: REDIS_URL shares rooms with other processes (here a live server like
 * `server/main.ts --redis`), LIVE_DB keeps them in an SQLite file across restarts of the dev
 * server, and both at once is refused with the reason. A real Vite dev server on loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../../../server/app.ts';
import { openCluster } from '../../../server/cluster/open.ts';
import { liveRooms } from '../../../server/vite-plugin.ts';
import type { CreateReply, HostState, JoinReply, Tally } from '../../../src/core/live/protocol.ts';
import { call, FIXTURE_STORIES, next, ok } from './helpers.ts';
import { startRedis, type RedisServer } from './redis-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'rapport-dev-'));
const sockets: Socket[] = [];
const closing: (() => Promise<unknown>)[] = [];
let redis: RedisServer | null = null;
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  for (const close of closing.reverse()) await close().catch(() => {});
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function devServer(env: NodeJS.ProcessEnv): Promise<{ vite: ViteDevServer; url: string }> {
  const vite = await createServer({
    configFile: false,
    root: resolve(FIXTURE_STORIES, '..'),
    plugins: [liveRooms(env)],
    server: { host: '127.0.0.1', port: 0, ws: false },
    logLevel: 'silent',
  });
  await vite.listen();
  closing.push(() => vite.close());
  const address = vite.httpServer!.address() as { port: number };
  return { vite, url: `http://127.0.0.1:${address.port}` };
}

async function connect(url: string): Promise<Socket> {
  const s = io(url, { transports: ['websocket'], reconnection: false, forceNew: true, timeout: 5000 });
  sockets.push(s);
  await new Promise<void>((done, fail) => {
    s.once('connect', () => done());
    s.once('connect_error', fail);
  });
  return s;
}

describe('the dev server’s live rooms', () => {
  it('REDIS_URL: rooms shared with a live server process', { timeout: 60_000 }, async () => {
    redis = await startRedis();
    const dev = await devServer({ REDIS_URL: redis.url });
    const live: LiveServer = await startLiveServer({
      host: '127.0.0.1',
      port: 0,
      staticDirs: [],
      storiesDir: FIXTURE_STORIES,
      sweepEveryMs: 0,
      cluster: await openCluster(redis.url),
    });
    closing.push(() => live.close());
    const host = await connect(dev.url); // the room runs in the dev server
    const { code } = ok(await call<CreateReply>(host, 'create', { storyId: 'mini' }, 5000));
    const phone = await connect(live.url);
    ok(await call<JoinReply>(phone, 'join', { code, name: 'Dev' }, 5000));
    const tally = next<Tally>(host, 'tally', 10_000, (t) => t.voters === 1);
    ok(await call(phone, 'vote', { decision: 0, choice: 2 }, 5000));
    expect((await tally).counts).toEqual([0, 0, 1]);
  });

  it(
    'LIVE_DB: rooms kept in an SQLite file across restarts of the dev server',
    { timeout: 60_000 },
    async () => {
      const env = { LIVE_DB: join(dir, 'dev.sqlite') };
      const first = await devServer(env);
      const host = await connect(first.url);
      const { code, secret } = ok(await call<CreateReply>(host, 'create', { storyId: 'mini' }, 5000));
      host.disconnect();
      await first.vite.close();
      const again = await devServer(env);
      const console2 = await connect(again.url);
      const resumed = ok(
        await call<{ state: HostState }>(console2, 'host', { type: 'resume', code, secret }, 5000),
      );
      expect(resumed.state.room.decision).toBe(0);
    },
  );

  it('REDIS_URL and LIVE_DB together: refused with the reason', async () => {
    await expect(
      devServer({ REDIS_URL: 'redis://127.0.0.1:1', LIVE_DB: join(dir, 'x.sqlite') }),
    ).rejects.toThrow(/REDIS_URL and LIVE_DB are both set/);
  });
});
