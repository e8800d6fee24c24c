/** StoryRunner.comparisonOfCall: what ink does with the value a bound function returns. */
import { describe, expect, it } from 'vitest';
import { compileInkSource } from '../../../../build/ink/compile.ts';
import { compare, StoryRunner, type Comparison } from '../../../../src/core/story/runner.ts';

const SOURCE = `EXTERNAL trust(who)
CONST LINE = 40
{ trust("a") >= LINE: Above. }
{ trust("b") < 12: Below. }
{ trust("c") == 3 and true: Three. }
{ trust("d") + 1 >= 40: Plus one. }
~ temp kept = trust("e")
Trust is {trust("f")}.
-> END

=== function trust(who)
~ return 50
`;

/** Each call's argument and what comparisonOfCall said during it, playing the compiled story
 * both as the game does (ink JSON) and as the analyzer does (the compiler's Story). */
function comparisons(): Record<string, Comparison | null>[] {
  const compiled = compileInkSource(SOURCE, '/virtual/comparison.ink');
  if (!compiled.json) throw new Error(JSON.stringify(compiled.diagnostics));
  return [compiled.json, compiled.story].map((story) => {
    const seen: Record<string, Comparison | null> = {};
    const runner: StoryRunner = new StoryRunner(story, {
      externals: {
        trust: (who) => {
          seen[String(who)] = runner.comparisonOfCall();
          return 20;
        },
      },
      readers: ['trust'],
    });
    runner.continue();
    return seen;
  });
}

describe('StoryRunner.comparisonOfCall', () => {
  it('names the comparison when ink only compares the value with a number', () => {
    for (const seen of comparisons()) {
      expect(seen).toEqual({
        a: { op: '>=', than: 40 },
        b: { op: '<', than: 12 },
        c: { op: '==', than: 3 },
        d: null,
        e: null,
        f: null,
      });
    }
  });

  it('evaluates a comparison as ink does, and nothing but numbers', () => {
    expect(compare(40, { op: '>=', than: 40 })).toBe(true);
    expect(compare(39, { op: '>=', than: 40 })).toBe(false);
    expect(compare(41, { op: '>', than: 40 })).toBe(true);
    expect(compare(40, { op: '<=', than: 40 })).toBe(true);
    expect(compare(40, { op: '<', than: 40 })).toBe(false);
    expect(compare(3, { op: '==', than: 3 })).toBe(true);
    expect(compare(3, { op: '!=', than: 3 })).toBe(false);
    expect(compare('3', { op: '==', than: 3 })).toBeNull();
  });
});
