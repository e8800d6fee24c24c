/**
 * One interface for every way a module reports to a learning platform — SCORM 1.2, SCORM 2004,
 * xAPI, or nothing at all: what is reported (a decision, the finish) and the reporter's contract.
 * Discovery (which reporter a launch gets) is in reporter.ts.
 *
 * A reporter never throws to the game and never blocks it: an LMS that refuses a call is logged
 * as a warning and the learner plays on.
 */

export type DecisionResult = 'positive' | 'negative' | 'neutral';

/** One choice a learner made, as an LMS records it. */
export interface Decision {
  /** Identifies the decision point: `<storyId>/<choice source>` (reporters make it valid per standard). */
  id: string;
  /** The option's position among those offered (0-based): SCORM 1.2 reports it as a letter. */
  choiceIndex: number;
  /** The option's words, as shown. */
  choiceText: string;
  /** A short identifier of the option (letter and ASCII words), for standards that take identifiers. */
  learnerResponse: string;
  /** Whether the relationship gained (positive), lost (negative) or neither. */
  result: DecisionResult;
  /** What the learner chose, in words (SCORM 2004 description, xAPI definition). */
  description: string;
  timestamp: Date;
  /** Rapport and Trust after the choice (0–100, mean over the counterparts). */
  rapport: number;
  trust: number;
  /** The scenario the decision belongs to. */
  storyId: string;
  /** Every option offered at this point (xAPI lists them in the interaction's definition). */
  options?: { response: string; text: string }[];
  /**
   * The same words in the learner's language, when they play in another than English (xAPI
   * language maps): the option taken, and every option in the order of `options`.
   */
  translated?: { lang: string; description: string; options: string[] };
}

export interface FinishReport {
  scoreRaw: number;
  scoreMin: 0;
  scoreMax: 100;
  passed: boolean;
  completed: boolean;
}

/** One item of a module's situational-judgement check, answered (core/modules/checks.ts). */
export interface CheckAnswer {
  phase: 'before' | 'after';
  /** The item's id in the checks file. */
  itemId: string;
  /** Its place in the check, 1-based. */
  number: number;
  /** The module objective it tests: id and words. */
  lesson: string;
  lessonText: string;
  situation: string;
  /** The four responses, as identifiers and words. */
  options: { response: string; text: string }[];
  /** The learner's response and the best one, as identifiers (`c-ask-her-privately`). */
  learnerResponse: string;
  correctResponse: string;
  /** 0-based positions of the same. */
  learnerIndex: number;
  correctIndex: number;
  correct: boolean;
  timestamp: Date;
  /** The situation, the four responses and the lesson in the learner's language (xAPI maps). */
  translated?: { lang: string; situation: string; options: string[]; lessonText: string };
}

/** A check as a whole, once answered; after the closing one, the gain over the opening one. */
export interface CheckReport {
  phase: 'before' | 'after';
  correct: number;
  total: number;
  /** Percentage points from the opening check to the closing one (null until both are answered). */
  gain: number | null;
  timestamp: Date;
}

export type LmsKind = 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5' | 'none';

export interface LmsReporter {
  /** What this reporter talks to; becomes 'none' when the LMS refused to start. */
  readonly kind: LmsKind;
  /** Why reporting is not happening (Initialize refused, …), for the learner; null when all is well. */
  readonly problem: string | null;
  /** Something else the learner should know from the start (cmi5: Browse mode, an unavailable language). */
  readonly notice?: string | null;
  /**
   * The languages the LMS says the learner prefers, in order, once started (cmi5
   * `languagePreference`, SCORM `learner_preference.language`); absent or empty: none said.
   */
  readonly languages?: readonly string[];
  /** The learner plays in `lang` from now on (xAPI and cmi5: `context.language`, the language maps). */
  language?(lang: string): void;
  /** Open the session (Initialize, exactly once); the suspend data stored by an earlier session. */
  start(): Promise<{ resume: string | null }>;
  decision(d: Decision): void;
  /** Store the resume point (and, in SCORM 2004, the share of the module done, 0–1). */
  progress(suspendData: string, measure?: number): void;
  finish(r: FinishReport): void;
  /** One item of a situational-judgement check (SCORM: an interaction; xAPI: answered). */
  checkAnswer(a: CheckAnswer): void;
  /** A check as a whole (SCORM: an objective with its score; xAPI: completed, with the gain). */
  checkResult(r: CheckReport): void;
  /** Close the session (Terminate / LMSFinish): only the first call reaches the LMS. */
  terminate(): void;
  /** Send anything waiting (called on pagehide before terminate). */
  flush(): void;
  /** Largest suspend data the standard accepts. */
  readonly suspendLimit: number;
}

/** Local progress only: the game's own saves, nothing reported. */
export class NoLms implements LmsReporter {
  readonly kind = 'none' as const;
  readonly suspendLimit = 64000;
  constructor(readonly problem: string | null = null) {}
  async start() {
    return { resume: null };
  }
  decision(): void {}
  progress(): void {}
  finish(): void {}
  checkAnswer(): void {}
  checkResult(): void {}
  terminate(): void {}
  flush(): void {}
}
