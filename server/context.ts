/**
 * What the live-room service's parts share: a connection's data, the per-address budgets, the
 * refusal a handler throws, and what an operation on a room needs where the room runs.
 */
import type { Server, Socket } from 'socket.io';
import type { ErrorCode, LiveError } from '../src/core/live/protocol.ts';
import type { Broadcaster } from './broadcast.ts';
import { RoomError } from './people.ts';
import type { Presence } from './presence.ts';
import { Bucket, BucketMap, type RateLimits } from './rate-limit.ts';
import type { RoomRegistry } from './rooms.ts';
import { NotOwner, type RoomStore } from './store/store.ts';

export interface SocketData {
  /** The client's address (through trusted proxies). */
  address: string;
  room?: string | undefined;
  participant?: string | undefined;
  /** Rooms where this connection has already made a participant: one each. */
  joinedAs: string[];
  violations: number;
  messages: Bucket;
  joins: Bucket;
  failedJoins: Bucket;
  votes: Bucket;
}

export type LiveSocket = Socket<
  Record<string, never>,
  Record<string, never>,
  Record<string, never>,
  SocketData
>;

export function newSocketData(address: string, limits: RateLimits, now: number): SocketData {
  return {
    address,
    joinedAs: [],
    violations: 0,
    messages: new Bucket(limits.connectionMessages, now),
    joins: new Bucket(limits.connectionJoins, now),
    failedJoins: new Bucket(limits.connectionFailedJoins, now),
    votes: new Bucket(limits.connectionVotes, now),
  };
}

/**
 * A connection that socket.io recovered from another process (--redis: the session was kept in
 * Redis) comes back as plain data: its budgets are made again, the rest is kept.
 */
export function recoveredSocketData(data: SocketData, limits: RateLimits, now: number): SocketData {
  if (data.messages instanceof Bucket) return data;
  const plain = data as Partial<Record<keyof SocketData, unknown>>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    ...newSocketData(text(plain.address) ?? 'unknown', limits, now),
    room: text(plain.room),
    participant: text(plain.participant),
    joinedAs: Array.isArray(plain.joinedAs) ? plain.joinedAs.filter((c) => typeof c === 'string') : [],
    violations: typeof plain.violations === 'number' ? plain.violations : 0,
  };
}

/** Budgets per address, across all of its connections. */
export class AddressBudgets {
  readonly messages: BucketMap;
  readonly joins: BucketMap;
  readonly newcomers: BucketMap;
  readonly failedJoins: BucketMap;
  readonly failedHost: BucketMap;
  readonly votes: BucketMap;
  readonly creates: BucketMap;
  readonly connections = new Map<string, number>();

  constructor(limits: RateLimits) {
    this.messages = new BucketMap(limits.addressMessages);
    this.joins = new BucketMap(limits.addressJoins);
    this.newcomers = new BucketMap(limits.addressNewcomers);
    this.failedJoins = new BucketMap(limits.addressFailedJoins);
    this.failedHost = new BucketMap(limits.addressFailedHost);
    this.votes = new BucketMap(limits.addressVotes);
    this.creates = new BucketMap(limits.addressCreates);
  }

  sweep(now: number): void {
    for (const map of [
      this.messages,
      this.joins,
      this.newcomers,
      this.failedJoins,
      this.failedHost,
      this.votes,
      this.creates,
    ])
      map.sweep(now);
  }
}

export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What an operation on a room needs where the room runs (this process, or its owner with --redis). */
export interface OwnerEnv {
  io: Server;
  registry: RoomRegistry;
  store: RoomStore;
  cast: Broadcaster;
  presence: Presence;
  now: () => number;
  log: (line: string) => void;
}

/**
 * Wait for a store write; a failure is logged and refused, never acknowledged as done. A write
 * refused because another process runs the room now (NotOwner) is passed on as it is: the
 * operation is made again there.
 */
export async function saved(env: Pick<OwnerEnv, 'log'>, write: Promise<void>, what: string): Promise<void> {
  try {
    await write;
  } catch (e) {
    if (e instanceof NotOwner) throw e;
    env.log(`could not save ${what}: ${e instanceof Error ? e.message : e}`);
    throw new Refusal(
      'server',
      'The server could not save that (its database is not writable). Try again; tell the facilitator if it persists.',
    );
  }
}

/** What a client is told of a failure: a refusal as it is, anything else as a server error. */
export function toLiveError(e: unknown): LiveError {
  return e instanceof Refusal || e instanceof RoomError
    ? { code: e.code, message: e.message }
    : {
        code: 'server',
        message: 'Something went wrong on the server. Try again; if it persists, restart the room.',
      };
}
