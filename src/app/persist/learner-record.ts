/**
 * The learner's record in storage: the whole profile under one key.
 *
 * Reading keeps every valid attempt; when anything had to be dropped the stored original is set
 * aside first (quarantine.ts) and the cleaned profile written back. Recording an attempt re-reads
 * the stored profile and merges into it, so two tabs finishing attempts at once both keep theirs.
 * Whatever storage does, the record lives on in memory for this page and the debrief can show it.
 *
 * It never writes over a profile from a newer version of the game, never drops data it has not
 * set aside, and never throws.
 */
import { PROFILE_KEY } from './keys.ts';
import { problem, type StorageProblem, type WriteResult } from '../../platform/storage/problems.ts';
import { addAttempt, addCheck, emptyProfile, mergeProfiles, type AttemptInput } from './profile.ts';
import { PROFILE_SHELL_FORMAT, salvageProfile, type ProfileShell } from './profile-salvage.ts';
import { setAside } from './quarantine.ts';
import { decodeRecord, type Decoded } from './records.ts';
import type { HeldInPlace, PersistContext } from './saves.ts';
import type { Attempt, Profile } from './schema.ts';

export interface ProfileLoad {
  profile: Profile;
  /** Why the record is not (fully) kept in storage: unreadable, newer version, damaged, full… */
  problems: StorageProblem[];
  notices: string[];
}

export type RecordAttemptResult =
  | {
      ok: true;
      profile: Profile;
      attempt: Attempt;
      /** False when the attempt is kept only in memory for this page (see `problems`). */
      kept: boolean;
      problems: StorageProblem[];
      notices: string[];
    }
  /** The attempt's values were out of range (a bug upstream): nothing was recorded. */
  | { ok: false; problem: StorageProblem; profile: Profile };

export const PROFILE_NOTICES = {
  futureDates: (n: number) =>
    `${n} attempt${n === 1 ? ' was' : 's were'} dated in the future (a device clock may be wrong); shown as now.`,
};

interface StoredProfile {
  stored: Profile;
  /** False when this page must not write the profile key (unreadable, newer, damaged in place). */
  writable: boolean;
  /** True when storage does not hold `stored` as it is (its damaged original was just set aside). */
  dirty: boolean;
  problems: StorageProblem[];
  notices: string[];
}

export class LearnerRecord {
  /** Everything this page has read or recorded: survives storage failures until the page closes. */
  private memory: Profile = emptyProfile();

  constructor(private readonly ctx: PersistContext) {}

  /** The stored profile merged with what this page holds; repairs storage where it can. */
  load(): ProfileLoad {
    const { stored, writable, dirty, problems, notices } = this.readStored();
    const profile = mergeProfiles(stored, this.memory);
    this.memory = profile;
    // Attempts this page holds that storage lacks (an earlier failed write, another tab's
    // overlapping write) are written back, so the stored record catches up.
    if (writable && (dirty || JSON.stringify(profile) !== JSON.stringify(stored))) {
      const saved = this.persist(profile);
      if (saved) problems.push(saved);
    }
    return { profile, problems, notices };
  }

  recordAttempt(storyId: string, input: AttemptInput): RecordAttemptResult {
    const r = this.update((base) => addAttempt(base, storyId, input, this.ctx.now()));
    if (!r.ok) return r;
    return {
      ok: true,
      profile: r.profile,
      attempt: r.added.attempt,
      kept: r.kept,
      problems: r.problems,
      notices: [...r.notices, ...r.added.notices],
    };
  }

  /** Record a module's check as answered (the first answer of each check is the one kept). */
  recordCheck(
    moduleId: string,
    phase: 'before' | 'after',
    answers: { items: readonly string[]; answers: readonly number[] },
  ):
    | { ok: true; profile: Profile; kept: boolean; problems: StorageProblem[] }
    | { ok: false; problem: StorageProblem; profile: Profile } {
    const date = this.ctx.now().toISOString();
    const r = this.update((base) => addCheck(base, moduleId, phase, { ...answers, date }));
    return r.ok ? { ok: true, profile: r.profile, kept: r.kept, problems: r.problems } : r;
  }

  /**
   * One change to the record: the stored profile re-read and merged with this page's (so another
   * tab's new attempts are kept), the change applied, the result written back where it may be.
   */
  private update<T extends { profile: Profile }>(
    change: (base: Profile) => ({ ok: true } & T) | { ok: false; reason: string },
  ):
    | { ok: true; profile: Profile; added: T; kept: boolean; problems: StorageProblem[]; notices: string[] }
    | { ok: false; problem: StorageProblem; profile: Profile } {
    const { stored, writable, problems, notices } = this.readStored();
    const base = mergeProfiles(stored, this.memory);
    const added = change(base);
    if (!added.ok) {
      this.memory = base;
      return { ok: false, problem: problem.invalid(added.reason), profile: base };
    }
    this.memory = added.profile;
    const failure = writable ? this.persist(added.profile) : null;
    if (failure) problems.push(failure);
    return { ok: true, profile: added.profile, added, kept: writable && !failure, problems, notices };
  }

  /** Merge another profile (an imported file's) into the stored one. */
  merge(other: Profile): ProfileLoad {
    this.memory = mergeProfiles(this.memory, other);
    return this.load();
  }

  /** Delete a damaged profile that could not be set aside (after the learner exported it). */
  discardDamaged(): WriteResult {
    const read = this.ctx.store.getItem(PROFILE_KEY);
    if (!read.ok) return read;
    const decoded = decodeRecord(read.value, PROFILE_SHELL_FORMAT, this.ctx.maxValueLength);
    if (!this.isDamaged(decoded))
      return { ok: false, problem: problem.invalid('the profile is not damaged; nothing was removed') };
    return this.ctx.store.removeItem(PROFILE_KEY);
  }

  /** The stored profile when this page leaves it in place (newer version, damaged and unmovable). */
  heldInPlace(): HeldInPlace | null {
    const read = this.ctx.store.getItem(PROFILE_KEY);
    if (!read.ok || read.value === null) return null;
    const decoded = decodeRecord(read.value, PROFILE_SHELL_FORMAT, this.ctx.maxValueLength);
    const held = { key: PROFILE_KEY, raw: read.value };
    if (decoded.kind === 'newer')
      return { ...held, reason: 'saved by a newer version of Rapport; left in place' };
    if (this.isDamaged(decoded))
      return { ...held, reason: 'damaged, and could not be set aside; left in place' };
    return null;
  }

  private readStored(): StoredProfile {
    const problems: StorageProblem[] = [];
    const notices: string[] = [];
    const base = { dirty: false, problems, notices };
    const read = this.ctx.store.getItem(PROFILE_KEY);
    if (!read.ok) return { ...base, stored: emptyProfile(), writable: false, problems: [read.problem] };
    const decoded = decodeRecord(read.value, PROFILE_SHELL_FORMAT, this.ctx.maxValueLength);
    switch (decoded.kind) {
      case 'empty':
        return { ...base, stored: emptyProfile(), writable: true };
      case 'newer':
        problems.push(problem.newerVersion('profile', decoded.version));
        return { ...base, stored: emptyProfile(), writable: false };
      case 'invalid': {
        const aside = setAside(this.ctx, PROFILE_KEY, read.value ?? '', decoded.reason);
        problems.push(aside.ok ? problem.setAside('profile', decoded.reason) : aside.problem);
        return { ...base, stored: emptyProfile(), writable: aside.ok };
      }
      case 'ok': {
        const salvaged = salvageProfile(decoded.value, this.ctx.now());
        if (salvaged.clampedDates) notices.push(PROFILE_NOTICES.futureDates(salvaged.clampedDates));
        if (!salvaged.dropped.length) return { ...base, stored: salvaged.profile, writable: true };
        // Keep the original before anything in it is dropped: the cleaned profile replaces it next.
        const reason = `some entries were invalid and left out: ${salvaged.dropped.join('; ')}`;
        const aside = setAside(this.ctx, PROFILE_KEY, read.value ?? '', reason);
        problems.push(aside.ok ? problem.setAside('part of the profile', reason) : aside.problem);
        // Set aside: the key is now empty and the cleaned profile must be written. Not set aside:
        // the original stays where it is and is not overwritten.
        return { ...base, stored: salvaged.profile, writable: aside.ok, dirty: aside.ok };
      }
    }
  }

  private isDamaged(decoded: Decoded<ProfileShell>): boolean {
    return (
      decoded.kind === 'invalid' ||
      (decoded.kind === 'ok' && salvageProfile(decoded.value, this.ctx.now()).dropped.length > 0)
    );
  }

  /** Write the profile; returns the problem, or null when it was kept. */
  private persist(profile: Profile): StorageProblem | null {
    const json = JSON.stringify(profile);
    if (json.length > this.ctx.maxValueLength) return problem.tooLarge(json.length, this.ctx.maxValueLength);
    const written = this.ctx.store.setItem(PROFILE_KEY, json);
    return written.ok ? null : written.problem;
  }
}
