/**
 * The rules R1–R10 of scoring-model.md as small pure functions on numbers and on a working copy
 * of one counterpart's state.
 *
 * The functions that take a `CounterpartState` change that object: callers (apply.ts) pass a copy,
 * never the state they were given. Nothing here reads the clock, randomness or anything outside
 * its arguments.
 */
import * as cal from './calibration.ts';
import { baseline } from './meters.ts';
import type { CounterpartState, CultureProfile, Dimension, Meter, ViolationKind } from './types.ts';
import { METERS } from './types.ts';

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** R3: which meter a dimension moves (Mayer, Davis & Schoorman 1995; Tickle-Degnen & Rosenthal 1990). */
export const ROUTE: Record<Dimension, Meter> = {
  ability: 'Tc',
  integrity: 'Tc',
  benevolence: 'Ta',
  attentiveness: 'A',
  positivity: 'P',
  coordination: 'C',
};

/** R10: the kind of trust violation a loss on a dimension is (rapport losses are not violations). */
export const VIOLATION: Partial<Record<Dimension, ViolationKind>> = {
  ability: 'competence',
  integrity: 'integrity',
  benevolence: 'benevolence',
};

/** R1: the share of a gain a meter at `x` still takes: 1 − (x/100)², 1 for a stranger, 0 at 100. */
export function room(x: number): number {
  return 1 - Math.pow(clamp(x, 0, 100) / 100, cal.SATURATION_POWER);
}

/** R1: a gain of size m saturates late: X += k·m·fit·(1 − (X/100)²), k = EVENT_SCALE. Returns the new value. */
export function saturatingGain(x: number, size: number, fit: number): number {
  return clamp(x + cal.EVENT_SCALE * size * fit * room(x), 0, 100);
}

/** R2: how far a loss of size m moves a value before clamping: λ·k·m·(2 − fit), ×1.25 for integrity. */
export function lossAmount(size: number, fit: number, integrity: boolean): number {
  return cal.LOSS_AVERSION * cal.EVENT_SCALE * size * (2 - fit) * (integrity ? cal.INTEGRITY_FACTOR : 1);
}

/**
 * R4: how much of a loss's size goodwill absorbs. Minor losses (m ≤ 8, not integrity) are taken
 * from goodwill first; of a major or integrity loss goodwill takes at most a quarter.
 */
export function goodwillAbsorbs(goodwill: number, size: number, integrity: boolean): number {
  const minor = size <= cal.MINOR_LOSS_MAX && !integrity;
  return Math.max(0, Math.min(goodwill, minor ? size : cal.MAJOR_BUFFER_SHARE * size));
}

/** R4: goodwill after a gain that moved a meter by `gained` points. */
export function goodwillAfterGain(goodwill: number, gained: number): number {
  return clamp(goodwill + cal.GOODWILL_SHARE * gained, 0, cal.GOODWILL_CAP);
}

/**
 * R5: the face-threat weight (Brown & Levinson's W = D + P + R): distance (1 − Rapport/100),
 * power (powerGap·powerDistance) and imposition; in public ×(1 + collectivism); redress removes
 * up to 90 % of it.
 */
export function faceWeight(
  rapport: number,
  profile: CultureProfile,
  t: { imposition: number; powerGap: number; inPublic: boolean; redress: number },
): number {
  const w = 1 - clamp(rapport, 0, 100) / 100 + t.powerGap * profile.powerDistance + t.imposition;
  const setting = t.inPublic ? 1 + profile.collectivism : 1;
  return w * setting * (1 - cal.REDRESS_EFFECT * t.redress);
}

/** R5: the loss size (before goodwill) a face threat of weight W amounts to. */
export function faceSize(weight: number): number {
  return cal.FACE_SCALE * weight;
}

/** R6: Ta's half-life, 60 days for a task-based counterpart up to 120 for a relationship-based one. */
export function affectiveHalfLife(profile: CultureProfile): number {
  return (
    cal.HALF_LIFE_TA_MIN + (cal.HALF_LIFE_TA_MAX - cal.HALF_LIFE_TA_MIN) * profile.relationshipOrientation
  );
}

/**
 * R6: the share of its distance from the start X0 that a value keeps `days` after the last contact:
 * f(d) = keep + (1 − keep)·2^(−d/h). The value settles at X0 + keep·(X − X0) — a built
 * relationship's floor — instead of falling back to X0; keep 0 is plain exponential decay.
 */
export function retained(days: number, halfLife: number, keep: number): number {
  return keep + (1 - keep) * Math.pow(2, -Math.max(0, days) / halfLife);
}

/**
 * R6: X as the clock moves from `from` to `to` days after the last contact:
 * X0 + (X − X0)·f(to)/f(from). Taking the ratio makes any split of a gap give the same value as
 * the whole gap (the story's clock moves in steps, one per meeting with anyone). A value below X0
 * (a damaged relationship) recovers toward X0 with no floor. Never overshoots X0.
 */
export function decayToward(
  x: number,
  x0: number,
  from: number,
  to: number,
  halfLife: number,
  keep = 0,
): number {
  if (to <= from) return x;
  const k = x > x0 ? clamp(keep, 0, 1) : 0;
  return x0 + ((x - x0) * retained(to, halfLife, k)) / retained(from, halfLife, k);
}

/** R6: the share of what was built above the start that a relationship keeps without contact. */
export function keepShare(cp: Pick<CounterpartState, 'meetings'>): number {
  return clamp(cal.KEEP_PER_MEETING * cp.meetings, 0, cal.KEEP_MAX);
}

/**
 * R6: a counterpart while the story's clock moves from day `fromDay` to `toDay` (changes `cp`).
 * Tc does not decay; goodwill halves every 180 days with no floor.
 */
export function decay(cp: CounterpartState, fromDay: number, toDay: number): void {
  if (toDay <= fromDay) return;
  const from = Math.max(0, fromDay - cp.lastContactDay);
  const to = Math.max(from, toDay - cp.lastContactDay);
  const keep = keepShare(cp);
  cp.Ta = decayToward(cp.Ta, baseline(cp.profile, 'Ta'), from, to, affectiveHalfLife(cp.profile), keep);
  for (const m of ['A', 'P', 'C'] as const)
    cp[m] = decayToward(cp[m], baseline(cp.profile, m), from, to, cal.HALF_LIFE_RAPPORT, keep);
  cp.G = cp.G * Math.pow(2, -(toDay - fromDay) / cal.HALF_LIFE_GOODWILL);
}

/** R7: a new face on the account (changes `cp`). */
export function handover(cp: CounterpartState): void {
  for (const m of ['Ta', 'A', 'P', 'C'] as const) cp[m] = baseline(cp.profile, m);
  cp.Tc = cal.HANDOVER_KEEP_TC * cp.Tc;
  cp.G = cal.HANDOVER_KEEP_GOODWILL * cp.G;
  cp.meetings = 0;
  cp.lastViolation = null;
  cp.shockMeeting = null;
}

/** R8: a newly declared counterpart. */
export function startState(id: string, name: string, profile: CultureProfile, day: number): CounterpartState {
  const cp = { id, name, profile: { ...profile } } as CounterpartState;
  for (const m of METERS) cp[m] = baseline(profile, m);
  return Object.assign(cp, {
    G: 0,
    meetings: 0,
    lastContactDay: day,
    lastViolation: null,
    shockMeeting: null,
    faceIncidents: 0,
    repair: { attempts: 0, lost: 0, restored: 0 },
  });
}

/** R9: the affective trust a business ask needs. */
export function businessThreshold(profile: CultureProfile): number {
  return cal.GATE_BASE + cal.GATE_PER_ORIENTATION * profile.relationshipOrientation;
}

/**
 * R2 + R4 on several meters at once (a face threat hits Ta and P): goodwill absorbs part of the
 * size once, the rest becomes a loss on each meter, scaled by that meter's share (default 1).
 * Returns the points each meter lost and the goodwill used (changes `cp`).
 */
export function takeLoss(
  cp: CounterpartState,
  meters: readonly Meter[],
  size: number,
  fit: number,
  integrity: boolean,
  shares: Partial<Record<Meter, number>> = {},
): { lost: Partial<Record<Meter, number>>; absorbed: number } {
  const absorbed = goodwillAbsorbs(cp.G, size, integrity);
  cp.G = clamp(cp.G - absorbed, 0, cal.GOODWILL_CAP);
  const amount = lossAmount(size - absorbed, fit, integrity);
  const lost: Partial<Record<Meter, number>> = {};
  for (const m of meters) {
    const after = clamp(cp[m] - amount * (shares[m] ?? 1), 0, 100);
    lost[m] = cp[m] - after;
    cp[m] = after;
  }
  return { lost, absorbed };
}

/** R10: remember a violation for repair; several of the same kind in one meeting add up. */
export function recordViolation(
  cp: CounterpartState,
  kind: ViolationKind,
  before: Partial<Record<Meter, number>>,
  lost: Partial<Record<Meter, number>>,
): void {
  if (!Object.values(lost).some((v) => (v ?? 0) > 0)) return;
  const prev = cp.lastViolation;
  if (prev && prev.kind === kind && prev.meeting === cp.meetings) {
    // A new violation, not the old one changed: states share their violations (apply.ts).
    const sum = { ...prev, before: { ...prev.before }, lost: { ...prev.lost } };
    for (const m of METERS) {
      if (lost[m] === undefined) continue;
      sum.before[m] ??= before[m];
      sum.lost[m] = (sum.lost[m] ?? 0) + lost[m];
    }
    cp.lastViolation = sum;
    return;
  }
  cp.lastViolation = { kind, meeting: cp.meetings, before: { ...before }, lost: { ...lost } };
}

/**
 * R10: an apology or a denial restores a share of the last violation's loss, within two meetings,
 * never above the value before it. Returns what happened (changes `cp`).
 */
export function repair(
  cp: CounterpartState,
  how: 'apology' | 'denial',
): { kind: ViolationKind | null; share: number; lost: number; restored: number; reason?: 'none' | 'late' } {
  const v = cp.lastViolation;
  if (!v) return { kind: null, share: 0, lost: 0, restored: 0, reason: 'none' };
  if (cp.meetings - v.meeting > cal.REPAIR_WINDOW)
    return { kind: v.kind, share: 0, lost: 0, restored: 0, reason: 'late' };
  const share = (how === 'apology' ? cal.APOLOGY_RESTORES : cal.DENIAL_RESTORES)[v.kind];
  let lost = 0;
  let restored = 0;
  for (const m of METERS) {
    const l = v.lost[m];
    const cap = v.before[m];
    if (l === undefined || cap === undefined) continue;
    const after = Math.max(cp[m], Math.min(cap, cp[m] + share * l));
    lost += l;
    restored += after - cp[m];
    cp[m] = after;
  }
  cp.lastViolation = null;
  return { kind: v.kind, share, lost, restored };
}
