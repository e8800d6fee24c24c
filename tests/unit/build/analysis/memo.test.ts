/**
 * The analyzer's transition memo (build/analysis/analyzer.ts): a segment recorded from an ink state
 * is replayed on a later visit with another relationship state only while every external call
 * gives ink the value it gave when recorded; otherwise ink plays the segment again. Checked
 * against every path played one by one in a fresh runner, and against the analyzer without the memo.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeStory, type AnalyzeOptions, type StoryReport } from '../../../../build/analysis/analyzer.ts';
import * as model from '../../../../src/core/model/index.ts';
import { READERS, RelationshipBinding } from '../../../../src/core/session/relationship.ts';
import { compileInkFile } from '../../../../build/ink/compile.ts';
import { StoryRunner } from '../../../../src/core/story/runner.ts';
import { tagValue } from '../../../../src/core/story/tags.ts';

const fixture = (name: string) => resolve(__dirname, '../../../fixtures/analysis', name);

interface Played {
  choices: number[];
  ending: string | null;
  score: number;
}

/** Every path of a (small, loop-free) story, each played from the start in a fresh runner. */
function playEveryPath(file: string): Played[] {
  const { json } = compileInkFile(file);
  if (!json) throw new Error(`${file} did not compile`);
  const out: Played[] = [];
  const play = (choices: number[]) => {
    const binding = new RelationshipBinding(() => null);
    const runner = new StoryRunner(json, { externals: binding.externals(), readers: READERS });
    let ending: string | null = null;
    let step = runner.continue();
    const seen = () => {
      for (const line of step.lines) ending = tagValue(line.tags, 'ending') ?? ending;
    };
    seen();
    for (const c of choices) {
      runner.choose(c);
      step = runner.continue();
      seen();
    }
    if (step.ended) {
      out.push({ choices, ending, score: Math.round(model.scenarioScore(binding.state) * 10) / 10 });
      return;
    }
    step.choices.forEach((_, i) => play([...choices, i]));
  };
  play([]);
  return out;
}

const withoutMs = ({ ms: _ms, ...rest }: StoryReport) => rest;

/** The analysis with and without the memo, and how many times ink played a segment in each. */
function analyseBothWays(file: string, options: AnalyzeOptions = {}) {
  const spy = vi.spyOn(StoryRunner.prototype, 'continue');
  const memo = analyzeStory(file, options);
  const withMemo = spy.mock.calls.length;
  spy.mockClear();
  const plain = analyzeStory(file, { ...options, transitionMemo: false });
  const withoutMemo = spy.mock.calls.length;
  return { memo, plain, withMemo, withoutMemo };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the transition memo', () => {
  it('replays what holds and plays ink again where a reader or a business ask returns another value', () => {
    const file = fixture('memo.ink');
    const paths = playEveryPath(file);
    const endingOf = (choices: number[]) => paths.find((p) => p.choices.join() === choices.join())?.ending;
    // The fixture does what it says: the cold opening turns both of `fourth`'s branches.
    expect(endingOf([0, 0, 0, 0])).toBe('good');
    expect(endingOf([0, 1, 1, 1])).toBe('good');
    expect(endingOf([1, 0, 0, 0])).toBe('bad');
    expect(endingOf([1, 1, 1, 1])).toBe('bad');

    const { memo, plain, withMemo, withoutMemo } = analyseBothWays(file);
    expect(memo.errors).toEqual([]);
    expect(memo.paths).toBe(paths.length);
    expect(memo.reachableEndings).toEqual([...new Set(paths.map((p) => p.ending))].sort());
    const byScore = [...paths].sort((a, b) => b.score - a.score || a.choices.length - b.choices.length);
    expect(memo.best?.choices).toEqual(byScore[0]!.choices);
    expect(memo.best?.ending).toBe(byScore[0]!.ending);
    expect(memo.worst?.choices).toEqual(byScore[byScore.length - 1]!.choices);
    expect(memo.worst?.ending).toBe(byScore[byScore.length - 1]!.ending);
    expect(memo.score).toEqual({
      min: Math.min(...paths.map((p) => p.score)),
      max: Math.max(...paths.map((p) => p.score)),
    });
    expect(memo.unreachableKnots).toEqual(['never']);
    expect(memo.choicesWithoutEvent).toEqual([]);
    expect(withoutMs(memo)).toEqual(withoutMs(plain));
    // The cold path's segments from `third` were replayed, not played.
    expect(withMemo).toBeLessThan(withoutMemo);
  });

  it('replays a reader ink only compares with a number when its value falls on the same side', () => {
    const file = fixture('memo-compare.ink');
    const paths = playEveryPath(file);
    const { memo, plain, withMemo, withoutMemo } = analyseBothWays(file);
    expect(memo.errors).toEqual([]);
    expect(memo.paths).toBe(paths.length);
    expect(memo.reachableEndings).toEqual(['good']);
    expect(withoutMs(memo)).toEqual(withoutMs(plain));
    // ink's states at `second` and at `third` differ between paths only in the number of ink's
    // thread, so their segments are shared (`segmentKey`). On the warm path, the two segments from
    // `third` after "Straight to business" are replayed: trust is what it was after "Small talk"
    // (2). On the warmer path, `second`'s two segments are replayed (2); `third`'s first branch
    // (trust >= 10, and it is) is replayed twice, once after each choice at `second` (2); the
    // second branch shows the value itself, which is another: ink plays it once, and it is
    // replayed after the other choice at `second` (1).
    expect(withMemo).toBe(withoutMemo - 7);
  });

  it('replays readers that ink adds up before it compares when the sum falls on the same side', () => {
    const file = fixture('memo-sum.ink');
    const paths = playEveryPath(file);
    const { memo, plain, withMemo, withoutMemo } = analyseBothWays(file);
    expect(memo.errors).toEqual([]);
    expect(memo.paths).toBe(paths.length);
    expect(memo.reachableEndings).toEqual(['bad', 'good']);
    expect(withoutMs(memo)).toEqual(withoutMs(plain));
    // The one option at `second` is replayed after the second and the third opening (ink's states
    // there differ only in the number of ink's thread) (2). From the second opening, `verdict`'s
    // sum (`trust + trust >= SUM_LINE`, and the same kept in `standing`) has other values than
    // from the first, on the same side of the line: both segments are replayed (2). The third
    // option keeps its sum in `mood` up to the next choice point, where it is part of ink's saved
    // state: that segment is played again, as after the third opening, whose sums are above the
    // lines.
    expect(withMemo).toBe(withoutMemo - 4);
  });

  it('plays ink again when a replayed call throws, and reports the author error', () => {
    const read = vi.spyOn(RelationshipBinding.prototype, 'read');
    // Without the teaching figures: their plays (first, last, … option) read trust("yan") too.
    const { memo, plain } = analyseBothWays(fixture('memo-error.ink'), { teaching: false });
    const failedReads = read.mock.results.filter((r) => r.type === 'throw').length;
    // On each of the two paths without Yan: the replay's read, then ink's own — and, without the
    // memo, ink's own only.
    expect(failedReads).toBe(2 + 2 + 2);
    expect(memo.errors).toHaveLength(1);
    expect(memo.errors[0]).toMatch(
      /trust\("yan"\): no counterpart "yan" has been declared.*memo-error\.ink:\d+/,
    );
    expect(memo.paths).toBe(2);
    expect(memo.reachableEndings).toEqual(['done']);
    expect(withoutMs(memo)).toEqual(withoutMs(plain));
  });

  // The first 3,000 states of a real story (of ~13,000): exploration is depth-first and the same
  // with and without the memo, so both stop at the same place and their reports must agree. The
  // whole story takes ~35 s both ways on a busy 2-core machine; this part about a quarter of it.
  it('gives the same report with and without the memo on a story of the repo', () => {
    const { memo, plain, withMemo, withoutMemo } = analyseBothWays(
      resolve(__dirname, '../../../../stories/time-zones.ink'),
      { maxStates: 3_000 },
    );
    expect(memo.capped).toBe(true);
    expect(memo.paths).toBeGreaterThan(1_000);
    expect(withoutMs(memo)).toEqual(withoutMs(plain));
    expect(withMemo).toBeLessThan(withoutMemo);
  }, 120_000);
});
