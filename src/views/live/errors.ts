/**
 * What the server tells a person — a refusal, a removal, a room that expired — in the page's
 * language: the server sends a reason and its values (core/live/protocol.ts `LiveReason`), this
 * words them from the catalog's `live.error.*` messages. A reason this page does not know (a newer
 * server) shows the server's English sentence rather than nothing.
 */
import { language, t, type MessageKey, type MessageParams } from '../../l10n/index.ts';
import type { LiveParams, LiveReason } from '../../core/live/protocol.ts';

const KEYS: Record<LiveReason, MessageKey> = {
  'bad-message': 'live.error.badMessage',
  'too-many-messages': 'live.error.tooManyMessages',
  'too-many-joins': 'live.error.tooManyJoins',
  'too-many-codes': 'live.error.tooManyCodes',
  'too-many-newcomers': 'live.error.tooManyNewcomers',
  'too-many-votes': 'live.error.tooManyVotes',
  'too-many-rooms-created': 'live.error.tooManyRoomsCreated',
  'too-many-wrong-keys': 'live.error.tooManyWrongKeys',
  'no-room': 'live.error.noRoom',
  'code-format': 'live.error.codeFormat',
  'name-too-long': 'live.error.nameTooLong',
  'size-range': 'live.error.sizeRange',
  'password-too-long': 'live.error.passwordTooLong',
  'timer-range': 'live.error.timerRange',
  'no-story': 'live.error.noStory',
  'story-broken': 'live.error.storyBroken',
  'story-error': 'live.error.storyError',
  'key-required': 'live.error.keyRequired',
  forbidden: 'live.error.forbidden',
  removed: 'live.error.removed',
  'room-full': 'live.error.roomFull',
  'server-full': 'live.error.serverFull',
  'size-too-big': 'live.error.sizeTooBig',
  'password-needed': 'live.error.passwordNeeded',
  'password-wrong': 'live.error.passwordWrong',
  'name-unreadable': 'live.error.nameUnreadable',
  'already-joined': 'live.error.alreadyJoined',
  'session-ended': 'live.error.sessionEnded',
  'room-locked': 'live.error.roomLocked',
  'not-joined': 'live.error.notJoined',
  'vote-stale': 'live.error.voteStale',
  'vote-closed': 'live.error.voteClosed',
  'no-choice': 'live.error.noChoice',
  'nothing-to-decide': 'live.error.nothingToDecide',
  'decision-stale': 'live.error.decisionStale',
  'no-votes': 'live.error.noVotes',
  tied: 'live.error.tied',
  'no-participant': 'live.error.noParticipant',
  'not-saved': 'live.error.notSaved',
  'owner-gone': 'live.error.ownerGone',
  'store-down': 'live.error.storeDown',
  unreachable: 'live.error.unreachable',
  'server-error': 'live.error.serverError',
  'no-answer': 'live.error.noAnswer',
  expired: 'live.error.expired',
};

/** A list of choice numbers as the language says it: "1 and 3", "1、3", "1 y 3". */
function list(numbers: readonly number[]): string {
  const words = numbers.map((n) => new Intl.NumberFormat(language()).format(n));
  return typeof Intl.ListFormat === 'function'
    ? new Intl.ListFormat(language(), { type: 'conjunction' }).format(words)
    : words.join(', ');
}

/** The server's words for a person, in the page's language. */
export function liveErrorText(e: { message: string; reason?: LiveReason; params?: LiveParams }): string {
  const key = e.reason ? KEYS[e.reason] : undefined;
  if (!key) return e.message;
  const params: MessageParams = Object.fromEntries(
    Object.entries(e.params ?? {}).map(([name, value]) => [
      name,
      Array.isArray(value) ? list(value as readonly number[]) : (value as string | number),
    ]),
  );
  return t(key, params);
}
