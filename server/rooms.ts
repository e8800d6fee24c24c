/**
 * The room registry: creates rooms with unguessable join codes and facilitator secrets, finds a
 * room by code, checks a facilitator's secret in constant time, and expires idle rooms.
 * No sockets here; the service tells people about expiry.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../src/core/live/protocol.ts';
import type { LoadedStory } from '../src/core/session/types.ts';
import { Room, RoomError } from './room.ts';

export interface RegistryOptions {
  maxRooms: number;
  maxParticipants: number;
  /** A room nobody has used for this long is closed. */
  roomIdleMs: number;
  /** …and one that has ended, after this long (time to export the votes). */
  endedIdleMs: number;
}

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export class RoomRegistry {
  readonly rooms = new Map<string, Room>();

  constructor(private readonly options: RegistryOptions) {}

  create(story: LoadedStory, title: string, now: number): Room {
    if (this.rooms.size >= this.options.maxRooms)
      throw new RoomError(
        'full',
        `This server already runs ${this.options.maxRooms} rooms. End one, or try later.`,
      );
    let code = newCode();
    while (this.rooms.has(code)) code = newCode();
    const secret = randomBytes(16).toString('hex');
    const room = new Room(code, secret, story, title, now, { maxParticipants: this.options.maxParticipants });
    this.rooms.set(code, room);
    return room;
  }

  find(code: string): Room | undefined {
    return this.rooms.get(code);
  }

  /** The room if `secret` is its facilitator secret; undefined otherwise (same answer for both causes). */
  authorize(code: string, secret: string): Room | undefined {
    const room = this.rooms.get(code);
    const given = Buffer.from(secret, 'hex');
    const expected = Buffer.from(room?.secret ?? '00'.repeat(16), 'hex');
    const same = given.length === expected.length && timingSafeEqual(given, expected);
    return room && same ? room : undefined;
  }

  /** Remove and return the rooms idle for too long. */
  expire(now: number): Room[] {
    const expired: Room[] = [];
    for (const room of this.rooms.values()) {
      const over = room.phase === 'ended' || room.phase === 'closed';
      const limit = over ? this.options.endedIdleMs : this.options.roomIdleMs;
      if (now - room.lastActivity >= limit) {
        this.rooms.delete(room.code);
        expired.push(room);
      }
    }
    return expired;
  }

  expiresAt(room: Room): number {
    const over = room.phase === 'ended' || room.phase === 'closed';
    return room.lastActivity + (over ? this.options.endedIdleMs : this.options.roomIdleMs);
  }
}
