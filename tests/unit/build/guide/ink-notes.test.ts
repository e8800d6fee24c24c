/**
 * What the facilitator's guide reads from the ink as written (build/guide/ink-notes.ts) and how it
 * words an ending's condition (conditions.ts).
 */
import { describe, expect, it } from 'vitest';
import { conditionWords } from '../../../../build/guide/conditions.ts';
import { choiceWords, readInkNotes } from '../../../../build/guide/ink-notes.ts';

const INK = `
CONST TRUSTED = 60
CONST LOW = 19
// Ana Lima, 50, owner. Warm.
// Profile: relationship-based.
//
// She remembers who stood by her.
// Ben Ode, 30, engineer.
=== function cast() ===
~ counterpart("ana", "Ana Lima", 0.8, 0.5, 0.6, 0.3, 0.7)
~ counterpart("ben", "Ben Ode", 0.3, 0.3, 0.4, 0.8, 0.3)

=== talk ===
Ana waits. # speaker: ana # discuss: What does she want?
// source: 000_x.txt "a quote"
* (first) {ready} [Ask her # coach: Asking.] she asks.
* [Wait # coach: Waiting.]
- -> verdict

=== verdict ===
~ temp sum = trust("ana") + rapport("ben")
{
  - trust("ana") >= TRUSTED and not (rapport("ben") < 30): -> ending_good
  - sum >= 4 * LOW || trust("ben") >= TRUSTED: -> ending_fair
  - else: -> ending_bad
}

=== ending_good ===
# ending: good
# ending_title: Good
# learn: 001: First point.
-> END
=== ending_fair ===
# ending: fair
-> END
=== ending_bad ===
# ending: bad
-> END
`;

describe('reading the ink as written', () => {
  const notes = readInkNotes(INK);
  const names = new Map(notes.counterparts.map((c) => [c.id, c.name]));

  it('finds the thresholds, the people with their profiles and notes, and the prompts', () => {
    expect(notes.constants).toEqual({ TRUSTED: 60, LOW: 19 });
    expect(notes.counterparts.map((c) => [c.id, c.name, c.profile, c.notes])).toEqual([
      [
        'ana',
        'Ana Lima',
        [0.8, 0.5, 0.6, 0.3, 0.7],
        ['Ana Lima, 50, owner. Warm. Profile: relationship-based.', 'She remembers who stood by her.'],
      ],
      ['ben', 'Ben Ode', [0.3, 0.3, 0.4, 0.8, 0.3], ['Ben Ode, 30, engineer.']],
    ]);
    expect(notes.prompts).toEqual([
      { line: 14, text: 'What does she want?', place: 'talk', nextChoice: 'Ask her' },
    ]);
    expect(notes.sources).toEqual([{ line: 15, file: '000_x.txt', quote: 'a quote', choice: 'Ask her' }]);
    expect(notes.conditionalChoices).toEqual(['Ask her']);
    expect(notes.endings).toEqual([
      { id: 'good', knot: 'ending_good', title: 'Good', learn: [{ seed: '001', text: 'First point.' }] },
      { id: 'fair', knot: 'ending_fair', title: 'fair', learn: [] },
      { id: 'bad', knot: 'ending_bad', title: 'bad', learn: [] },
    ]);
  });

  it('words every way to an ending, in the order the story checks them', () => {
    const words = notes.routes.map((r) => {
      const where: string[] = [];
      const text =
        r.condition &&
        conditionWords(r.condition, { constants: notes.constants, names, temps: r.temps }, where);
      return [r.ending, r.kind, r.order, text, where];
    });
    expect(words).toEqual([
      ['good', 'if', 0, "Ana Lima's Trust ≥ 60 and not (Ben Ode's Rapport < 30)", []],
      ['fair', 'if', 1, "sum ≥ 76 or Ben Ode's Trust ≥ 60", ["sum = Ana Lima's Trust + Ben Ode's Rapport"]],
      ['bad', 'else', 2, null, []],
    ]);
  });

  it('keeps an expression it cannot read as written, and a quotient inside a product as it is', () => {
    const ctx = { constants: { A: 2, B: 3 }, names: new Map<string, string>(), temps: {} };
    expect(conditionWords('x >= A * B', ctx)).toBe('x ≥ 6');
    expect(conditionWords('x / A * B > 1', ctx)).toBe('x ÷ 2 × 3 > 1');
    expect(conditionWords('LIST_COUNT(x) ? y', ctx)).toBe('LIST_COUNT(x) ? y');
  });

  it('reads a choice as the learner sees it', () => {
    expect(choiceWords('* [Ask her # coach: Asking.]')).toBe('Ask her');
    expect(choiceWords('+ + (label) {x > 1} Say [hello] there # coach: Hi.')).toBe('Say hello');
    expect(choiceWords('Plain text')).toBeNull();
  });
});
