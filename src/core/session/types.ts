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
  learn: LearningPoint[];
}

export interface CoachFeedback {
  choiceText: string;
  note: string | null;
  /** The model's explanations of what the choice did (one per event it caused). */
  effects: string[];
  /** The same, in parts a view says in the learner's language (one per entry of `effects`). */
  explained?: Explained[];
}

/** An explanation as a view needs it to say it in any language: its parts and the meters it moved. */
export type Explained = Pick<ExplanationRecord, 'explanation' | 'words' | 'shown'>;

export interface Scene {
  place: string | null;
  location: string | null;
  date: string | null;
  day: number;
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
  /** The choices taken so far, by index — enough to rebuild the play-through. */
  path: number[];
  /** The same choices with their place in the story and their text (saves check them on restore). */
  taken: TakenChoice[];
  /** At the end: the scenario score and the debrief built from the explanation log. */
  outcome: Outcome | null;
}

export interface TakenChoice {
  index: number;
  source: string;
  text: string;
}

export interface Outcome {
  score: number;
  rapport: number;
  trust: number;
  debrief: Debrief;
}
