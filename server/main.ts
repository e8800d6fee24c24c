/**
 * `npx tsx server/main.ts [--host ADDRESS] [--port N] [--public-url URL] [--origin URL …] [--db FILE] …`
 *
 * Starts the live-room server: the built game from dist/ and the live-room service on one port,
 * then prints the facilitator's and the participants' addresses. Binds 127.0.0.1 unless told
 * otherwise (phones on the room's Wi-Fi need `--host 0.0.0.0`). PORT and HOST work too. Rooms are
 * kept in an SQLite file (data/live.sqlite) and resumed when the server starts again — or, with
 * `--redis URL` (or REDIS_URL), in Redis, shared with every other server process that uses it.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startLiveServer } from './app.ts';
import { ClusterError, openCluster } from './cluster/open.ts';
import type { ClusterWiring } from './service.ts';
import { openSqliteStore, StoreError } from './store/open.ts';

import { MemoryStore, type RoomStore } from './store/store.ts';

const USAGE = `Usage: npx tsx server/main.ts [options]
  --host ADDRESS     address to listen on (default 127.0.0.1; 0.0.0.0 lets phones on your network join)
  --port N           port (default 8080, or PORT)
  --public-url URL   the address participants open, e.g. http://192.168.1.20:8080 (default: guessed)
  --origin URL       another origin allowed to connect, e.g. https://workshop.example.org (repeatable)
  --dist DIR         the built game (default dist/)
  --stories DIR      the .ink scenarios (default stories/)
  --db FILE          where rooms are kept across restarts (default data/live.sqlite; "none": memory only)
  --redis URL        share rooms with other server processes through Redis, e.g. redis://127.0.0.1:6379
                     (or REDIS_URL; rooms are then kept in Redis, not in --db)
  --durability full  sync every change to the disk (survives a power cut; default: survives the process)
  --keep-days N      how long an ended room's votes stay exportable (default 7)
  --trust-proxy IP   a reverse proxy (address or subnet) whose X-Forwarded-For gives the client's address (repeatable)
  --facilitator-key KEY    creating and running rooms needs this key (repeatable)
  --facilitator-keys FILE  …or one of the keys in FILE (one per line; read again when it changes)
  --max-room-size N  the largest room a facilitator may create (default 2000)`;

function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'public-url': { type: 'string' },
        origin: { type: 'string', multiple: true },
        dist: { type: 'string' },
        stories: { type: 'string' },
        db: { type: 'string' },
        redis: { type: 'string' },
        durability: { type: 'string' },
        'keep-days': { type: 'string' },
        'trust-proxy': { type: 'string', multiple: true },
        'facilitator-key': { type: 'string', multiple: true },
        'facilitator-keys': { type: 'string' },
        'max-room-size': { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : e}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) return console.log(USAGE);
  const host = args.host ?? process.env.HOST ?? '127.0.0.1';
  const port = Number(args.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`The port must be a number from 0 to 65535, not “${args.port ?? process.env.PORT}”.`);
    process.exit(2);
  }
  const dist = resolve(args.dist ?? 'dist');
  if (!existsSync(resolve(dist, 'live.html'))) {
    console.warn(
      `[live] ${dist}/live.html is missing: build the game first (npm run build). Serving what is there.`,
    );
  }
  const wildcard = host === '0.0.0.0' || host === '::';
  const lan = wildcard ? lanAddress() : null;
  let publicUrl = args['public-url']?.replace(/\/+$/, '') ?? null;
  if (publicUrl && !/^https?:\/\/[^/]+$/.test(publicUrl)) {
    console.error(`--public-url must look like http://192.168.1.20:8080 (no path), not “${publicUrl}”.`);
    process.exit(2);
  }
  const origins = (args.origin ?? []).map((o) => o.replace(/\/+$/, ''));
  const keepDays = Number(args['keep-days'] ?? 7);
  const maxSize = Number(args['max-room-size'] ?? 2000);
  if (!(keepDays >= 0) || !Number.isInteger(maxSize) || maxSize < 1 || maxSize > 2000) {
    console.error('--keep-days takes a number of days; --max-room-size a whole number from 1 to 2000.');
    process.exit(2);
  }
  const keyFile = args['facilitator-keys'] ? resolve(args['facilitator-keys']) : null;
  if (keyFile && !existsSync(keyFile)) {
    console.error(`--facilitator-keys: ${keyFile} does not exist.`);
    process.exit(2);
  }
  const log = (line: string) => console.log(`[live] ${new Date().toISOString()} ${line}`);
  const redisUrl = args.redis ?? process.env.REDIS_URL ?? null;
  if (redisUrl && args.db) {
    console.error('--db and --redis: with Redis the rooms are kept in Redis. Give one of them.');
    process.exit(2);
  }
  let cluster: ClusterWiring | null = null;
  if (redisUrl) {
    try {
      cluster = await openCluster(redisUrl, { log });
    } catch (e) {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(e instanceof ClusterError ? 75 : 1);
    }
  }
  let store: RoomStore;
  try {
    store = cluster
      ? cluster.store
      : args.db === 'none'
        ? new MemoryStore()
        : openSqliteStore(resolve(args.db ?? 'data/live.sqlite'), {
            durability: args.durability === 'full' ? 'full' : 'normal',
            log,
          });
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    // A file held by a running server: a temporary failure (75), not a configuration error.
    process.exit(e instanceof StoreError && e.kind === 'locked' ? 75 : 1);
  }

  const stories = resolve(args.stories ?? 'stories');
  const server = await startLiveServer({
    host,
    port,
    staticDirs: [dist],
    storiesDir: stories,
    allowedOrigins: origins,
    publicUrl: null,
    store,
    ...(cluster ? { cluster } : {}),
    retentionMs: keepDays * 24 * 60 * 60 * 1000,
    maxParticipants: maxSize,
    trustProxy: (args['trust-proxy'] ?? []).flatMap((p) => p.split(',')).filter(Boolean),
    facilitatorKeys: args['facilitator-key'] ?? [],
    facilitatorKeyFile: keyFile,
    log,
  }).catch(async (e: NodeJS.ErrnoException) => {
    await store.close();
    await cluster?.close();
    console.error(
      e.code === 'EADDRINUSE'
        ? `Port ${port} is in use. Stop the other server or choose another port: --port ${port + 1}`
        : `The server could not start: ${e.message}`,
    );
    process.exit(1);
  });
  publicUrl ??= lan ? `http://${lan}:${server.port}` : null;
  // The join link in the console and its QR code point at the public address when there is one.
  server.service.setPublicUrl(publicUrl);

  const started = Date.now();
  const titles = server.stories.list();
  const local = wildcard ? `http://127.0.0.1:${server.port}` : server.url;
  const base = publicUrl ?? server.url;
  console.log(`Rapport live rooms — ${titles.length} scenario(s) ready in ${Date.now() - started} ms
  Rooms are kept in ${store.describe}
  Facilitator (open on your laptop):  ${local}/live.html?facilitate
  Participants (phones, or the QR code in the console):  ${base}/live.html
  The game itself:  ${local}/`);
  if (!wildcard && (host === '127.0.0.1' || host === 'localhost' || host === '::1')) {
    console.log('  Only this computer can reach it. For phones on the same Wi-Fi: --host 0.0.0.0');
  }
  const stop = () => {
    console.log(
      cluster
        ? `\nStopping. The rooms go on in the other processes on ${store.describe} (or resume when one starts).`
        : store instanceof MemoryStore
          ? '\nStopping: the rooms close.'
          : `\nStopping. The rooms are kept in ${store.describe} and resume on the next start.`,
    );
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
