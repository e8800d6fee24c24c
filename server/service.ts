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
import { Server } from 'socket.io';
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
  type LiveError,
} from '../src/core/live/protocol.ts';
import { TrustedProxies } from './address.ts';
import { Broadcaster } from './broadcast.ts';
import { AddressBudgets, newSocketData, Refusal, type LiveSocket, type ServiceContext } from './context.ts';
import { plainDataProblem } from './guard.ts';
import { createRoom, host, join, vote } from './handlers.ts';
import { REMOVED_MESSAGE } from './host.ts';
import { FacilitatorKeys } from './keys.ts';
import { OriginPolicy } from './origin.ts';
import { DEFAULT_LIMITS, type RateLimits } from './rate-limit.ts';
import { Room, RoomError } from './room.ts';
import { RoomRegistry } from './rooms.ts';
import { MemoryStore, type RoomStore } from './store/store.ts';
import type { StoryLibrary } from './stories.ts';

export { originAllowed } from './origin.ts';
export { Refusal, type LiveSocket, type SocketData } from './context.ts';

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
  /** Bring back the rooms the store kept (before the server takes connections). */
  restore(): Promise<number>;
  /** Where participants open the game (for join links and QR codes); null: the console's own address. */
  setPublicUrl(url: string | null): void;
  /** Close rooms idle for too long, forget ended ones past retention and idle rate-limit buckets. */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

const refusal = (e: unknown): LiveError =>
  e instanceof Refusal || e instanceof RoomError
    ? { code: e.code, message: e.message }
    : {
        code: 'server',
        message: 'Something went wrong on the server. Try again; if it persists, restart the room.',
      };

export function attachLiveService(http: HttpServer, options: LiveServiceOptions): LiveService {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const limits: RateLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const store = options.store ?? new MemoryStore();
  const proxies = new TrustedProxies(options.trustProxy ?? []);
  const endedIdleMs = options.endedIdleMs ?? 60 * 60 * 1000;
  const registry = new RoomRegistry({
    maxRooms: options.maxRooms ?? 200,
    maxParticipants: options.maxParticipants ?? 2000,
    roomIdleMs: options.roomIdleMs ?? 3 * 60 * 60 * 1000,
    endedIdleMs,
  });
  const budgets = new AddressBudgets(limits);
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
  });
  origins.guardUpgrades('/socket.io/');
  const cast = new Broadcaster(io, registry, publicUrl, now);

  const unbind = (socket: LiveSocket) => {
    const d = socket.data;
    if (!d.room || !d.participant) return;
    const room = registry.find(d.room);
    const p = room?.participants.get(d.participant);
    if (room && p) room.people.disconnected(p, now());
    void socket.leave(`room:${d.room}`);
    void socket.leave(`p:${d.room}:${d.participant}`);
    if (room) cast.participantsChanged(room);
    d.room = undefined;
    d.participant = undefined;
  };
  const ctx: ServiceContext = {
    io,
    registry,
    store,
    cast,
    stories: options.stories,
    keys: new FacilitatorKeys(options.facilitatorKeys ?? [], options.facilitatorKeyFile ?? null),
    budgets,
    now,
    log,
    bind(socket, room, participantId) {
      const d = socket.data;
      if (d.room === room.code && d.participant === participantId) return;
      unbind(socket);
      const p = room.participants.get(participantId);
      if (!p) return;
      p.sockets++;
      d.room = room.code;
      d.participant = participantId;
      void socket.join([`room:${room.code}`, `p:${room.code}:${participantId}`]);
      cast.participantsChanged(room);
    },
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
    }
    const addr = socket.data.address;
    const open = (budgets.connections.get(addr) ?? 0) + 1;
    budgets.connections.set(addr, open);
    socket.on('disconnect', () => {
      const left = (budgets.connections.get(addr) ?? 1) - 1;
      if (left <= 0) budgets.connections.delete(addr);
      else budgets.connections.set(addr, left);
      const d = socket.data;
      const room = d.room ? registry.find(d.room) : undefined;
      const p = d.participant ? room?.participants.get(d.participant) : undefined;
      if (room && p) {
        room.people.disconnected(p, now());
        cast.participantsChanged(room);
      }
    });
    if (open > limits.addressConnections) {
      socket.disconnect(true);
      return;
    }
    // A recovered socket keeps its data and rooms: count it as connected again — unless it was
    // removed (or its room closed) while it was away: then it is told and closed.
    if (socket.recovered && socket.data.room && socket.data.participant) {
      const room = registry.find(socket.data.room);
      const p = room?.participants.get(socket.data.participant);
      if (!room || !p || p.removed) {
        for (const channel of socket.rooms) if (channel !== socket.id) void socket.leave(channel);
        socket.data.room = undefined;
        socket.data.participant = undefined;
        if (p?.removed) {
          io.to(socket.id).emit('removed', { message: REMOVED_MESSAGE });
          socket.disconnect(true);
          return;
        }
      } else {
        p.sockets++;
        cast.participantsChanged(room);
      }
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
        ack?.({ ok: true, ...reply });
      } catch (e) {
        if (!(e instanceof Refusal || e instanceof RoomError))
          log(`error in ${name}: ${e instanceof Error ? e.stack : e}`);
        const error = refusal(e);
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
    async restore() {
      const t = now();
      let resumed = 0;
      for (const stored of await store.loadAll()) {
        const ended = stored.meta.endedAt;
        if (ended !== null && t - Math.max(ended, stored.meta.lastActivity) >= endedIdleMs) continue;
        try {
          registry.add(Room.restore(stored, t));
          resumed++;
        } catch (e) {
          log(`room ${stored.meta.code} could not be resumed: ${e instanceof Error ? e.message : e}`);
        }
      }
      return resumed;
    },
    sweep,
    setPublicUrl(url) {
      publicUrl = url;
      cast.publicUrl = url;
      origins.forget();
    },
    async close() {
      if (timer) clearInterval(timer);
      cast.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await store.close();
    },
  };
}
