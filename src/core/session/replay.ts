/**
 * A play-through rebuilt from its path: the session is deterministic, so the same story and the
 * same choice indices give the same lines, model state and log. The presenter's two windows, "replay
 * from this moment" and the projector all rebuild this way. (A save is replayed with a check of
 * each step's words and place — app/persist/restore.ts — because the story may have changed since.)
 */
import { Session, type SessionOptions } from './session.ts';
import type { LoadedStory } from './types.ts';

/**
 * A new session on `story` after taking `path`'s choices in order. With `strict`, a choice that is
 * not on offer (or a path that runs past the ending) throws a RangeError; otherwise the replay stops
 * there and the session stays at the last step that fitted.
 */
export function replay(
  story: LoadedStory,
  path: readonly number[],
  options: SessionOptions & { strict?: boolean } = {},
): Session {
  const { strict = false, ...sessionOptions } = options;
  const session = new Session(story, sessionOptions);
  for (const [step, index] of path.entries()) {
    const offered = session.current.ended ? 0 : session.current.choices.length;
    if (!(index >= 0 && index < offered)) {
      if (strict)
        throw new RangeError(
          `step ${step + 1} of the path asks for choice ${index + 1}, but ${offered ? `only ${offered} are offered` : 'the story has ended'}`,
        );
      break;
    }
    session.choose(index);
  }
  return session;
}
