import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../../../build/ink/compile.ts';
import { StoryRunner, StoryRuntimeError } from '../../../../src/core/story/runner.ts';
import {
  KNOWN_TAGS,
  parseLearningPoint,
  storyInfo,
  tagValue,
  tagValues,
} from '../../../../src/core/story/tags.ts';
import { compiledFixture } from './helpers.ts';

describe('StoryRunner', () => {
  it('hands out lines with speakers and parsed tags, without the global tags', () => {
    const runner = new StoryRunner(compiledFixture('basics.ink'));
    const step = runner.continue();
    expect(step.lines.map((l) => l.text)).toEqual([
      'Good morning.',
      'The room is quiet.',
      'Tags can stand on their own line.',
      'They attach to the next line of text.',
      'We will meet again tomorrow.',
    ]);
    const [first, second, , fourth, fifth] = step.lines;
    expect(first!.speaker).toBe('liwei');
    expect(tagValue(first!.tags, 'place')).toBe('meeting-room');
    expect(tagValue(first!.tags, 'location')).toBe('Shanghai');
    expect(first!.tags.some((t) => t.name === 'title')).toBe(false);
    expect(second!.speaker).toBeNull();
    expect(tagValue(fourth!.tags, 'mood')).toBe('uneasy');
    expect(fourth!.speaker).toBe('you');
    expect(tagValue(fifth!.tags, 'cue')).toBe('glued');
  });

  it('hands out choices with their tags and coach notes', () => {
    const runner = new StoryRunner(compiledFixture('basics.ink'));
    const step = runner.continue();
    expect(step.ended).toBe(false);
    expect(step.choices.map((c) => [c.index, c.text, c.coach])).toEqual([
      [0, 'Ask privately', 'Private asks save face.'],
      [1, 'Ask in front of the team', 'Public asks threaten face.'],
    ]);
  });

  it('reaches an ending with its title and learning points', () => {
    const runner = new StoryRunner(compiledFixture('basics.ink'));
    runner.continue();
    runner.choose(0);
    const step = runner.continue();
    expect(step.ended).toBe(true);
    expect(step.lines[0]!.text).toBe('I ask quietly.');
    const endingLine = step.lines.find((l) => tagValue(l.tags, 'ending'));
    expect(tagValue(endingLine!.tags, 'ending')).toBe('kept');
    expect(tagValue(endingLine!.tags, 'ending_title')).toBe('Face kept');
    const learn = step.lines.flatMap((l) => tagValues(l.tags, 'learn')).map(parseLearningPoint);
    expect(learn).toEqual([
      { seed: '000', text: 'Ask in private.' },
      { seed: null, text: 'A point without a seed.' },
      { seed: '000', text: 'Goodwill clears small conflicts.' },
    ]);
  });

  it('keeps trailing tag-only lines on the last line (an ending with no text after its tags)', () => {
    const runner = new StoryRunner(compiledFixture('basics.ink'));
    runner.continue();
    runner.choose(1);
    const step = runner.continue();
    expect(step.ended).toBe(true);
    expect(tagValue(step.lines.at(-1)!.tags, 'ending')).toBe('lost');
  });

  it('follows INCLUDEs', () => {
    const runner = new StoryRunner(compiledFixture('include-main.ink'));
    expect(runner.continue().lines.map((l) => l.text)).toEqual([
      'Before the include.',
      'From the included file.',
    ]);
  });

  it('calls bound externals and uses ink fallbacks for the unbound ones', () => {
    const calls: unknown[][] = [];
    const bound = new StoryRunner(compiledFixture('externals.ink'), {
      externals: { score: () => 73, poke: (...args) => void calls.push(args) },
      readers: ['score'],
    });
    expect(bound.continue().lines[0]!.text).toBe('The score is 73.');
    expect(calls).toEqual([['liwei', 4]]);
    const fallback = new StoryRunner(compiledFixture('externals.ink'));
    expect(fallback.continue().lines[0]!.text).toBe('The score is 50.');
  });

  it('turns an unbound external without fallback into a clear runtime error', () => {
    const runner = new StoryRunner(compiledFixture('unbound.ink'));
    expect(() => runner.continue()).toThrow(StoryRuntimeError);
    expect(() => new StoryRunner(compiledFixture('unbound.ink')).continue()).toThrow(/missing|fallback/i);
  });

  it('checks the externals up front when asked (prepare), with the same error as the first step', () => {
    expect(() => new StoryRunner(compiledFixture('unbound.ink')).prepare()).toThrow(StoryRuntimeError);
    expect(() => new StoryRunner(compiledFixture('unbound.ink')).prepare()).toThrow(/missing|fallback/i);
    const runner = new StoryRunner(compiledFixture('externals.ink'), { externals: { score: () => 73 } });
    runner.prepare();
    expect(runner.continue().lines[0]!.text).toBe('The score is 73.');
  });

  it('turns an exception thrown by a bound function into a StoryRuntimeError with the place', () => {
    const runner = new StoryRunner(compiledFixture('externals.ink'), {
      externals: {
        poke: () => {
          throw new Error('poke("liwei", 4): size out of range');
        },
      },
    });
    try {
      runner.continue();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StoryRuntimeError);
      expect((e as Error).message).toMatch(/size out of range/);
    }
  });

  it('plays a plain ink story with none of our tags', () => {
    const runner = new StoryRunner(compiledFixture('plain.ink'));
    const step = runner.continue();
    expect(step.lines[0]!.speaker).toBeNull();
    expect(step.choices.map((c) => c.text)).toEqual(['Left', 'Right']);
    expect(step.choices[0]!.coach).toBeNull();
    runner.choose(1);
    const end = runner.continue();
    expect(end.ended).toBe(true);
    expect(end.lines.map((l) => l.text)).toEqual(['Right', 'You went right.', 'The end.']);
  });

  it('jumps in at a named knot, and names a missing one', () => {
    const runner = new StoryRunner(compiledFixture('basics.ink'));
    runner.jumpTo('public');
    expect(runner.continue().lines[0]!.text).toBe('He goes silent.');
    expect(() => new StoryRunner(compiledFixture('basics.ink')).jumpTo('nowhere')).toThrow(
      /no knot called "nowhere"/,
    );
  });

  it('rejects a choice that does not exist', () => {
    const runner = new StoryRunner(compiledFixture('basics.ink'));
    runner.continue();
    expect(() => runner.choose(5)).toThrow(/Choice 5 does not exist/);
  });

  it('reports an unreadable story file', () => {
    expect(() => new StoryRunner('{"not": "ink"}')).toThrow(StoryRuntimeError);
  });
});

describe('tags', () => {
  it('reads catalog info with defaults for plain ink', () => {
    expect(
      storyInfo('lost-face', [
        'title: Lost face',
        'summary: S',
        'minutes: 12',
        'seeds: 000_a, 003_b',
        'order: 1',
      ]),
    ).toEqual({
      title: 'Lost face',
      summary: 'S',
      role: '',
      minutes: 12,
      seeds: ['000_a', '003_b'],
      order: 1,
    });
    expect(storyInfo('the-intercept', null).title).toBe('The intercept');
  });
});

describe('line ids', () => {
  /** Every line and choice of a story that has ids (npm run strings), on every path of its one choice point. */
  function playAll() {
    const compiled = compileInkFile(resolve('tests/fixtures/strings/every-kind.ids.ink'));
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const seen = {
      lines: [] as { text: string; ids: string[] }[],
      choices: [] as { text: string; ids: string[] }[],
    };
    const first = new StoryRunner(compiled.json).continue();
    for (let i = 0; i < first.choices.length; i++) {
      const runner = new StoryRunner(compiled.json);
      const step = runner.continue();
      seen.choices.push(...step.choices.map((c) => ({ text: c.text, ids: tagValues(c.tags, 'id') })));
      runner.choose(i);
      for (const s of [step, runner.continue()])
        seen.lines.push(...s.lines.map((l) => ({ text: l.text, ids: tagValues(l.tags, 'id') })));
    }
    return seen;
  }

  it('are a tag the game knows, and never part of what the learner reads', () => {
    expect(KNOWN_TAGS.has('id')).toBe(true);
    const { lines, choices } = playAll();
    expect(lines.length).toBeGreaterThan(10);
    for (const { text } of [...lines, ...choices]) expect(text).not.toMatch(/#|\bid:|ek-\d/);
    // Each line and choice carries its id as a tag.
    for (const l of [...lines, ...choices]) expect(l.ids, l.text).toHaveLength(1);
    expect(choices.slice(0, 3)).toEqual([
      { text: 'A choice in brackets', ids: ['ek-0014'] },
      { text: 'A choice without brackets', ids: ['ek-0016'] },
      { text: 'Start and only here', ids: ['ek-0017'] },
    ]);
    expect(lines).toContainEqual({ text: 'Hello, and welcome.', ids: ['ek-0001'] });
    expect(lines).toContainEqual({ text: 'Half a sentence joined to the next by glue.', ids: ['ek-0005'] });
    expect(lines).toContainEqual({ text: 'Start and printed after', ids: ['ek-0018'] });
  });
});
