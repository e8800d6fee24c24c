/**
 * The live rooms in Redis, shared by several server processes (`--redis URL`).
 *
 * The same RoomStore as SQLite — one atomic write per change (a Lua script: a vote is the current
 * vote and its log record together), issued in the order of the changes on one connection, the
 * tally derived from the current votes, never stored — plus what several processes need: each
 * room has one owner process (the one that runs its story), every write is fenced by it
 * (NOTOWNER: see redis-scripts.ts), and a room whose owner is gone is taken over by another.
 *
 * Client: ioredis (see docs/live.md for why). Keys and scripts: redis-scripts.ts.
 */
import type { Redis } from 'ioredis';
import type { LoadedStory } from '../../src/core/session/types.ts';
import type { CurrentVote, LoggedVote, RoomMeta, StoredParticipant, StoredRoom } from './records.ts';
import { SCRIPTS, type ScriptName } from './redis-scripts.ts';
import { CodeTaken, NotOwner, TooManyRooms, type RoomStore } from './store.ts';

export const DEFAULT_PREFIX = 'rapport:live:';

type Call = (...args: (string | number)[]) => Promise<unknown>;

const pairs = (flat: string[]): [string, string][] => {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
};

export interface Heartbeat {
  /** Running rooms whose owner was gone: this process runs them now. */
  taken: string[];
  /** Rooms this process thought it ran that another process runs now. */
  lost: string[];
  /** Processes asked about that are gone. */
  gone: string[];
}

export class RedisStore implements RoomStore {
  readonly describe: string;
  private readonly scripts: Record<ScriptName, Call>;

  constructor(
    private readonly redis: Redis,
    /** This process: the owner its writes are fenced with. */
    readonly me: string,
    where: string,
    readonly prefix = DEFAULT_PREFIX,
  ) {
    this.describe = `Redis ${where}`;
    for (const [name, lua] of Object.entries(SCRIPTS))
      redis.defineCommand(`rapport_${name}`, { numberOfKeys: 0, lua });
    const bag = redis as unknown as Record<string, Call>;
    this.scripts = Object.fromEntries(
      Object.keys(SCRIPTS).map((name) => [name, (...args) => bag[`rapport_${name}`]!.call(redis, ...args)]),
    ) as Record<ScriptName, Call>;
  }

  inbox(proc: string): string {
    return `${this.prefix}inbox:${proc}`;
  }

  /** A fenced write for room `code`. */
  private async write(script: ScriptName, code: string, ...args: (string | number)[]): Promise<void> {
    try {
      await this.scripts[script](this.prefix, code, this.me, ...args);
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('NOTOWNER')) throw new NotOwner(code);
      throw e;
    }
  }

  async loadAll(): Promise<StoredRoom[]> {
    const running = await this.redis.smembers(`${this.prefix}running`);
    const ended = await this.redis.zrange(`${this.prefix}ended`, 0, -1);
    const rooms = await Promise.all([...running, ...ended].map((code) => this.load(code)));
    return rooms.filter((r): r is StoredRoom => r !== null);
  }

  async load(code: string): Promise<StoredRoom | null> {
    const raw = (await this.scripts.load(this.prefix, code, this.me)) as
      [string, string, string | null, string[], string[], string[], string[], string[]] | null;
    if (!raw) return null;
    const [metaJson, hash, storyJson, people, order, banned, votes, logFlat] = raw;
    if (storyJson === null) return null;
    const meta = JSON.parse(metaJson) as RoomMeta;
    const { id, json } = JSON.parse(storyJson) as { id: string; json: unknown };
    const byId = new Map(pairs(people));
    const participants = order.flatMap((pid) => {
      const data = byId.get(pid);
      return data ? [JSON.parse(data) as StoredParticipant] : [];
    });
    const current: CurrentVote[] = pairs(votes).map(([field, choice]) => {
      const at = field.indexOf(':');
      return {
        decision: Number(field.slice(0, at)),
        participant: field.slice(at + 1),
        choice: Number(choice),
      };
    });
    const log = pairs(logFlat)
      .map(([, record]) => JSON.parse(record) as LoggedVote)
      .sort((a, b) => a.seq - b.seq);
    // Only each participant's latest record on a decision is final (earlier ones were written final).
    const latest = new Map<string, LoggedVote>();
    for (const r of log) latest.set(`${r.decision}:${r.participant}`, r);
    for (const r of log) r.final = latest.get(`${r.decision}:${r.participant}`) === r;
    return {
      meta,
      story: { id, hash, json },
      participants,
      bannedDevices: banned,
      votes: current,
      log,
    };
  }

  async createRoom(meta: RoomMeta, story: LoadedStory, maxRunning?: number): Promise<void> {
    const created = await this.scripts.create(
      this.prefix,
      meta.code,
      this.me,
      JSON.stringify(meta),
      story.hash,
      JSON.stringify({ id: story.id, json: story.json }),
      meta.endedAt ?? '',
      maxRunning ?? '',
    );
    if (Number(created) === -1) throw new TooManyRooms(maxRunning ?? 0);
    if (Number(created) !== 1) throw new CodeTaken(meta.code);
  }

  saveRoom(meta: RoomMeta): Promise<void> {
    return this.write('saveRoom', meta.code, JSON.stringify(meta), meta.endedAt ?? '');
  }

  saveParticipant(code: string, p: StoredParticipant): Promise<void> {
    return this.write('saveParticipant', code, p.id, JSON.stringify(p));
  }

  removeParticipant(code: string, p: StoredParticipant, decision: number): Promise<void> {
    return this.write(
      'removeParticipant',
      code,
      p.id,
      JSON.stringify(p),
      `${decision}:${p.id}`,
      p.device ?? '',
    );
  }

  saveVote(code: string, vote: CurrentVote, record: LoggedVote, dropped: number | null): Promise<void> {
    return this.write(
      'saveVote',
      code,
      `${vote.decision}:${vote.participant}`,
      vote.choice,
      record.seq,
      JSON.stringify(record),
      dropped ?? '',
    );
  }

  async forgetEndedBefore(before: number): Promise<number> {
    return Number(await this.scripts.forget(this.prefix, before));
  }

  /** The process that runs `code` (this one, if its owner was gone or it had none); null: no such room. */
  async claim(code: string): Promise<string | null> {
    return ((await this.scripts.claim(this.prefix, code, this.me)) as string | null) ?? null;
  }

  /** The room's owner as recorded, alive or not (null: none, or no such room). */
  async ownerOf(code: string): Promise<string | null> {
    return (await this.redis.hget(`${this.prefix}room:${code}`, 'owner')) || null;
  }

  async heartbeat(ttlMs: number, mine: string[], peers: string[]): Promise<Heartbeat> {
    const [taken, lost, gone] = (await this.scripts.heartbeat(
      this.prefix,
      this.me,
      ttlMs,
      mine.length,
      ...mine,
      ...peers,
    )) as [string[], string[], string[]];
    return { taken, lost, gone };
  }

  /** Let go of `codes` (this process is stopping): the others take them over at once. */
  async release(codes: string[]): Promise<void> {
    await this.scripts.release(this.prefix, this.me, ...codes);
  }

  async close(): Promise<void> {
    // The connection belongs to the cluster (server/cluster/open.ts), which closes it.
  }
}
