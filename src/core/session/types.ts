import type { ExplanationRecord } from '../model/index.ts';
/** Plain data a play-through hands to its views (store, page, stage) and to saves. */
import type { Choice } from '../story/runner.ts';
import type { LearningPoint, Mood, Tag } from '../story/tags.ts';
import type { Debrief } from './debrief.ts';

export interface LoadedStory {
  id: string;
  /** Content hash of the compiled story: saves use it to tell whether the story changed. */
  hash: string;
  json: unknown;
  /**
   * For each line id whose translation holds `{variables}`, their names (from the build): the
   * session keeps their values as the line is shown, so a translation is filled with the same ones.
   */
  placeholders?: Readonly<Record<string, readonly string[]>>;
}

export interface ShownLine {
  /** Position in the play-through, stable across re-renders. */
  seq: number;
  kind: 'line' | 'choice';
  text: string;
  /** Raw speaker tag (counterpart id, `you`, a name), null for narration. */
  speaker: string | null;
  /** The name to show: a counterpart's declared name, "You", or the tag as written. */
  speakerName: string | null;
  tags: Tag[];
  /** The line's (or, for what the learner chose, the choice's) `# id:`: its translation's key. */
  key?: string;
  /** The values of the `{variables}` the line showed, for its translation. */
  vars?: Record<string, string>;
  /** The language of `text` when it is a translation (absent: the story's English). */
  lang?: string;
}

export interface CounterpartView {
  id: string;
  name: string;
  rapport: number;
  trust: number;
  expression: Mood;
}

export interface Ending {
  id: string;
  title: string;
  /** `<id>#ending_title` of the line that named it. */
  titleKey?: string | null;
  learn: LearningPoint[];
}

export interface CoachFeedback {
  choiceText: string;
  /** The choice's `# id:` (its words' and its note's keys). */
  choiceKey?: string | null;
  note: string | null;
  /** The model's explanations of what the choice did (one per event it caused). */
  effects: string[];
  /** The same, in parts a view says in the learner's language (one per entry of `effects`). */
  explained?: Explained[];
}

/** An explanation as a view needs it to say it in any language: its parts and the meters it moved. */
export type Explained = Pick<ExplanationRecord, 'explanation' | 'words' | 'shown'> & { who?: string };

export interface Scene {
  place: string | null;
  location: string | null;
  date: string | null;
  day: number;
  /** Where the location and date were set (`<id>#location`, `<id>#date`): their translations' keys. */
  keys?: { location?: string | null; date?: string | null };
}

export interface SessionView {
  storyId: string;
  lines: ShownLine[];
  choices: Choice[];
  ended: boolean;
  ending: Ending | null;
  scene: Scene;
  /** Who speaks the latest line (raw tag), for the stage's highlight. */
  speaker: string | null;
  /** The mood the story asked for on the latest line, if any. */
  mood: Mood | null;
  counterparts: CounterpartView[];
  coach: CoachFeedback | null;
  /** Captions for big moments, from `# cue:` tags in the last step. */
  cues: string[];
  /** The translation key of each cue (null: a model's cue, or a line without an id). */
  cueKeys?: (string | null)[];
  /** The choices taken so far, by index — enough to rebuild the play-through. */
  path: number[];
  /** The same choices with their place in the story and their text (saves check them on restore). */
  taken: TakenChoice[];
  /** At the end: the scenario score and the debrief built from the explanation log. */
  outcome: Outcome | null;
}

export interface TakenChoice {
  index: number;
  /** The choice's place in ink (changes when the story's tags change: identity is `id`). */
  source: string;
  /** Its English words (a save made before ids compares these). */
  text: string;
  /** The choice's `# id:` (absent in saves made before ids, and in stories without them). */
  id?: string;
}

export interface Outcome {
  score: number;
  rapport: number;
  trust: number;
  debrief: Debrief;
}
