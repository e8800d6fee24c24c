// nextState (the story analyzer's applyEvent without the explanation records), the copy an event
// works on (only the counterparts it can change are copied), and the binding that uses them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, initialState, nextState, rules } from '../../../../src/core/model/index.ts';
import type { ModelState } from '../../../../src/core/model/index.ts';
import { RelationshipBinding } from '../../../../src/core/session/relationship.ts';
import { NEUTRAL, storyArb } from './helpers.ts';

const START_KEYS = Object.keys(rules.startState('x', 'X', NEUTRAL, 0));

describe('nextState', () => {
  it('gives the state and the business result applyEvent gives, to the last digit', () => {
    fc.assert(
      fc.property(storyArb, (events) => {
        let s = initialState();
        for (const e of events) {
          const explained = applyEvent(s, e);
          const quiet = nextState(s, e);
          expect(JSON.stringify(quiet.state)).toBe(JSON.stringify(explained.state));
          expect(quiet.result).toBe(explained.result);
          s = quiet.state;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never changes an earlier state, though the states share the counterparts an event leaves alone', () => {
    fc.assert(
      fc.property(storyArb, (events) => {
        const states: ModelState[] = [initialState()];
        const frozen = [JSON.stringify(states[0])];
        for (const e of events) {
          const next = nextState(states[states.length - 1]!, e).state;
          states.push(next);
          frozen.push(JSON.stringify(next));
        }
        // Only now, after every later event: each state is still what it was when it was made.
        expect(states.map((s) => JSON.stringify(s))).toEqual(frozen);
      }),
      { numRuns: 300 },
    );
  });

  it('copies only the counterpart the event is about, except for a meeting (its cooling reaches everyone)', () => {
    let s = nextState(initialState(), { kind: 'counterpart', who: 'x', name: 'X', profile: NEUTRAL }).state;
    s = nextState(s, { kind: 'counterpart', who: 'y', name: 'Y', profile: NEUTRAL }).state;
    const gained = nextState(s, { kind: 'gain', who: 'x', dimension: 'ability', size: 4, fit: 1 }).state;
    expect(gained.counterparts.x).not.toBe(s.counterparts.x);
    expect(gained.counterparts.y).toBe(s.counterparts.y);
    const met = nextState(gained, { kind: 'meeting', who: 'x', day: 30 }).state;
    expect(met.counterparts.x).not.toBe(gained.counterparts.x);
    expect(met.counterparts.y).not.toBe(gained.counterparts.y);
  });

  it('keeps every counterpart field, in the order a new counterpart has them', () => {
    fc.assert(
      fc.property(storyArb, (events) => {
        let s = initialState();
        for (const e of events) {
          s = applyEvent(s, e).state;
          for (const id of s.order) expect(Object.keys(s.counterparts[id]!)).toEqual(START_KEYS);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('a binding without explanations', () => {
  it('plays the same calls to the same state and results, and keeps no log', () => {
    const explained = new RelationshipBinding(() => 'x.ink:1');
    const quiet = new RelationshipBinding(() => 'x.ink:1', undefined, false);
    const calls: [string, unknown[]][] = [
      ['counterpart', ['wang', 'Wang', 0.8, 0.8, 0.8, 0.2, 0.6]],
      ['meeting', ['wang', 0]],
      ['gain', ['wang', 'benevolence', 8, 1.2]],
      ['business_ask', ['wang', 0.6]],
      ['meeting', ['wang', 30]],
      ['loss', ['wang', 'integrity', 6, 1]],
      ['business_ask', ['wang', 0.6]],
    ];
    for (const [name, args] of calls) expect(quiet.apply(name, args)).toBe(explained.apply(name, args));
    expect(JSON.stringify(quiet.state)).toBe(JSON.stringify(explained.state));
    expect(quiet.read('trust', ['wang'])).toBe(explained.read('trust', ['wang']));
    expect(explained.log.length).toBeGreaterThan(calls.length);
    expect(quiet.log).toEqual([]);
  });
});
