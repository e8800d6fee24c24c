/** `npm run check`'s source-quote check: story comments and module checks against the articles. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteProblems } from '../../../../build/guide/source-check.ts';

const fixtures = resolve(__dirname, 'fixtures');
const story = (text: string) => [{ where: 'stories/x.ink', text }];

describe('source quotes in npm run check', () => {
  it('passes quotes that are in their article, and names the line of one that is not', () => {
    const text = [
      'Hello.',
      '// source: 100_aaaa.txt "built-up goodwill clears small conflicts"',
      '// source: 100_aaaa.txt "goodwill clears every conflict"',
      '// source: 100_aaaa.txt "It\'s worth the dinner."',
      '// source: 999_zzzz.txt "anything"',
    ].join('\n');
    const r = quoteProblems(story(text), [], resolve(fixtures, 'good'), resolve(fixtures, 'seeds'));
    expect(r.errors).toEqual([
      expect.stringMatching(
        /^stories\/x\.ink:3: error: the quote "goodwill clears every conflict" is not in 100_aaaa\.txt/,
      ),
      expect.stringMatching(
        /^stories\/x\.ink:5: error: the source comment cites "999_zzzz\.txt", which is not a known source/,
      ),
    ]);
    // Only the apostrophe differs: a warning that says which marks to copy.
    expect(r.warnings).toEqual([
      expect.stringMatching(/^stories\/x\.ink:4: warning: .*only in its quotation marks/),
    ]);
  });

  it('checks the quotes of module checks, and says when the articles are not there to compare', () => {
    const checks = [
      { where: 'stories/checks/m.yaml (before item "a")', source: '100', quote: 'built-up goodwill clears' },
      { where: 'stories/checks/m.yaml (after item "b")', source: '100', quote: 'goodwill is free' },
    ];
    const r = quoteProblems([], checks, resolve(fixtures, 'good'), resolve(fixtures, 'seeds'));
    expect(r.errors).toEqual([
      expect.stringMatching(
        /^stories\/checks\/m\.yaml \(after item "b"\): error: the quote "goodwill is free" is not in 100_aaaa\.txt/,
      ),
    ]);
    const none = quoteProblems([], checks, resolve(fixtures, 'good'), resolve(fixtures, 'nowhere'));
    expect(none.errors).toEqual([]);
    expect(none.warnings).toEqual([expect.stringMatching(/the seed articles are not at .*nowhere/)]);
  });
});
