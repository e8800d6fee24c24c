import { describe, expect, it } from 'vitest';
import {
  addAttempt,
  addCheck,
  checksOf,
  emptyProfile,
  improvementSeries,
  mergeProfiles,
  noteChoiceSources,
  pathMap,
  scenarioOf,
  type AttemptInput,
  type Profile,
} from '../../../../src/app/persist/index.ts';
import { LIMITS } from '../../../../src/app/persist/schema.ts';
import { salvageProfile } from '../../../../src/app/persist/profile-salvage.ts';
import { NOW } from './helpers.ts';

const attempt = (over: Partial<AttemptInput> = {}): AttemptInput => ({
  date: '2026-02-10T12:00:00.000Z',
  ending: 'calm',
  endingTitle: 'A calm way forward',
  score: 72,
  rapport: 64,
  trust: 58,
  path: [0, 1],
  choiceSources: ['meet.0.c-0', 'ask.0.c-1'],
  ...over,
});

function added(profile: Profile, over: Partial<AttemptInput> = {}, storyId = 'tokyo'): Profile {
  const result = addAttempt(profile, storyId, attempt(over), NOW);
  if (!result.ok) throw new Error(result.reason);
  return result.profile;
}

describe('learner profile: adding attempts', () => {
  it('records the attempt, the best score, the ending and the choice sources found', () => {
    const profile = added(emptyProfile());
    const record = scenarioOf(profile, 'tokyo');
    expect(record.attempts).toEqual([
      {
        date: '2026-02-10T12:00:00.000Z',
        ending: 'calm',
        endingTitle: 'A calm way forward',
        score: 72,
        rapport: 64,
        trust: 58,
        path: [0, 1],
      },
    ]);
    expect(record.bestScore).toBe(72);
    expect(pathMap(record)).toEqual({
      endingsFound: new Set(['calm']),
      choiceSourcesFound: new Set(['meet.0.c-0', 'ask.0.c-1']),
    });
  });

  it('does not change the profile it was given', () => {
    const before = emptyProfile();
    added(before);
    expect(before).toEqual(emptyProfile());
  });

  const badScores: [string, number, RegExp][] = [
    ['NaN', Number.NaN, /attempt\.score: Invalid type: Expected number but received NaN/],
    ['1e309 (Infinity)', Number.parseFloat('1e309'), /attempt\.score: Invalid finite/],
    ['−5', -5, /attempt\.score: Invalid value: Expected >=0 but received -5/],
    ['250', 250, /attempt\.score: Invalid value: Expected <=100 but received 250/],
  ];
  for (const [name, score, reason] of badScores) {
    it(`refuses a score of ${name}, naming the field`, () => {
      const result = addAttempt(emptyProfile(), 'tokyo', attempt({ score }), NOW);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    });
  }

  it('refuses out-of-range meters too (rapport 250, trust NaN)', () => {
    const result = addAttempt(emptyProfile(), 'tokyo', attempt({ rapport: 250, trust: Number.NaN }), NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/attempt\.rapport.*attempt\.trust/);
  });

  it('clamps an attempt dated in the future to now, with a notice', () => {
    const result = addAttempt(emptyProfile(), 'tokyo', attempt({ date: '2999-01-01T00:00:00.000Z' }), NOW);
    expect(result).toMatchObject({ ok: true, attempt: { date: NOW.toISOString() } });
    if (result.ok) expect(result.notices).toHaveLength(1);
  });

  it('refuses an invalid date (Invalid Date, not a timestamp)', () => {
    expect(addAttempt(emptyProfile(), 'tokyo', attempt({ date: new Date('nonsense') }), NOW).ok).toBe(false);
    expect(addAttempt(emptyProfile(), 'tokyo', attempt({ date: '10/02/2026' }), NOW).ok).toBe(false);
  });

  it('accepts a Date object', () => {
    const result = addAttempt(
      emptyProfile(),
      'tokyo',
      attempt({ date: new Date('2026-01-05T08:00:00Z') }),
      NOW,
    );
    expect(result).toMatchObject({ ok: true, attempt: { date: '2026-01-05T08:00:00.000Z' } });
  });

  it('refuses unbounded or reserved ids', () => {
    expect(addAttempt(emptyProfile(), '', attempt(), NOW).ok).toBe(false);
    expect(addAttempt(emptyProfile(), 'x'.repeat(101), attempt(), NOW).ok).toBe(false);
    expect(addAttempt(emptyProfile(), '__proto__', attempt(), NOW).ok).toBe(false);
    expect(addAttempt(emptyProfile(), 'constructor', attempt(), NOW).ok).toBe(false);
    expect(addAttempt(emptyProfile(), 'tokyo', attempt({ ending: 'e'.repeat(101) }), NOW).ok).toBe(false);
  });

  it('keeps the newest attempts past the cap, but never forgets the best score or what was found', () => {
    let profile = added(emptyProfile(), { score: 99, date: '2025-01-01T00:00:00.000Z', ending: 'rare' });
    for (let i = 0; i < LIMITS.attemptsPerScenario; i++) {
      profile = added(profile, {
        score: 10,
        date: new Date(Date.UTC(2025, 5, 1) + i * 60_000).toISOString(),
      });
    }
    const record = scenarioOf(profile, 'tokyo');
    expect(record.attempts).toHaveLength(LIMITS.attemptsPerScenario);
    expect(record.attempts.some((a) => a.score === 99)).toBe(false);
    expect(record.bestScore).toBe(99);
    expect(record.endingsFound).toContain('rare');
  });
});

describe('learner profile: improvement series and merge', () => {
  it('gives the chart one point per attempt, oldest first, with the running best and the change', () => {
    let profile = emptyProfile();
    profile = added(profile, { date: '2026-02-03T00:00:00.000Z', score: 60 });
    profile = added(profile, { date: '2026-02-01T00:00:00.000Z', score: 40 });
    profile = added(profile, { date: '2026-02-02T00:00:00.000Z', score: 70 });
    expect(improvementSeries(scenarioOf(profile, 'tokyo'))).toEqual([
      { attempt: 1, date: '2026-02-01T00:00:00.000Z', score: 40, best: 40, change: null },
      { attempt: 2, date: '2026-02-02T00:00:00.000Z', score: 70, best: 70, change: 30 },
      { attempt: 3, date: '2026-02-03T00:00:00.000Z', score: 60, best: 70, change: -10 },
    ]);
  });

  it('an unplayed scenario has no best score and an empty series', () => {
    const record = scenarioOf(emptyProfile(), 'never-played');
    expect(record.bestScore).toBeNull();
    expect(improvementSeries(record)).toEqual([]);
    expect(scenarioOf(emptyProfile(), 'constructor').attempts).toEqual([]);
  });

  it('merging keeps both sides’ attempts once each, and the union of what was found', () => {
    const a = added(added(emptyProfile(), { date: '2026-01-01T00:00:00.000Z' }), {
      ending: 'tense',
      score: 30,
    });
    const b = added(added(emptyProfile(), { date: '2026-01-01T00:00:00.000Z' }), { score: 90 }, 'lagos');
    const merged = mergeProfiles(a, b);
    expect(scenarioOf(merged, 'tokyo').attempts).toHaveLength(2);
    expect(scenarioOf(merged, 'lagos').attempts).toHaveLength(1);
    expect(mergeProfiles(merged, merged)).toEqual(merged);
    expect(scenarioOf(merged, 'tokyo').endingsFound.sort()).toEqual(['calm', 'tense']);
  });

  it('notes choice sources from an attempt left half-way, ignoring invalid ones', () => {
    const profile = noteChoiceSources(emptyProfile(), 'tokyo', ['meet.0.c-1', '', 'x'.repeat(300)]);
    expect(scenarioOf(profile, 'tokyo').choiceSourcesFound).toEqual(['meet.0.c-1']);
    expect(scenarioOf(profile, 'tokyo').bestScore).toBeNull();
  });
});

describe('learner profile: module checks', () => {
  const answers = (date: string, picks: number[]) => ({
    date,
    items: picks.map((_, i) => `item-${i}`),
    answers: picks,
  });
  const withCheck = (p: Profile, phase: 'before' | 'after', date: string, picks: number[]) => {
    const r = addCheck(p, 'asia', phase, answers(date, picks));
    if (!r.ok) throw new Error(r.reason);
    return r.profile;
  };

  it('keeps the first answers of each check: a gain is measured from them', () => {
    let p = withCheck(emptyProfile(), 'before', '2026-02-01T00:00:00.000Z', [0, 1, 2, 3]);
    p = withCheck(p, 'before', '2026-02-05T00:00:00.000Z', [3, 3, 3, 3]);
    p = withCheck(p, 'after', '2026-02-09T00:00:00.000Z', [1, 1, 1, 1]);
    expect(checksOf(p, 'asia').before?.answers).toEqual([0, 1, 2, 3]);
    expect(checksOf(p, 'asia').after?.answers).toEqual([1, 1, 1, 1]);
    // Another tab's earlier opening check wins the merge, whichever side it comes from.
    const other = withCheck(emptyProfile(), 'before', '2026-01-20T00:00:00.000Z', [2, 2, 2, 2]);
    expect(checksOf(mergeProfiles(p, other), 'asia').before?.answers).toEqual([2, 2, 2, 2]);
    expect(checksOf(mergeProfiles(other, p), 'asia').after?.answers).toEqual([1, 1, 1, 1]);
    expect(checksOf(p, 'other-module')).toEqual({});
  });

  it('refuses answers that do not fit the check, and a profile without checks stays as it was', () => {
    expect(addCheck(emptyProfile(), 'asia', 'before', answers('2026-02-01T00:00:00.000Z', [0, 4])).ok).toBe(
      false,
    );
    const mismatched = { date: '2026-02-01T00:00:00.000Z', items: ['a', 'b'], answers: [0] };
    expect(addCheck(emptyProfile(), 'asia', 'before', mismatched)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('one answer per item'),
    });
    expect(addCheck(emptyProfile(), '__proto__', 'before', answers('2026-02-01T00:00:00.000Z', [0])).ok).toBe(
      false,
    );
    expect(mergeProfiles(emptyProfile(), emptyProfile())).toEqual(emptyProfile());
  });

  it('a stored profile with a damaged check keeps everything else', () => {
    const good = withCheck(emptyProfile(), 'before', '2026-02-01T00:00:00.000Z', [0, 1, 2, 3]);
    const shell = {
      ...good,
      checks: { ...good.checks, broken: { before: { date: 'soon', items: ['x'], answers: [9] } } },
    };
    const salvaged = salvageProfile(shell as never, NOW);
    expect(Object.keys(salvaged.profile.checks ?? {})).toEqual(['asia']);
    expect(salvaged.dropped.join('\n')).toMatch(/checks\["broken"\]/);
  });
});
