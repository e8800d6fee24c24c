/**
 * A room's people: who joined, with which token and device, under which name; who was removed
 * (their token and device are banned from the room); how many places are taken.
 *
 * A place is taken by a participant who has not been removed and has not left — a participant
 * with no open connection for LEFT_AFTER_MS. Someone who left can come back with their token,
 * as long as the room has a place for them again.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { cleanDisplayName, distinctName, foldName, nameProblem } from '../src/core/live/names.ts';
import type { ErrorCode, LiveParams, LiveReason } from '../src/core/live/protocol.ts';

/** A refusal by a room's rules: `message` in English, `reason` and `params` for every page's own language. */
export class RoomError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: LiveReason,
    readonly params?: LiveParams,
  ) {
    super(message);
    this.name = 'RoomError';
  }
}

/** A participant with no connection for this long has left: their place is free. */
export const LEFT_AFTER_MS = 5 * 60 * 1000;

export interface Participant {
  id: string;
  token: string;
  name: string;
  joinedAt: number;
  /** The browser's device id, if it sent one (a removal bans it from the room). */
  device: string | null;
  removed: boolean;
  /** When the last connection closed (or the participant joined, or the server restarted). */
  lastSeen: number;
  /** Open connections bound to this participant (a phone and a laptop, or a reconnect race). Not stored. */
  sockets: number;
}

export interface JoinRequest {
  name: string;
  token?: string | undefined;
  device?: string | undefined;
  password?: string | undefined;
}

/** scrypt, small cost: a door password for a workshop, kept only as long as the room. */
export function hashPassword(password: string, salt = randomBytes(16).toString('hex')): string {
  return `${salt}:${scryptSync(password, salt, 32, { N: 1 << 12 }).toString('hex')}`;
}

function passwordMatches(hash: string, password: string): boolean {
  const [salt = ''] = hash.split(':');
  const a = Buffer.from(hashPassword(password, salt));
  const b = Buffer.from(hash);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class People {
  readonly byId = new Map<string, Participant>();
  private readonly byToken = new Map<string, Participant>();
  readonly bannedDevices = new Set<string>();
  /** The skeletons (foldName) of the names in the room, removed people excepted: how many have each. */
  private readonly skeletons = new Map<string, number>();

  constructor(
    /** Places in the room. */
    public size: number,
    /** The door password's hash, or null. */
    public passwordHash: string | null = null,
  ) {}

  /** Put back a participant read from storage (after a restart): counted as just seen. */
  restore(p: Omit<Participant, 'sockets'>, now: number): void {
    const restored = { ...p, sockets: 0, lastSeen: Math.max(p.lastSeen, now) };
    this.byId.set(p.id, restored);
    this.byToken.set(p.token, restored);
    if (!p.removed) this.countName(p.name, 1);
  }

  hasToken(token: string): boolean {
    return this.byToken.has(token);
  }

  get(id: string): Participant | undefined {
    return this.byId.get(id);
  }

  /** Places taken: not removed and not left. */
  taken(now: number): number {
    let n = 0;
    for (const p of this.byId.values()) if (this.holdsPlace(p, now)) n++;
    return n;
  }

  private holdsPlace(p: Participant, now: number): boolean {
    return !p.removed && (p.sockets > 0 || now - p.lastSeen < LEFT_AFTER_MS);
  }

  /**
   * The participant `req` comes back as (their token), or a new one. `open` says whether the
   * room takes newcomers (not locked, not over) or why not. A token rejoin keeps the name.
   */
  join(
    req: JoinRequest,
    now: number,
    closed: RoomError | null,
  ): { participant: Participant; rejoined: boolean } {
    const known = req.token ? this.byToken.get(req.token) : undefined;
    const banned = known?.removed || (req.device !== undefined && this.bannedDevices.has(req.device));
    if (banned) throw new RoomError('removed', 'The facilitator removed you from this room.', 'removed');
    if (known) {
      if (!this.holdsPlace(known, now) && this.taken(now) >= this.size)
        throw new RoomError(
          'full',
          `This room is full (${this.size} people). Ask the facilitator for a place.`,
          'room-full',
          { size: this.size },
        );
      known.lastSeen = now;
      return { participant: known, rejoined: true };
    }
    if (closed) throw closed;
    if (this.passwordHash && !passwordMatches(this.passwordHash, req.password ?? ''))
      throw req.password
        ? new RoomError('password', 'That is not the room’s password. Ask the facilitator.', 'password-wrong')
        : new RoomError('password', 'This room has a password: enter it.', 'password-needed');
    if (this.taken(now) >= this.size)
      throw new RoomError(
        'full',
        `This room is full (${this.size} people). Ask the facilitator for a place.`,
        'room-full',
        { size: this.size },
      );
    const cleaned = cleanDisplayName(req.name);
    const problem = nameProblem(cleaned);
    if (problem) throw new RoomError('invalid', problem, 'name-unreadable');
    let id = randomBytes(6).toString('hex');
    while (this.byId.has(id)) id = randomBytes(6).toString('hex');
    const participant: Participant = {
      id,
      token: randomBytes(16).toString('hex'),
      name: distinctName(cleaned, (s) => this.skeletons.has(s)),
      joinedAt: now,
      device: req.device ?? null,
      removed: false,
      lastSeen: now,
      sockets: 0,
    };
    this.byId.set(id, participant);
    this.byToken.set(participant.token, participant);
    this.countName(participant.name, 1);
    return { participant, rejoined: false };
  }

  /** Remove a participant: their token and their device are banned from the room. */
  remove(id: string): Participant {
    const p = this.byId.get(id);
    if (!p || p.removed)
      throw new RoomError('not-found', 'No such participant in this room.', 'no-participant');
    p.removed = true;
    if (p.device) this.bannedDevices.add(p.device);
    this.countName(p.name, -1);
    return p;
  }

  /** Kept as people join and leave, so that a join never folds every name in the room again. */
  private countName(name: string, delta: 1 | -1): void {
    const skeleton = foldName(name);
    const n = (this.skeletons.get(skeleton) ?? 0) + delta;
    if (n > 0) this.skeletons.set(skeleton, n);
    else this.skeletons.delete(skeleton);
  }

  /** A connection of `p` closed. */
  disconnected(p: Participant, now: number): void {
    if (p.sockets > 0) p.sockets--;
    if (p.sockets === 0) p.lastSeen = now;
  }
}
