/**
 * What the live-room service's parts share: a connection's data, the per-address budgets, the
 * refusal a handler throws, and what an operation on a room needs where the room runs.
 */
import type { Server, Socket } from 'socket.io';
import type { ErrorCode, LiveError, LiveParams, LiveReason } from '../src/core/live/protocol.ts';
import type { Broadcaster } from './broadcast.ts';
import { RoomError } from './people.ts';
import type { Presence } from './presence.ts';
import {
  Bucket,
  BucketMap,
  type BucketRule,
  type KeyedBudget,
  type RateLimits,
  type SharedBudgetName,
} from './rate-limit.ts';
import type { RoomRegistry } from './rooms.ts';
import { CodeTaken, NotOwner, TooManyRooms, type RoomStore } from './store/store.ts';

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

/** Buckets several processes share (--redis): one budget per name, for a rule. */
export type SharedBuckets = (name: SharedBudgetName, rule: BucketRule) => KeyedBudget;

/**
 * Budgets per address, across all of its connections — with --redis, those that protect the rooms
 * across all the processes too (`shared`, see SHARED_BUDGETS).
 */
export class AddressBudgets {
  readonly messages: BucketMap;
  readonly votes: BucketMap;
  readonly joins: KeyedBudget;
  readonly newcomers: KeyedBudget;
  readonly failedJoins: KeyedBudget;
  readonly failedHost: KeyedBudget;
  readonly creates: KeyedBudget;
  readonly connections = new Map<string, number>();
  /** This process's buckets, swept of full ones now and then. */
  private readonly local: BucketMap[] = [];

  constructor(limits: RateLimits, shared: SharedBuckets | null = null) {
    const local = (rule: BucketRule) => {
      const map = new BucketMap(rule);
      this.local.push(map);
      return map;
    };
    const budget = (name: SharedBudgetName, rule: BucketRule) => (shared ? shared(name, rule) : local(rule));
    this.messages = local(limits.addressMessages);
    this.votes = local(limits.addressVotes);
    this.joins = budget('joins', limits.addressJoins);
    this.newcomers = budget('newcomers', limits.addressNewcomers);
    this.failedJoins = budget('failedJoins', limits.addressFailedJoins);
    this.failedHost = budget('failedHost', limits.addressFailedHost);
    this.creates = budget('creates', limits.addressCreates);
  }

  sweep(now: number): void {
    for (const map of this.local) map.sweep(now);
  }
}

/** A refusal before or around a room's rules: `message` in English, `reason` and `params` for every page's language. */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: LiveReason,
    readonly params?: LiveParams,
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
    if (e instanceof NotOwner || e instanceof TooManyRooms || e instanceof CodeTaken) throw e;
    env.log(`could not save ${what}: ${e instanceof Error ? e.message : e}`);
    throw new Refusal(
      'server',
      'The server could not save that (its database is not writable). Try again; tell the facilitator if it persists.',
      'not-saved',
    );
  }
}

/** What a client is told of a failure: a refusal as it is, anything else as a server error. */
export function toLiveError(e: unknown): LiveError {
  return e instanceof Refusal || e instanceof RoomError
    ? {
        code: e.code,
        message: e.message,
        ...(e.reason && { reason: e.reason }),
        ...(e.params && { params: e.params }),
      }
    : {
        code: 'server',
        message: 'Something went wrong on the server. Try again; if it persists, restart the room.',
        reason: 'server-error',
      };
}
