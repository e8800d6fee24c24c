/**
 * What can go wrong when keeping a learner's progress, as plain data the page can show.
 *
 * Every storage operation in src/app/persist// reports one of these instead of throwing: the game must
 * keep playing when the browser refuses storage (private mode, quota full, blocked site data).
 * `message` is written for the learner and says what it means for them; `detail` is for a bug
 * report. This module never logs and never decides what the page does.
 */

export type StorageProblemKind =
  /** The browser gives no storage at all (private mode, blocked site data, SecurityError). */
  | 'unavailable'
  /** Storage is full. */
  | 'quota'
  /** The record is over the size this game allows itself to write. */
  | 'too-large'
  /** Another tab saved this scenario since this tab last read it. */
  | 'conflict'
  /** Written by a newer version of Rapport; left untouched. */
  | 'newer-version'
  /** Damaged or foreign data that could not be set aside; kept where it is. */
  | 'damaged'
  /** The values to save are out of range (a bug upstream, not the learner's doing). */
  | 'invalid'
  /** Any other refusal by the browser. */
  | 'failed';

/** The interface messages (src/l10n/en.ts) that say a storage problem; tsc checks each is there. */
export type StorageProblemKey = `problem.storage.${
  | 'unavailable'
  | 'quota'
  | 'tooLarge'
  | 'conflict'
  | 'newerVersion'
  | 'damaged'
  | 'setAside'
  | 'invalid'
  | 'failed'}`;

export interface StorageProblem {
  kind: StorageProblemKind;
  /** For the learner: what happened and what it means for their progress. */
  message: string;
  /** For a bug report: the technical cause. */
  detail: string;
  /**
   * `message` as an interface message (src/l10n/en.ts, `problem.storage.*`) and its values, for the
   * page to say in the learner's language.
   */
  words: { key: StorageProblemKey; params?: Readonly<Record<string, string | number>> };
}

export type WriteResult = { ok: true } | { ok: false; problem: StorageProblem };

export type ReadResult = { ok: true; value: string | null } | { ok: false; problem: StorageProblem };

export const problem = {
  unavailable: (detail: string): StorageProblem => ({
    kind: 'unavailable',
    message:
      'Progress will not be kept: this browser does not let the game store data here (private browsing or blocked site data). You can still play.',
    detail,
    words: { key: 'problem.storage.unavailable' },
  }),
  quota: (detail: string): StorageProblem => ({
    kind: 'quota',
    message:
      'Progress will not be kept: storage is full. Export your profile to keep a copy, then free space in the browser’s site data.',
    detail,
    words: { key: 'problem.storage.quota' },
  }),
  tooLarge: (length: number, limit: number): StorageProblem => ({
    kind: 'too-large',
    message: `Progress was not saved: the record is too large (${kb(length)} kB; the limit is ${kb(limit)} kB).`,
    detail: `value of ${length} UTF-16 code units exceeds the cap of ${limit}`,
    words: { key: 'problem.storage.tooLarge', params: { size: kb(length), limit: kb(limit) } },
  }),
  conflict: (detail: string): StorageProblem => ({
    kind: 'conflict',
    message:
      'This scenario is open in another tab, which saved it more recently. Progress from this tab was not saved; reload to continue from the other tab’s progress.',
    detail,
    words: { key: 'problem.storage.conflict' },
  }),
  newerVersion: (what: 'save' | 'profile', version: number): StorageProblem => ({
    kind: 'newer-version',
    message: `This ${what} was saved by a newer version of Rapport and is left as it is. Reload the page to get the newer version.`,
    detail: `schema version ${version} is newer than this code knows`,
    words: { key: 'problem.storage.newerVersion', params: { what } },
  }),
  damaged: (detail: string): StorageProblem => ({
    kind: 'damaged',
    message:
      'Damaged data was found and could not be moved aside, so it is kept where it is and progress here will not be saved. Export your profile to keep a copy, then discard the damaged data.',
    detail,
    words: { key: 'problem.storage.damaged' },
  }),
  setAside: (what: 'save' | 'profile' | 'part of the profile', detail: string): StorageProblem => ({
    kind: 'damaged',
    message: `A damaged ${what} was found and set aside (it is kept and included when you export your profile). Nothing else was changed.`,
    detail,
    words: {
      key: 'problem.storage.setAside',
      params: { what: what === 'save' ? 'save' : what === 'profile' ? 'other' : 'part' },
    },
  }),
  invalid: (detail: string): StorageProblem => ({
    kind: 'invalid',
    message:
      'Progress was not saved: it contained values out of range. This is a bug in the game, not something you did.',
    detail,
    words: { key: 'problem.storage.invalid' },
  }),
  failed: (detail: string): StorageProblem => ({
    kind: 'failed',
    message: 'Progress will not be kept: the browser refused to store it.',
    detail,
    words: { key: 'problem.storage.failed' },
  }),
};

const kb = (length: number) => Math.ceil(length / 1024);

/** Turn whatever a Storage method threw into a problem the learner can read. */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : '';
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const detail = `${name || 'Error'}: ${error instanceof Error ? error.message : String(error)}`;
  // Chrome/Safari: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  if (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  ) {
    return problem.quota(detail);
  }
  if (name === 'SecurityError' || code === 18) return problem.unavailable(detail);
  return problem.failed(detail);
}
