/**
 * The room registry: creates rooms with unguessable join codes and facilitator secrets, finds a
 * room by code, checks a facilitator's secret in constant time, and expires idle rooms.
 * Only running rooms count against the cap: a room that has ended frees its place at once (it
 * stays in memory for `endedIdleMs` so the facilitator can export, and in the store for longer).
 * No sockets here; the service tells people about expiry.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../src/core/live/protocol.ts';
import type { LoadedStory } from '../src/core/session/types.ts';
import { Room, RoomError } from './room.ts';

export interface RegistryOptions {
  /** Running rooms at once. */
  maxRooms: number;
  /** The largest room a facilitator may ask for. */
  maxParticipants: number;
  /** A room nobody has used for this long is closed. */
  roomIdleMs: number;
  /** …and one that has ended leaves memory after this long (the store keeps it longer). */
  endedIdleMs: number;
}

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Whether `given` is the facilitator secret `expected`, compared in constant time (no room: false). */
export function secretMatches(expected: string | undefined, given: string): boolean {
  const a = Buffer.from(given, 'hex');
  const b = Buffer.from(expected ?? '00'.repeat(16), 'hex');
  return a.length === b.length && timingSafeEqual(a, b) && expected !== undefined;
}

export class RoomRegistry {
  readonly rooms = new Map<string, Room>();

  constructor(private readonly options: RegistryOptions) {}

  /** Running rooms at once (with --redis: across the processes, counted by the store). */
  get maxRooms(): number {
    return this.options.maxRooms;
  }

  /** The refusal when that many rooms run. */
  tooMany(): RoomError {
    return new RoomError(
      'full',
      `This server already runs ${this.options.maxRooms} rooms. End one, or try later.`,
      'server-full',
      { max: this.options.maxRooms },
    );
  }

  /** Rooms that have not ended. */
  get running(): number {
    let n = 0;
    for (const room of this.rooms.values()) if (!room.over) n++;
    return n;
  }

  create(
    story: LoadedStory,
    title: string,
    now: number,
    options: { size?: number | undefined; passwordHash?: string | null } = {},
  ): Room {
    if (this.running >= this.options.maxRooms) throw this.tooMany();
    const max = this.options.maxParticipants;
    if (options.size !== undefined && options.size > max)
      throw new RoomError('invalid', `A room on this server is for at most ${max} people.`, 'size-too-big', {
        max,
      });
    let code = newCode();
    while (this.rooms.has(code)) code = newCode();
    const secret = randomBytes(16).toString('hex');
    const room = new Room(code, secret, story, title, now, {
      size: options.size ?? max,
      passwordHash: options.passwordHash ?? null,
    });
    this.rooms.set(code, room);
    return room;
  }

  /** A room rebuilt from the store. */
  add(room: Room): void {
    this.rooms.set(room.code, room);
  }

  find(code: string): Room | undefined {
    return this.rooms.get(code);
  }

  /** The room if `secret` is its facilitator secret; undefined otherwise (same answer for both causes). */
  authorize(code: string, secret: string): Room | undefined {
    const room = this.rooms.get(code);
    const same = secretMatches(room?.secret, secret);
    return room && same ? room : undefined;
  }

  /**
   * Rooms idle for too long: running ones are closed (and returned, to tell everyone and the
   * store); ended ones leave memory.
   */
  expire(now: number): Room[] {
    const expired: Room[] = [];
    for (const room of this.rooms.values()) {
      if (now < this.expiresAt(room)) continue;
      this.rooms.delete(room.code);
      if (room.over) continue;
      room.end(now);
      expired.push(room);
    }
    return expired;
  }

  expiresAt(room: Room): number {
    return room.lastActivity + (room.over ? this.options.endedIdleMs : this.options.roomIdleMs);
  }
}
