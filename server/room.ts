/**
 * One live room: the authoritative play-through (the real Session), its people (people.ts) and
 * their votes, the facilitator's decisions, the discussion timer.
 *
 * Pure state and rules — no sockets, no timers, no storage, no clock of its own (every method that
 * needs the time is given it), so tests drive it directly. Every refusal is a RoomError whose
 * message says what happened and what to do. Votes stay hidden here; the service decides who may
 * see a tally. `meta()` and the vote records are what a store keeps; `Room.restore` rebuilds a
 * room from them after a restart (the story is replayed along the path, so the same lines).
 * The votes and their bounded log are votes.ts's.
 */
import { Session } from '../src/core/session/session.ts';
import { replay } from '../src/core/session/replay.ts';
import type { LoadedStory, SessionView } from '../src/core/session/types.ts';
import type { DecisionRecord, Phase, Tally } from '../src/core/live/protocol.ts';
import { People, RoomError, type JoinRequest, type Participant } from './people.ts';
import type { LoggedVote, RoomMeta, StoredRoom } from './store/records.ts';
import { Votes, type VoteChange } from './votes.ts';

export { RoomError, type Participant, type VoteChange };

export interface RoomOptions {
  /** Places in the room. */
  size: number;
  passwordHash?: string | null;
}

export class Room {
  session: Session;
  readonly createdAt: number;
  lastActivity: number;
  phase: Phase;
  locked = false;
  endedAt: number | null = null;
  readonly people: People;
  private readonly votes = new Votes();
  history: DecisionRecord[] = [];
  /** Where the current step's lines start in the transcript. */
  beatStart = 0;
  timer: { endsAt: number; totalMs: number } | null = null;

  constructor(
    readonly code: string,
    readonly secret: string,
    readonly story: LoadedStory,
    readonly title: string,
    now: number,
    options: RoomOptions,
  ) {
    this.session = new Session(story);
    this.createdAt = now;
    this.lastActivity = now;
    this.phase = this.session.current.ended ? 'ended' : 'voting';
    this.people = new People(options.size, options.passwordHash ?? null);
  }

  /** Rebuild a room from what a store kept. Throws if the story no longer follows the path. */
  static restore(stored: StoredRoom, now: number): Room {
    const m = stored.meta;
    const room = new Room(m.code, m.secret, stored.story, m.title, m.createdAt, {
      size: m.size,
      passwordHash: m.passwordHash,
    });
    room.session = replay(stored.story, m.path, { strict: true });
    Object.assign(room, {
      lastActivity: m.lastActivity,
      phase: m.phase,
      locked: m.locked,
      endedAt: m.endedAt,
      history: m.history,
      beatStart: m.beatStart,
      timer: m.timer,
    });
    for (const p of stored.participants) room.people.restore(p, now);
    for (const d of stored.bannedDevices) room.people.bannedDevices.add(d);
    room.votes.restore(room.decision, stored.votes, stored.log);
    return room;
  }

  /** Everything but people and votes, as a store keeps it. */
  meta(): RoomMeta {
    return {
      code: this.code,
      secret: this.secret,
      storyId: this.story.id,
      storyHash: this.story.hash,
      title: this.title,
      createdAt: this.createdAt,
      lastActivity: this.lastActivity,
      phase: this.phase,
      locked: this.locked,
      path: [...this.view.path],
      history: this.history,
      beatStart: this.beatStart,
      timer: this.timer,
      size: this.people.size,
      passwordHash: this.people.passwordHash,
      endedAt: this.endedAt,
    };
  }

  get view(): SessionView {
    return this.session.current;
  }

  /** The index of the decision being voted on: how many choices the room has made. */
  get decision(): number {
    return this.view.path.length;
  }

  get over(): boolean {
    return this.phase === 'ended' || this.phase === 'closed';
  }

  get voteLog(): LoggedVote[] {
    return this.votes.records;
  }

  touch(now: number): void {
    this.lastActivity = now;
  }

  // ------------------------------------------------------------------ participants

  get participants(): Map<string, Participant> {
    return this.people.byId;
  }

  join(req: JoinRequest, now: number): { participant: Participant; rejoined: boolean } {
    const closed =
      this.phase === 'closed'
        ? new RoomError(
            'closed',
            'This session has ended. Ask the facilitator for a new code.',
            'session-ended',
          )
        : this.locked
          ? new RoomError(
              'locked',
              'The facilitator has closed this room to new participants. Ask them to open it.',
              'room-locked',
            )
          : null;
    return this.people.join(req, now, closed);
  }

  hasToken(token: string): boolean {
    return this.people.hasToken(token);
  }

  remove(participantId: string): Participant {
    const p = this.people.remove(participantId);
    this.votes.forget(participantId);
    return p;
  }

  voteOf(participantId: string): number | null {
    return this.votes.of(participantId);
  }

  // ------------------------------------------------------------------ votes

  vote(participantId: string, decision: number, choice: number, now: number): VoteChange {
    const p = this.people.get(participantId);
    if (!p || p.removed) throw new RoomError('not-joined', 'Join the room before voting.', 'not-joined');
    if (decision !== this.decision)
      throw new RoomError(
        'stale',
        'That decision is over — the room has moved on. Vote on the current one.',
        'vote-stale',
      );
    if (this.phase !== 'voting')
      throw new RoomError(
        'closed',
        'Voting on this decision has closed. Wait for the next one.',
        'vote-closed',
      );
    const count = this.view.choices.length;
    if (choice >= count)
      throw new RoomError(
        'invalid',
        `There is no choice ${choice + 1} here: pick 1 to ${count}.`,
        'no-choice',
        {
          n: choice + 1,
          count,
        },
      );
    return this.votes.vote(participantId, choice, {
      decision,
      source: this.view.choices[0]?.source ?? '',
      name: p.name,
      choiceText: this.view.choices[choice]!.text,
      ...(this.view.choices[choice]!.id !== undefined && { choiceId: this.view.choices[choice]!.id }),
      at: new Date(now).toISOString(),
    });
  }

  counts(): number[] {
    return this.votes.counts(this.view.choices.length);
  }

  /** How many have voted on the current decision. */
  get voters(): number {
    return this.votes.voters;
  }

  tally(): Tally {
    let connected = 0;
    let participants = 0;
    for (const p of this.people.byId.values()) {
      if (p.removed) continue;
      participants++;
      if (p.sockets > 0) connected++;
    }
    return {
      decision: this.decision,
      counts: this.counts(),
      voters: this.votes.voters,
      connected,
      participants,
    };
  }

  // ------------------------------------------------------------------ the facilitator's controls

  private expectCurrent(decision: number): void {
    if (this.phase === 'ended' || this.phase === 'closed')
      throw new RoomError(
        'closed',
        'The session has ended: there is nothing left to decide.',
        'nothing-to-decide',
      );
    if (decision !== this.decision)
      throw new RoomError(
        'stale',
        `Decision ${decision + 1} is already over; the room is on decision ${this.decision + 1}.`,
        'decision-stale',
        { decision: decision + 1, current: this.decision + 1 },
      );
  }

  reveal(decision: number): void {
    this.expectCurrent(decision);
    this.phase = 'revealed';
  }

  /** Take `choice`, or the majority when it is undefined; returns the record of the decision. */
  advance(decision: number, choice: number | undefined, now: number): DecisionRecord {
    this.expectCurrent(decision);
    const counts = this.counts();
    const top = Math.max(0, ...counts);
    const leaders = counts.flatMap((c, i) => (c === top && top > 0 ? [i] : []));
    if (choice === undefined) {
      if (leaders.length === 0)
        throw new RoomError(
          'invalid',
          'No votes yet: wait for votes or pick a choice for the room.',
          'no-votes',
        );
      if (leaders.length > 1)
        throw new RoomError(
          'invalid',
          `The vote is tied between ${leaders.map((i) => i + 1).join(' and ')}: pick one of them.`,
          'tied',
          { choices: leaders.map((i) => i + 1) },
        );
      choice = leaders[0]!;
    }
    if (choice >= counts.length)
      throw new RoomError(
        'invalid',
        `There is no choice ${choice + 1} here: pick 1 to ${counts.length}.`,
        'no-choice',
        { n: choice + 1, count: counts.length },
      );
    const view = this.view;
    const last = [...view.lines].reverse().find((l) => l.kind === 'line');
    const record: DecisionRecord = {
      decision,
      source: view.choices[0]?.source ?? '',
      prompt: last?.text ?? null,
      ...(last?.key && { promptKey: last.key }),
      ...(last?.vars && Object.keys(last.vars).length > 0 && { promptVars: last.vars }),
      choices: view.choices.map((c) => c.text),
      ...(view.choices.some((c) => c.id !== undefined) && { choiceIds: view.choices.map((c) => c.id ?? '') }),
      counts,
      voters: this.votes.voters,
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
        'story-error',
        { detail: e instanceof Error ? e.message : String(e) },
      );
    }
    this.history.push(record);
    this.beatStart = linesBefore;
    this.votes.nextDecision();
    this.timer = null;
    this.phase = this.view.ended ? 'ended' : 'voting';
    if (this.phase === 'ended') this.endedAt = now;
    return record;
  }

  setTimer(seconds: number, now: number): void {
    this.timer = seconds > 0 ? { endsAt: now + seconds * 1000, totalMs: seconds * 1000 } : null;
  }

  end(now: number): void {
    if (this.phase !== 'ended') this.phase = 'closed';
    this.endedAt ??= now;
    this.timer = null;
  }
}
