/** build/analysis/call-tree.ts: the recorded plays of a segment, followed and summed up. */
import { describe, expect, it } from 'vitest';
import { effectsOf, follow, record, type Call, type CallTree } from '../../../../build/analysis/call-tree.ts';

const call = (name: string, args: unknown[], source: string | null = null): Call => ({
  name,
  args,
  reader: name === 'trust' || name === 'rapport',
  source,
  compare: null,
  use: null,
});

describe('the call tree', () => {
  it('leads to the outcome recorded for the same calls and values, and nowhere for a new value', () => {
    const tree: CallTree<string> = {};
    const gain = call('gain', ['xu', 'ability', 2, 1], 'x.ink:3');
    record(
      tree,
      [
        { call: gain, value: undefined },
        { call: call('trust', ['xu']), value: 40 },
      ],
      'forty',
    );
    record(
      tree,
      [
        { call: gain, value: undefined },
        { call: call('trust', ['xu']), value: 41 },
      ],
      'forty-one',
    );
    const values = new Map<string, unknown>([
      ['gain', undefined],
      ['trust', 41],
    ]);
    expect(follow(tree, (c) => values.get(c.name))).toBe('forty-one');
    values.set('trust', 40);
    expect(follow(tree, (c) => values.get(c.name))).toBe('forty');
    values.set('trust', 42);
    expect(follow(tree, (c) => values.get(c.name))).toBeUndefined();
  });

  it('says whether a segment had an event, and what became of its business requests', () => {
    expect(effectsOf([{ call: call('trust', ['xu']), value: 40 }])).toEqual({ logged: false, asks: [] });
    expect(
      effectsOf([
        { call: call('gain', ['xu', 'ability', 2, 1], 'x.ink:3'), value: undefined },
        { call: call('business_ask', ['xu', 0.5], 'x.ink:9'), value: false },
        { call: call('business_ask', ['li', 0.5]), value: true },
      ]),
    ).toEqual({
      logged: true,
      asks: [
        { source: 'x.ink:9', who: 'xu', result: false },
        { source: '?', who: 'li', result: true },
      ],
    });
  });
});
