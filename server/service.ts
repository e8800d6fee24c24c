/**
 * The live-room service: socket.io on an HTTP server, turning checked client messages into room
 * changes and room changes into messages for the facilitator and the participants. This file
 * wires the parts together and runs the service (its options, the sweep of idle rooms, closing);
 * what happens on each connection and message is connections.ts's.
 *
 * Why socket.io: phones sleep and Wi-Fi drops, and socket.io's connection-state recovery brings a
 * socket back with its id, its rooms and the broadcasts it missed; it falls back to HTTP
 * long-polling where a proxy blocks WebSockets; and it is widely used and maintained. What is ours
 * is small: identity (a participant token, a facilitator secret) and the rules in room.ts.
 *
 * Every message passes, in order: the connection's and the address's message budgets, the
 * plain-data guard, the schema, the event's own budgets (handlers.ts), then the room's rules; the
 * change is written to the store (store/) before the reply. A connection that keeps sending
 * refused messages is closed. The Origin of every connection is checked against the server's
 * public origins (origin.ts). On start, `restore()` brings back every room the store kept.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import { MAX_MESSAGE_BYTES } from '../src/core/live/protocol.ts';
import { TrustedProxies } from './address.ts';
import { Bindings } from './bindings.ts';
import { Broadcaster } from './broadcast.ts';
import { serveConnections } from './connections.ts';
import { AddressBudgets, type OwnerEnv, type SharedBuckets } from './context.ts';
import type { ServiceContext } from './handlers.ts';
import { FacilitatorKeys } from './keys.ts';
import { OriginPolicy } from './origin.ts';
import { Presence } from './presence.ts';
import { DEFAULT_LIMITS, type RateLimits } from './rate-limit.ts';
import { RoomRegistry } from './rooms.ts';
import { LocalRouter, type RoomRouter } from './router.ts';
import { MemoryStore, type RoomStore } from './store/store.ts';
import type { StoryLibrary } from './stories.ts';

export { originAllowed } from './origin.ts';
export { Refusal, type LiveSocket, type SocketData } from './context.ts';

/**
 * Several processes sharing rooms (server/cluster/open.ts, --redis): the store, socket.io's
 * adapter, and where each room's operations run.
 */
export interface ClusterWiring {
  store: RoomStore;
  adapter: ServerOptions['adapter'];
  /** The per-address budgets the processes share (SHARED_BUDGETS). */
  budgets: SharedBuckets;
  router(env: OwnerEnv, census: Bindings['census'], endedIdleMs: number): RoomRouter;
  close(): Promise<void>;
}

export interface LiveServiceOptions {
  stories: StoryLibrary;
  /** Origins allowed besides the server's own addresses and the public URL (e.g. a proxy's https origin). */
  allowedOrigins?: string[];
  /** The address participants use, e.g. http://192.168.1.20:8080; null: the console's own. */
  publicUrl?: string | null;
  /** Proxies whose X-Forwarded-For is believed (addresses or subnets). */
  trustProxy?: string[];
  /** Facilitator keys; with any (or a key file), creating and running rooms needs one. */
  facilitatorKeys?: string[];
  facilitatorKeyFile?: string | null;
  /** Where rooms are kept (default: memory — nothing survives the process). */
  store?: RoomStore;
  /** Share rooms with other processes through Redis (overrides `store`). */
  cluster?: ClusterWiring;
  limits?: Partial<RateLimits>;
  roomIdleMs?: number;
  endedIdleMs?: number;
  /** How long the store keeps an ended room (its export) before forgetting it. */
  retentionMs?: number;
  maxRooms?: number;
  /** The largest room a facilitator may create (and the size of one created without a size). */
  maxParticipants?: number;
  /** How long a dropped connection can come back with its state (socket.io recovery). */
  recoveryMs?: number;
  /** How often idle rooms are looked for; 0: only when sweep() is called. */
  sweepEveryMs?: number;
  now?: () => number;
  log?: (line: string) => void;
  /** Leave WebSocket upgrades for other paths to another listener (Vite's HMR in the dev server). */
  keepOtherUpgrades?: boolean;
}

export interface LiveService {
  io: Server;
  registry: RoomRegistry;
  store: RoomStore;
  rooms: RoomRouter;
  /** Bring back the rooms the store kept (before the server takes connections). */
  restore(): Promise<number>;
  /** Where participants open the game (for join links and QR codes); null: the console's own address. */
  setPublicUrl(url: string | null): void;
  /** Close rooms idle for too long, forget ended ones past retention and idle rate-limit buckets. */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

export function attachLiveService(http: HttpServer, options: LiveServiceOptions): LiveService {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const limits: RateLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const store = options.cluster?.store ?? options.store ?? new MemoryStore();
  const proxies = new TrustedProxies(options.trustProxy ?? []);
  const endedIdleMs = options.endedIdleMs ?? 60 * 60 * 1000;
  const registry = new RoomRegistry({
    maxRooms: options.maxRooms ?? 200,
    maxParticipants: options.maxParticipants ?? 2000,
    roomIdleMs: options.roomIdleMs ?? 3 * 60 * 60 * 1000,
    endedIdleMs,
  });
  const budgets = new AddressBudgets(limits, options.cluster?.budgets ?? null);
  let publicUrl = options.publicUrl ?? null;
  const origins = new OriginPolicy(http, options.allowedOrigins ?? [], () => publicUrl);

  const io = new Server(http, {
    serveClient: false,
    destroyUpgrade: !options.keepOtherUpgrades,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: (req, callback) =>
      callback(origins.allows(req) ? null : 'origin not allowed', origins.allows(req)),
    connectionStateRecovery: {
      maxDisconnectionDuration: options.recoveryMs ?? 2 * 60 * 1000,
      skipMiddlewares: true,
    },
    ...(options.cluster ? { adapter: options.cluster.adapter } : {}),
  });
  origins.guardUpgrades('/socket.io/');
  const cast = new Broadcaster(io, registry, publicUrl, now);

  const env: OwnerEnv = { io, registry, store, cast, presence: new Presence(), now, log };
  // The router asks this process's bindings for a census; the bindings report through the router.
  const census: Bindings['census'] = (code) => bound.census(code);
  const rooms = options.cluster
    ? options.cluster.router(env, census, endedIdleMs)
    : new LocalRouter(env, endedIdleMs);
  const bound = new Bindings(rooms, log);
  const ctx: ServiceContext = {
    ...env,
    stories: options.stories,
    keys: new FacilitatorKeys(options.facilitatorKeys ?? [], options.facilitatorKeyFile ?? null),
    budgets,
    rooms,
    bind: (socket, code, participantId) => void bound.bind(socket, code, participantId),
  };

  serveConnections(io, { ctx, limits, proxies, bound });

  const sweep = async () => {
    const t = now();
    for (const room of registry.expire(t)) {
      cast.expired(room);
      log(`room ${room.code} expired`);
      await store
        .saveRoom(room.meta())
        .catch((e: Error) => log(`could not save room ${room.code}: ${e.message}`));
    }
    budgets.sweep(t);
    env.presence.prune((code) => registry.find(code) !== undefined);
    const forgotten = await store
      .forgetEndedBefore(t - (options.retentionMs ?? 7 * 24 * 60 * 60 * 1000))
      .catch(() => 0);
    if (forgotten) log(`${forgotten} ended room(s) past retention forgotten`);
  };
  const every = options.sweepEveryMs ?? 60_000;
  const timer = every > 0 ? setInterval(() => void sweep(), every) : null;
  timer?.unref();

  return {
    io,
    registry,
    store,
    rooms,
    restore: () => rooms.start(),
    sweep,
    setPublicUrl(url) {
      publicUrl = url;
      cast.publicUrl = url;
      origins.forget();
    },
    async close() {
      if (timer) clearInterval(timer);
      cast.stop();
      await rooms.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await store.close();
      await options.cluster?.close();
    },
  };
}
