/**
 * Rebuilding a play-through from a save: a fresh Session replays the recorded choices one by
 * one, each step checked — the index must exist and, where the save recorded them, the choice's
 * words (fingerprint) and place in the story (source) must match. A story edited since the save
 * (another content hash) is replayed all the same: a choice added elsewhere does not matter, and
 * a recorded choice whose index moved is found again by its words. When the replay cannot be trusted the result says so
 * in words for the learner, with the step where it failed.
 *
 * It never throws to its caller and never touches storage; the caller saves the rebuilt path.
 */
import type { SessionOptions } from '../../core/session/session.ts';
import type { LoadedStory } from '../../core/session/types.ts';
import { fingerprintChoice } from './fingerprint.ts';
import type { SaveSnapshot } from './schema.ts';

interface ReplayChoice {
  readonly source: string;
  readonly text: string;
  readonly id?: string;
}

/** What restore needs of a Session (the real one satisfies it). */
export interface ReplayableSession {
  readonly current: {
    readonly choices: readonly ReplayChoice[];
    readonly ended: boolean;
  };
  choose(index: number): unknown;
}

/** The interface message of a restore's outcome. */
export type RestoreMessageKey = `problem.restore.${keyof typeof RESTORE_MESSAGES}`;

export type MakeSession<S> = (story: LoadedStory, options: SessionOptions) => S;

export type CannotRestoreReason =
  'other-story' | 'start-missing' | 'choice-missing' | 'choice-changed' | 'story-error';

export type RestoreResult<S> =
  | {
      ok: true;
      session: S;
      /** True when the story is unchanged and every choice replayed at its recorded index. */
      exact: boolean;
      /** The path as replayed (differs from the save's when a choice was found at a new index). */
      path: number[];
      /** Each replayed step's choice source and text: save them with the path. */
      choiceSources: string[];
      /** Each step's choice line id ('' for none). */
      choiceIds: string[];
      choiceTexts: string[];
      /** For the learner when the story changed since the save; null otherwise. */
      notice: string | null;
      /** `notice` as an interface message (src/l10n/en.ts). */
      noticeKey: RestoreMessageKey | null;
    }
  | {
      ok: false;
      reason: CannotRestoreReason;
      /** For the learner: what happened, and that starting again is the way on. */
      message: string;
      /** `message` as an interface message (src/l10n/en.ts). */
      messageKey: RestoreMessageKey;
      /** The step (1-based) where the replay stopped, when it got that far. */
      step: number | null;
      detail: string;
    };

/** The learner's words for each outcome; `problem.restore.<name>` in src/l10n/en.ts says them in other languages. */
export const RESTORE_MESSAGES = {
  updated:
    'This scenario has been updated since your last visit; your choices were replayed on the new version.',
  changed:
    'This scenario has changed since your last visit, and your progress cannot be rebuilt on the new version. Start again to play it.',
  otherStory: 'This saved progress belongs to a different scenario, so it cannot be continued here.',
  error:
    'Your progress could not be rebuilt because the scenario stopped with an error. Start again; if it happens again, tell the scenario’s author.',
};

export function restoreSession<S extends ReplayableSession>(
  snapshot: SaveSnapshot,
  story: LoadedStory,
  makeSession: MakeSession<S>,
): RestoreResult<S> {
  // Choices are found by index and line id; a save made before ids by index and words (its words
  // are the English ones: the session here is English, whatever language the learner reads).
  const cannot = (
    reason: CannotRestoreReason,
    which: Exclude<keyof typeof RESTORE_MESSAGES, 'updated'>,
    step: number | null,
    detail: string,
  ) =>
    ({
      ok: false,
      reason,
      message: RESTORE_MESSAGES[which],
      messageKey: `problem.restore.${which}`,
      step,
      detail,
    }) as const;
  if (snapshot.storyId !== story.id) {
    return cannot('other-story', 'otherStory', null, `save of "${snapshot.storyId}", story "${story.id}"`);
  }
  const sameStory = snapshot.contentHash === story.hash;
  let session: S;
  try {
    session = makeSession(story, snapshot.startAt ? { startAt: snapshot.startAt } : {});
  } catch (e) {
    const reason = snapshot.startAt ? 'start-missing' : 'story-error';
    return cannot(reason, snapshot.startAt ? 'changed' : 'error', null, errorText(e));
  }
  const path: number[] = [];
  const choiceSources: string[] = [];
  const choiceTexts: string[] = [];
  const choiceIds: string[] = [];
  let moved = false;
  for (const [i, recorded] of snapshot.path.entries()) {
    const step = i + 1;
    const { choices, ended } = session.current;
    const want = {
      id: snapshot.choiceIds?.[i] || undefined,
      source: snapshot.choiceSources?.[i],
      fingerprint: snapshot.choiceFingerprints?.[i],
    };
    const byId = want.id === undefined ? -1 : pickById(choices, recorded, want.id);
    const index = byId >= 0 ? byId : pickChoice(choices, recorded, want, !sameStory);
    const choice = choices[index];
    if (!choice) {
      const known = want.fingerprint !== undefined || want.source !== undefined;
      const detail = ended
        ? `step ${step}: the story now ends before this choice`
        : `step ${step}: the choice taken (index ${recorded}${want.source ? `, ${want.source}` : ''}) is not among ${describeChoices(choices)}`;
      return cannot(known && !ended ? 'choice-changed' : 'choice-missing', 'changed', step, detail);
    }
    if (index !== recorded) moved = true;
    try {
      session.choose(index);
    } catch (e) {
      return cannot('story-error', 'error', step, errorText(e));
    }
    path.push(index);
    choiceSources.push(choice.source);
    choiceTexts.push(choice.text);
    choiceIds.push(choice.id ?? '');
  }
  const exact = sameStory && !moved;
  return {
    ok: true,
    session,
    exact,
    path,
    choiceSources,
    choiceIds,
    choiceTexts,
    notice: sameStory ? null : RESTORE_MESSAGES.updated,
    noticeKey: sameStory ? null : 'problem.restore.updated',
  };
}

/**
 * The index of the choice the save recorded at this step, or -1. The words (fingerprint) decide
 * when they were saved; the source tells apart choices with the same words, and is the only
 * check for older saves. With `allowMove` (the story was edited) the choice may have moved.
 */
function pickChoice(
  choices: readonly ReplayChoice[],
  recorded: number,
  want: { source: string | undefined; fingerprint: string | undefined },
  allowMove: boolean,
): number {
  const fits = (c: ReplayChoice, bySource: boolean) =>
    (want.fingerprint === undefined || fingerprintChoice(c.text) === want.fingerprint) &&
    (!bySource || want.source === undefined || c.source === want.source);
  const atRecorded = choices[recorded];
  if (want.fingerprint === undefined && want.source === undefined) return atRecorded ? recorded : -1;
  if (atRecorded && fits(atRecorded, true)) return recorded;
  if (!allowMove) return -1;
  // An edited story: ink's sources are positional, so with words to go by a moved choice may
  // carry another source; without words, the source is all there is.
  const strict = choices.findIndex((c) => fits(c, true));
  if (strict >= 0) return strict;
  return want.fingerprint === undefined ? -1 : choices.findIndex((c) => fits(c, false));
}

/** The choice with line id `id`: at the recorded index if it is there, else wherever it moved. */
function pickById(choices: readonly ReplayChoice[], recorded: number, id: string): number {
  if (choices[recorded]?.id === id) return recorded;
  return choices.findIndex((c) => c.id === id);
}

function describeChoices(choices: readonly { source: string }[]): string {
  return choices.length ? choices.map((c, i) => `${i}: ${c.source}`).join(', ') : 'no choices';
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
