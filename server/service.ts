/**
 * The live-room service: socket.io on an HTTP server, turning checked client messages into room
 * changes and room changes into messages for the facilitator and the participants.
 *
 * Why socket.io: phones sleep and Wi-Fi drops, and socket.io's connection-state recovery brings a
 * socket back with its id, its rooms and the broadcasts it missed; it falls back to HTTP
 * long-polling where a proxy blocks WebSockets; and it is widely used and maintained. What is ours
 * is small: identity (a participant token, a facilitator secret) and the rules in room.ts.
 *
 * Every message passes, in order: the connection's message budget, the plain-data guard, the
 * schema, the event's own budgets (per connection and per address), then the room's rules. A
 * connection that keeps sending refused messages is closed. The Origin of every connection is
 * checked. Participants receive one broadcast per room change; the facilitator receives tallies
 * coalesced within one turn of the event loop.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type * as v from 'valibot';
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
import { plainDataProblem } from './guard.ts';
import { Bucket, BucketMap, DEFAULT_LIMITS, type RateLimits } from './rate-limit.ts';
import { RoomError, type Room } from './room.ts';
import { RoomRegistry } from './rooms.ts';
import type { StoryLibrary } from './stories.ts';
import { Broadcaster } from './broadcast.ts';
import { handleHostCommand } from './host.ts';

export interface LiveServiceOptions {
  stories: StoryLibrary;
  /** Origins allowed besides the server's own (e.g. a reverse proxy's public https origin). */
  allowedOrigins?: string[];
  /** The address participants use, e.g. http://192.168.1.20:8080; null: the console's own. */
  publicUrl?: string | null;
  limits?: Partial<RateLimits>;
  roomIdleMs?: number;
  endedIdleMs?: number;
  maxRooms?: number;
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

export interface SocketData {
  address: string;
  room?: string;
  participant?: string;
  violations: number;
  messages: Bucket;
  joins: Bucket;
  votes: Bucket;
}

export type LiveSocket = Socket<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  SocketData
>;

export interface LiveService {
  io: Server;
  registry: RoomRegistry;
  /** Where participants open the game (for join links and QR codes); null: the console's own address. */
  setPublicUrl(url: string | null): void;
  /** Close rooms idle for too long and forget idle rate-limit buckets. */
  sweep(): void;
  close(): Promise<void>;
}

export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const refusal = (e: unknown): LiveError =>
  e instanceof Refusal || e instanceof RoomError
    ? { code: e.code, message: e.message }
    : {
        code: 'server',
        message: 'Something went wrong on the server. Try again; if it persists, restart the room.',
      };

/** Same-origin (Origin's host is the Host header) or listed; no Origin (not a browser): allowed. */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === req.headers.host;
  } catch {
    return false;
  }
}

export function attachLiveService(http: HttpServer, options: LiveServiceOptions): LiveService {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const limits: RateLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const allowed = options.allowedOrigins ?? [];
  const registry = new RoomRegistry({
    maxRooms: options.maxRooms ?? 200,
    maxParticipants: options.maxParticipants ?? 2000,
    roomIdleMs: options.roomIdleMs ?? 3 * 60 * 60 * 1000,
    endedIdleMs: options.endedIdleMs ?? 60 * 60 * 1000,
  });
  const address = {
    joins: new BucketMap(limits.addressJoins),
    failed: new BucketMap(limits.addressFailedJoins),
    votes: new BucketMap(limits.addressVotes),
    creates: new BucketMap(limits.addressCreates),
    connections: new Map<string, number>(),
  };

  const io = new Server(http, {
    serveClient: false,
    destroyUpgrade: !options.keepOtherUpgrades,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: (req, callback) => callback(null, originAllowed(req, allowed)),
    connectionStateRecovery: {
      maxDisconnectionDuration: options.recoveryMs ?? 2 * 60 * 1000,
      skipMiddlewares: true,
    },
  });
  const cast = new Broadcaster(io, registry, options.publicUrl ?? null, now);

  /** Bind `socket` to a participant (counted as connected), unbinding any earlier one. */
  const bind = (socket: LiveSocket, room: Room, participantId: string) => {
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
  };
  const unbind = (socket: LiveSocket) => {
    const d = socket.data;
    if (!d.room || !d.participant) return;
    const room = registry.find(d.room);
    const p = room?.participants.get(d.participant);
    if (p && p.sockets > 0) p.sockets--;
    void socket.leave(`room:${d.room}`);
    void socket.leave(`p:${d.room}:${d.participant}`);
    if (room) cast.participantsChanged(room);
    d.room = undefined;
    d.participant = undefined;
  };

  const handlers = {
    stories: (_socket: LiveSocket, _msg: v.InferOutput<typeof StoriesSchema>) => ({
      stories: options.stories.list(),
    }),

    create: (socket: LiveSocket, msg: v.InferOutput<typeof CreateRoomSchema>) => {
      if (!address.creates.take(socket.data.address, now()))
        throw new Refusal(
          'rate-limited',
          'Too many rooms created from this network. Wait a minute and try again.',
        );
      const loaded = options.stories.load(msg.storyId);
      if (!loaded.ok) throw new Refusal('not-found', loaded.message);
      const room = registry.create(loaded.story, loaded.title, now());
      void socket.join(`host:${room.code}`);
      log(`room ${room.code} created for “${loaded.title}”`);
      return { code: room.code, secret: room.secret, state: cast.hostState(room) };
    },

    join: (socket: LiveSocket, msg: v.InferOutput<typeof JoinSchema>) => {
      const t = now();
      const addr = socket.data.address;
      if (!socket.data.joins.take(t) || !address.joins.take(addr, t))
        throw new Refusal('rate-limited', 'Too many join attempts. Wait a few seconds and try again.');
      const room = registry.find(msg.code);
      const knownToken = !!(room && msg.token && room.hasToken(msg.token));
      // Guessing codes stops here: once an address has tried too many codes that found nothing,
      // it may not try any code for a while — except to come back with a valid token.
      if (!knownToken && !address.failed.has(addr, t))
        throw new Refusal(
          'rate-limited',
          'Too many attempts with codes that found no room. Wait a minute, then check the code on the screen.',
        );
      if (!room) {
        address.failed.take(addr, t);
        throw new Refusal('not-found', 'No room has that code. Check the code on the facilitator’s screen.');
      }
      const { participant } = room.join(msg.name, msg.token, t);
      room.touch(t);
      bind(socket, room, participant.id);
      return {
        you: { id: participant.id, name: participant.name, token: participant.token },
        vote: room.voteOf(participant.id),
        state: room.state(t),
      };
    },

    vote: (socket: LiveSocket, msg: v.InferOutput<typeof VoteSchema>) => {
      const t = now();
      if (!socket.data.votes.take(t) || !address.votes.take(socket.data.address, t))
        throw new Refusal(
          'rate-limited',
          'Too many votes in a short time. Wait a moment; your last vote counts.',
        );
      const room = socket.data.room ? registry.find(socket.data.room) : undefined;
      if (!room || !socket.data.participant) throw new Refusal('not-joined', 'Join a room before voting.');
      room.vote(socket.data.participant, msg.decision, msg.choice, t);
      room.touch(t);
      cast.voted(room);
      return { vote: msg.choice, decision: msg.decision };
    },

    host: (socket: LiveSocket, msg: v.InferOutput<typeof HostCommandSchema>) => {
      const t = now();
      const addr = socket.data.address;
      // A wrong secret answers like an unknown code, and both spend the address's failure budget.
      if (!address.failed.has(addr, t))
        throw new Refusal('rate-limited', 'Too many attempts with a wrong room code or key. Wait a minute.');
      const room = registry.authorize(msg.code, msg.secret);
      if (!room) {
        address.failed.take(addr, t);
        throw new Refusal(
          'forbidden',
          'This room does not exist any more, or this browser does not hold its facilitator key.',
        );
      }
      room.touch(t);
      void socket.join(`host:${room.code}`);
      return handleHostCommand(room, msg, { cast, io, now: t, registry, log });
    },
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
    const t = now();
    if (!socket.recovered) {
      socket.data = {
        address: socket.handshake.address,
        violations: 0,
        messages: new Bucket(limits.connectionMessages, t),
        joins: new Bucket(limits.connectionJoins, t),
        votes: new Bucket(limits.connectionVotes, t),
      };
    }
    const addr = socket.data.address;
    const open = (address.connections.get(addr) ?? 0) + 1;
    address.connections.set(addr, open);
    socket.on('disconnect', () => {
      const left = (address.connections.get(addr) ?? 1) - 1;
      if (left <= 0) address.connections.delete(addr);
      else address.connections.set(addr, left);
      const d = socket.data;
      const room = d.room ? registry.find(d.room) : undefined;
      const p = d.participant ? room?.participants.get(d.participant) : undefined;
      if (room && p && p.sockets > 0) {
        p.sockets--;
        cast.participantsChanged(room);
      }
    });
    if (open > limits.addressConnections) {
      socket.disconnect(true);
      return;
    }
    // A recovered socket keeps its data and rooms: count it as connected again.
    if (socket.recovered && socket.data.room && socket.data.participant) {
      const room = registry.find(socket.data.room);
      const p = room?.participants.get(socket.data.participant);
      if (room && p && !p.removed) {
        p.sockets++;
        cast.participantsChanged(room);
      }
    }

    const refuse = (ack: ((r: unknown) => void) | null, code: ErrorCode, message: string) => {
      ack?.({ ok: false, error: { code, message } });
      if (++socket.data.violations >= limits.violationsBeforeDisconnect) socket.disconnect(true);
    };

    socket.onAny((event: string, ...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as (r: unknown) => void) : null;
      if (!socket.data.messages.take(now()))
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
        const reply = (handlers[name] as (s: LiveSocket, m: unknown) => object)(socket, checked.value);
        ack?.({ ok: true, ...reply });
      } catch (e) {
        if (!(e instanceof Refusal || e instanceof RoomError))
          log(`error in ${name}: ${e instanceof Error ? e.stack : e}`);
        const error = refusal(e);
        refuse(ack, error.code, error.message);
      }
    });
  });

  const sweep = () => {
    const t = now();
    for (const room of registry.expire(t)) {
      cast.expired(room);
      log(`room ${room.code} expired`);
    }
    for (const map of [address.joins, address.failed, address.votes, address.creates]) map.sweep(t);
  };
  const every = options.sweepEveryMs ?? 60_000;
  const timer = every > 0 ? setInterval(sweep, every) : null;
  timer?.unref();

  return {
    io,
    registry,
    sweep,
    setPublicUrl(url) {
      cast.publicUrl = url;
    },
    async close() {
      if (timer) clearInterval(timer);
      cast.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
    },
  };
}
