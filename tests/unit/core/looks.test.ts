/** How people look, as content (src/core/looks.ts): what stories/looks.json may say, and every mistake named. */
import { describe, expect, it } from 'vitest';
import { parseLooks } from '../../../src/core/looks.ts';

describe('parseLooks', () => {
  it('keeps the broad traits of each character, and leaves the note out of the look', () => {
    expect(
      parseLooks({
        wang: { note: 'lost-face: Wang Haitao, 51', age: 'middle', tone: 'light', hairStyle: 'side-part' },
        kerry: { longHair: true, glasses: 'rect' },
      }),
    ).toEqual({
      looks: {
        wang: { age: 'middle', tone: 'light', hairStyle: 'side-part' },
        kerry: { longHair: true, glasses: 'rect' },
      },
      problems: [],
    });
  });

  it('names each mistake and the fix, and keeps the characters without one', () => {
    const { looks, problems } = parseLooks({
      wang: { age: 'middle' },
      kerry: { hairStyle: 'pony', hat: 'cap' },
      'Zhou Min': { age: 'middle' },
      rohit: { longHair: 'no' },
    });
    expect(Object.keys(looks)).toEqual(['wang']);
    expect(problems).toEqual([
      expect.stringMatching(
        /"kerry": hairStyle must be one of crop, side-part, .*ponytail.*unknown trait "hat"/,
      ),
      expect.stringMatching(/"Zhou Min" is not a character id .*counterpart\("zhou min"/),
      'stories/looks.json: "rohit": longHair must be true or false',
    ]);
    expect(parseLooks([]).problems).toEqual([expect.stringMatching(/must be an object of character ids/)]);
  });
});
