/**
 * Every number the model uses, in one place, with the rule it belongs to.
 *
 * These are calibrations (scoring-model.md: "starting calibrations, not laws"): change them after
 * play-testing, then run the model's property tests — the invariants must still hold. Nothing but
 * constants lives here.
 */
import type { ViolationKind } from './types.ts';

/** R2: losses weigh λ times a gain of the same size (Slovic 1993). */
export const LOSS_AVERSION = 2;
/** R2: integrity breaches hurt a further ×1.25 (moral information dominates). */
export const INTEGRITY_FACTOR = 1.25;

/** R4: a gain adds this share of itself to goodwill. */
export const GOODWILL_SHARE = 0.25;
export const GOODWILL_CAP = 25;
/** R4: losses of at most this size (and not integrity) are minor: goodwill absorbs them first. */
export const MINOR_LOSS_MAX = 8;
/** R4: of a major or integrity loss, goodwill absorbs at most this share. */
export const MAJOR_BUFFER_SHARE = 0.25;

/**
 * R5: a face threat of weight W becomes a loss of size FACE_SCALE·W on Ta and P. 4 makes the
 * spec's worked example (W = 2.05, public ×1.8) cost 29.5 points of affective trust.
 */
export const FACE_SCALE = 4;
/** R5: full redress (hedged, private, agreed in advance) removes 90 % of the weight. */
export const REDRESS_EFFECT = 0.9;
/** R5: a face threat hits affective trust in full and the meeting's positivity at half that. */
export const FACE_POSITIVITY_SHARE = 0.5;
/** A face threat that still costs this many points of Ta after goodwill is a face incident. */
export const FACE_INCIDENT_MIN = 5;

/** R6: half-lives in days; Tc does not decay. Ta: 60 days (task-based) to 120 (relationship-based). */
export const HALF_LIFE_RAPPORT = 30;
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

/** Expression: one event costing this many shown points (Trust or Rapport) shuts the counterpart. */
export const SHOCK_DROP = 8;
