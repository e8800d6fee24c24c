/**
 * Save slots: one save per scenario, written after every choice, read back to resume.
 *
 * A write is compare-and-set: it goes through only if the stored revision is still the one this
 * tab last read or wrote, so two tabs never overwrite each other's progress — the second is told
 * "open in another tab" and can `reload`. Damaged or foreign data found under a save key is set
 * aside (quarantine.ts) and reported.
 *
 * It never overwrites a save written by a newer version of the game, a save another tab wrote
 * since this tab read it, or damaged data it could not set aside; it never throws. Rebuilding a
 * play-through from a snapshot is restore.ts's job.
 */
import * as v from 'valibot';
import { fingerprintChoice } from './fingerprint.ts';
import { classifyKey, saveKey } from './keys.ts';
import { problem, type StorageProblem, type WriteResult } from '../../platform/storage/problems.ts';
import { setAside, type QuarantineContext } from './quarantine.ts';
import { decodeRecord, SAVE_FORMAT } from './records.ts';
import {
  clampToNow,
  describeIssues,
  SAVE_SCHEMA,
  SaveSnapshotSchema,
  StoryIdSchema,
  type SaveSnapshot,
} from './schema.ts';

export interface PersistContext extends QuarantineContext {
  /** Largest value this game writes, in UTF-16 code units; larger reads are treated as damaged. */
  maxValueLength: number;
}

/** What the game knows after a choice: enough to rebuild the play-through. */
export interface SaveProgress {
  storyId: string;
  contentHash: string;
  path: readonly number[];
  choiceSources?: readonly string[];
  /** Each step's choice line id ('' for none): restore finds the choice by it first. */
  choiceIds?: readonly string[];
  /** Each step's choice text as shown; saved as fingerprints (fingerprint.ts). */
  choiceTexts?: readonly string[];
  startAt?: string;
}

export type SaveLoad =
  | { status: 'none' }
  | { status: 'found'; snapshot: SaveSnapshot; notices: string[] }
  /** Written by a newer version of the game: left untouched, and this tab will not overwrite it. */
  | { status: 'newer-version'; problem: StorageProblem }
  /** Damaged or foreign data was moved to quarantine; the slot is now empty. */
  | { status: 'set-aside'; problem: StorageProblem; quarantineKey: string }
  /** Damaged data that could not be moved: kept where it is, and not overwritten. */
  | { status: 'damaged'; problem: StorageProblem }
  /** Storage threw on read. */
  | { status: 'unreadable'; problem: StorageProblem };

export type SaveWrite = { ok: true; snapshot: SaveSnapshot } | { ok: false; problem: StorageProblem };

/** A stored value this game leaves where it is (an export carries a copy). */
export interface HeldInPlace {
  key: string;
  raw: string;
  reason: string;
}

export interface SaveSummary {
  storyId: string;
  savedAt: string;
  steps: number;
  contentHash: string;
}

export const SAVE_NOTICES = {
  migrated: 'This progress was saved by an older version of Rapport and has been brought up to date.',
  futureDate:
    'This save was dated in the future (a device clock may be wrong); it is treated as saved just now.',
};

export class SaveSlots {
  /** Per scenario, the revision this tab last read or wrote (0: known to be empty). */
  private readonly seen = new Map<string, number>();

  constructor(private readonly ctx: PersistContext) {}

  /** Read a scenario's save; remembers its revision as the base for this tab's next write. */
  load(storyId: string): SaveLoad {
    return this.inspect(storyId, true);
  }

  /** After a conflict: take whatever is stored now (the other tab's progress) as this tab's base. */
  reload(storyId: string): SaveLoad {
    return this.inspect(storyId, true);
  }

  write(progress: SaveProgress): SaveWrite {
    const storyId = progress.storyId;
    const candidate = {
      schema: SAVE_SCHEMA,
      storyId,
      contentHash: progress.contentHash,
      path: [...progress.path],
      ...(progress.choiceSources ? { choiceSources: [...progress.choiceSources] } : {}),
      ...(progress.choiceIds?.some(Boolean) ? { choiceIds: [...progress.choiceIds] } : {}),
      ...(progress.choiceTexts ? { choiceFingerprints: progress.choiceTexts.map(fingerprintChoice) } : {}),
      ...(progress.startAt ? { startAt: progress.startAt } : {}),
      savedAt: this.ctx.now().toISOString(),
      revision: 1,
      tabId: this.ctx.tabId,
    };
    const checked = v.safeParse(SaveSnapshotSchema, candidate);
    if (!checked.success) return fail(problem.invalid(describeIssues(checked.issues, 'save').join('; ')));
    const base = this.baseRevision(storyId);
    if (!base.ok) return base;
    const snapshot: SaveSnapshot = { ...checked.output, revision: base.revision + 1 };
    const json = JSON.stringify(snapshot);
    if (json.length > this.ctx.maxValueLength)
      return fail(problem.tooLarge(json.length, this.ctx.maxValueLength));
    const written = this.ctx.store.setItem(saveKey(storyId), json);
    if (!written.ok) return written;
    this.seen.set(storyId, snapshot.revision);
    return { ok: true, snapshot };
  }

  /** Remove a scenario's save (its attempt has ended), under the same compare-and-set rule. */
  clear(storyId: string): WriteResult {
    const base = this.baseRevision(storyId);
    if (!base.ok) return base;
    if (base.revision === 0) return { ok: true };
    const removed = this.ctx.store.removeItem(saveKey(storyId));
    if (removed.ok) this.seen.set(storyId, 0);
    return removed;
  }

  /**
   * Delete a damaged save that could not be set aside (after the learner exported it). Refuses to
   * delete a readable save or one from a newer version: `clear` is for those.
   */
  discardDamaged(storyId: string): WriteResult {
    const key = saveKey(storyId);
    const read = this.ctx.store.getItem(key);
    if (!read.ok) return read;
    const decoded = decodeRecord(read.value, SAVE_FORMAT, this.ctx.maxValueLength);
    const damaged =
      decoded.kind === 'invalid' || (decoded.kind === 'ok' && decoded.value.storyId !== storyId);
    if (!damaged)
      return fail(problem.invalid(`the save of "${storyId}" is not damaged; nothing was removed`));
    const removed = this.ctx.store.removeItem(key);
    if (removed.ok) this.seen.set(storyId, 0);
    return removed;
  }

  /** Every scenario with a save to continue (for the menu). Does not change this tab's write base. */
  list(): { saves: SaveSummary[]; problems: StorageProblem[] } {
    const { snapshots, problems } = this.all();
    const saves = snapshots.map((s) => ({
      storyId: s.storyId,
      savedAt: s.savedAt,
      steps: s.path.length,
      contentHash: s.contentHash,
    }));
    return { saves, problems };
  }

  /**
   * Every readable save, the problems met (damaged ones are set aside on the way), and the raw
   * values left in place — from a newer version of the game, or damaged and impossible to move —
   * so that an export carries them.
   */
  all(): { snapshots: SaveSnapshot[]; problems: StorageProblem[]; inPlace: HeldInPlace[] } {
    const snapshots: SaveSnapshot[] = [];
    const problems: StorageProblem[] = [];
    const inPlace: HeldInPlace[] = [];
    for (const key of this.ctx.store.keys().sort()) {
      const k = classifyKey(key);
      // A key this game could never have written (an impossible id) is someone else's: left alone.
      if (k.kind !== 'save' || !v.is(StoryIdSchema, k.storyId)) continue;
      const found = this.inspect(k.storyId, false);
      if (found.status === 'found') snapshots.push(found.snapshot);
      else if (found.status !== 'none') problems.push(found.problem);
      if (found.status === 'newer-version' || found.status === 'damaged') {
        const read = this.ctx.store.getItem(key);
        const reason =
          found.status === 'damaged'
            ? 'damaged, and could not be set aside; left in place'
            : 'saved by a newer version of Rapport; left in place';
        if (read.ok && read.value !== null) inPlace.push({ key, raw: read.value, reason });
      }
    }
    return { snapshots, problems, inPlace };
  }

  /** Put an imported snapshot in its slot unless the local one is as recent. */
  adopt(
    snapshot: SaveSnapshot,
  ): { outcome: 'added' } | { outcome: 'kept-local' } | { outcome: 'failed'; problem: StorageProblem } {
    const current = this.inspect(snapshot.storyId, false);
    let revision = 0;
    if (current.status === 'found') {
      if (Date.parse(current.snapshot.savedAt) >= Date.parse(snapshot.savedAt))
        return { outcome: 'kept-local' };
      revision = current.snapshot.revision;
    } else if (current.status !== 'none' && current.status !== 'set-aside') {
      return { outcome: 'failed', problem: current.problem };
    }
    const adopted: SaveSnapshot = { ...snapshot, revision: revision + 1, tabId: this.ctx.tabId };
    const json = JSON.stringify(adopted);
    if (json.length > this.ctx.maxValueLength) {
      return { outcome: 'failed', problem: problem.tooLarge(json.length, this.ctx.maxValueLength) };
    }
    const written = this.ctx.store.setItem(saveKey(snapshot.storyId), json);
    return written.ok ? { outcome: 'added' } : { outcome: 'failed', problem: written.problem };
  }

  /** The stored revision, if this tab may write over it. */
  private baseRevision(
    storyId: string,
  ): { ok: true; revision: number } | { ok: false; problem: StorageProblem } {
    const current = this.inspect(storyId, false);
    let stored = 0;
    if (current.status === 'found') stored = current.snapshot.revision;
    else if (current.status !== 'none' && current.status !== 'set-aside') return fail(current.problem);
    const expected = this.seen.get(storyId) ?? 0;
    if (stored !== expected) {
      const writer = current.status === 'found' ? current.snapshot.tabId : 'another tab';
      return fail(
        problem.conflict(
          `save for "${storyId}" is at revision ${stored} (written by ${writer}); this tab last saw revision ${expected}`,
        ),
      );
    }
    return { ok: true, revision: stored };
  }

  private inspect(storyId: string, track: boolean): SaveLoad {
    const key = saveKey(storyId);
    const read = this.ctx.store.getItem(key);
    if (!read.ok) return { status: 'unreadable', problem: read.problem };
    const decoded = decodeRecord(read.value, SAVE_FORMAT, this.ctx.maxValueLength);
    let reason: string;
    switch (decoded.kind) {
      case 'empty':
        if (track) this.seen.set(storyId, 0);
        return { status: 'none' };
      case 'newer':
        if (track) this.seen.delete(storyId);
        return { status: 'newer-version', problem: problem.newerVersion('save', decoded.version) };
      case 'invalid':
        reason = decoded.reason;
        break;
      case 'ok': {
        if (decoded.value.storyId !== storyId) {
          reason = `a save of scenario "${decoded.value.storyId}" stored under "${storyId}"`;
          break;
        }
        const notices: string[] = [];
        if (decoded.migratedFrom !== null) notices.push(SAVE_NOTICES.migrated);
        const savedAt = clampToNow(decoded.value.savedAt, this.ctx.now());
        if (savedAt.clamped) notices.push(SAVE_NOTICES.futureDate);
        const snapshot = { ...decoded.value, savedAt: savedAt.value };
        if (track) this.seen.set(storyId, snapshot.revision);
        return { status: 'found', snapshot, notices };
      }
    }
    const aside = setAside(this.ctx, key, read.value ?? '', reason);
    if (!aside.ok) {
      if (track) this.seen.delete(storyId);
      return { status: 'damaged', problem: aside.problem };
    }
    if (track) this.seen.set(storyId, 0);
    return {
      status: 'set-aside',
      problem: problem.setAside('save', `${key}: ${reason}`),
      quarantineKey: aside.quarantineKey,
    };
  }
}

function fail(p: StorageProblem): { ok: false; problem: StorageProblem } {
  return { ok: false, problem: p };
}
