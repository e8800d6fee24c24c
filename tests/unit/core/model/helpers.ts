// Shared builders and fast-check arbitraries for the relationship model's tests.
import fc from 'fast-check';
import { applyEvent, initialState } from '../../../../src/core/model/index.ts';
import type {
  CounterpartState,
  CultureProfile,
  Dimension,
  ModelState,
  RelationshipEvent,
} from '../../../../src/core/model/index.ts';
import { DIMENSIONS } from '../../../../src/core/model/index.ts';

export const NEUTRAL: CultureProfile = {
  relationshipOrientation: 0.5,
  powerDistance: 0.5,
  collectivism: 0.5,
  directness: 0.5,
  flexibility: 0.5,
};

/** The spec's worked-example counterpart (000): a Chinese team leader. */
export const LI_WEI: CultureProfile = {
  relationshipOrientation: 0.8,
  powerDistance: 0.8,
  collectivism: 0.8,
  directness: 0.2,
  flexibility: 0.6,
};

/** A state with one declared counterpart `x` (and optionally `y`), values overridden as given. */
export function stateWith(
  values: Partial<CounterpartState> = {},
  profile: CultureProfile = NEUTRAL,
  withY = false,
): ModelState {
  let s = applyEvent(initialState(), { kind: 'counterpart', who: 'x', name: 'X', profile }).state;
  if (withY) s = applyEvent(s, { kind: 'counterpart', who: 'y', name: 'Y', profile: NEUTRAL }).state;
  Object.assign(s.counterparts.x!, values);
  return s;
}

export const cp = (s: ModelState, who = 'x') => s.counterparts[who]!;

const unit = () => fc.double({ min: 0, max: 1, noNaN: true });
const pct = () => fc.double({ min: 0, max: 100, noNaN: true });

export const profileArb: fc.Arbitrary<CultureProfile> = fc.record({
  relationshipOrientation: unit(),
  powerDistance: unit(),
  collectivism: unit(),
  directness: unit(),
  flexibility: unit(),
});

/** Any reachable-looking counterpart values. */
export const valuesArb = fc.record({
  Tc: pct(),
  Ta: pct(),
  A: pct(),
  P: pct(),
  C: pct(),
  G: fc.double({ min: 0, max: 25, noNaN: true }),
  meetings: fc.nat({ max: 12 }),
});

export const dimensionArb: fc.Arbitrary<Dimension> = fc.constantFrom(...DIMENSIONS);
export const sizeArb = fc.double({ min: 1, max: 20, noNaN: true });
export const fitArb = fc.double({ min: 0.5, max: 1.5, noNaN: true });

/** A random state with counterpart `x` (random profile and values) and a neutral `y`. */
export const stateArb: fc.Arbitrary<ModelState> = fc
  .tuple(profileArb, valuesArb)
  .map(([profile, values]) => stateWith(values, profile, true));

const whoArb = fc.constantFrom('x', 'y');

/** One step of a story after the cast is declared; meetings carry days elapsed, not a date. */
export type Step = { event: RelationshipEvent } | { meetingAfter: number; who: string };

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ meetingAfter: fc.nat({ max: 60 }), who: whoArb }),
  fc.record({
    event: fc.record({
      kind: fc.constant('gain' as const),
      who: whoArb,
      dimension: dimensionArb,
      size: sizeArb,
      fit: fitArb,
    }),
  }),
  fc.record({
    event: fc.record({
      kind: fc.constant('loss' as const),
      who: whoArb,
      dimension: dimensionArb,
      size: sizeArb,
      fit: fitArb,
    }),
  }),
  fc.record({
    event: fc.record({
      kind: fc.constant('face_threat' as const),
      who: whoArb,
      imposition: unit(),
      powerGap: unit(),
      inPublic: fc.boolean(),
      redress: unit(),
    }),
  }),
  fc.record({
    event: fc.record({ kind: fc.constant('business_ask' as const), who: whoArb, imposition: unit() }),
  }),
  fc.record({
    event: fc.record({
      kind: fc.constantFrom('handover' as const, 'apology' as const, 'denial' as const),
      who: whoArb,
    }),
  }),
);

/** A whole story's events: both counterparts declared, then the steps with meeting days resolved. */
export const storyArb: fc.Arbitrary<RelationshipEvent[]> = fc
  .tuple(profileArb, profileArb, fc.array(stepArb, { maxLength: 30 }))
  .map(([px, py, steps]) => {
    const events: RelationshipEvent[] = [
      { kind: 'counterpart', who: 'x', name: 'X', profile: px },
      { kind: 'counterpart', who: 'y', name: 'Y', profile: py },
    ];
    let day = 0;
    for (const step of steps) {
      if ('event' in step) events.push(step.event);
      else {
        day += step.meetingAfter;
        events.push({ kind: 'meeting', who: step.who, day });
      }
    }
    return events;
  });

/** Every number of a counterpart is in its range. */
export function inRange(c: CounterpartState): boolean {
  const meters = [c.Tc, c.Ta, c.A, c.P, c.C].every((v) => Number.isFinite(v) && v >= 0 && v <= 100);
  return meters && c.G >= 0 && c.G <= 25 && c.meetings >= 0 && c.faceIncidents >= 0;
}

export const RUNS = { numRuns: 1000 };
