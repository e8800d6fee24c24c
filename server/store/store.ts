/**
 * Where live rooms are kept so that a restart resumes them: one small interface, written through
 * on every change before the change is acknowledged.
 *
 * Every write is one atomic unit (a vote is its current vote and its log record together), taken
 * (its values) when the method is called and written in the order of the calls — at once (Redis),
 * or with the other changes of the same turn of the event loop in one commit (SQLite); the promise
 * resolves only once it is durable, and rejects, with the reason, if it could not be written. The tally is never stored: it is derived from the current votes. This is
 * the shape a store shared by several processes (Redis: a hash per room, a hash of current votes,
 * a list for the log, MULTI per write) needs too.
 *
 * Implementations: `MemoryStore` (nothing survives the process: tests, the dev server, `--db none`),
 * `SqliteStore` (an embedded SQLite file: `npm run live`) and `RedisStore` (several processes:
 * `--redis URL`; its writes are fenced by the process that runs the room, see NotOwner).
 */
import type { LoadedStory } from '../../src/core/session/types.ts';
import type { CurrentVote, LoggedVote, RoomMeta, StoredParticipant, StoredRoom } from './records.ts';

export interface RoomStore {
  /** A short description for the log, e.g. "SQLite data/live.sqlite". */
  readonly describe: string;
  /** Every room kept (running and ended), for the start of the server. */
  loadAll(): Promise<StoredRoom[]>;
  /** One room, if kept (an ended room the registry no longer holds in memory). */
  load(code: string): Promise<StoredRoom | null>;
  /**
   * A new room and the story it runs (kept by its hash, so a changed file never breaks a room).
   * A store shared by several processes refuses it (TooManyRooms) when they already run
   * `maxRunning` rooms together; one process's store leaves that to the registry.
   */
  createRoom(meta: RoomMeta, story: LoadedStory, maxRunning?: number): Promise<void>;
  /** The room's own state: phase, path, history, timer, lock… */
  saveRoom(meta: RoomMeta): Promise<void>;
  saveParticipant(code: string, p: StoredParticipant): Promise<void>;
  /** A removal: the participant (removed), their current vote gone, their device banned. */
  removeParticipant(code: string, p: StoredParticipant, decision: number): Promise<void>;
  /** One vote: the current vote, its log record, and the log record it replaced (bounded log). */
  saveVote(code: string, vote: CurrentVote, record: LoggedVote, dropped: number | null): Promise<void>;
  /** Forget rooms that ended before `before` (their retention is over); returns how many. */
  forgetEndedBefore(before: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * A store shared by several processes (Redis) refused a write: another process runs the room now.
 * Nothing was written; the change is made again where the room runs.
 */
export class NotOwner extends Error {
  constructor(readonly code: string) {
    super(`room ${code} is run by another process now`);
    this.name = 'NotOwner';
  }
}

/** A new room's code is already taken in a shared store: the room is created again with another. */
export class CodeTaken extends Error {
  constructor(readonly code: string) {
    super(`room code ${code} is taken`);
    this.name = 'CodeTaken';
  }
}

/** The processes sharing a store already run as many rooms as one server may (a new one is refused). */
export class TooManyRooms extends Error {
  constructor(readonly max: number) {
    super(`${max} rooms are running`);
    this.name = 'TooManyRooms';
  }
}

/** Nothing survives the process; what the tests and the dev server use. */
export class MemoryStore implements RoomStore {
  readonly describe = 'memory (rooms end with the process)';
  async loadAll(): Promise<StoredRoom[]> {
    return [];
  }
  async load(): Promise<StoredRoom | null> {
    return null;
  }
  async createRoom(): Promise<void> {}
  async saveRoom(): Promise<void> {}
  async saveParticipant(): Promise<void> {}
  async removeParticipant(): Promise<void> {}
  async saveVote(): Promise<void> {}
  async forgetEndedBefore(): Promise<number> {
    return 0;
  }
  async close(): Promise<void> {}
}
