/**
 * What a room store keeps of a room: plain data, written as the room changes and read back after
 * a restart (server/room.ts rebuilds the room from it, replaying the story along `path`).
 */
import type { DecisionRecord, Phase, VoteRecord } from '../../src/core/live/protocol.ts';
import type { LoadedStory } from '../../src/core/session/types.ts';
import type { Participant } from '../people.ts';

/** The room itself: everything but its people and votes. */
export interface RoomMeta {
  code: string;
  secret: string;
  storyId: string;
  storyHash: string;
  title: string;
  createdAt: number;
  lastActivity: number;
  phase: Phase;
  locked: boolean;
  /** The choices the room has taken, in order (the story is replayed along it). */
  path: number[];
  history: DecisionRecord[];
  /** Where the current step's lines start in the transcript. */
  beatStart: number;
  timer: { endsAt: number; totalMs: number } | null;
  /** Places in the room (the facilitator's choice). */
  size: number;
  passwordHash: string | null;
  /** When the room ended (or closed); null while it runs. */
  endedAt: number | null;
}

export type StoredParticipant = Omit<Participant, 'sockets'>;

/** A vote in the log, with its place in the room's log. */
export interface LoggedVote extends VoteRecord {
  seq: number;
}

/** A participant's current vote on a decision. */
export interface CurrentVote {
  participant: string;
  decision: number;
  choice: number;
}

export interface StoredRoom {
  meta: RoomMeta;
  story: LoadedStory;
  participants: StoredParticipant[];
  bannedDevices: string[];
  /** Current votes on the room's current decision. */
  votes: CurrentVote[];
  log: LoggedVote[];
}
