/**
 * What SCORM 1.2 and SCORM 2004 reporting share: the life of one LMS session (Initialize once,
 * Terminate once), a Commit after each burst of changes, the session clock, and calls that never
 * throw — an LMS that refuses a value is logged with its error code and the learner plays on.
 *
 * The two standards differ only in the names of their calls and data elements; each subclass
 * supplies those (scorm12.ts, scorm2004.ts).
 */
import type { CheckAnswer, CheckReport, Decision, FinishReport, LmsKind, LmsReporter } from './report.ts';
import { say } from './say.ts';

/** The calls both APIs have, under each standard's own names. */
export interface ScormCalls {
  initialize(): unknown;
  terminate(): unknown;
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  commit(): unknown;
  getLastError(): unknown;
  getErrorString(code: string): unknown;
  getDiagnostic(code: string): unknown;
}

export interface ScormTiming {
  now?: () => number;
  lang?: string;
  /** Where warnings go (default: console.warn). */
  warn?: (message: string) => void;
}

const isTrue = (v: unknown) => v === true || v === 'true';

export abstract class ScormSession implements LmsReporter {
  /** The standard spoken; `kind` turns to 'none' when the LMS refused to start. */
  abstract readonly standard: 'scorm12' | 'scorm2004';
  abstract readonly suspendLimit: number;
  private state: 'new' | 'open' | 'failed' | 'closed' = 'new';
  private failure: string | null = null;
  private commitQueued = false;
  private startedAt = 0;
  /** The learner's preferred languages as the LMS stores them (read when the session opens). */
  languages: string[] = [];
  /** The next free interaction slot. */
  protected nextInteraction = 0;
  /** Every call made, for tests and the browser's console when something goes wrong. */
  readonly log: string[] = [];
  protected readonly now: () => number;
  protected readonly lang: string;
  private readonly warnSink: (message: string) => void;

  constructor(
    protected readonly calls: ScormCalls,
    timing: ScormTiming = {},
  ) {
    this.now = timing.now ?? (() => Date.now());
    this.lang = timing.lang ?? 'en';
    this.warnSink = timing.warn ?? ((m) => console.warn(`[Rapport LMS] ${m}`));
  }

  get problem(): string | null {
    return this.failure;
  }

  /** The standard's display name, for messages. */
  protected abstract readonly label: string;
  /** Read the stored state and set what a new session sets (status, exit); return suspend data. */
  protected abstract opened(): string | null;
  protected abstract writeDecision(n: number, d: Decision): void;
  protected abstract writeProgress(suspendData: string, measure?: number): void;
  protected abstract writeFinish(r: FinishReport): void;
  protected abstract writeCheckAnswer(n: number, a: CheckAnswer): void;
  protected abstract writeCheckResult(r: CheckReport): void;
  /** Before Terminate: session time and exit. */
  protected abstract closing(sessionMs: number): void;

  async start(): Promise<{ resume: string | null }> {
    if (this.state !== 'new') return { resume: null };
    let ok = false;
    try {
      ok = isTrue(this.calls.initialize());
    } catch (e) {
      this.warn(`${this.label} Initialize threw: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!ok) {
      const code = this.errorCode();
      this.state = 'failed';
      const cause = `${this.label} Initialize returned false${code && code !== '0' ? `, error ${code}: ${this.errorText(code)}` : ''}`;
      const english = `The learning platform did not accept the connection (${cause}). Your progress is kept on this device only, and this attempt will not be reported.`;
      this.warn(english);
      this.failure = say('lms.notice.notAccepted', english, { cause });
      return { resume: null };
    }
    this.state = 'open';
    this.startedAt = this.now();
    let resume: string | null = null;
    try {
      resume = this.opened();
    } catch (e) {
      this.warn(`reading the stored state failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.scheduleCommit();
    return { resume: resume || null };
  }

  get kind(): LmsKind {
    return this.state === 'failed' ? 'none' : this.standard;
  }

  /** Whether calls reach the LMS (started, not refused, not terminated). */
  get active(): boolean {
    return this.state === 'open';
  }

  decision(d: Decision): void {
    if (!this.active) return;
    this.writeDecision(this.nextInteraction++, d);
    this.scheduleCommit();
  }

  progress(suspendData: string, measure?: number): void {
    if (!this.active) return;
    if (suspendData.length > this.suspendLimit) {
      // The codec keeps within the limit; refuse rather than let an LMS truncate a resume point.
      this.warn(
        `suspend data of ${suspendData.length} characters is over the ${this.label} limit of ${this.suspendLimit}; not sent`,
      );
    } else this.writeProgress(suspendData, measure);
    this.scheduleCommit();
  }

  checkAnswer(a: CheckAnswer): void {
    if (!this.active) return;
    this.writeCheckAnswer(this.nextInteraction++, a);
    this.scheduleCommit();
  }

  checkResult(r: CheckReport): void {
    if (!this.active) return;
    this.writeCheckResult(r);
    this.scheduleCommit();
  }

  /**
   * The slot of the objective `id` in `cmi.objectives`: the one the LMS already holds under that
   * id (a check reported again in a later session), else the next free one.
   */
  protected objectiveSlot(id: string): number {
    const count = Number.parseInt(this.get('cmi.objectives._count'), 10);
    const n = Number.isFinite(count) && count > 0 ? count : 0;
    for (let i = 0; i < n; i++) if (this.get(`cmi.objectives.${i}.id`) === id) return i;
    return n;
  }

  finish(r: FinishReport): void {
    if (!this.active) return;
    this.writeFinish(r);
    this.scheduleCommit();
  }

  flush(): void {
    if (this.commitQueued) this.commitNow();
  }

  terminate(): void {
    if (this.state !== 'open') {
      if (this.state === 'new') this.state = 'closed';
      return;
    }
    this.state = 'closed';
    try {
      this.closing(this.now() - this.startedAt);
    } catch (e) {
      this.warn(`closing values failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.commitNow();
    this.call('Terminate', () => this.calls.terminate());
  }

  /** Set one data element; a refusal is logged with the LMS's own words. */
  protected set(element: string, value: string): boolean {
    this.log.push(`set ${element}=${value}`);
    return this.call(`SetValue(${element})`, () => this.calls.setValue(element, value));
  }

  protected get(element: string): string {
    try {
      const v = this.calls.getValue(element);
      return typeof v === 'string' ? v : v == null ? '' : String(v);
    } catch {
      return '';
    }
  }

  private scheduleCommit(): void {
    if (this.commitQueued) return;
    this.commitQueued = true;
    // One Commit per burst: a choice sets an interaction and the suspend data in the same tick.
    queueMicrotask(() => {
      if (this.commitQueued && this.state === 'open') this.commitNow();
    });
  }

  private commitNow(): void {
    this.commitQueued = false;
    this.call('Commit', () => this.calls.commit());
  }

  private call(what: string, f: () => unknown): boolean {
    try {
      if (isTrue(f())) return true;
    } catch (e) {
      this.warn(`${this.label} ${what} threw: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
    const code = this.errorCode();
    this.warn(`${this.label} ${what} was refused: error ${code} ${this.errorText(code)}`);
    return false;
  }

  private errorCode(): string {
    try {
      return String(this.calls.getLastError() ?? '');
    } catch {
      return '';
    }
  }

  private errorText(code: string): string {
    try {
      const text = String(this.calls.getErrorString(code) ?? '');
      const diagnostic = String(this.calls.getDiagnostic(code) ?? '');
      return diagnostic && diagnostic !== text ? `${text} (${diagnostic})` : text;
    } catch {
      return '';
    }
  }

  private warn(message: string): void {
    this.log.push(`warn ${message}`);
    this.warnSink(message);
  }
}
