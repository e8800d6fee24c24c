/**
 * What the live-room service's parts share: a connection's data, the per-address budgets, the
 * refusal a handler throws, and the context every handler gets.
 */
import type { Server, Socket } from 'socket.io';
import type { ErrorCode } from '../src/core/live/protocol.ts';
import type { Broadcaster } from './broadcast.ts';
import type { FacilitatorKeys } from './keys.ts';
import { Bucket, BucketMap, type RateLimits } from './rate-limit.ts';
import type { Room } from './room.ts';
import type { RoomRegistry } from './rooms.ts';
import type { RoomStore } from './store/store.ts';
import type { StoryLibrary } from './stories.ts';

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

export interface ServiceContext {
  io: Server;
  registry: RoomRegistry;
  store: RoomStore;
  cast: Broadcaster;
  stories: StoryLibrary;
  keys: FacilitatorKeys;
  budgets: AddressBudgets;
  now: () => number;
  log: (line: string) => void;
  /** Bind a connection to a participant (counted as connected), unbinding any earlier one. */
  bind(socket: LiveSocket, room: Room, participantId: string): void;
}

/** Wait for a store write; a failure is logged and refused, never acknowledged as done. */
export async function saved(ctx: ServiceContext, write: Promise<void>, what: string): Promise<void> {
  try {
    await write;
  } catch (e) {
    ctx.log(`could not save ${what}: ${e instanceof Error ? e.message : e}`);
    throw new Refusal(
      'server',
      'The server could not save that (its database is not writable). Try again; tell the facilitator if it persists.',
    );
  }
}
