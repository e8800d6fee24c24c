/**
 * Readouts of a counterpart's state: shown Trust and Rapport, the relationship index, the
 * scenario score, the visible expression, and the baselines the rules decay and reset to.
 *
 * Pure functions of the state; they never change it and never read anything else.
 */
import { START_RAPPORT, START_TA, START_TC, START_TC_PER_ORIENTATION } from './calibration.ts';
import type { CounterpartState, CultureProfile, Expression, Meter, ModelState } from './types.ts';

/** R8: the value each meter starts from (and decays back to, R6; a handover resets to, R7). */
export function baseline(profile: CultureProfile, meter: Meter): number {
  if (meter === 'Tc') return START_TC - START_TC_PER_ORIENTATION * profile.relationshipOrientation;
  if (meter === 'Ta') return START_TA;
  return START_RAPPORT;
}

/** How much affective trust weighs in shown Trust: 0.3 (task-based) … 0.7 (relationship-based). */
export function affectiveWeight(profile: CultureProfile): number {
  return 0.3 + 0.4 * profile.relationshipOrientation;
}

type TrustParts = Pick<CounterpartState, 'Tc' | 'Ta' | 'profile'>;
type RapportParts = Pick<CounterpartState, 'A' | 'P' | 'C' | 'meetings'>;

/** Shown Trust = wa·Ta + (1 − wa)·Tc (McAllister 1995; Meyer's trusting scale). */
export function shownTrust(cp: TrustParts): number {
  const wa = affectiveWeight(cp.profile);
  return wa * cp.Ta + (1 - wa) * cp.Tc;
}

/** The meeting-stage weights of rapport: positivity matters early, coordination later. */
export function rapportWeights(meetings: number): { A: number; P: number; C: number } {
  const s = Math.min(1, Math.max(0, meetings) / 6);
  return { A: 0.4, P: 0.35 - 0.25 * s, C: 0.25 + 0.25 * s };
}

/** Shown Rapport = 0.40·A + wP·P + wC·C (Tickle-Degnen & Rosenthal 1990). */
export function shownRapport(cp: RapportParts): number {
  const w = rapportWeights(cp.meetings);
  return w.A * cp.A + w.P * cp.P + w.C * cp.C;
}

/** RI = (Trust + Rapport) / 2. */
export function relationshipIndex(cp: CounterpartState): number {
  return (shownTrust(cp) + shownRapport(cp)) / 2;
}

/**
 * The scenario's score: the final relationship index averaged over all declared counterparts
 * (each relationship counts the same, however many lines the story gives it). 0 when the story
 * declared nobody.
 */
export function scenarioScore(state: ModelState): number {
  if (state.order.length === 0) return 0;
  let sum = 0;
  for (const id of state.order) sum += relationshipIndex(state.counterparts[id]!);
  return sum / state.order.length;
}

export interface ScenarioReport {
  score: number;
  faceIncidents: number;
  repairs: number;
  /** Points restored by repairs as a share of the points the repaired violations cost; null if none. */
  repairQuality: number | null;
}

/** The score with what the spec reports beside it: face incidents and repair quality. */
export function scenarioReport(state: ModelState): ScenarioReport {
  let faceIncidents = 0;
  let repairs = 0;
  let lost = 0;
  let restored = 0;
  for (const id of state.order) {
    const cp = state.counterparts[id]!;
    faceIncidents += cp.faceIncidents;
    repairs += cp.repair.attempts;
    lost += cp.repair.lost;
    restored += cp.repair.restored;
  }
  return {
    score: scenarioScore(state),
    faceIncidents,
    repairs,
    repairQuality: lost > 0 ? restored / lost : null,
  };
}

/** Shown Trust of a fresh counterpart with this profile. */
export function startTrust(profile: CultureProfile): number {
  return shownTrust({ profile, Tc: baseline(profile, 'Tc'), Ta: baseline(profile, 'Ta') });
}

/**
 * The counterpart's visible expression, derived from the state:
 * - `closed`: an event in the current meeting cost ≥ 8 shown points at once, or was a face
 *   incident, and has not been repaired;
 * - `uneasy`: Trust has fallen more than 5 points below where it started, or Rapport below 25;
 * - `pleased`: Rapport ≥ 55 and Trust at least 10 points above where it started;
 * - `neutral` otherwise.
 */
export function expression(cp: CounterpartState): Expression {
  if (cp.shockMeeting !== null && cp.shockMeeting === cp.meetings) return 'closed';
  const trust = shownTrust(cp);
  const rapport = shownRapport(cp);
  const start = startTrust(cp.profile);
  if (trust < start - 5 || rapport < 25) return 'uneasy';
  if (rapport >= 55 && trust >= start + 10) return 'pleased';
  return 'neutral';
}
