/** build/analysis/state-key.ts: the keys the explorer merges states by and shares segments by. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkKey, segmentKey } from '../../../../build/analysis/state-key.ts';
import { compileInkFile } from '../../../../build/ink/compile.ts';
import { READERS, RelationshipBinding } from '../../../../src/core/session/relationship.ts';
import { StoryRunner } from '../../../../src/core/story/runner.ts';

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
