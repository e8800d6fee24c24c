/**
 * Reading compiled ink JSON (src/core/story/ink-json.ts): whole-valued floats stay floats, and
 * story text is never touched — inkjs's own fallback reader (used where an engine gives a JSON
 * reviver no source text, as Node 20 and older Safari) rewrote ", 15.00" inside story text.
 */
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../../../build/ink/compile.ts';
import { parseInkJson } from '../../../../src/core/story/ink-json.ts';
import { StoryRunner } from '../../../../src/core/story/runner.ts';
import { fixture } from './helpers.ts';

describe('parseInkJson', () => {
  it('marks whole-valued floats for inkjs and leaves strings, other numbers and negatives alone', () => {
    expect(
      parseInkJson('{"a":["^at 06:00, 15.00 in Lyon", 2.0, 1.5, 10, -3.0, "\\"x\\", 4.00", 7.000]}'),
    ).toEqual({
      a: ['^at 06:00, 15.00 in Lyon', '2.0f', 1.5, 10, -3, '"x", 4.00', '7.000f'],
    });
  });

  it('plays a story whose text has ", 15.00" in it, from its JSON text', () => {
    const { json } = compileInkFile(fixture('floats-and-times.ink'));
    const runner = new StoryRunner(json!);
    const first = runner.continue();
    expect(first.lines.map((l) => l.text)).toEqual([
      'The call is at 06:00 your time, 15.00 in Lyon, 15.00 sharp.',
    ]);
    runner.choose(0);
    expect(runner.continue().lines.map((l) => l.text)).toEqual([
      'The lunch ends at 15.00, 16.00 at the latest.',
    ]);
  });
});
