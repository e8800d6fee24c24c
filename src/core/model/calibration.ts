/**
 * Every number the model uses, in one place, with the rule it belongs to.
 *
 * These are calibrations (scoring-model.md: "starting calibrations, not laws"): change them after
 * play-testing, then run the model's property tests — the invariants must still hold. Nothing but
 * constants lives here.
 */
import type { ViolationKind } from './types.ts';

/**
 * R1/R2: one unit of an act's `size` moves a meter by this many points (at fit 1, before
 * saturation). The first calibration moved a meter by one point per unit, so a whole scenario of
 * good choices lifted a counterpart's Rapport by 4–6 points: too little for a learner to see what
 * a choice did. At 2.5 a thoughtful act (size 4–7) moves its meter 10–17 points, a major one
 * (8–12) 20–30, so a relationship visibly grows over a scenario's meetings — and breaks.
 */
export const EVENT_SCALE = 2.5;
/**
 * R1: gains saturate as (1 − (X/100)^SATURATION_POWER): with power 2 a meter at 30 still takes
 * 91 % of a gain, at 50 75 %, at 70 51 %, at 90 19 %. The first calibration's (100 − X)/100 took
 * half of every gain away by 50 — before a relationship was deep.
 */
export const SATURATION_POWER = 2;
/** R2: losses weigh λ times a gain of the same size (Slovic 1993). */
export const LOSS_AVERSION = 2;
/** R2: integrity breaches hurt a further ×1.25 (moral information dominates). */
export const INTEGRITY_FACTOR = 1.25;

/**
 * R4: a gain adds this share of the points it moved to goodwill (goodwill is counted in units of
 * an act's size, each worth EVENT_SCALE·λ points of a minor loss, so a small share is a real
 * buffer: five thoughtful acts bank enough to absorb one minor slip).
 */
export const GOODWILL_SHARE = 0.1;
export const GOODWILL_CAP = 25;
/** R4: losses of at most this size (and not integrity) are minor: goodwill absorbs them first. */
export const MINOR_LOSS_MAX = 8;
/** R4: of a major or integrity loss, goodwill absorbs at most this share. */
export const MAJOR_BUFFER_SHARE = 0.25;

/**
 * R5: a face threat of weight W becomes a loss of size FACE_SCALE·W on Ta and P. 2.5 makes the
 * spec's worked example (W = 2.05, public ×1.8: size 9.2, a major loss) cost about 46 points of
 * affective trust with no goodwill and 35 with a full buffer; raised privately and agreed in
 * advance (size 0.5) it costs 2.6, which goodwill of 0.5 absorbs.
 */
export const FACE_SCALE = 2.5;
/** R5: full redress (hedged, private, agreed in advance) removes 90 % of the weight. */
export const REDRESS_EFFECT = 0.9;
/** R5: a face threat hits affective trust in full and the meeting's positivity at half that. */
export const FACE_POSITIVITY_SHARE = 0.5;
/** A face threat that still costs this many points of Ta after goodwill is a face incident. */
export const FACE_INCIDENT_MIN = 8;

/** R6: half-lives in days; Tc does not decay. Ta: 60 days (task-based) to 120 (relationship-based). */
export const HALF_LIFE_RAPPORT = 30;
/**
 * R6: what a relationship keeps. Without contact, rapport and affective trust fall back toward a
 * floor, not to a stranger's level: the floor keeps KEEP_PER_MEETING of what was built above the
 * start for every meeting so far, at most KEEP_MAX (from the fifth meeting on). One meeting keeps
 * 15 %, three keep 45 %, however long the gap. Seed 000: consistent contact keeps a relationship,
 * and affective trust needs interaction (McAllister 1995) — but what has been built does not fall
 * back to strangers in a month. A handover (R7) resets the meetings, and so the floor.
 */
export const KEEP_PER_MEETING = 0.15;
export const KEEP_MAX = 0.75;
export const HALF_LIFE_TA_MIN = 60;
export const HALF_LIFE_TA_MAX = 120;
export const HALF_LIFE_GOODWILL = 180;

/** R7: what a new face on the account keeps. */
export const HANDOVER_KEEP_TC = 0.8;
export const HANDOVER_KEEP_GOODWILL = 0.5;

/** R8: start values (swift trust). Tc0 = 40 − 10·relationshipOrientation. */
export const START_TC = 40;
export const START_TC_PER_ORIENTATION = 10;
export const START_TA = 10;
export const START_RAPPORT = 30;

/** R9: a business ask succeeds when Ta ≥ 15 + 35·relationshipOrientation. */
export const GATE_BASE = 15;
export const GATE_PER_ORIENTATION = 35;

/** R10: repair works within this many meetings of the violation. */
export const REPAIR_WINDOW = 2;
/** R10: share of the loss an apology / a denial (when innocent) restores, by violation kind. */
export const APOLOGY_RESTORES: Record<ViolationKind, number> = {
  competence: 0.5,
  integrity: 0.15,
  benevolence: 0.35,
};
export const DENIAL_RESTORES: Record<ViolationKind, number> = {
  competence: 0.1,
  integrity: 0.3,
  benevolence: 0,
};

/** Expression: one event costing this many shown points (Trust or Rapport) shuts the counterpart
 * (12: a major lapse or a face incident, not every slip, now that a slip moves a meter 10 points). */
export const SHOCK_DROP = 12;
