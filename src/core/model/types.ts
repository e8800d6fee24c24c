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

export interface ExplanationRecord {
  /** Position in the log (set by `replay`, or by whoever keeps the log). */
  seq?: number;
  day: number;
  who: string;
  event: RelationshipEvent;
  source?: string;
  /** Rules that fired, e.g. ["R3", "R2", "R4"]. */
  rules: string[];
  changes: Change[];
  /** The counterpart's shown meters (one decimal) before and after. */
  shown: { before: Shown | null; after: Shown };
  /** What happened, in words a learner can read. */
  explanation: string;
  note?: string;
  faceIncident?: boolean;
  /** A short caption for a big moment (floated over the stage). */
  cue?: string;
  /** For business_ask: whether the relationship could carry the request. */
  result?: boolean;
}

export type Expression = 'neutral' | 'pleased' | 'uneasy' | 'closed';
