/**
 * Several server processes sharing rooms through Redis (--redis): each room runs in one process,
 * its owner (the one that created it, or took it over), which holds the Room — the story, the
 * votes, the people — and is the only one whose writes Redis accepts for it (fenced: see
 * server/store/redis-scripts.ts). A client may be connected to any process: an operation for a
 * room owned elsewhere (a phone's vote on process B, a facilitator's reveal on process A) is sent
 * to the owner's inbox (Redis pub/sub) and answered there; the owner's broadcasts reach every
 * process's connections through socket.io's Redis Streams adapter.
 *
 * When the owner goes (killed, stopped, frozen), the room is taken over: at once by a process
 * whose message to it found no one listening, or within a heartbeat (0.5 s) by any process; the new
 * owner loads the room from Redis (everything acknowledged is there) and asks every process which
 * of its connections belong to the room (a census, presence.ts). Operations that were waiting
 * for the gone owner are sent again to the new one when that is safe (a vote, a token rejoin, a
 * reveal: the same result twice), otherwise refused with a message to try again.
 */
import type { Redis } from 'ioredis';
import type { LiveError } from '../../src/core/live/protocol.ts';
import { Refusal, toLiveError, type OwnerEnv } from '../context.ts';
import { runOp, type HostInput, type JoinInput, type OpInput, type OpName, type OpOutput } from '../ops.ts';
import { Room, RoomError } from '../room.ts';
import type { RoomRouter } from '../router.ts';
import type { RedisStore } from '../store/redis.ts';
import { NotOwner } from '../store/store.ts';

export const HEARTBEAT_MS = 500;
/** A process that has not renewed its liveness for this long is gone (a killed one is gone at once). */
export const ALIVE_MS = 5000;
const REQUEST_MS = 10_000;
const ATTEMPTS = 6;

type Census = (code: string) => { counts: [string, number][]; seq: number };
type Wire =
  | { t: 'req'; id: string; from: string; code: string; op: OpName; input: unknown }
  | { t: 'res'; id: string; value?: unknown; error?: LiveError; moved?: boolean }
  | { t: 'census'; code: string; from: string }
  | { t: 'counts'; code: string; from: string; seq: number; counts: [string, number][] };
type Answer = { value: unknown } | { error: LiveError } | 'retry';
interface Pending {
  owner: string;
  retryable: boolean;
  settle(answer: Answer): void;
}

const GONE: LiveError = {
  code: 'server',
  message: 'The server that ran this room stopped before answering. Try again: another one has taken over.',
  reason: 'owner-gone',
};

const UNREACHABLE: LiveError = {
  code: 'server',
  message: 'The server cannot reach its database (Redis) just now. Try again in a moment.',
  reason: 'store-down',
};

/** Whether an operation may be sent again when its first sending may have been carried out. */
function idempotent(op: OpName, input: unknown): boolean {
  if (op === 'vote' || op === 'presence') return true;
  if (op === 'join') return !!(input as JoinInput).token;
  const type = (input as HostInput).type;
  return type !== 'advance' && type !== 'remove';
}

export class ClusterRouter implements RoomRouter {
  readonly origin: string;
  private readonly all: string;
  /** Who runs each room, as last learnt. */
  private readonly owners = new Map<string, string>();
  private readonly loading = new Map<string, Promise<Room | 'moved' | null>>();
  private readonly pending = new Map<string, Pending>();
  private nextId = 0;
  private beating: NodeJS.Timeout | null = null;
  private closing = false;
  private unreachable = false;

  constructor(
    private readonly env: OwnerEnv,
    private readonly store: RedisStore,
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly census: Census,
    private readonly endedIdleMs: number,
  ) {
    this.origin = store.me;
    this.all = `${store.prefix}all`;
    sub.on('message', (_channel: string, raw: string) => this.receive(raw));
  }

  private get me(): string {
    return this.origin;
  }

  async run<K extends OpName>(code: string, op: K, input: OpInput<K>): Promise<OpOutput<K> | null> {
    for (let attempt = 0; attempt < ATTEMPTS && !this.closing; attempt++) {
      let owner = this.owners.get(code);
      if (!owner) {
        // A report of connections never brings a room back by itself.
        const found = op === 'presence' ? await this.store.ownerOf(code) : await this.store.claim(code);
        if (!found) return null;
        this.owners.set(code, (owner = found));
      }
      if (owner === this.me) {
        const room = await this.own(code, op);
        if (room === 'moved') {
          this.owners.delete(code);
          continue;
        }
        if (!room) return null;
        try {
          return await runOp(this.env, room, op, input, this.me);
        } catch (e) {
          if (!(e instanceof NotOwner)) throw e;
          this.drop(code); // taken over while this process stalled: nothing was written here
          continue;
        }
      }
      const answer = await this.ask(owner, code, op, input);
      if (answer === 'retry') {
        if (this.owners.get(code) === owner) this.owners.delete(code);
        continue;
      }
      if ('error' in answer)
        throw new Refusal(answer.error.code, answer.error.message, answer.error.reason, answer.error.params);
      return answer.value as OpOutput<K> | null;
    }
    throw new Refusal(
      'server',
      'The room could not be reached just now. Try again in a moment.',
      'unreachable',
    );
  }

  /** The room, if this process runs it (loading it from Redis if need be); 'moved': another does. */
  private async own(code: string, op: OpName): Promise<Room | 'moved' | null> {
    let room = this.env.registry.find(code);
    if (!room) {
      let loading = this.loading.get(code);
      if (!loading && op === 'presence') return null;
      if (!loading) {
        loading = this.load(code).finally(() => this.loading.delete(code));
        this.loading.set(code, loading);
      }
      const got = await loading;
      if (got === null || got === 'moved') return got;
      room = got;
    }
    // An ended room past its time in memory is found only by its facilitator (as in one process).
    if (op !== 'host' && room.over && this.env.now() >= this.env.registry.expiresAt(room)) return null;
    return room;
  }

  private async load(code: string): Promise<Room | 'moved' | null> {
    const owner = await this.store.claim(code);
    if (owner === null) return null;
    if (owner !== this.me) return 'moved';
    const stored = await this.store.load(code);
    if (!stored) return null;
    let room: Room;
    try {
      room = Room.restore(stored, this.env.now());
    } catch (e) {
      this.env.log(`room ${code} could not be resumed: ${e instanceof Error ? e.message : e}`);
      return null;
    }
    const { registry, presence, cast, log } = this.env;
    const ended = room.over && this.env.now() - (room.endedAt ?? room.lastActivity) >= this.endedIdleMs;
    registry.add(room);
    presence.forget(code);
    this.owners.set(code, this.me);
    if (!ended) log(`room ${code} runs in this process now`);
    // Which connections, on every process, belong to the room.
    const { counts, seq } = this.census(code);
    if (presence.census(room, this.me, counts, seq, this.env.now())) cast.participantsChanged(room);
    void this.send(this.all, { t: 'census', code, from: this.me });
    return room;
  }

  private drop(code: string): void {
    if (!this.env.registry.rooms.delete(code)) return;
    this.env.presence.forget(code);
    this.owners.delete(code);
    this.env.log(`room ${code} runs in another process now`);
  }

  /** Send `op` to the room's owner; 'retry' when it did not get it (or is gone, and `op` may be sent again). */
  private async ask(owner: string, code: string, op: OpName, input: unknown): Promise<Answer> {
    const id = `${this.me}:${++this.nextId}`;
    const answer = new Promise<Answer>((resolve) => {
      const timer = setTimeout(() => settle({ error: GONE }), REQUEST_MS);
      const settle = (a: Answer) => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(a);
      };
      this.pending.set(id, { owner, retryable: idempotent(op, input), settle });
    });
    const heard = await this.send(this.store.inbox(owner), { t: 'req', id, from: this.me, code, op, input });
    // Nobody listened: the owner is gone and did not get it — safe to send again, anywhere.
    if (heard === 0) this.pending.get(id)?.settle('retry');
    else if (heard === null) this.pending.get(id)?.settle({ error: UNREACHABLE });
    return answer;
  }

  /** Publish; how many processes heard it (null: Redis could not be reached). */
  private async send(channel: string, msg: Wire): Promise<number | null> {
    try {
      return await this.pub.publish(channel, JSON.stringify(msg));
    } catch (e) {
      this.env.log(`could not reach Redis: ${e instanceof Error ? e.message : e}`);
      return null;
    }
  }

  private receive(raw: string): void {
    let msg: Wire;
    try {
      msg = JSON.parse(raw) as Wire;
    } catch {
      return;
    }
    if (msg.t === 'req') void this.serve(msg);
    else if (msg.t === 'res') {
      const answer: Answer = msg.moved
        ? 'retry'
        : msg.error
          ? { error: msg.error }
          : { value: msg.value ?? null };
      this.pending.get(msg.id)?.settle(answer);
    } else if (msg.t === 'census' && msg.from !== this.me) {
      const { counts, seq } = this.census(msg.code);
      if (counts.length > 0)
        void this.send(this.store.inbox(msg.from), {
          t: 'counts',
          code: msg.code,
          from: this.me,
          seq,
          counts,
        });
    } else if (msg.t === 'counts') {
      const room = this.env.registry.find(msg.code);
      if (room && this.env.presence.census(room, msg.from, msg.counts, msg.seq, this.env.now()))
        this.env.cast.participantsChanged(room);
    }
  }

  /** Run a request from another process, if this one runs the room. */
  private async serve(req: Extract<Wire, { t: 'req' }>): Promise<void> {
    let reply: Omit<Extract<Wire, { t: 'res' }>, 't' | 'id'>;
    try {
      const room = this.closing ? 'moved' : await this.own(req.code, req.op);
      if (room === 'moved') reply = { moved: true };
      else if (room === null) reply = { value: null };
      else reply = { value: await runOp(this.env, room, req.op, req.input as never, req.from) };
    } catch (e) {
      if (e instanceof NotOwner) {
        this.drop(req.code);
        reply = { moved: true };
      } else {
        if (!(e instanceof Refusal || e instanceof RoomError))
          this.env.log(`error in ${req.op} for another process: ${e instanceof Error ? e.stack : e}`);
        reply = { error: toLiveError(e) };
      }
    }
    await this.send(this.store.inbox(req.from), { t: 'res', id: req.id, ...reply });
  }

  private async beat(): Promise<void> {
    const { registry, presence, cast, now } = this.env;
    const peers = new Set([...presence.origins(), ...[...this.pending.values()].map((p) => p.owner)]);
    peers.delete(this.me);
    const mine = [...registry.rooms.keys()];
    const seen = await this.store.heartbeat(ALIVE_MS, mine, [...peers]).catch((e: Error) => {
      if (!this.unreachable) this.env.log(`heartbeat: could not reach Redis: ${e.message}`);
      this.unreachable = true;
      return null;
    });
    if (!seen || this.closing) return;
    if (this.unreachable) this.env.log('heartbeat: Redis reached again');
    this.unreachable = false;
    for (const code of seen.lost) this.drop(code);
    for (const peer of seen.gone) {
      for (const room of presence.dropOrigin(peer, (code) => registry.find(code), now()))
        cast.participantsChanged(room);
      for (const p of this.pending.values())
        if (p.owner === peer) p.settle(p.retryable ? 'retry' : { error: GONE });
      for (const [code, owner] of this.owners) if (owner === peer) this.owners.delete(code);
    }
    for (const code of seen.taken)
      this.own(code, 'host').catch((e: Error) => this.env.log(`room ${code} not taken over: ${e.message}`));
  }

  async start(): Promise<number> {
    await this.sub.subscribe(this.store.inbox(this.me), this.all);
    await this.beat();
    await Promise.all(this.loading.values());
    this.beating = setInterval(() => void this.beat(), HEARTBEAT_MS);
    return this.env.registry.rooms.size;
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.beating) clearInterval(this.beating);
    const codes = [...this.env.registry.rooms.keys()];
    for (const code of codes) this.drop(code);
    await this.store.release(codes).catch(() => {});
    for (const p of this.pending.values()) p.settle({ error: GONE });
    await this.sub.quit().catch(() => {});
  }
}
