/**
 * Rebuilding a play-through from a save: a fresh Session replays the recorded choices one by
 * one, each step checked — the index must exist and, where the save recorded it, the choice must
 * come from the same place in the story. A story edited since the save (another content hash)
 * is replayed all the same: a choice added elsewhere does not matter, and a recorded choice whose
 * index moved is found again by its source. When the replay cannot be trusted the result says so
 * in words for the learner, with the step where it failed.
 *
 * It never throws to its caller and never touches storage; the caller saves the rebuilt path.
 */
import type { SessionOptions } from '../session/session.ts';
import type { LoadedStory } from '../session/types.ts';
import type { SaveSnapshot } from './schema.ts';

/** What restore needs of a Session (the real one satisfies it). */
export interface ReplayableSession {
  readonly current: {
    readonly choices: readonly { readonly source: string }[];
    readonly ended: boolean;
  };
  choose(index: number): unknown;
}

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
      /** Each replayed step's choice source: save them with the path. */
      choiceSources: string[];
      /** For the learner when the story changed since the save; null otherwise. */
      notice: string | null;
    }
  | {
      ok: false;
      reason: CannotRestoreReason;
      /** For the learner: what happened, and that starting again is the way on. */
      message: string;
      /** The step (1-based) where the replay stopped, when it got that far. */
      step: number | null;
      detail: string;
    };

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
  const cannot = (reason: CannotRestoreReason, message: string, step: number | null, detail: string) =>
    ({ ok: false, reason, message, step, detail }) as const;
  if (snapshot.storyId !== story.id) {
    return cannot(
      'other-story',
      RESTORE_MESSAGES.otherStory,
      null,
      `save of "${snapshot.storyId}", story "${story.id}"`,
    );
  }
  const sameStory = snapshot.contentHash === story.hash;
  let session: S;
  try {
    session = makeSession(story, snapshot.startAt ? { startAt: snapshot.startAt } : {});
  } catch (e) {
    const reason = snapshot.startAt ? 'start-missing' : 'story-error';
    return cannot(
      reason,
      snapshot.startAt ? RESTORE_MESSAGES.changed : RESTORE_MESSAGES.error,
      null,
      errorText(e),
    );
  }
  const path: number[] = [];
  const choiceSources: string[] = [];
  let moved = false;
  for (const [i, recorded] of snapshot.path.entries()) {
    const step = i + 1;
    const choices = session.current.choices;
    const want = snapshot.choiceSources?.[i];
    let index = recorded;
    if (want !== undefined && choices[index]?.source !== want) {
      // Same story, different source: the save does not describe this story. An edited story may
      // have moved the choice to another index; find it there.
      const found = sameStory ? -1 : choices.findIndex((c) => c.source === want);
      if (found < 0) {
        const detail = `step ${step}: expected the choice from ${want} at index ${recorded}; found ${describeChoices(choices)}`;
        return cannot('choice-changed', RESTORE_MESSAGES.changed, step, detail);
      }
      index = found;
      moved = true;
    }
    const choice = choices[index];
    if (!choice) {
      const detail = session.current.ended
        ? `step ${step}: the story now ends before this choice`
        : `step ${step}: choice ${index} does not exist (there are ${choices.length})`;
      return cannot('choice-missing', RESTORE_MESSAGES.changed, step, detail);
    }
    try {
      session.choose(index);
    } catch (e) {
      return cannot('story-error', RESTORE_MESSAGES.error, step, errorText(e));
    }
    path.push(index);
    choiceSources.push(choice.source);
  }
  const exact = sameStory && !moved;
  return {
    ok: true,
    session,
    exact,
    path,
    choiceSources,
    notice: sameStory ? null : RESTORE_MESSAGES.updated,
  };
}

function describeChoices(choices: readonly { source: string }[]): string {
  return choices.length ? choices.map((c, i) => `${i}: ${c.source}`).join(', ') : 'no choices';
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
