/**
 * Connecting a server process to Redis (`--redis URL` or REDIS_URL) so that several processes
 * share rooms: the room store (server/store/redis.ts), socket.io's Redis Streams adapter (every
 * broadcast reaches every process's connections, and connection-state recovery works across
 * processes: the session is kept in Redis), and the router that runs each room's operations in the
 * process that owns it (router.ts).
 *
 * Client: ioredis — widely used and maintained, pure JavaScript (installs on Node 20 with no
 * build), reconnects by itself and resubscribes its channels, runs Lua scripts by their hash
 * (EVALSHA, falling back to EVAL when Redis restarted), and the Streams adapter supports it.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import type { ClusterWiring } from '../service.ts';
import { DEFAULT_PREFIX, RedisStore } from '../store/redis.ts';
import { redisBuckets } from './budgets.ts';
import { ClusterRouter } from './router.ts';

export interface ClusterOptions {
  /** Prefix of every key and channel (default `rapport:live:`): several deployments may share a Redis. */
  prefix?: string;
  log?: (line: string) => void;
  /** How long to wait for Redis at the start (default 5 s). */
  connectTimeoutMs?: number;
}

/** Redis could not be used: the message says what to do. */
export class ClusterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClusterError';
  }
}

/** The URL without its password, for messages. */
export function shownUrl(url: string): string {
  return url.replace(
    /\/\/([^@/]*)@/,
    (_all, auth: string) => `//${auth.includes(':') ? `${auth.split(':')[0]}:***` : '***'}@`,
  );
}

export async function openCluster(url: string, options: ClusterOptions = {}): Promise<ClusterWiring> {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const log = options.log ?? (() => {});
  const shown = shownUrl(url);
  // This process, as Redis and the other processes know it: readable in logs, unique per start.
  const me = `${hostname().slice(0, 24)}-${process.pid}-${randomBytes(3).toString('hex')}`;
  let connected = false;
  let quietUntil = 0;
  let lastError: Error | null = null;
  // Before the first connection errors are kept for the message; after it, logged (every 10 s at most).
  const onError = (e: Error) => {
    lastError = e;
    if (!connected || Date.now() < quietUntil) return;
    quietUntil = Date.now() + 10_000;
    log(`Redis ${shown}: ${e.message}`);
  };
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 5000,
    // A write while Redis is away fails within seconds (refused to the client, never acknowledged).
    maxRetriesPerRequest: 3,
    connectionName: `rapport-${me}`,
  });
  redis.on('error', onError);
  try {
    await redis.connect();
  } catch (e) {
    redis.disconnect();
    // (assigned by the error listener, which TypeScript does not follow)
    const why = (lastError as Error | null)?.message ?? (e instanceof Error ? e.message : String(e));
    throw new ClusterError(
      `Could not reach Redis at ${shown} (${why}). ` +
        'Start Redis (Debian: apt-get install -y redis-server) or check --redis / REDIS_URL.',
    );
  }
  connected = true;
  const version = /redis_version:(\d+)\.(\d+)/.exec(await redis.info('server'));
  const [major, minor] = [Number(version?.[1] ?? 0), Number(version?.[2] ?? 0)];
  if (major < 6 || (major === 6 && minor < 2)) {
    redis.disconnect();
    throw new ClusterError(
      `Redis at ${shown} is version ${major}.${minor}; live rooms need Redis 6.2 or newer.`,
    );
  }
  const sub = redis.duplicate();
  sub.on('error', onError);
  await sub.connect();
  const store = new RedisStore(redis, me, shown, prefix);
  const adapter = createAdapter(redis, {
    streamName: `${prefix}socket.io`,
    channelPrefix: `${prefix}socket.io`,
    sessionKeyPrefix: `${prefix}session:`,
    onlyPlaintext: true,
  });
  return {
    store,
    adapter,
    budgets: redisBuckets(redis, prefix),
    router: (env, census, endedIdleMs) => new ClusterRouter(env, store, redis, sub, census, endedIdleMs),
    async close() {
      sub.disconnect();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
