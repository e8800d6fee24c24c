/**
 * Reporting to a SCORM 1.2 LMS (the `API` object): `cmi.core.lesson_status`, the score, each
 * decision as a journaled interaction, the session time and the suspend data.
 *
 * 1.2's data types are narrow: an interaction id takes only letters, digits, `-` and `_`, and a
 * `choice` response a single character — so a decision is recorded by its place in the story and
 * the option's letter, and the option's words (which 1.2 has no field for) go to SCORM 2004 and
 * xAPI only. Suspend data is at most 4,096 characters.
 */
import {
  choiceLetter,
  decimal,
  scorm12Time,
  scorm12Timespan,
  SUSPEND_LIMIT,
  toScorm12Identifier,
} from './datatypes.ts';
import type { CheckAnswer, CheckReport, Decision, FinishReport } from './report.ts';
import { ScormSession, type ScormTiming } from './scorm-session.ts';
import { preferenceList } from './learner-language.ts';

/** The SCORM 1.2 runtime API as an LMS exposes it on `window.API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

const RESULT = { positive: 'correct', negative: 'wrong', neutral: 'neutral' } as const;
const DONE = ['passed', 'completed', 'failed'];

export class Scorm12Reporter extends ScormSession {
  readonly standard = 'scorm12' as const;
  readonly suspendLimit = SUSPEND_LIMIT.scorm12;
  protected readonly label = 'SCORM 1.2';
  private completed = false;

  constructor(api: Scorm12Api, timing: ScormTiming = {}) {
    super(
      {
        initialize: () => api.LMSInitialize(''),
        terminate: () => api.LMSFinish(''),
        getValue: (e) => api.LMSGetValue(e),
        setValue: (e, v) => api.LMSSetValue(e, v),
        commit: () => api.LMSCommit(''),
        getLastError: () => api.LMSGetLastError(),
        getErrorString: (c) => api.LMSGetErrorString(c),
        getDiagnostic: (c) => api.LMSGetDiagnostic(c),
      },
      timing,
    );
  }

  protected opened(): string | null {
    const status = this.get('cmi.core.lesson_status');
    this.completed = DONE.includes(status);
    if (!this.completed) this.set('cmi.core.lesson_status', 'incomplete');
    const count = Number.parseInt(this.get('cmi.interactions._count'), 10);
    this.nextInteraction = Number.isFinite(count) && count > 0 ? count : 0;
    // SCORM 1.2 leaves its format free ("English", "fr"): only a language tag is taken.
    this.languages = preferenceList(this.get('cmi.student_preference.language'));
    return this.get('cmi.suspend_data');
  }

  protected writeDecision(n: number, d: Decision): void {
    const at = `cmi.interactions.${n}`;
    if (!this.set(`${at}.id`, toScorm12Identifier(d.id))) return;
    const letter = choiceLetter(d.choiceIndex);
    // Past the 36th option a choice cannot be named by one character: record it as fill-in.
    this.set(`${at}.type`, letter ? 'choice' : 'fill-in');
    this.set(`${at}.student_response`, letter ?? toScorm12Identifier(d.learnerResponse));
    this.set(`${at}.result`, RESULT[d.result]);
    this.set(`${at}.time`, scorm12Time(d.timestamp));
  }

  /** A check's item: a choice interaction (one letter), the best letter, the lesson as objective. */
  protected writeCheckAnswer(n: number, a: CheckAnswer): void {
    const at = `cmi.interactions.${n}`;
    if (!this.set(`${at}.id`, toScorm12Identifier(`check_${a.phase}_${a.itemId}`))) return;
    this.set(`${at}.objectives.0.id`, toScorm12Identifier(`lesson_${a.lesson}`));
    this.set(`${at}.time`, scorm12Time(a.timestamp));
    this.set(`${at}.type`, 'choice');
    this.set(`${at}.correct_responses.0.pattern`, choiceLetter(a.correctIndex) ?? 'a');
    this.set(`${at}.student_response`, choiceLetter(a.learnerIndex) ?? 'a');
    this.set(`${at}.result`, a.correct ? 'correct' : 'wrong');
  }

  /** A check as an objective with its score, 0–100 (SCORM 1.2 has no room for a negative gain). */
  protected writeCheckResult(r: CheckReport): void {
    const id = `check_${r.phase}`;
    const at = `cmi.objectives.${this.objectiveSlot(id)}`;
    if (!this.set(`${at}.id`, id)) return;
    this.set(`${at}.score.raw`, decimal(r.total ? (100 * r.correct) / r.total : 0));
    this.set(`${at}.score.min`, '0');
    this.set(`${at}.score.max`, '100');
    this.set(`${at}.status`, 'completed');
  }

  protected writeProgress(suspendData: string): void {
    this.set('cmi.suspend_data', suspendData);
  }

  protected writeFinish(r: FinishReport): void {
    this.set('cmi.core.score.raw', decimal(r.scoreRaw));
    this.set('cmi.core.score.min', String(r.scoreMin));
    this.set('cmi.core.score.max', String(r.scoreMax));
    this.completed = r.completed;
    this.set('cmi.core.lesson_status', r.completed ? (r.passed ? 'passed' : 'failed') : 'incomplete');
  }

  protected closing(sessionMs: number): void {
    this.set('cmi.core.session_time', scorm12Timespan(sessionMs));
    // "suspend" keeps the attempt (and its suspend data) open for the next launch.
    this.set('cmi.core.exit', this.completed ? '' : 'suspend');
  }
}
