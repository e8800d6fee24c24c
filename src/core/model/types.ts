/**
 * The relationship model's data: culture profiles, per-counterpart state, the events authors
 * write in ink, and the explanation record each event yields.
 *
 * Everything here is a plain, JSON-serialisable object (no classes, no functions, no Dates), so a
 * state or a log can be saved, diffed and replayed. Never put view or storage concerns here.
 */

/** A counterpart's culture profile, each 0..1 (see scoring-model.md, "State"). */
export interface CultureProfile {
  /** 0 task-based trust … 1 relationship-based trust (Meyer, "trusting"). */
  relationshipOrientation: number;
  powerDistance: number;
  /** 1 − individualism. */
  collectivism: number;
  /** 0 high-context … 1 low-context. */
  directness: number;
  /** 0 universalist rules … 1 particularist relationships. */
  flexibility: number;
}

/** The five relationship values on 0..100: cognitive/affective trust and the three rapport parts. */
export type Meter = 'Tc' | 'Ta' | 'A' | 'P' | 'C';
export const METERS: readonly Meter[] = ['Tc', 'Ta', 'A', 'P', 'C'];

/** What an author says the learner's act was about (R3 routes each to a meter). */
export type Dimension =
  'ability' | 'integrity' | 'benevolence' | 'attentiveness' | 'positivity' | 'coordination';
export const DIMENSIONS: readonly Dimension[] = [
  'ability',
  'integrity',
  'benevolence',
  'attentiveness',
  'positivity',
  'coordination',
];

/** Trust violations that R10 can repair (Kim, Ferrin, Cooper & Dirks 2004). */
export type ViolationKind = 'competence' | 'integrity' | 'benevolence';

export interface Violation {
  kind: ViolationKind;
  /** The counterpart's meeting count when it happened (repair works within two meetings). */
  meeting: number;
  /** Values before the violation (repair never goes above them). */
  before: Partial<Record<Meter, number>>;
  /** How much each meter lost. */
  lost: Partial<Record<Meter, number>>;
}

export interface CounterpartState {
  id: string;
  name: string;
  profile: CultureProfile;
  /** Cognitive trust 0..100 (competence, reliability, integrity). */
  Tc: number;
  /** Affective trust 0..100 (care, benevolence). */
  Ta: number;
  /** Rapport: attentiveness, positivity, coordination, each 0..100. */
  A: number;
  P: number;
  C: number;
  /** Goodwill 0..25: the buffer that absorbs small conflicts. */
  G: number;
  /** Meetings held since the relationship (re)started. */
  meetings: number;
  /** In-story day of the last contact. */
  lastContactDay: number;
  lastViolation: Violation | null;
  /** Meeting count at which a single event last shook the relationship (drives the 'closed' face). */
  shockMeeting: number | null;
  faceIncidents: number;
  /** Repair bookkeeping for the score report: attempts, and points lost/restored by repairs. */
  repair: { attempts: number; lost: number; restored: number };
}

export interface ModelState {
  /** The in-story day (advanced by meetings). */
  day: number;
  counterparts: Record<string, CounterpartState>;
  /** Counterpart ids in the order they were declared. */
  order: string[];
}

/** One ink vocabulary call, validated (see vocabulary.ts). One variant per EXTERNAL word. */
export type RelationshipEvent =
  | { kind: 'counterpart'; who: string; name: string; profile: CultureProfile }
  | { kind: 'meeting'; who: string; day: number }
  | { kind: 'gain'; who: string; dimension: Dimension; size: number; fit: number }
  | { kind: 'loss'; who: string; dimension: Dimension; size: number; fit: number }
  | {
      kind: 'face_threat';
      who: string;
      imposition: number;
      powerGap: number;
      inPublic: boolean;
      redress: number;
    }
  | { kind: 'business_ask'; who: string; imposition: number }
  | { kind: 'handover'; who: string }
  | { kind: 'apology'; who: string }
  | { kind: 'denial'; who: string };

export type EventKind = RelationshipEvent['kind'];

export interface EventMeta {
  /** Where in the ink the call was made (e.g. `story.state.currentPathString`). */
  source?: string;
  /** The story's coach note for the choice that caused the event. */
  note?: string;
  /**
   * The text of the choice the learner took, when this call is written in that choice's own branch
   * after something the choice did (the learner chose, then the time passed): a gap the call ends is
   * then attributed to that choice in its cooling records. Absent: the gap is time alone.
   */
  choice?: string;
}

/**
 * What a cooling record covers (R6): the time one counterpart spent without contact while the
 * story's clock moved. Days are ink's, counted from 0 (the learner reads day + 1).
 */
export interface Cooling {
  /** The counterpart's last contact. */
  lastContactDay: number;
  /** The clock before and after this step (a gap may be split by meetings with someone else). */
  fromDay: number;
  toDay: number;
  /** Days without contact at the end of this step: toDay − lastContactDay. */
  days: number;
  /** The choice that led to the gap (see `EventMeta.choice`); absent when it is time alone. */
  choice?: string;
}

export interface Change {
  /** `Ta`, `G`, … for the event's counterpart; `mei.Ta` for another one; `day` for the clock. */
  variable: string;
  before: number | null;
  after: number;
}

export interface Shown {
  rapport: number;
  trust: number;
}

/**
 * What one event did to one counterpart — or, with `cooling`, what the time before it did: a
 * meeting that moves the story's clock yields first a cooling record for every counterpart that
 * changed while no one met them (R6), then its own record, which shows the meeting's effect alone.
 */
/**
 * An explanation in parts, so a view can say it in the learner's language: the key of a message in
 * the interface catalog (src/l10n/en.ts, `model.*`) and its values. Rendered in English it is
 * exactly the record's `explanation` (a unit test holds the two together over every story).
 */
export interface Words {
  key: string;
  params: Record<string, string | number>;
}

export interface ExplanationRecord {
  /** Position in the log (set by `replay`, or by whoever keeps the log). */
  seq?: number;
  day: number;
  who: string;
  /** The call behind the record; for a cooling record, the meeting that moved the clock. */
  event: RelationshipEvent;
  /** Set on a cooling record: the relationship moved because time passed, not because of an act. */
  cooling?: Cooling;
  source?: string;
  /** Rules that fired, e.g. ["R3", "R2", "R4"]. */
  rules: string[];
  changes: Change[];
  /** The counterpart's shown meters (one decimal) before and after. */
  shown: { before: Shown | null; after: Shown };
  /** What happened, in words a learner can read (English). */
  explanation: string;
  /** The first half of `explanation` in parts (the second half is said from `shown`). */
  words?: Words;
  note?: string;
  faceIncident?: boolean;
  /** A short caption for a big moment (floated over the stage). */
  cue?: string;
  /** For business_ask: whether the relationship could carry the request. */
  result?: boolean;
}

export type Expression = 'neutral' | 'pleased' | 'uneasy' | 'closed';
