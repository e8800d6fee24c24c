/**
 * Reporting to a SCORM 2004 (4th edition) LMS (the `API_1484_11` object): completion and success
 * as two statuses, the score (scaled too), each decision as an interaction with the option's
 * words in its description and a timestamp, the progress measure, the session time as an ISO 8601
 * duration and up to 64,000 characters of suspend data.
 */
import {
  decimal,
  isoDuration,
  scorm2004Time,
  SUSPEND_LIMIT,
  toLangString250,
  toLongIdentifier,
  toShortIdentifier,
} from './datatypes.ts';
import type { CheckAnswer, CheckReport, Decision, FinishReport } from './report.ts';
import { ScormSession, type ScormTiming } from './scorm-session.ts';
import { preferenceList } from './learner-language.ts';

/** The SCORM 2004 runtime API as an LMS exposes it on `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
  GetDiagnostic(code: string): unknown;
}

const RESULT = { positive: 'correct', negative: 'incorrect', neutral: 'neutral' } as const;

export class Scorm2004Reporter extends ScormSession {
  readonly standard = 'scorm2004' as const;
  readonly suspendLimit = SUSPEND_LIMIT.scorm2004;
  protected readonly label = 'SCORM 2004';
  private completed = false;

  constructor(api: Scorm2004Api, timing: ScormTiming = {}) {
    super(
      {
        initialize: () => api.Initialize(''),
        terminate: () => api.Terminate(''),
        getValue: (e) => api.GetValue(e),
        setValue: (e, v) => api.SetValue(e, v),
        commit: () => api.Commit(''),
        getLastError: () => api.GetLastError(),
        getErrorString: (c) => api.GetErrorString(c),
        getDiagnostic: (c) => api.GetDiagnostic(c),
      },
      timing,
    );
  }

  protected opened(): string | null {
    const completion = this.get('cmi.completion_status');
    this.completed = completion === 'completed';
    if (!this.completed) this.set('cmi.completion_status', 'incomplete');
    const count = Number.parseInt(this.get('cmi.interactions._count'), 10);
    this.nextInteraction = Number.isFinite(count) && count > 0 ? count : 0;
    this.languages = preferenceList(this.get('cmi.learner_preference.language'));
    return this.get('cmi.suspend_data');
  }

  protected writeDecision(n: number, d: Decision): void {
    const at = `cmi.interactions.${n}`;
    // The id first, then the type: the standard requires both before any other element.
    if (!this.set(`${at}.id`, toLongIdentifier(d.id))) return;
    this.set(`${at}.type`, 'choice');
    this.set(`${at}.timestamp`, scorm2004Time(d.timestamp));
    this.set(`${at}.learner_response`, toShortIdentifier(d.learnerResponse));
    this.set(`${at}.result`, RESULT[d.result]);
    this.set(`${at}.description`, toLangString250(d.description, this.lang));
  }

  /** A check's item: a choice interaction with the best response and the lesson as its objective. */
  protected writeCheckAnswer(n: number, a: CheckAnswer): void {
    const at = `cmi.interactions.${n}`;
    if (!this.set(`${at}.id`, toLongIdentifier(`check:${a.phase}:${a.itemId}`))) return;
    this.set(`${at}.type`, 'choice');
    this.set(`${at}.objectives.0.id`, toLongIdentifier(`lesson:${a.lesson}`));
    this.set(`${at}.timestamp`, scorm2004Time(a.timestamp));
    this.set(`${at}.correct_responses.0.pattern`, toShortIdentifier(a.correctResponse));
    this.set(`${at}.learner_response`, toShortIdentifier(a.learnerResponse));
    this.set(`${at}.result`, a.correct ? 'correct' : 'incorrect');
    this.set(`${at}.description`, toLangString250(a.situation, this.lang));
  }

  /**
   * A check as an objective with its score (`urn:rapport:check:before` / `…:after`), and after the
   * closing one the gain as an objective of its own, scaled −1…1 as SCORM 2004 allows.
   */
  protected writeCheckResult(r: CheckReport): void {
    const objective = (id: string, scaled: number, raw: number, min: number, max: number, words: string) => {
      const at = `cmi.objectives.${this.objectiveSlot(id)}`;
      if (!this.set(`${at}.id`, id)) return;
      this.set(`${at}.score.scaled`, decimal(scaled, -1, 1, 4));
      this.set(`${at}.score.raw`, decimal(raw, min, max));
      this.set(`${at}.score.min`, String(min));
      this.set(`${at}.score.max`, String(max));
      this.set(`${at}.completion_status`, 'completed');
      this.set(`${at}.description`, toLangString250(words, this.lang));
    };
    const name = r.phase === 'before' ? 'opening' : 'closing';
    objective(
      `urn:rapport:check:${r.phase}`,
      r.total ? r.correct / r.total : 0,
      r.correct,
      0,
      Math.max(1, r.total),
      `Situational judgement, ${name} check: ${r.correct} of ${r.total}`,
    );
    if (r.gain !== null)
      objective(
        'urn:rapport:learning-gain',
        r.gain / 100,
        r.gain,
        -100,
        100,
        `Learning gain from the opening to the closing check: ${r.gain > 0 ? '+' : ''}${r.gain} points`,
      );
  }

  protected writeProgress(suspendData: string, measure?: number): void {
    this.set('cmi.suspend_data', suspendData);
    if (measure !== undefined && Number.isFinite(measure) && !this.completed) {
      this.set('cmi.progress_measure', decimal(measure, 0, 1));
    }
  }

  protected writeFinish(r: FinishReport): void {
    const raw = Number(decimal(r.scoreRaw, r.scoreMin, r.scoreMax));
    this.set('cmi.score.scaled', decimal((raw - r.scoreMin) / (r.scoreMax - r.scoreMin), 0, 1, 4));
    this.set('cmi.score.raw', String(raw));
    this.set('cmi.score.min', String(r.scoreMin));
    this.set('cmi.score.max', String(r.scoreMax));
    this.completed = r.completed;
    this.set('cmi.completion_status', r.completed ? 'completed' : 'incomplete');
    if (r.completed) this.set('cmi.progress_measure', '1');
    this.set('cmi.success_status', r.completed ? (r.passed ? 'passed' : 'failed') : 'unknown');
  }

  protected closing(sessionMs: number): void {
    this.set('cmi.session_time', isoDuration(sessionMs));
    this.set('cmi.exit', this.completed ? 'normal' : 'suspend');
  }
}
