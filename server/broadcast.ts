/**
 * What the server tells whom, and how often.
 *
 * Socket.io rooms per live room: `room:CODE` (every participant: one identical RoomState per
 * change, encoded once), `host:CODE` (facilitator connections that proved the secret: HostState,
 * tallies, the people list), `p:CODE:ID` (one participant's connections, for removal). Tallies are
 * coalesced within one turn of the event loop (a burst of votes → one tally, still immediate; in a
 * long turn, one every TALLY_EVERY_MS) and count every vote the room has taken, whether or not
 * the store has written it yet (its acknowledgement waits for that); the people list at most every
 * PEOPLE_EVERY_MS. Broadcasts are stored by socket.io's connection recovery, so a phone that drops
 * for a moment gets what it missed when it comes back.
 *
 * Tally first: a vote's acknowledgement waits (`afterTally`) until it is in the store and the tally
 * counting it has been written to the facilitator. In a burst the server's time goes mostly to writing a thousand
 * acknowledgements, one system call each; writing them after the tally, not between the votes,
 * lets the facilitator see the count without waiting for them (the phone's wait grows by as much).
 * And reading comes first: acknowledgements are written ACK_SLICE_MS at a time, then the event
 * loop reads what arrived meanwhile (more votes, counted and tallied) before writing more.
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
/** Acknowledgements are written for at most this long before the event loop reads again. */
const ACK_SLICE_MS = 2;

export class Broadcaster {
  private readonly tallyDue = new Set<Room>();
  /** Acknowledgements of votes, sent once the tallies due before them are out. */
  private readonly acks: (() => void)[] = [];
  private flushTask: NodeJS.Immediate | null = null;
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
    // Mid-turn the tally goes out alone; the acknowledgements wait for the end of the turn, so that
    // a backlog of votes is counted before a thousand replies are written.
    if (performance.now() - this.lastTallies >= TALLY_EVERY_MS) this.flush(false);
  }

  participantsChanged(room: Room): void {
    this.tallyDue.add(room);
    this.flushTask ??= setImmediate(() => this.flush());
    if (this.peopleDue.has(room)) return;
    const timer = setTimeout(() => {
      this.peopleDue.delete(room);
      if (this.registry.find(room.code) !== room) return;
      this.io.to(`host:${room.code}`).emit('people', { participants: participantList(room) });
    }, PEOPLE_EVERY_MS);
    timer.unref();
    this.peopleDue.set(room, timer);
  }

  /** Send a vote's acknowledgement once the tally that counts it has gone to the facilitator. */
  afterTally(send: () => void): void {
    this.acks.push(send);
    this.flushTask ??= setImmediate(() => this.flush());
  }

  /** The tallies due, then (at the end of a turn) the acknowledgements waiting for them. */
  private flush(withAcks = true): void {
    if (withAcks && this.flushTask) clearImmediate(this.flushTask);
    if (withAcks) this.flushTask = null;
    const start = performance.now();
    if (this.tallyDue.size) this.lastTallies = start;
    for (const room of this.tallyDue) {
      if (this.registry.find(room.code) === room) this.io.to(`host:${room.code}`).emit('tally', room.tally());
    }
    this.tallyDue.clear();
    if (!withAcks) return;
    const until = start + ACK_SLICE_MS;
    let sent = 0;
    while (sent < this.acks.length && (sent % 8 !== 0 || performance.now() < until)) this.acks[sent++]!();
    this.acks.splice(0, sent);
    // The rest after the next read (setImmediate from here runs after the event loop's poll).
    if (this.acks.length) this.flushTask = setImmediate(() => this.flush());
  }

  expired(room: Room): void {
    const message =
      'This room has closed after a long time without activity. Ask the facilitator for a new code.';
    for (const channel of [`room:${room.code}`, `host:${room.code}`]) {
      this.io.to(channel).emit('expired', { code: room.code, message, reason: 'expired' });
      this.io.in(channel).socketsLeave(channel);
    }
    const timer = this.peopleDue.get(room);
    if (timer) clearTimeout(timer);
    this.peopleDue.delete(room);
  }

  stop(): void {
    if (this.flushTask) clearImmediate(this.flushTask);
    this.flushTask = null;
    for (const send of this.acks.splice(0)) send();
    for (const timer of this.peopleDue.values()) clearTimeout(timer);
    this.peopleDue.clear();
  }
}
