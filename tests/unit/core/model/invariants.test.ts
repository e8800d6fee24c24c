// The six invariants of scoring-model.md as fast-check properties over thousands of generated
// states and event sequences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  baseline,
  initialState,
  nextState,
  replay,
  rules,
  shownRapport,
} from '../../../../src/core/model/index.ts';
import type { Dimension, Meter, ModelState, RelationshipEvent } from '../../../../src/core/model/index.ts';
import {
  RUNS,
  cp,
  dimensionArb,
  fitArb,
  inRange,
  profileArb,
  sizeArb,
  stateArb,
  stateWith,
  storyArb,
  valuesArb,
} from './helpers.ts';

const ROUTE = rules.ROUTE;
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const apply = (s: ModelState, e: RelationshipEvent) => applyEvent(s, e).state;

describe('invariant 1: asymmetry', () => {
  it('with fit 1 and room on both sides, a loss of size m moves a value further than a gain of size m', () => {
    fc.assert(
      fc.property(
        valuesArb,
        profileArb,
        dimensionArb,
        sizeArb,
        unit,
        (values, profile, dimension, size, u) => {
          // Room on both sides needs a loss that fits on the 0–100 scale.
          fc.pre(rules.lossAmount(size, 1, dimension === 'integrity') < 99);
          const meter = ROUTE[dimension];
          // Room on both sides: the full loss fits below x, and x is not at the ceiling.
          const floor = rules.lossAmount(size, 1, dimension === 'integrity');
          const x = floor + u * (99.9 - floor);
          const s = stateWith({ ...values, [meter]: x, G: 0 }, profile);
          const up = cp(apply(s, { kind: 'gain', who: 'x', dimension, size, fit: 1 }))[meter] - x;
          const down = x - cp(apply(s, { kind: 'loss', who: 'x', dimension, size, fit: 1 }))[meter];
          expect(up).toBeGreaterThan(0);
          expect(down).toBeGreaterThan(up);
        },
      ),
      RUNS,
    );
  });
});

describe('invariant 2: goodwill covers small conflicts only', () => {
  const minorDimension = dimensionArb.filter((d) => d !== 'integrity');
  it('with G ≥ m, m ≤ 8, not integrity: the value is unchanged and G falls by m', () => {
    fc.assert(
      fc.property(
        valuesArb,
        profileArb,
        minorDimension,
        fc.double({ min: 1, max: 8, noNaN: true }),
        fitArb,
        unit,
        (values, profile, dimension, size, fit, extra) => {
          const G = size + extra * (25 - size);
          const s = stateWith({ ...values, G }, profile);
          const next = cp(apply(s, { kind: 'loss', who: 'x', dimension, size, fit }));
          expect(next[ROUTE[dimension]]).toBe(cp(s)[ROUTE[dimension]]);
          expect(next.G).toBeCloseTo(G - size, 9);
        },
      ),
      RUNS,
    );
  });
  it('an integrity loss still costs at least 75 % of its unbuffered size', () => {
    fc.assert(
      fc.property(valuesArb, profileArb, sizeArb, fitArb, (values, profile, size, fit) => {
        const s = stateWith(values, profile);
        const unbuffered = rules.lossAmount(size, fit, true);
        const before = cp(s).Tc;
        const cost = before - cp(apply(s, { kind: 'loss', who: 'x', dimension: 'integrity', size, fit })).Tc;
        expect(cost).toBeGreaterThanOrEqual(Math.min(before, 0.75 * unbuffered) - 1e-9);
      }),
      RUNS,
    );
  });
});

describe('invariant 3: decay', () => {
  it('without contact, |X − X0| never grows and never overshoots X0; Tc is unchanged', () => {
    fc.assert(
      fc.property(stateArb, fc.double({ min: 0, max: 2000, noNaN: true }), (s, days) => {
        // Time passes for x while the learner meets y.
        const before = cp(s);
        const after = cp(apply(s, { kind: 'meeting', who: 'y', day: s.day + days }));
        for (const m of ['Ta', 'A', 'P', 'C'] as Meter[]) {
          const x0 = baseline(before.profile, m);
          expect(Math.abs(after[m] - x0)).toBeLessThanOrEqual(Math.abs(before[m] - x0) + 1e-9);
          expect((after[m] - x0) * (before[m] - x0)).toBeGreaterThanOrEqual(0);
        }
        expect(after.G).toBeLessThanOrEqual(before.G);
        expect(after.G).toBeGreaterThanOrEqual(0);
        expect(after.Tc).toBe(before.Tc);
      }),
      RUNS,
    );
  });
});

describe('invariant 4: face', () => {
  const threatArb = fc.record({ imposition: unit, powerGap: unit, redress: unit });
  /** Points of Ta and P a face threat costs. */
  const cost = (
    s: ModelState,
    t: { imposition: number; powerGap: number; redress: number; inPublic: boolean },
  ) => {
    const after = cp(apply(s, { kind: 'face_threat', who: 'x', ...t }));
    return cp(s).Ta - after.Ta + cp(s).P - after.P;
  };
  it('a public threat costs at least as much as the same private one', () => {
    fc.assert(
      fc.property(stateArb, threatArb, (s, t) => {
        expect(cost(s, { ...t, inPublic: true })).toBeGreaterThanOrEqual(
          cost(s, { ...t, inPublic: false }) - 1e-9,
        );
      }),
      RUNS,
    );
  });
  it('the cost rises with imposition, power gap and power distance', () => {
    fc.assert(
      fc.property(
        valuesArb,
        profileArb,
        threatArb,
        fc.boolean(),
        unit,
        unit,
        (values, profile, t, inPublic, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const s = stateWith(values, profile);
          const base = { ...t, inPublic };
          expect(cost(s, { ...base, imposition: hi })).toBeGreaterThanOrEqual(
            cost(s, { ...base, imposition: lo }) - 1e-9,
          );
          expect(cost(s, { ...base, powerGap: hi })).toBeGreaterThanOrEqual(
            cost(s, { ...base, powerGap: lo }) - 1e-9,
          );
          const pd = (powerDistance: number) => stateWith(values, { ...profile, powerDistance });
          expect(cost(pd(hi), base)).toBeGreaterThanOrEqual(cost(pd(lo), base) - 1e-9);
        },
      ),
      RUNS,
    );
  });
});

describe('invariant 5: stage shift', () => {
  it('the same positivity event raises Rapport more at meeting 0 than at meeting 8', () => {
    fc.assert(
      fc.property(valuesArb, profileArb, sizeArb, fitArb, (values, profile, size, fit) => {
        const rise = (meetings: number) => {
          const s = stateWith({ ...values, P: Math.min(values.P, 99), meetings }, profile);
          return (
            shownRapport(cp(apply(s, { kind: 'gain', who: 'x', dimension: 'positivity', size, fit }))) -
            shownRapport(cp(s))
          );
        };
        expect(rise(0)).toBeGreaterThan(rise(8));
      }),
      RUNS,
    );
  });
});

describe('invariant 6: bounded, deterministic, repair capped', () => {
  it('every value stays in range after every event of any story', () => {
    fc.assert(
      fc.property(storyArb, (events) => {
        let s = initialState();
        for (const e of events) {
          s = apply(s, e);
          for (const id of s.order) expect(inRange(cp(s, id))).toBe(true);
        }
      }),
      RUNS,
    );
  });
  it('replaying an event log gives identical state and records', () => {
    fc.assert(
      fc.property(storyArb, (events) => {
        const log = events.map((event, i) => ({ event, meta: { source: `knot.${i}` } }));
        const a = replay(log);
        const b = replay(JSON.parse(JSON.stringify(log)) as typeof log);
        expect(b.state).toEqual(a.state);
        expect(b.records).toEqual(a.records);
        expect(JSON.parse(JSON.stringify(a.state))).toEqual(a.state);
      }),
      RUNS,
    );
  });
  it('repair never exceeds the value before the violation', () => {
    fc.assert(
      fc.property(storyArb, fc.constantFrom('apology' as const, 'denial' as const), (events, how) => {
        let s = initialState();
        for (const e of events) s = apply(s, e);
        const c = cp(s);
        const v = c.lastViolation;
        const repaired = cp(apply(s, { kind: how, who: 'x' }));
        for (const m of ['Tc', 'Ta', 'A', 'P', 'C'] as Meter[]) {
          const cap = Math.max(c[m], v?.before[m] ?? c[m]);
          expect(repaired[m]).toBeLessThanOrEqual(cap + 1e-9);
          expect(repaired[m]).toBeGreaterThanOrEqual(c[m]);
        }
      }),
      RUNS,
    );
  });
  it('an apology repairs a competence breach more than an integrity breach', () => {
    fc.assert(
      fc.property(valuesArb, profileArb, sizeArb, fitArb, (values, profile, size, fit) => {
        const s = stateWith({ ...values, Tc: Math.max(1, values.Tc), G: 0 }, profile);
        const restored = (dimension: Dimension) => {
          const hurt = apply(s, { kind: 'loss', who: 'x', dimension, size, fit });
          return cp(apply(hurt, { kind: 'apology', who: 'x' })).Tc - cp(hurt).Tc;
        };
        expect(restored('ability')).toBeGreaterThan(restored('integrity'));
      }),
      RUNS,
    );
  });
});

describe('purity', () => {
  it('applyEvent never mutates its input', () => {
    fc.assert(
      fc.property(storyArb, (events) => {
        let s = initialState();
        for (const e of events) {
          const frozen = JSON.stringify(s);
          const eventCopy = JSON.stringify(e);
          const next = apply(s, e);
          expect(JSON.stringify(s)).toBe(frozen);
          expect(JSON.stringify(e)).toBe(eventCopy);
          s = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  // States share what an event does not change (counterparts, the order): a later event must never
  // write into a state made before, however far back. Every state is frozen as it is made.
  it('applyEvent and nextState never change any state made before', () => {
    const frozen = <T>(v: T): T => {
      if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
        for (const x of Object.values(v)) frozen(x);
        Object.freeze(v);
      }
      return v;
    };
    fc.assert(
      fc.property(storyArb, (events) => {
        const made: [ModelState, string][] = [];
        let a = frozen(initialState());
        let b = a;
        for (const e of events) {
          made.push([a, JSON.stringify(a)], [b, JSON.stringify(b)]);
          a = frozen(apply(a, e));
          b = frozen(nextState(b, e).state);
          expect(b).toEqual(a);
        }
        for (const [s, json] of made) expect(JSON.stringify(s)).toBe(json);
      }),
      { numRuns: 300 },
    );
  });
});
