/**
 * The operations on a room, run where the room runs: in this process, or — with --redis — in the
 * process that owns the room, whichever process the client is connected to (server/router.ts,
 * server/cluster/router.ts). Each takes plain data and gives plain data (it may cross processes),
 * applies the room's rules, writes the change to the store before it answers, and tells the room.
 *
 * What belongs to the connection — its budgets, its bindings, the rooms it joined — stays with the
 * handlers (handlers.ts) in the process the client is connected to; an operation is told only what
 * it needs of it (may this connection try a code, bring a newcomer…).
 */
import type { HostCommand, JoinReply } from '../src/core/live/protocol.ts';
import { Refusal, saved, type OwnerEnv } from './context.ts';
import { handleHostCommand } from './host.ts';
import type { Room } from './room.ts';
import { roomState } from './room-view.ts';
import { secretMatches } from './rooms.ts';

export interface JoinInput {
  /** The connection (its id): it joins the room's channels here, in order with the room's broadcasts. */
  socket: string;
  name: string;
  token?: string | undefined;
  device?: string | undefined;
  password?: string | undefined;
  /** The connection and its address may still try codes (their failed-join budgets are not spent). */
  mayTryCode: boolean;
  /** The connection already made a participant in this room. */
  alreadyJoined: boolean;
  /** The address may bring a newcomer now. */
  mayBeNew: boolean;
}

export interface JoinOutcome extends JoinReply {
  rejoined: boolean;
}

export interface VoteInput {
  participant: string;
  decision: number;
  choice: number;
}

/** A facilitator command from connection `socket`. */
export type HostInput = HostCommand & { secret: string; socket: string };

export interface PresenceInput {
  participant: string;
  /** Connections bound to the participant in the reporting process. */
  n: number;
  /** The report's number in that process (later reports win). */
  seq: number;
}

export const TOO_MANY_CODES =
  'Too many attempts with codes that found no room. Wait a minute, then check the code on the screen.';

function join(env: OwnerEnv, room: Room, msg: JoinInput): Promise<JoinOutcome> | JoinOutcome {
  const t = env.now();
  const rejoin = !!(msg.token && room.hasToken(msg.token));
  if (!rejoin) {
    // Guessing codes stops here: after too many attempts that found nothing, no code is tried.
    if (!msg.mayTryCode) throw new Refusal('rate-limited', TOO_MANY_CODES, 'too-many-codes');
    if (msg.alreadyJoined)
      throw new Refusal(
        'invalid',
        'This connection has already joined the room. Reload the page to rejoin.',
        'already-joined',
      );
    if (!msg.mayBeNew)
      throw new Refusal(
        'rate-limited',
        'Many people just joined from this network. Wait a few seconds and try again.',
        'too-many-newcomers',
      );
  }
  const { participant, rejoined } = room.join(
    { name: msg.name, token: msg.token, device: msg.device, password: msg.password },
    t,
  );
  const outcome = (): JoinOutcome => {
    room.touch(t);
    // Joined where the room runs, so that no broadcast after this reply can miss the connection.
    env.io.in(msg.socket).socketsJoin([`room:${room.code}`, `p:${room.code}:${participant.id}`]);
    return {
      you: { id: participant.id, name: participant.name, token: participant.token },
      vote: room.voteOf(participant.id),
      state: roomState(room, t),
      rejoined,
    };
  };
  if (rejoined) return outcome();
  const { sockets: _open, ...stored } = participant;
  return saved(env, env.store.saveParticipant(room.code, stored), 'a participant').then(outcome);
}

async function vote(env: OwnerEnv, room: Room, msg: VoteInput) {
  const t = env.now();
  const change = room.vote(msg.participant, msg.decision, msg.choice, t);
  room.touch(t);
  const write = env.store.saveVote(room.code, change.vote, change.record, change.dropped);
  // The tally counts what the room has taken (as it always did: a tally sent after one commit
  // counts the votes the next one holds); the acknowledgement waits until the vote is in the store.
  env.cast.voted(room);
  await saved(env, write, 'a vote');
  return { vote: msg.choice, decision: msg.decision };
}

/** A facilitator command: `forbidden` when the secret is not the room's (the same answer as no room). */
async function host(
  env: OwnerEnv,
  room: Room,
  msg: HostInput,
): Promise<{ reply: object } | { forbidden: true }> {
  if (!secretMatches(room.secret, msg.secret)) return { forbidden: true };
  const t = env.now();
  room.touch(t);
  env.io.in(msg.socket).socketsJoin(`host:${room.code}`);
  return { reply: await handleHostCommand(room, msg, env, t) };
}

/** A process reports the connections it holds for a participant; the answer says whether they may stay. */
function presence(env: OwnerEnv, room: Room, msg: PresenceInput, origin: string): 'ok' | 'removed' | 'gone' {
  const p = room.participants.get(msg.participant);
  if (!p) return 'gone';
  if (env.presence.report(room, origin, msg.participant, msg.n, msg.seq, env.now()))
    env.cast.participantsChanged(room);
  return p.removed ? 'removed' : 'ok';
}

export const OPS = { join, vote, host, presence };

export type OpName = keyof typeof OPS;
export type OpInput<K extends OpName> = Parameters<(typeof OPS)[K]>[2];
export type OpOutput<K extends OpName> = Awaited<ReturnType<(typeof OPS)[K]>>;

/** Run `op` on `room` here (`origin`: the process the client is connected to). */
export function runOp<K extends OpName>(
  env: OwnerEnv,
  room: Room,
  op: K,
  input: OpInput<K>,
  origin: string,
): Promise<OpOutput<K>> | OpOutput<K> {
  const fn = OPS[op] as (env: OwnerEnv, room: Room, input: OpInput<K>, origin: string) => OpOutput<K>;
  return fn(env, room, input, origin);
}
