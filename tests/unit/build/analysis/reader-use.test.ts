/** build/analysis/reader-use.ts: what ink does with a reader's value, read from the compiled story. */
import { describe, expect, it } from 'vitest';
import { compileInkSource } from '../../../../build/ink/compile.ts';
import { keptComparisons, readerUse, useKey, type ReaderUse } from '../../../../build/analysis/reader-use.ts';
import { StoryRunner } from '../../../../src/core/story/runner.ts';

const SOURCE = `EXTERNAL trust(who)
EXTERNAL rapport(who)
CONST LINE = 40
VAR flag = true
{ trust("a") + rapport("a") >= 2 * LINE: Sum. }
{ trust("b") >= LINE && rapport("b") >= 30 || trust("c") < 10: Chain. }
{ not (trust("d") >= LINE): Not. }
~ temp kept = trust("e") + trust("f")
{ kept >= 100: High. }
{ kept < 20: Low. }
{ trust("g") >= LINE and flag: Flag. }
Trust is {trust("h") + 1}.
~ temp counted = trust("i")
~ counted = counted + 1
-> END

=== function trust(who)
~ return 50

=== function rapport(who)
~ return 20
`;

/** The use of each reader call (by its first argument), playing the compiled story both as the
 * game does (ink JSON) and as the analyzer does (the compiler's Story). */
function uses(): Record<string, ReaderUse | null>[] {
  const compiled = compileInkSource(SOURCE, '/virtual/reader-use.ink');
  if (!compiled.json) throw new Error(JSON.stringify(compiled.diagnostics));
  const kept = keptComparisons(compiled.json);
  return [compiled.json, compiled.story].map((story) => {
    const seen: Record<string, ReaderUse | null> = {};
    const read = (value: number) => (who: unknown) => {
      const site = runner.callSite()!;
      seen[String(who)] ??= readerUse(site.content, site.index, new Set(['trust', 'rapport']), kept);
      return value;
    };
    const runner: StoryRunner = new StoryRunner(story, {
      externals: { trust: read(50), rapport: read(20) },
      readers: ['trust', 'rapport'],
    });
    runner.continue();
    return seen;
  });
}

describe('readerUse', () => {
  it('follows a value through sums and comparisons, and/or/not, to the yes or no ink goes on with', () => {
    for (const seen of uses()) {
      expect(seen.a?.reads).toEqual([{ name: 'rapport', args: ['a'] }]);
      expect(seen.a?.kept).toBeNull();
      expect(useKey(seen.a!, [50, 20])).toBe(false); // 70 < 80
      expect(useKey(seen.a!, [50, 30])).toBe(true);

      expect(seen.b?.reads).toEqual([
        { name: 'rapport', args: ['b'] },
        { name: 'trust', args: ['c'] },
      ]);
      expect(useKey(seen.b!, [50, 20, 50])).toBe(false);
      expect(useKey(seen.b!, [50, 30, 50])).toBe(true);
      expect(useKey(seen.b!, [0, 0, 5])).toBe(true);

      expect(useKey(seen.d!, [50])).toBe(false);
      expect(useKey(seen.d!, [39])).toBe(true);
    }
  });

  it('keys a sum kept in a temporary variable by every comparison the story makes with it', () => {
    for (const seen of uses()) {
      expect(seen.e?.reads).toEqual([{ name: 'trust', args: ['f'] }]);
      expect(seen.e?.kept).toEqual([
        { op: '>=', than: 100 },
        { op: '<', than: 20 },
      ]);
      expect(useKey(seen.e!, [50, 50])).toBe('10');
      expect(useKey(seen.e!, [60, 60])).toBe('10');
      expect(useKey(seen.e!, [5, 5])).toBe('01');
      expect(useKey(seen.e!, [50, 'x'])).toBeNull();
    }
  });

  it('stops where the value is one yes or no when the expression goes on with something else', () => {
    for (const seen of uses()) {
      expect(seen.g?.reads).toEqual([]);
      expect(useKey(seen.g!, [40])).toBe(true);
      expect(useKey(seen.g!, [39])).toBe(false);
    }
  });

  it('gives up on a value shown in the text or a variable used any other way', () => {
    for (const seen of uses()) {
      expect(seen.h).toBeNull();
      expect(seen.i).toBeNull();
    }
  });
});

describe('keptComparisons', () => {
  const json = (body: string) => `{"root":[${body}]}`;
  it('lists the comparisons of a variable only ever compared with a whole number', () => {
    const kept = keptComparisons(json('{"VAR?":"s"},150,">=","/ev",{"VAR?":"s"},3,"<"'));
    expect(kept('s')).toEqual([
      { op: '>=', than: 150 },
      { op: '<', than: 3 },
    ]);
    expect(kept('other')).toEqual([]);
  });

  it('is null when the variable is used any other way or passed by reference', () => {
    expect(keptComparisons(json('{"VAR?":"s"},1,"+"'))('s')).toBeNull();
    expect(keptComparisons(json('{"VAR?":"s"},"out"'))('s')).toBeNull();
    expect(keptComparisons(json('{"VAR?":"s"},1.5,">="'))('s')).toBeNull();
    expect(keptComparisons(json('{"^var":"s","ci":-1}'))('s')).toBeNull();
  });
});
