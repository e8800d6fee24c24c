/**
 * Reporting as a cmi5 AU, once the launch handshake (cmi5-launch.ts) has given a session:
 * "initialized" first and "terminated" last, every statement with the LMS's context template (its
 * session id among it), timestamps that never go backwards, and the rules of §9.3 kept —
 * "completed" at most once per registration, at most one of passed/failed per session, never
 * "failed" after "passed", "passed" only with a scaled score at or above the masteryScore and
 * "failed" only below it. In Browse and Review modes only initialized and terminated are sent, and
 * the resume point is read but never written (nothing the learner does there is recorded).
 *
 * The resume point, and whether completed and passed were sent in this registration, live in one
 * State API document of ours (never LMS.LaunchData), written with If-Match / If-None-Match: a
 * window whose session was taken over elsewhere cannot overwrite the newer progress.
 *
 * Statements go through the durable queue (xapi-queue.ts): an LRS that is down gets them later, in
 * order, each once (PUT under its own id). When the page goes away, what is left goes in one POST
 * of a batch, in order.
 */
import { shortHash, SUSPEND_LIMIT } from './datatypes.ts';
import type { Cmi5Session } from './cmi5-launch.ts';
import { xapiHeaders } from './cmi5-launch.ts';
import {
  allowedStatement,
  cmi5Score,
  definedStatement,
  durationSince,
  type Cmi5Statement,
  type Cmi5StatementContext,
  type DefinedVerb,
} from './cmi5-statements.ts';
import type { XapiAgent } from './launch.ts';
import type { CheckAnswer, CheckReport, Decision, FinishReport, LmsReporter } from './report.ts';
import { DurableQueue, type QueueItem } from './xapi-queue.ts';
import {
  checkAnswerStatement,
  checkResultStatement,
  decisionStatement,
  RAPPORT_IRI,
  type Statement,
  type StatementContext,
} from './xapi-statements.ts';
import type { KeyValueStore } from '../../platform/storage/kv-store.ts';
import type { Timers } from '../../platform/schedule.ts';
import { uuid } from '../../platform/ids.ts';
import { Cmi5State, type AttemptRecord } from './cmi5-state.ts';
import { say } from './say.ts';

export const ATTEMPT_STATE_ID = `${RAPPORT_IRI}/state/attempt`;

export interface Cmi5Options {
  session: Cmi5Session;
  moduleName: string;
  /** The module's title in each language it is translated into (the package's texts). */
  moduleNames?: Record<string, string>;
  /** The learner's language at the start (it follows `language()` after). */
  lang?: string;
  iriBase?: string;
  /** Where the queue is kept (localStorage in the browser); null: in this page only. */
  storage: KeyValueStore | null;
  fetch?: typeof fetch;
  now?: () => number;
  timers?: Timers;
  random?: () => number;
  newId?: () => string;
  warn?: (message: string) => void;
  /** Tell the learner something about the reporting (the LRS is down, the session was taken over). */
  notify?: (text: string) => void;
  events?: Pick<EventTarget, 'addEventListener'>;
}

export class Cmi5Reporter implements LmsReporter {
  readonly kind = 'cmi5' as const;
  readonly suspendLimit = SUSPEND_LIMIT.xapi;
  readonly problem: string | null = null;
  /** What the learner is told at the start (Browse mode, a language the module is not in). */
  notice: string | null = null;
  /** The learner's preferred languages (cmi5LearnerPreferences `languagePreference`), in order. */
  languages: readonly string[] = [];
  readonly queue: DurableQueue;
  readonly session: Cmi5Session;
  private readonly c: Cmi5StatementContext;
  private readonly xapi: StatementContext;
  private readonly http: typeof fetch;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly notify: (text: string) => void;
  private readonly state: Cmi5State;
  private phase: 'new' | 'open' | 'closed' = 'new';
  private startedAt = 0;
  private lastTimestamp = 0;
  private record: AttemptRecord = { suspendData: '', completed: false, passed: false };
  private verdictThisSession = false;
  private told = new Set<string>();

  constructor(private readonly o: Cmi5Options) {
    this.session = o.session;
    const p = o.session.params;
    this.http = o.fetch ?? ((...args) => fetch(...args));
    this.now = o.now ?? (() => Date.now());
    this.newId = o.newId ?? (() => uuid());
    this.notify = o.notify ?? (() => undefined);
    const lang = o.lang ?? 'en';
    this.c = {
      actor: p.actor,
      registration: p.registration,
      activityId: p.activityId,
      moduleName: o.moduleName,
      moduleNames: o.moduleNames,
      lang,
      template: o.session.launchData.contextTemplate,
    };
    this.xapi = {
      actor: p.actor as unknown as XapiAgent,
      registration: p.registration,
      moduleId: p.activityId,
      moduleName: o.moduleName,
      moduleNames: o.moduleNames,
      lang,
      iriBase: o.iriBase,
    };
    this.state = new Cmi5State({ session: o.session, http: this.http, stateId: ATTEMPT_STATE_ID });
    this.queue = new DurableQueue({
      storage: o.storage,
      key: `rapport.cmi5.queue:${shortHash(`${p.endpoint}|${p.registration}|${o.session.sessionId}`)}`,
      send: (item, opts) => this.send(item, opts.keepalive),
      timers: o.timers,
      random: o.random,
      warn: o.warn,
      onResult: (item, status) => this.onResult(item, status),
    });
    o.events?.addEventListener('online', () => void this.queue.flush());
  }

  /** Satisfaction-related statements (and any of ours) are sent in Normal mode only (§10.2.2). */
  get recording(): boolean {
    return this.session.launchData.launchMode === 'Normal';
  }

  /** The learner's language from now on: the statements' `context.language` and language maps. */
  language(lang: string): void {
    this.c.lang = lang;
    this.xapi.lang = lang;
  }

  async start(): Promise<{ resume: string | null }> {
    if (this.phase !== 'new') return { resume: null };
    this.phase = 'open';
    this.startedAt = this.now();
    const stored = await this.state.read();
    if (stored.conflict) this.o.warn?.('the attempt state could not be read; starting without it');
    this.record = stored.record ?? this.record;
    this.defined('initialized', this.startedAt);
    return { resume: this.record.suspendData || null };
  }

  decision(d: Decision): void {
    if (this.phase === 'open' && this.recording) this.allowed(decisionStatement(this.xapi, this.newId(), d));
  }

  checkAnswer(a: CheckAnswer): void {
    if (this.phase === 'open' && this.recording)
      this.allowed(checkAnswerStatement(this.xapi, this.newId(), a));
  }

  checkResult(r: CheckReport): void {
    if (this.phase === 'open' && this.recording)
      this.allowed(checkResultStatement(this.xapi, this.newId(), r));
  }

  progress(suspendData: string): void {
    if (this.phase !== 'open' || !this.recording || suspendData.length > this.suspendLimit) return;
    this.record = { ...this.record, suspendData };
    this.saveRecord();
  }

  /**
   * The module finished: completed once per registration; then passed or failed on the scaled
   * score against the LMS's masteryScore (the module's pass mark when the LMS gives none) — at most
   * one of them per session, never failed once passed, passed once per registration.
   */
  finish(r: FinishReport): void {
    if (this.phase !== 'open' || !this.recording || !r.completed) return;
    const at = this.now();
    const duration = durationSince(this.startedAt, at);
    if (!this.record.completed) {
      this.defined('completed', at, { result: { completion: true, duration } });
      this.record = { ...this.record, completed: true };
    }
    const mastery = this.session.launchData.masteryScore;
    const score = cmi5Score(r);
    const passed = mastery === null ? r.passed : score.scaled >= mastery;
    if (!this.verdictThisSession && !this.record.passed) {
      this.defined(passed ? 'passed' : 'failed', at, {
        result: { score, success: passed, duration },
        masteryScore: mastery,
      });
      this.verdictThisSession = true;
      if (passed) this.record = { ...this.record, passed: true };
    }
    this.saveRecord();
  }

  terminate(): void {
    if (this.phase !== 'open') {
      this.phase = 'closed';
      return;
    }
    this.queue.hold(); // the page is going: no new send may start ahead of the closing batch
    this.sendTerminated();
    this.exitBatch();
  }

  /** Leave on purpose (the learner pressed Exit): terminated, then wait for the queue (at most `ms`). */
  async exit(ms = 5000): Promise<void> {
    if (this.phase === 'open') this.sendTerminated();
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.drained(), new Promise<void>((ok) => (timer = setTimeout(ok, ms)))]);
    clearTimeout(timer);
    if (this.queue.pending().length) this.exitBatch();
  }

  flush(): void {
    void this.queue.flush();
  }

  private async drained(): Promise<void> {
    for (let i = 0; i < 50 && this.queue.pending().length; i++) {
      await this.queue.flush();
      if (this.queue.pending().length) await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  private sendTerminated(): void {
    const at = this.now();
    this.defined('terminated', at, { result: { duration: durationSince(this.startedAt, at) } });
    this.phase = 'closed';
  }

  private defined(verb: DefinedVerb, at: number, extra: Parameters<typeof definedStatement>[4] = {}): void {
    this.enqueue(definedStatement(this.c, this.newId(), verb, new Date(this.stamp(at)), extra));
  }

  private allowed(s: Statement): void {
    const out = allowedStatement(this.c, s);
    out.timestamp = new Date(this.stamp(Date.parse(s.timestamp))).toISOString();
    this.enqueue(out);
  }

  /** Statement times never go backwards, nor repeat: cmi5 orders a session by timestamp (§9.3). */
  private stamp(ms: number): number {
    this.lastTimestamp = Math.max(Number.isFinite(ms) ? ms : this.now(), this.lastTimestamp + 1);
    return this.lastTimestamp;
  }

  private enqueue(s: Cmi5Statement): void {
    this.queue.enqueue({ id: s.id, kind: 'statement', payload: s });
  }

  private saveRecord(): void {
    this.queue.enqueue({ id: this.newId(), kind: 'state', slot: 'attempt', payload: this.record });
  }

  /** What is still waiting goes in one POST, in order (the page is going away). */
  private exitBatch(): void {
    this.queue.hold();
    const inFlight = this.queue.inFlight();
    const waiting = this.queue.pending().filter((i) => i.id !== inFlight);
    const statements = waiting.filter((i) => i.kind === 'statement');
    if (statements.length) {
      const ids = statements.map((i) => i.id);
      this.http(`${this.session.params.endpoint}statements`, {
        method: 'POST',
        headers: xapiHeaders(this.session.auth, { 'Content-Type': 'application/json' }),
        body: JSON.stringify(statements.map((i) => i.payload)),
        keepalive: true,
      })
        .then((res) => (res.status === 200 || res.status === 204) && this.queue.acknowledge(ids))
        .catch(() => undefined);
    }
    for (const item of waiting.filter((i) => i.kind === 'state'))
      this.send(item, true)
        .then((status) => (status === 200 || status === 204) && this.queue.acknowledge([item.id]))
        .catch(() => undefined);
  }

  private async send(item: QueueItem, keepalive: boolean): Promise<number> {
    if (item.kind === 'state') return this.state.write(item.payload as AttemptRecord, keepalive);
    const s = item.payload as Cmi5Statement;
    const res = await this.http(
      `${this.session.params.endpoint}statements?statementId=${encodeURIComponent(s.id)}`,
      {
        method: 'PUT',
        headers: xapiHeaders(this.session.auth, { 'Content-Type': 'application/json' }),
        body: JSON.stringify(s),
        // A statement in flight outlives the page; the ones after it go in the closing batch.
        keepalive: true,
      },
    );
    return res.status;
  }

  private onResult(item: QueueItem, status: number | 'unreachable'): void {
    const once = (key: string, text: string) => {
      if (this.told.has(key)) return;
      this.told.add(key);
      this.notify(text);
    };
    if (status === 'unreachable' || status >= 500 || status === 429)
      once(
        'down',
        say(
          'lms.notice.down',
          'The learning platform cannot be reached just now. Play on: what you do is kept in this browser and sent, in order, as soon as it answers again.',
        ),
      );
    else if (status === 401 || status === 403)
      once(
        'refused',
        say(
          'lms.notice.refused',
          `The learning platform no longer accepts this session’s records (${status}). Your progress is kept in this window; to have it recorded, launch the module again from the platform.`,
          { status },
        ),
      );
    else if (status === 412 && item.kind === 'state')
      once(
        'taken-over',
        say(
          'lms.notice.takenOver',
          'This module was opened again in another window: progress made here is no longer saved. Close this window and go on in the other one.',
        ),
      );
  }
}
