/**
 * The live-room service: socket.io on an HTTP server, turning checked client messages into room
 * changes and room changes into messages for the facilitator and the participants.
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
import {
  CLIENT_EVENTS,
  CreateRoomSchema,
  HostCommandSchema,
  JoinSchema,
  MAX_MESSAGE_BYTES,
  StoriesSchema,
  VoteSchema,
  validate,
  type ErrorCode,
} from '../src/core/live/protocol.ts';
import { TrustedProxies } from './address.ts';
import { Bindings } from './bindings.ts';
import { Broadcaster } from './broadcast.ts';
import {
  AddressBudgets,
  newSocketData,
  recoveredSocketData,
  Refusal,
  toLiveError,
  type LiveSocket,
  type OwnerEnv,
  type SharedBuckets,
} from './context.ts';
import { plainDataProblem } from './guard.ts';
import { createRoom, host, join, vote, type ServiceContext } from './handlers.ts';
import { REMOVED_MESSAGE } from './host.ts';
import { FacilitatorKeys } from './keys.ts';
import { OriginPolicy } from './origin.ts';
import { Presence } from './presence.ts';
import { DEFAULT_LIMITS, type RateLimits } from './rate-limit.ts';
import { RoomError } from './room.ts';
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
  if ('onCommit' in store) store.onCommit = () => cast.committed();

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

  type Handler = (s: LiveSocket, m: unknown) => object | Promise<object>;
  const handlers: Record<(typeof CLIENT_EVENTS)[number], Handler> = {
    stories: () => ({ stories: options.stories.list() }),
    create: (s, m) => createRoom(ctx, s, m as never),
    join: (s, m) => join(ctx, s, m as never),
    vote: (s, m) => vote(ctx, s, m as never),
    host: (s, m) => host(ctx, s, m as never),
  };
  const schemas = {
    stories: StoriesSchema,
    create: CreateRoomSchema,
    join: JoinSchema,
    vote: VoteSchema,
    host: HostCommandSchema,
  };

  io.on('connection', (raw) => {
    const socket = raw as LiveSocket;
    if (!socket.recovered) {
      const forwarded = socket.handshake.headers['x-forwarded-for'];
      const address = proxies.clientAddress(socket.handshake.address, forwarded);
      socket.data = newSocketData(address, limits, now());
    } else socket.data = recoveredSocketData(socket.data, limits, now());
    const addr = socket.data.address;
    const open = (budgets.connections.get(addr) ?? 0) + 1;
    budgets.connections.set(addr, open);
    socket.on('disconnect', () => {
      const left = (budgets.connections.get(addr) ?? 1) - 1;
      if (left <= 0) budgets.connections.delete(addr);
      else budgets.connections.set(addr, left);
      bound.closed(socket);
    });
    if (open > limits.addressConnections) {
      socket.disconnect(true);
      return;
    }
    // A recovered socket keeps its data and rooms: count it as connected again — unless it was
    // removed (or its room closed) while it was away: then it is told and closed.
    const { room: code, participant } = socket.data;
    if (socket.recovered && code && participant) {
      socket.data.room = undefined;
      socket.data.participant = undefined;
      void bound.bind(socket, code, participant).then((standing) => {
        if (standing === 'ok') return;
        // The room could not be asked (--redis: its process is gone): a fresh connection rejoins.
        if (standing === null) return void socket.disconnect(true);
        bound.unbind(socket);
        for (const channel of socket.rooms) if (channel !== socket.id) void socket.leave(channel);
        if (standing === 'removed') {
          io.to(socket.id).emit('removed', { message: REMOVED_MESSAGE });
          socket.disconnect(true);
        }
      });
    }

    const refuse = (ack: ((r: unknown) => void) | null, code: ErrorCode, message: string) => {
      ack?.({ ok: false, error: { code, message } });
      if (++socket.data.violations >= limits.violationsBeforeDisconnect) socket.disconnect(true);
    };

    socket.onAny(async (event: string, ...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as (r: unknown) => void) : null;
      const t = now();
      if (!socket.data.messages.take(t) || !budgets.messages.take(socket.data.address, t))
        return refuse(ack, 'rate-limited', 'Too many messages. Slow down.');
      if (!(CLIENT_EVENTS as readonly string[]).includes(event))
        return refuse(ack, 'bad-message', `Unknown message “${String(event).slice(0, 40)}”.`);
      if (args.length > 1) return refuse(ack, 'bad-message', 'A message carries one payload.');
      const name = event as keyof typeof handlers;
      const problem = plainDataProblem(args[0]);
      if (problem) return refuse(ack, 'bad-message', `Refused: ${problem}.`);
      const checked = validate(schemas[name], args[0]);
      if (!checked.ok) return refuse(ack, 'bad-message', `Refused ${name} message: ${checked.message}`);
      try {
        const reply = await handlers[name](socket, checked.value);
        // A vote is acknowledged after the facilitator's tally that counts it (broadcast.ts).
        if (name === 'vote') {
          if (ack) cast.afterTally(() => ack({ ok: true, ...reply }));
        } else ack?.({ ok: true, ...reply });
      } catch (e) {
        if (!(e instanceof Refusal || e instanceof RoomError))
          log(`error in ${name}: ${e instanceof Error ? e.stack : e}`);
        const error = toLiveError(e);
        refuse(ack, error.code, error.message);
      }
    });
  });

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
