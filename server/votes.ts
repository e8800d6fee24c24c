/**
 * A room's votes: each participant's current vote on the decision being voted on, and the vote
 * log across the whole session, in order (what the export gives).
 *
 * The log is bounded: per participant and decision it keeps the first VOTE_LOG_KEEP − 1 votes and
 * the final one, and numbers each (`nth`), so changes not kept are counted, not lost from view.
 * A vote's change is returned for the store: the current vote, the record added and the record
 * dropped to keep the log bounded. Pure state: the room (room.ts) checks who may vote on what.
 */
import { VOTE_LOG_KEEP } from '../src/core/live/protocol.ts';
import type { CurrentVote, LoggedVote } from './store/records.ts';

/** What a vote changed, for the store: the record added and the one it replaced in the log. */
export interface VoteChange {
  vote: CurrentVote;
  record: LoggedVote;
  /** The log record dropped to keep the log bounded (its seq), or null. */
  dropped: number | null;
}

/** What a vote records besides who and which choice (the room knows it). */
export interface VoteContext {
  decision: number;
  /** The decision's place in the story (its first choice's source). */
  source: string;
  name: string;
  choiceText: string;
  at: string;
}

export class Votes {
  /** Current decision: participant id → choice index. */
  private readonly current = new Map<string, number>();
  /** The vote log in order (seq → record); bounded per participant and decision. */
  private readonly log = new Map<number, LoggedVote>();
  /** Current decision: participant id → the seqs of their votes kept in the log. */
  private readonly kept = new Map<string, number[]>();
  /** Current decision: participant id → how many votes they cast. */
  private readonly cast = new Map<string, number>();
  private nextSeq = 1;

  /** Put back what a store kept: the current votes and the log of the decision being voted on. */
  restore(decision: number, votes: CurrentVote[], log: LoggedVote[]): void {
    for (const v of votes) if (v.decision === decision) this.current.set(v.participant, v.choice);
    for (const r of log) {
      this.log.set(r.seq, r);
      this.nextSeq = Math.max(this.nextSeq, r.seq + 1);
      if (r.decision !== decision) continue;
      this.kept.set(r.participant, [...(this.kept.get(r.participant) ?? []), r.seq]);
      this.cast.set(r.participant, Math.max(this.cast.get(r.participant) ?? 0, r.nth));
    }
  }

  /** `participant` votes `choice`: the current vote replaced, the log bounded. */
  vote(participant: string, choice: number, context: VoteContext): VoteChange {
    const seqs = this.kept.get(participant) ?? [];
    const nth = (this.cast.get(participant) ?? 0) + 1;
    const previous = seqs.at(-1);
    if (previous !== undefined) this.log.get(previous)!.final = false;
    // Keep the first votes and the final one: past VOTE_LOG_KEEP, the latest replaces the last kept.
    const dropped = seqs.length >= VOTE_LOG_KEEP ? seqs.pop()! : null;
    if (dropped !== null) this.log.delete(dropped);
    const record: LoggedVote = {
      seq: this.nextSeq++,
      decision: context.decision,
      source: context.source,
      participant,
      name: context.name,
      choice,
      choiceText: context.choiceText,
      at: context.at,
      final: true,
      nth,
    };
    this.log.set(record.seq, record);
    seqs.push(record.seq);
    this.kept.set(participant, seqs);
    this.cast.set(participant, nth);
    this.current.set(participant, choice);
    return { vote: { participant, decision: context.decision, choice }, record, dropped };
  }

  /** The current vote of `participant`, or null. */
  of(participant: string): number | null {
    return this.current.get(participant) ?? null;
  }

  /** A removed participant's current vote no longer counts (the log keeps it). */
  forget(participant: string): void {
    this.current.delete(participant);
  }

  /** How many voted for each of `choices` choices. */
  counts(choices: number): number[] {
    const counts = Array.from({ length: choices }, () => 0);
    for (const choice of this.current.values()) counts[choice] = (counts[choice] ?? 0) + 1;
    return counts;
  }

  /** How many have voted on the current decision. */
  get voters(): number {
    return this.current.size;
  }

  /** The decision is over: the next one starts with no votes (the log stays). */
  nextDecision(): void {
    this.current.clear();
    this.kept.clear();
    this.cast.clear();
  }

  get records(): LoggedVote[] {
    return [...this.log.values()];
  }
}
