/**
 * What the server tells whom, and how often.
 *
 * Socket.io rooms per live room: `room:CODE` (every participant: one identical RoomState per
 * change, encoded once), `host:CODE` (facilitator connections that proved the secret: HostState,
 * tallies, the people list), `p:CODE:ID` (one participant's connections, for removal). Tallies are
 * coalesced within one turn of the event loop (a burst of votes → one tally, still immediate; in a
 * long turn, one every TALLY_EVERY_MS);
 * the people list at most every PEOPLE_EVERY_MS. Broadcasts are stored by socket.io's connection
 * recovery, so a phone that drops for a moment gets what it missed when it comes back.
 */
import type { Server } from 'socket.io';
import type { HostState } from '../src/core/live/protocol.ts';
import { joinPath } from '../src/core/live/protocol.ts';
import type { Room } from './room.ts';
import { participantList, roomState, transcript } from './room-view.ts';
import type { RoomRegistry } from './rooms.ts';

const PEOPLE_EVERY_MS = 250;
/** In a burst, a tally at least this often (else one per turn of the event loop). */
const TALLY_EVERY_MS = 4;

export class Broadcaster {
  private readonly tallyDue = new Set<Room>();
  private tallyTask: NodeJS.Immediate | null = null;
  private lastTallies = 0;
  private readonly peopleDue = new Map<Room, NodeJS.Timeout>();

  constructor(
    private readonly io: Server,
    private readonly registry: RoomRegistry,
    public publicUrl: string | null,
    private readonly now: () => number,
  ) {}

  hostState(room: Room): HostState {
    const t = this.now();
    return {
      room: roomState(room, t),
      storyId: room.story.id,
      transcript: transcript(room),
      tally: room.tally(),
      participants: participantList(room),
      history: room.history,
      joinUrl: this.publicUrl ? `${this.publicUrl}${joinPath(room.code)}` : null,
      soloDebrief: room.view.outcome?.debrief ?? null,
      expiresAt: this.registry.expiresAt(room),
    };
  }

  /** A change everyone sees (a reveal, a new step, the timer, the end). */
  roomChanged(room: Room): void {
    this.io.to(`room:${room.code}`).emit('room', roomState(room, this.now()));
    this.io.to(`host:${room.code}`).emit('host', this.hostState(room));
  }

  /**
   * A vote: the facilitator's tally now (coalesced), the people list soon. In a long turn (a burst
   * of votes read in one go) the tally also goes out every TALLY_EVERY_MS, not only at its end.
   */
  voted(room: Room): void {
    this.participantsChanged(room);
    if (performance.now() - this.lastTallies >= TALLY_EVERY_MS) this.emitTallies();
  }

  participantsChanged(room: Room): void {
    this.tallyDue.add(room);
    this.tallyTask ??= setImmediate(() => this.flushTallies());
    if (this.peopleDue.has(room)) return;
    const timer = setTimeout(() => {
      this.peopleDue.delete(room);
      if (this.registry.find(room.code) !== room) return;
      this.io.to(`host:${room.code}`).emit('people', { participants: participantList(room) });
    }, PEOPLE_EVERY_MS);
    timer.unref();
    this.peopleDue.set(room, timer);
  }

  private emitTallies(): void {
    this.lastTallies = performance.now();
    for (const room of this.tallyDue) {
      if (this.registry.find(room.code) === room) this.io.to(`host:${room.code}`).emit('tally', room.tally());
    }
    this.tallyDue.clear();
  }

  /** The end of the turn: the tallies still due. */
  private flushTallies(): void {
    this.tallyTask = null;
    this.emitTallies();
  }

  expired(room: Room): void {
    const message =
      'This room has closed after a long time without activity. Ask the facilitator for a new code.';
    for (const channel of [`room:${room.code}`, `host:${room.code}`]) {
      this.io.to(channel).emit('expired', { code: room.code, message });
      this.io.in(channel).socketsLeave(channel);
    }
    const timer = this.peopleDue.get(room);
    if (timer) clearTimeout(timer);
    this.peopleDue.delete(room);
  }

  stop(): void {
    if (this.tallyTask) clearImmediate(this.tallyTask);
    this.tallyTask = null;
    for (const timer of this.peopleDue.values()) clearTimeout(timer);
    this.peopleDue.clear();
  }
}
