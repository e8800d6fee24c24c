/** A session view with nothing in it but `patch`, for tests of what is built from views. */
import { emptyView as sessionStart } from '../../src/core/session/session.ts';
import type { SessionView } from '../../src/core/session/types.ts';

export function emptyView(patch: Partial<SessionView> = {}): SessionView {
  return { ...sessionStart('t'), ...patch };
}
