import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodePath,
  decodeSuspend,
  encodePath,
  encodeSuspend,
  type SuspendState,
} from '../../../../src/app/lms/suspend.ts';

const state = (path: number[], extra: Partial<SuspendState> = {}): SuspendState => ({
  moduleId: 'partners-abroad',
  current: {
    storyId: 'lost-face',
    contentHash: '3fa9c21b',
    path,
    fingerprints: path.map((_, i) => (0x10000000 + i).toString(16)),
  },
  results: [{ storyId: 'south-of-london', score: 28 }],
  ...extra,
});

describe('suspend_data codec', () => {
  it('is compact, one line and round-trips', () => {
    const s = state([1, 0, 0, 0, 2, 1, 1]);
    const { data, dropped } = encodeSuspend(s, 4096);
    expect(dropped).toEqual([]);
    expect(data).not.toMatch(/[\r\n]/);
    expect(data).toMatch(/^[\x20-\x7e]+$/);
    expect(data.startsWith('r1|m=partners-abroad|s=lost-face|h=3fa9c21b|p=10*3211|f=')).toBe(true);
    expect(decodeSuspend(data)).toEqual(s);
  });

  it('carries the module checks answered, and refuses a damaged checks field', () => {
    const s = state([1], { checks: { before: [0, 2, 1, 3, 3] } });
    const { data } = encodeSuspend(s, 4096);
    expect(data).toMatch(/\|c=02133~$/);
    expect(decodeSuspend(data)).toEqual(s);
    const both = state([], { current: null, checks: { before: [0, 1, 2, 3], after: [3, 2, 1, 0] } });
    expect(decodeSuspend(encodeSuspend(both, 4096).data)).toEqual(both);
    expect(decodeSuspend('r1|m=x|c=04~')).toBeNull();
    expect(decodeSuspend('r1|m=x|c=0123')).toBeNull();
    // Kept when everything else had to go to fit.
    expect(encodeSuspend({ ...both, moduleId: 'a'.repeat(60) }, 30).data).toBe('r1|c=0123~3210');
  });

  it('encodes paths with base-36 digits, long indices and runs', () => {
    const paths = [[], [0], [35], [36], [1295], [0, 0], [7, 7, 7, 7, 7], Array(100).fill(3), [40, 40, 2]];
    for (const p of paths) expect(decodePath(encodePath(p))).toEqual(p);
    expect(encodePath(Array(100).fill(3))).toBe('3*z3*z3*u');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1295 }), { maxLength: 300 }), (p) => {
        expect(decodePath(encodePath(p))).toEqual(p);
      }),
    );
  });

  it('compacts a resume point over 4,096 characters to fit, dropping detail in order', () => {
    // Two thousand choices: the fingerprints alone are 16,000 characters.
    const long = Array.from({ length: 2000 }, (_, i) => (i * 7) % 5);
    const first = encodeSuspend(state(long), 4096);
    expect(first.data.length).toBeLessThanOrEqual(4096);
    expect(first.dropped).toEqual(['fingerprints']);
    const back = decodeSuspend(first.data)!;
    expect(back.current!.path).toEqual(long);
    expect(back.current!.fingerprints).toBeUndefined();
    expect(back.results).toEqual([{ storyId: 'south-of-london', score: 28 }]);

    // Ten thousand varied choices do not fit at all: the path is cut, and says so.
    const huge = Array.from({ length: 10000 }, (_, i) => (i * 7919) % 36);
    const cut = encodeSuspend(state(huge), 4096);
    expect(cut.data.length).toBeLessThanOrEqual(4096);
    expect(cut.dropped).toEqual(['fingerprints', 'path-tail']);
    const resumed = decodeSuspend(cut.data)!.current!;
    expect(resumed.truncatedFrom).toBe(10000);
    expect(huge.slice(0, resumed.path.length)).toEqual(resumed.path);
    expect(resumed.path.length).toBeGreaterThan(3900);
  });

  it('never exceeds the limit, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1295 }), { maxLength: 3000 }),
        fc.array(
          fc.tuple(
            // Story ids are file names; __proto__, constructor and prototype are reserved.
            fc.stringMatching(/^[a-z0-9-]{1,60}$/).filter((s) => !['constructor', 'prototype'].includes(s)),
            fc.integer({ min: 0, max: 100 }),
          ),
          { maxLength: 200 },
        ),
        fc.integer({ min: 0, max: 5000 }),
        (path, results, limit) => {
          const unique = [...new Map(results).entries()].map(([storyId, score]) => ({ storyId, score }));
          const { data } = encodeSuspend(state(path, { results: unique }), limit);
          expect(data.length).toBeLessThanOrEqual(limit);
          if (data) expect(decodeSuspend(data)).not.toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('drops finished results last, and marks it', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ storyId: `scenario-number-${i}`, score: i % 101 }));
    const { data, dropped } = encodeSuspend(state([1, 2, 3], { results: many }), 4096);
    expect(data.length).toBeLessThanOrEqual(4096);
    expect(dropped).toEqual(['fingerprints', 'current', 'results']);
    const back = decodeSuspend(data)!;
    expect(back.resultsLost).toBe(true);
    expect(back.current).toBeNull();
    expect(back.results.length).toBeGreaterThan(100);
  });

  it('keeps ids with unusual characters intact', () => {
    const s = state([0], { moduleId: 'mod|ule,:%', results: [{ storyId: '故事 1|2', score: 100 }] });
    s.current!.storyId = 'a|b=c';
    expect(decodeSuspend(encodeSuspend(s, 4096).data)).toEqual(s);
  });

  it('returns null on garbage, never throws', () => {
    const bad = [
      '',
      'hello',
      'r2|s=x',
      'r1|s=x|h=zz|p=0',
      'r1|s=x|h=ab|p=0!',
      'r1|s=x|h=ab|p=01|f=123',
      'r1|p=01',
      'r1|d=a:101',
      'r1|d=a:1,a:2',
      'r1|d=__proto__:1',
      'r1|s=x|h=ab|p=0*1',
      'r1|s=x|h=ab|p=01|t=1',
      'r1|x=2',
      'r1|m=%E0%A4%A',
      '{"storyId":"x"}',
      'x'.repeat(70000),
    ];
    for (const b of bad) expect(decodeSuspend(b), b).toBeNull();
    expect(decodeSuspend(null)).toBeNull();
    expect(decodeSuspend(42)).toBeNull();
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void decodeSuspend(s)));
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void decodeSuspend(`r1|${s}`)));
  });

  it('accepts a record with only module results (between scenarios)', () => {
    const s: SuspendState = { moduleId: 'm', current: null, results: [{ storyId: 'a', score: 31 }] };
    const { data } = encodeSuspend(s, 4096);
    expect(data).toBe('r1|m=m|d=a:31');
    expect(decodeSuspend(data)).toEqual(s);
  });
});
