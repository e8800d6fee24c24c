/** build/analysis/state-key.ts: the keys the explorer merges states by and shares segments by. */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inkKey,
  MergeMemo,
  roundedHash,
  sameRounded,
  segmentKey,
} from '../../../../build/analysis/state-key.ts';
import { compileInkFile } from '../../../../build/ink/compile.ts';
import { nextState, initialState, type ModelState } from '../../../../src/core/model/index.ts';
import { READERS, RelationshipBinding } from '../../../../src/core/session/relationship.ts';
import { StoryRunner } from '../../../../src/core/story/runner.ts';
import { stateWith, storyArb } from '../../core/model/helpers.ts';

const NONE = new Set<string>();

/** ink's saved states at `second` in the memo fixture, after each option at the first choice point
 * (one story: ink's random seed is part of its state). */
function atSecond(): string[] {
  const { json } = compileInkFile(resolve(__dirname, '../../../fixtures/analysis/memo-compare.ink'));
  const binding = new RelationshipBinding(() => null);
  const runner = new StoryRunner(json, { externals: binding.externals(), readers: READERS });
  runner.continue();
  const top = runner.saveInkState();
  return [0, 1].map((first) => {
    runner.loadInkState(top);
    runner.choose(first);
    runner.continue();
    return runner.saveInkState();
  });
}

/** A saved state with one thread, number `thread`, and one choice from thread `from`. */
const state = (thread: number, from: number) =>
  `{"flows":{"DEFAULT_FLOW":{"callstack":{"threads":[{"callstack":[{"exp":false,"type":0}],"threadIndex":${thread},` +
  `"previousContentObject":"a.0.3"}],"threadCounter":9},"outputStream":[],"currentChoices":[{"text":"Go",` +
  `"index":0,"originalChoicePath":"a.0.2","originalThreadIndex":${from},"targetPath":"a.0.c-0"}]}}}`;

describe('segmentKey', () => {
  it('is the same for choice points reached through different options, where the merge key is not', () => {
    const [a, b] = atSecond() as [string, string];
    expect(inkKey(a, NONE)).not.toBe(inkKey(b, NONE));
    expect(segmentKey(a, NONE)).toBe(segmentKey(b, NONE));
  });

  it('keeps the thread number when a choice comes from that thread', () => {
    expect(segmentKey(state(1, 7), NONE)).toBe(segmentKey(state(2, 7), NONE));
    expect(segmentKey(state(7, 7), NONE)).not.toBe(segmentKey(state(8, 8), NONE));
    expect(segmentKey(state(7, 7), NONE)).toBe(inkKey(state(7, 7), NONE));
  });
});

/**
 * Which states merge, written out as the key the explorer used to build (every number rounded,
 * strings quoted, an object's keys in order): `sameRounded` must say the same of any two values.
 */
function keyString(value: unknown): string {
  if (typeof value === 'number') return String(Math.round(value));
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'u';
  if (Array.isArray(value)) return `[${value.map(keyString).join(',')}]`;
  let out = '{';
  for (const k of Object.keys(value)) out += `${k}:${keyString((value as Record<string, unknown>)[k])},`;
  return `${out}}`;
}

/** `value` with the numbers moved by `deltas` in turn (some across a rounding boundary, most not). */
function nudged(value: unknown, deltas: number[]): unknown {
  let i = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'number') return deltas.length ? v + deltas[i++ % deltas.length]! : v;
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(walk);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
  };
  return walk(value);
}

const states = (events: Parameters<typeof nextState>[1][]): ModelState[] => {
  const out: ModelState[] = [];
  let s = initialState();
  for (const e of events) out.push((s = nextState(s, e).state));
  return out;
};

describe('sameRounded and roundedHash (the relationship part of the merge key)', () => {
  const delta = fc.array(fc.constantFrom(0, 0.2, -0.3, 0.49, 0.5, -0.5, 0.51, 1, -1.7), { maxLength: 5 });

  it('merge the states the written-out key merges, and give merged states one hash', () => {
    fc.assert(
      fc.property(storyArb, delta, fc.nat(), (events, deltas, pick) => {
        const all = states(events);
        const a = all[pick % all.length]!;
        for (const b of [nudged(a, deltas), all[(pick * 7 + 3) % all.length]!]) {
          expect(sameRounded(a, b)).toBe(keyString(a) === keyString(b));
          if (sameRounded(a, b)) expect(roundedHash(a)).toBe(roundedHash(b));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agree with the written-out key on any JSON data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), delta, (a, deltas) => {
        const b = nudged(a, deltas);
        expect(sameRounded(a, b)).toBe(keyString(a) === keyString(b));
        expect(sameRounded(b, a)).toBe(sameRounded(a, b));
        if (sameRounded(a, b)) expect(roundedHash(a)).toBe(roundedHash(b));
      }),
      { numRuns: 500 },
    );
  });

  it('keep apart states that differ only in a field that changes what follows', () => {
    const base = stateWith({ Ta: 40.2 }, undefined, true);
    const variants: [string, ModelState][] = [
      ['a value by more than rounding', stateWith({ Ta: 40.6 }, undefined, true)],
      ['the day', { ...base, day: 3 }],
      ['the order of the counterparts', { ...base, order: ['y', 'x'] }],
      [
        'the last violation',
        stateWith(
          { Ta: 40.2, lastViolation: { kind: 'integrity', meeting: 0, before: {}, lost: {} } },
          undefined,
          true,
        ),
      ],
      ['the shock meeting (null or 0)', stateWith({ Ta: 40.2, shockMeeting: 0 }, undefined, true)],
      [
        'a repair count',
        stateWith({ Ta: 40.2, repair: { attempts: 1, lost: 0, restored: 0 } }, undefined, true),
      ],
      ['a name', stateWith({ Ta: 40.2, name: 'Z' }, undefined, true)],
    ];
    for (const [what, other] of variants) expect(sameRounded(base, other), what).toBe(false);
    expect(sameRounded(base, stateWith({ Ta: 39.6 }, undefined, true))).toBe(true);
    const violation = { kind: 'competence' as const, meeting: 1, before: { Tc: 50 }, lost: { Tc: 5.2 } };
    expect(
      sameRounded(
        stateWith({ lastViolation: violation }),
        stateWith({ lastViolation: { ...violation, lost: { Tc: 5.4 } } }),
      ),
    ).toBe(true);
    expect(
      sameRounded(
        stateWith({ lastViolation: violation }),
        stateWith({ lastViolation: { ...violation, lost: { Ta: 5.2 } } }),
      ),
    ).toBe(false);
  });
});

describe('MergeMemo', () => {
  it('finds a kept state again under a state that rounds the same, with the same ending and ink key', () => {
    const memo = new MergeMemo<string>();
    const a = stateWith({ Tc: 50.3 });
    memo.add('', 4, a, 'a');
    expect(memo.get('', 4, stateWith({ Tc: 49.9 }))?.value).toBe('a');
    expect(memo.get('', 5, a)).toBeUndefined();
    expect(memo.get('won', 4, a)).toBeUndefined();
    expect(memo.get('', 4, stateWith({ Tc: 50.6 }))).toBeUndefined();
    expect(memo.size).toBe(1);
  });

  it('keeps apart states whose hashes meet', () => {
    const memo = new MergeMemo<number>(() => 7); // every state under one number
    const kept = [30, 31, 32, 33].map((Tc) => stateWith({ Tc }));
    kept.forEach((s, i) => memo.add(i % 2 ? 'won' : '', 1, s, i));
    expect(memo.size).toBe(4);
    kept.forEach((s, i) => expect(memo.get(i % 2 ? 'won' : '', 1, nudged(s, [0.2]))?.value).toBe(i));
    expect(memo.get('', 1, stateWith({ Tc: 31 }))).toBeUndefined(); // kept with another ending
    expect(memo.get('', 2, kept[0]!)).toBeUndefined();
    const entry = memo.get('won', 1, kept[3]!)!;
    entry.value = 99;
    expect(memo.get('won', 1, stateWith({ Tc: 33.4 }))?.value).toBe(99);
    memo.clear();
    expect(memo.size).toBe(0);
    expect(memo.get('', 1, kept[0]!)).toBeUndefined();
  });
});
