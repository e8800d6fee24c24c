/**
 * One live room: the authoritative play-through (the real Session), its participants and their
 * votes, the facilitator's decisions, the discussion timer.
 *
 * Pure state and rules — no sockets, no timers, no clock of its own (every method that needs the
 * time is given it), so tests drive it directly. Every refusal is a RoomError whose message says
 * what happened and what to do. Votes stay hidden here; the service decides who may see a tally.
 */
import { randomBytes } from 'node:crypto';
import { Session } from '../src/core/session/session.ts';
import type { LoadedStory, SessionView } from '../src/core/session/types.ts';
import { cleanDisplayName } from '../src/core/live/names.ts';
import type {
  DecisionRecord,
  ErrorCode,
  GroupDebrief,
  LiveLine,
  ParticipantInfo,
  Phase,
  RoomState,
  Tally,
  VoteRecord,
} from '../src/core/live/protocol.ts';

export class RoomError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RoomError';
  }
}

export interface Participant {
  id: string;
  token: string;
  name: string;
  joinedAt: number;
  /** Open connections bound to this participant (a phone and a laptop, or a reconnect race). */
  sockets: number;
  removed: boolean;
}

export interface RoomOptions {
  maxParticipants: number;
}

const toLine = (l: SessionView['lines'][number]): LiveLine => ({
  seq: l.seq,
  kind: l.kind,
  speaker: l.speakerName,
  text: l.text,
});

export class Room {
  readonly session: Session;
  readonly createdAt: number;
  lastActivity: number;
  phase: Phase;
  locked = false;
  readonly participants = new Map<string, Participant>();
  private readonly byToken = new Map<string, Participant>();
  /** Current decision: participant id → choice index. */
  private readonly votes = new Map<string, number>();
  /** Current decision: participant id → index in voteLog of their latest vote. */
  private readonly latestVote = new Map<string, number>();
  readonly voteLog: VoteRecord[] = [];
  readonly history: DecisionRecord[] = [];
  private beatStart = 0;
  private timer: { endsAt: number; totalMs: number } | null = null;

  constructor(
    readonly code: string,
    readonly secret: string,
    readonly story: LoadedStory,
    readonly title: string,
    now: number,
    private readonly options: RoomOptions,
  ) {
    this.session = new Session(story);
    this.createdAt = now;
    this.lastActivity = now;
    this.phase = this.session.current.ended ? 'ended' : 'voting';
  }

  get view(): SessionView {
    return this.session.current;
  }

  /** The index of the decision being voted on: how many choices the room has made. */
  get decision(): number {
    return this.view.path.length;
  }

  touch(now: number): void {
    this.lastActivity = now;
  }

  // ------------------------------------------------------------------ participants

  join(
    rawName: string,
    token: string | undefined,
    now: number,
  ): { participant: Participant; rejoined: boolean } {
    const known = token ? this.byToken.get(token) : undefined;
    if (known) {
      if (known.removed) throw new RoomError('removed', 'The facilitator removed you from this room.');
      const name = cleanDisplayName(rawName);
      if (name) known.name = name;
      return { participant: known, rejoined: true };
    }
    if (this.phase === 'closed')
      throw new RoomError('closed', 'This session has ended. Ask the facilitator for a new code.');
    if (this.locked)
      throw new RoomError(
        'locked',
        'The facilitator has closed this room to new participants. Ask them to open it.',
      );
    if (this.participants.size >= this.options.maxParticipants)
      throw new RoomError('full', `This room is full (${this.options.maxParticipants} people).`);
    const name = cleanDisplayName(rawName);
    if (!name) throw new RoomError('invalid', 'Enter a name the room will see (letters, digits or emoji).');
    let id = randomBytes(6).toString('hex');
    while (this.participants.has(id)) id = randomBytes(6).toString('hex');
    const participant: Participant = {
      id,
      token: randomBytes(16).toString('hex'),
      name,
      joinedAt: now,
      sockets: 0,
      removed: false,
    };
    this.participants.set(id, participant);
    this.byToken.set(participant.token, participant);
    return { participant, rejoined: false };
  }

  hasToken(token: string): boolean {
    return this.byToken.has(token);
  }

  remove(participantId: string): Participant {
    const p = this.participants.get(participantId);
    if (!p || p.removed) throw new RoomError('not-found', 'No such participant in this room.');
    p.removed = true;
    if (this.votes.delete(participantId)) this.latestVote.delete(participantId);
    return p;
  }

  voteOf(participantId: string): number | null {
    return this.votes.get(participantId) ?? null;
  }

  // ------------------------------------------------------------------ votes

  vote(participantId: string, decision: number, choice: number, now: number): void {
    const p = this.participants.get(participantId);
    if (!p || p.removed) throw new RoomError('not-joined', 'Join the room before voting.');
    if (decision !== this.decision)
      throw new RoomError('stale', 'That decision is over — the room has moved on. Vote on the current one.');
    if (this.phase !== 'voting')
      throw new RoomError('closed', 'Voting on this decision has closed. Wait for the next one.');
    const count = this.view.choices.length;
    if (choice >= count)
      throw new RoomError('invalid', `There is no choice ${choice + 1} here: pick 1 to ${count}.`);
    const previous = this.latestVote.get(participantId);
    if (previous !== undefined) this.voteLog[previous]!.final = false;
    this.votes.set(participantId, choice);
    this.latestVote.set(participantId, this.voteLog.length);
    this.voteLog.push({
      decision,
      source: this.view.choices[0]?.source ?? '',
      participant: participantId,
      name: p.name,
      choice,
      choiceText: this.view.choices[choice]!.text,
      at: new Date(now).toISOString(),
      final: true,
    });
  }

  counts(): number[] {
    const counts = this.view.choices.map(() => 0);
    for (const choice of this.votes.values()) counts[choice] = (counts[choice] ?? 0) + 1;
    return counts;
  }

  tally(): Tally {
    let connected = 0;
    let participants = 0;
    for (const p of this.participants.values()) {
      if (p.removed) continue;
      participants++;
      if (p.sockets > 0) connected++;
    }
    return {
      decision: this.decision,
      counts: this.counts(),
      voters: this.votes.size,
      connected,
      participants,
    };
  }

  // ------------------------------------------------------------------ the facilitator's controls

  private expectCurrent(decision: number): void {
    if (this.phase === 'ended' || this.phase === 'closed')
      throw new RoomError('closed', 'The session has ended: there is nothing left to decide.');
    if (decision !== this.decision)
      throw new RoomError(
        'stale',
        `Decision ${decision + 1} is already over; the room is on decision ${this.decision + 1}.`,
      );
  }

  reveal(decision: number): void {
    this.expectCurrent(decision);
    this.phase = 'revealed';
  }

  /** Take `choice`, or the majority when it is undefined; returns the record of the decision. */
  advance(decision: number, choice: number | undefined): DecisionRecord {
    this.expectCurrent(decision);
    const counts = this.counts();
    const top = Math.max(0, ...counts);
    const leaders = counts.flatMap((c, i) => (c === top && top > 0 ? [i] : []));
    if (choice === undefined) {
      if (leaders.length === 0)
        throw new RoomError('invalid', 'No votes yet: wait for votes or pick a choice for the room.');
      if (leaders.length > 1)
        throw new RoomError(
          'invalid',
          `The vote is tied between ${leaders.map((i) => i + 1).join(' and ')}: pick one of them.`,
        );
      choice = leaders[0]!;
    }
    if (choice >= counts.length)
      throw new RoomError('invalid', `There is no choice ${choice + 1} here: pick 1 to ${counts.length}.`);
    const view = this.view;
    const prompt = [...view.lines].reverse().find((l) => l.kind === 'line')?.text ?? null;
    const record: DecisionRecord = {
      decision,
      source: view.choices[0]?.source ?? '',
      prompt,
      choices: view.choices.map((c) => c.text),
      counts,
      voters: this.votes.size,
      taken: choice,
      by: leaders.length === 1 && leaders[0] === choice ? 'majority' : 'facilitator',
    };
    const linesBefore = view.lines.length;
    try {
      this.session.choose(choice);
    } catch (e) {
      throw new RoomError(
        'server',
        `The story stopped with an error: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    this.history.push(record);
    this.beatStart = linesBefore;
    this.votes.clear();
    this.latestVote.clear();
    this.timer = null;
    this.phase = this.view.ended ? 'ended' : 'voting';
    return record;
  }

  setTimer(seconds: number, now: number): void {
    this.timer = seconds > 0 ? { endsAt: now + seconds * 1000, totalMs: seconds * 1000 } : null;
  }

  end(): void {
    if (this.phase !== 'ended') this.phase = 'closed';
    this.timer = null;
  }

  // ------------------------------------------------------------------ views

  state(now: number): RoomState {
    const view = this.view;
    const revealed = this.phase === 'revealed';
    return {
      code: this.code,
      title: this.title,
      phase: this.phase,
      decision: this.decision,
      lines: view.lines.slice(this.beatStart).map(toLine),
      coach: view.coach ? { note: view.coach.note, effects: view.coach.effects } : null,
      choices: this.phase === 'voting' || revealed ? view.choices.map((c) => c.text) : [],
      result: revealed ? { counts: this.counts(), voters: this.votes.size } : null,
      timer:
        this.timer && this.timer.endsAt > now
          ? { remainingMs: this.timer.endsAt - now, totalMs: this.timer.totalMs }
          : null,
      locked: this.locked,
      debrief: this.phase === 'ended' || this.phase === 'closed' ? this.debrief() : null,
    };
  }

  transcript(): LiveLine[] {
    return this.view.lines.map(toLine);
  }

  participantList(): ParticipantInfo[] {
    const list: ParticipantInfo[] = [];
    for (const p of this.participants.values()) {
      if (p.removed) continue;
      list.push({ id: p.id, name: p.name, connected: p.sockets > 0, voted: this.votes.has(p.id) });
    }
    return list;
  }

  debrief(): GroupDebrief {
    const view = this.view;
    const outcome = view.outcome;
    return {
      ending: view.ending ? { id: view.ending.id, title: view.ending.title, learn: view.ending.learn } : null,
      score: outcome?.score ?? 0,
      rapport: outcome?.rapport ?? 0,
      trust: outcome?.trust ?? 0,
      counterparts: view.counterparts.map((c) => ({
        id: c.id,
        name: c.name,
        rapport: c.rapport,
        trust: c.trust,
      })),
      decisions: this.history,
      participants: this.participantList().length,
    };
  }
}
