/**
 * The live-room message protocol, shared by the server (server/) and the pages (src/views/live//).
 *
 * Every message a client sends is checked against one of these schemas on the server before
 * anything reads it: strict objects (unknown fields rejected), bounded strings, integer ranges.
 * The server's messages are typed here too, so both sides agree on one vocabulary. This module
 * holds no state and never touches the network, the DOM or the clock.
 */
import * as v from 'valibot';
import type { LearningPoint } from '../story/tags.ts';
import type { Explained } from '../session/types.ts';

/** Join codes: no 0/O, 1/I/L — easy to read aloud and to type on a phone. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
/** A socket.io packet larger than this closes the connection (server `maxHttpBufferSize`). */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** A display name keeps at most this many characters (graphemes) once cleaned. */
export const NAME_MAX = 40;
/** …and the raw name a client sends may not be longer than this before cleaning. */
export const NAME_INPUT_MAX = 200;
export const MAX_CHOICES = 20;
/** The discussion timer runs 1 to 5 minutes (0 stops it). */
export const TIMER_MIN_SECONDS = 60;
export const TIMER_MAX_SECONDS = 5 * 60;
/** The most participants a room can be created for (the server may set a lower cap). */
export const ROOM_SIZE_MAX = 2000;
/** A room password, when the facilitator sets one. */
export const PASSWORD_MAX = 64;

const code = v.pipe(
  v.string(),
  v.length(CODE_LENGTH, `A join code has ${CODE_LENGTH} characters.`),
  v.regex(/^[2-9A-HJKMNP-Z]+$/, 'A join code uses only the letters and digits shown on the screen.'),
);
/** 128 bits as 32 lowercase hex digits: participant tokens and facilitator secrets. */
const secret128 = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/, 'Expected 32 hexadecimal digits.'));
const participantId = v.pipe(v.string(), v.regex(/^[0-9a-f]{12}$/, 'Expected a participant id.'));
const storyId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Expected a story id.'));
const decision = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
const choice = v.pipe(
  v.number('A choice is a number.'),
  v.integer('A choice is a whole number.'),
  v.minValue(0, 'There is no choice below 1.'),
  v.maxValue(MAX_CHOICES - 1, `There are at most ${MAX_CHOICES} choices.`),
);

// ---------------------------------------------------------------- client → server

export const StoriesSchema = v.optional(v.strictObject({}));
const password = v.pipe(
  v.string(),
  v.maxLength(PASSWORD_MAX, `A room password has at most ${PASSWORD_MAX} characters.`),
);
/** A facilitator key (--facilitator-key): whatever the server's operator chose, at most 200 characters. */
const facilitatorKey = v.pipe(v.string(), v.minLength(1), v.maxLength(200, 'A facilitator key is too long.'));
export const CreateRoomSchema = v.strictObject({
  storyId,
  /** How many people may join (the facilitator's choice; the server may cap it lower). */
  size: v.optional(
    v.pipe(
      v.number(),
      v.integer('A room size is a whole number.'),
      v.minValue(1, 'A room is for at least 1 person.'),
      v.maxValue(ROOM_SIZE_MAX, `A room is for at most ${ROOM_SIZE_MAX} people.`),
    ),
  ),
  /** Participants must give it at the door (empty: no password). */
  password: v.optional(password),
  key: v.optional(facilitatorKey),
});
export const JoinSchema = v.strictObject({
  code,
  name: v.pipe(
    v.string(),
    v.maxLength(
      NAME_INPUT_MAX,
      `A name can be at most ${NAME_INPUT_MAX} characters long (the room shows the first ${NAME_MAX}).`,
    ),
  ),
  token: v.optional(secret128),
  /** This browser's device id (kept across rooms): a removal bans it from the room. */
  device: v.optional(secret128),
  password: v.optional(password),
});
export const VoteSchema = v.strictObject({ decision, choice });

const auth = { code, secret: secret128, key: v.optional(facilitatorKey) };
const timerSeconds = v.pipe(
  v.number('The timer takes a number of seconds.'),
  v.integer('The timer takes whole seconds.'),
  v.check(
    (s) => s === 0 || (s >= TIMER_MIN_SECONDS && s <= TIMER_MAX_SECONDS),
    `The discussion timer runs ${TIMER_MIN_SECONDS / 60} to ${TIMER_MAX_SECONDS / 60} minutes (${TIMER_MIN_SECONDS}–${TIMER_MAX_SECONDS} seconds), or 0 to stop it.`,
  ),
);
export const HostCommandSchema = v.variant('type', [
  v.strictObject({ type: v.literal('resume'), ...auth }),
  v.strictObject({ type: v.literal('reveal'), ...auth, decision }),
  v.strictObject({ type: v.literal('advance'), ...auth, decision, choice: v.optional(choice) }),
  v.strictObject({ type: v.literal('timer'), ...auth, seconds: timerSeconds }),
  v.strictObject({ type: v.literal('lock'), ...auth, locked: v.boolean() }),
  v.strictObject({ type: v.literal('remove'), ...auth, participant: participantId }),
  v.strictObject({ type: v.literal('end'), ...auth }),
  v.strictObject({ type: v.literal('export'), ...auth, format: v.picklist(['csv', 'json']) }),
]);

export type CreateRoomMessage = v.InferOutput<typeof CreateRoomSchema>;
export type JoinMessage = v.InferOutput<typeof JoinSchema>;
export type VoteMessage = v.InferOutput<typeof VoteSchema>;
export type HostCommand = v.InferOutput<typeof HostCommandSchema>;
export type HostCommandType = HostCommand['type'];

/** Event names a client may send; anything else is a protocol violation. */
export const CLIENT_EVENTS = ['stories', 'create', 'join', 'vote', 'host'] as const;
export type ClientEvent = (typeof CLIENT_EVENTS)[number];

// ---------------------------------------------------------------- server → client

export type ErrorCode =
  | 'bad-message'
  | 'rate-limited'
  | 'not-found'
  | 'forbidden'
  | 'not-joined'
  | 'closed'
  | 'stale'
  | 'locked'
  | 'removed'
  | 'full'
  | 'invalid'
  | 'password'
  | 'key-required'
  | 'server';

/**
 * Why the server refused, as each page words it in its reader's language (`live.error.<reason>` in
 * src/l10n/en.ts, with `params`). Every refusal a person can meet has one; `message` keeps the
 * English for logs, tools and a page older than the server.
 */
export type LiveReason =
  | 'bad-message'
  | 'too-many-messages'
  | 'too-many-joins'
  | 'too-many-codes'
  | 'too-many-newcomers'
  | 'too-many-votes'
  | 'too-many-rooms-created'
  | 'too-many-wrong-keys'
  | 'no-room'
  | 'code-format'
  | 'name-too-long'
  | 'size-range'
  | 'password-too-long'
  | 'timer-range'
  | 'no-story'
  | 'story-broken'
  | 'story-error'
  | 'key-required'
  | 'forbidden'
  | 'removed'
  | 'room-full'
  | 'server-full'
  | 'size-too-big'
  | 'password-needed'
  | 'password-wrong'
  | 'name-unreadable'
  | 'already-joined'
  | 'session-ended'
  | 'room-locked'
  | 'not-joined'
  | 'vote-stale'
  | 'vote-closed'
  | 'no-choice'
  | 'nothing-to-decide'
  | 'decision-stale'
  | 'no-votes'
  | 'tied'
  | 'no-participant'
  | 'not-saved'
  | 'owner-gone'
  | 'store-down'
  | 'unreachable'
  | 'server-error'
  | 'no-answer'
  | 'expired';

/** A refusal's values: numbers, words (a story's title) and lists of choice numbers. */
export type LiveParams = Readonly<Record<string, string | number | readonly number[]>>;

export interface LiveError {
  code: ErrorCode;
  /** Says what went wrong and what to do, in English (pages show `reason` in their own language). */
  message: string;
  reason?: LiveReason;
  params?: LiveParams;
}

/** A notice the server sends a person (removed, the room expired): what to say, in any language. */
export interface LiveNotice {
  message: string;
  reason: LiveReason;
  params?: LiveParams;
}

export type Reply<T> = ({ ok: true } & T) | { ok: false; error: LiveError };

export type Phase = 'voting' | 'revealed' | 'ended' | 'closed';

/**
 * A line as the server sends it: its English words with the keys of its translations (the story's
 * `# id:` tags, the same as saves use), so that one broadcast serves every language — each page
 * applies its own language's string table (core/live/story-text.ts).
 */
export interface LiveLine {
  seq: number;
  kind: 'line' | 'choice';
  /** The speaker's name in English (null: narration). */
  speaker: string | null;
  text: string;
  /** The line's `# id:` (a `choice` line: the choice's): its translation's key. Absent: no id. */
  key?: string;
  /** The values of the `{variables}` the line showed, for its translation. */
  vars?: Record<string, string>;
  /** The key of the speaker's name in the story's translations (`<story>:<who>#name`). */
  speakerKey?: string;
  /** The learner speaks (the story's `you`): each page says "You" in its own language. */
  you?: true;
}

export interface StorySummary {
  id: string;
  title: string;
  summary: string | null;
}

export interface Timer {
  /** Milliseconds left when the message was sent (clients count down from their own clock). */
  remainingMs: number;
  totalMs: number;
}

export interface DecisionRecord {
  decision: number;
  /** The choice point's place in the story (ink path of its first choice). */
  source: string;
  /** The last line before the choices, to name the moment in the debrief. */
  prompt: string | null;
  /** The prompt's line id and the values of its `{variables}` (absent before ids). */
  promptKey?: string;
  promptVars?: Record<string, string>;
  choices: string[];
  /** Each choice's line id (`# id:`), the same in every language (absent in rooms kept from before ids). */
  choiceIds?: string[];
  counts: number[];
  voters: number;
  taken: number;
  /** Who decided: the room's majority, or the facilitator picking another choice. */
  by: 'majority' | 'facilitator';
}

export interface GroupDebrief {
  /** `titleKey`: the key of the ending's title in the story's translations. */
  ending: { id: string; title: string; titleKey?: string | null; learn: LearningPoint[] } | null;
  score: number;
  rapport: number;
  trust: number;
  counterparts: { id: string; name: string; rapport: number; trust: number }[];
  decisions: DecisionRecord[];
  participants: number;
}

/** What every participant sees; identical for the whole room, so it is broadcast once. */
export interface RoomState {
  code: string;
  /** The story: whose string table a page applies to the lines, choices and notes. */
  storyId: string;
  /** The story's title in English (a page shows its own language's: `<story>#title`). */
  title: string;
  phase: Phase;
  decision: number;
  /** The lines of the current step (since the last choice). */
  lines: LiveLine[];
  /** The coach's note on the choice the room just took, if the story has one. */
  coach: {
    note: string | null;
    effects: string[];
    /** The taken choice's `# id:` (its note's key is `<key>#coach`). */
    key?: string;
    /** The effects in parts, for each page to say in its language (one per entry of `effects`). */
    explained?: Explained[];
  } | null;
  choices: string[];
  /** Each choice's `# id:`: the key of its words in every language (absent: the story has none). */
  choiceIds?: string[];
  /** The vote split, only once the facilitator has revealed it. */
  result: { counts: number[]; voters: number } | null;
  timer: Timer | null;
  locked: boolean;
  debrief: GroupDebrief | null;
}

export interface ParticipantInfo {
  id: string;
  name: string;
  connected: boolean;
  voted: boolean;
}

export interface Tally {
  decision: number;
  counts: number[];
  voters: number;
  connected: number;
  participants: number;
}

/** The facilitator's console: the room state plus what only the facilitator sees. */
export interface HostState {
  room: RoomState;
  storyId: string;
  /** Every line so far. */
  transcript: LiveLine[];
  tally: Tally;
  participants: ParticipantInfo[];
  history: DecisionRecord[];
  /** The address participants open, when the server knows its public address (else the console's own). */
  joinUrl: string | null;
  /** The solo debrief (the model's key moments and series), once the story has ended. */
  soloDebrief: unknown;
  expiresAt: number;
}

export interface JoinReply {
  you: { id: string; name: string; token: string };
  vote: number | null;
  state: RoomState;
}

export interface CreateReply {
  code: string;
  secret: string;
  state: HostState;
}

export interface ExportReply {
  filename: string;
  mime: string;
  data: string;
}

/** One vote as exported (every vote cast, including changed ones). */
export interface VoteRecord {
  decision: number;
  source: string;
  participant: string;
  name: string;
  choice: number;
  choiceText: string;
  /** The choice's line id (`# id:`): its identity in every language (absent before ids). */
  choiceId?: string;
  at: string;
  /** False when the participant changed it later in the same decision. */
  final: boolean;
  /**
   * This was the participant's n-th vote on the decision. The log keeps the first votes and the
   * final one (VOTE_LOG_KEEP per participant and decision); a gap in `nth` counts the changes not kept.
   */
  nth: number;
}

/** Vote records kept per participant and decision: the first ones and always the final one. */
export const VOTE_LOG_KEEP = 5;

export function validate<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; message: string; where: string | null } {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  return { ok: false, message: `${where ? `${where}: ` : ''}${issue?.message ?? 'invalid message'}`, where };
}

/**
 * The reason a refused field gives a person (a page words it in its language): the fields a person
 * types — a code, a name, a password, a room's size, the timer. Anything else is the page's fault:
 * `bad-message`.
 */
export function fieldReason(where: string | null): { reason: LiveReason; params?: LiveParams } {
  switch (where) {
    case 'code':
      return { reason: 'code-format', params: { n: CODE_LENGTH } };
    case 'name':
      return { reason: 'name-too-long', params: { max: NAME_INPUT_MAX, shown: NAME_MAX } };
    case 'password':
      return { reason: 'password-too-long', params: { max: PASSWORD_MAX } };
    case 'size':
      return { reason: 'size-range', params: { max: ROOM_SIZE_MAX } };
    case 'seconds':
      return { reason: 'timer-range', params: { min: TIMER_MIN_SECONDS / 60, max: TIMER_MAX_SECONDS / 60 } };
    default:
      return { reason: 'bad-message' };
  }
}

/** The page participants open for a room (relative to the server's address). */
export function joinPath(code: string): string {
  return `/live.html?join=${code}`;
}

/** What a person types as a join code, as the server expects it: upper-case, spaces and dashes dropped. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}
