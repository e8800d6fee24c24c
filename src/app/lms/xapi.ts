/**
 * Reporting to an xAPI Learning Record Store named by a "tincan launch": statements through a
 * durable queue (xapi-queue.ts) and the resume point in the LRS's State API, so a learner who
 * moves to another device resumes where they left off.
 *
 * Sent with `fetch` (not a client library's XHR) because only `fetch(…, { keepalive: true })`
 * survives the page being closed. Statements are PUT under ids we generate, so a retry can never
 * record a statement twice.
 */
import { shortHash, SUSPEND_LIMIT } from './datatypes.ts';
import type { XapiLaunch } from './launch.ts';
import type { CheckAnswer, CheckReport, Decision, FinishReport, LmsReporter } from './report.ts';
import { DurableQueue, type QueueItem } from './xapi-queue.ts';
import type { KeyValueStore } from '../../platform/storage/kv-store.ts';
import { LocalStorageStore } from '../../platform/storage/local-storage.ts';
import type { Timers } from '../../platform/schedule.ts';
import {
  completedStatement,
  checkAnswerStatement,
  checkResultStatement,
  decisionStatement,
  moduleStatement,
  successStatement,
  terminatedStatement,
  type Statement,
  type StatementContext,
} from './xapi-statements.ts';
import { uuid } from '../../platform/ids.ts';

export const XAPI_VERSION = '1.0.3';
export const STATE_ID = 'https://w3id.org/rapport/xapi/state/resume';

export interface XapiOptions {
  launch: XapiLaunch;
  /** The module's activity id, used when the launch gives no `activity_id`. */
  activityId: string;
  moduleName: string;
  /** The module's title in each language it is translated into (the package's texts). */
  moduleNames?: Record<string, string>;
  /** The learner's language at the start (it follows `language()` after). */
  lang?: string;
  iriBase?: string;
  /** Default: the page's storage port (localStorage), where the browser gives one. */
  storage?: KeyValueStore | null;
  fetch?: typeof fetch;
  now?: () => number;
  timers?: Timers;
  random?: () => number;
  newId?: () => string;
  /** Where `online` events come from (the window): a reconnect sends the queue at once. */
  events?: Pick<EventTarget, 'addEventListener'>;
  /** How long to wait for the LRS's resume state at start before going on without it. */
  stateTimeoutMs?: number;
  warn?: (message: string) => void;
}

interface StatePayload {
  query: string;
  body: string;
}

export class XapiReporter implements LmsReporter {
  readonly kind = 'xapi' as const;
  readonly suspendLimit = SUSPEND_LIMIT.xapi;
  readonly problem: string | null = null;
  readonly queue: DurableQueue;
  readonly context: StatementContext;
  private readonly launch: XapiLaunch;
  private readonly fetchFn: typeof fetch;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly storage: KeyValueStore | null;
  private state: 'new' | 'open' | 'closed' = 'new';
  private startedAt = 0;

  constructor(private readonly options: XapiOptions) {
    this.launch = options.launch;
    this.storage = options.storage === undefined ? browserStorage() : options.storage;
    this.fetchFn = options.fetch ?? ((...args) => fetch(...args));
    this.now = options.now ?? (() => Date.now());
    this.newId = options.newId ?? (() => uuid());
    const actorKey = shortHash(this.launch.endpoint + JSON.stringify(this.launch.actor));
    const moduleId = this.launch.activityId ?? options.activityId;
    this.context = {
      actor: this.launch.actor,
      registration: this.launch.registration ?? this.registrationFor(`${actorKey}:${shortHash(moduleId)}`),
      moduleId,
      moduleName: options.moduleName,
      moduleNames: options.moduleNames,
      lang: options.lang ?? 'en',
      iriBase: options.iriBase,
    };
    this.queue = new DurableQueue({
      storage: this.storage,
      key: `rapport.xapi.queue:${actorKey}`,
      send: (item, o) => this.send(item, o.keepalive),
      timers: options.timers,
      random: options.random,
      warn: options.warn,
    });
    options.events?.addEventListener('online', () => void this.queue.flush());
  }

  /** The learner's language from now on: the statements' `context.language` and language maps. */
  language(lang: string): void {
    this.context.lang = lang;
  }

  async start(): Promise<{ resume: string | null }> {
    if (this.state !== 'new') return { resume: null };
    this.state = 'open';
    this.startedAt = this.now();
    const resume = await this.readState();
    const at = new Date(this.startedAt);
    if (resume === null) this.statement(moduleStatement(this.context, this.newId(), 'launched', at));
    this.statement(moduleStatement(this.context, this.newId(), 'initialized', at));
    return { resume };
  }

  decision(d: Decision): void {
    if (this.state !== 'open') return;
    this.statement(decisionStatement(this.context, this.newId(), d));
  }

  checkAnswer(a: CheckAnswer): void {
    if (this.state !== 'open') return;
    this.statement(checkAnswerStatement(this.context, this.newId(), a));
  }

  checkResult(r: CheckReport): void {
    if (this.state !== 'open') return;
    this.statement(checkResultStatement(this.context, this.newId(), r));
  }

  progress(suspendData: string): void {
    if (this.state !== 'open') return;
    if (suspendData.length > this.suspendLimit) return;
    const payload: StatePayload = { query: this.stateQuery(), body: suspendData };
    this.queue.enqueue({ id: this.newId(), kind: 'state', slot: `state:${payload.query}`, payload });
  }

  finish(r: FinishReport): void {
    if (this.state !== 'open' || !r.completed) return;
    const at = new Date(this.now());
    this.statement(completedStatement(this.context, this.newId(), r, at));
    this.statement(successStatement(this.context, this.newId(), r, at));
  }

  terminate(): void {
    if (this.state !== 'open') {
      this.state = 'closed';
      return;
    }
    const at = this.now();
    this.statement(terminatedStatement(this.context, this.newId(), at - this.startedAt, new Date(at)));
    this.state = 'closed';
    this.queue.flushOnExit();
  }

  flush(): void {
    this.queue.flushOnExit();
  }

  private statement(s: Statement): void {
    this.queue.enqueue({ id: s.id, kind: 'statement', payload: s });
  }

  private headers(contentType: string): Record<string, string> {
    return {
      'X-Experience-API-Version': XAPI_VERSION,
      'Content-Type': contentType,
      ...(this.launch.auth ? { Authorization: this.launch.auth } : {}),
    };
  }

  private async send(item: QueueItem, keepalive: boolean): Promise<number> {
    if (item.kind === 'statement') {
      const s = item.payload as Statement;
      const res = await this.fetchFn(
        `${this.launch.endpoint}statements?statementId=${encodeURIComponent(s.id)}`,
        {
          method: 'PUT',
          headers: this.headers('application/json'),
          body: JSON.stringify(s),
          keepalive,
        },
      );
      return res.status;
    }
    const p = item.payload as StatePayload;
    const res = await this.fetchFn(`${this.launch.endpoint}activities/state?${p.query}`, {
      method: 'PUT',
      headers: this.headers('text/plain; charset=utf-8'),
      body: p.body,
      keepalive,
    });
    return res.status;
  }

  private stateQuery(): string {
    return new URLSearchParams({
      activityId: this.context.moduleId,
      agent: JSON.stringify(this.launch.actor),
      registration: this.context.registration,
      stateId: STATE_ID,
    }).toString();
  }

  /** The resume state: a newer one still waiting in our queue, else the LRS's; null if none. */
  private async readState(): Promise<string | null> {
    const query = this.stateQuery();
    const waiting = this.queue
      .pending()
      .filter((i) => i.kind === 'state' && (i.payload as StatePayload).query === query)
      .at(-1);
    if (waiting) return (waiting.payload as StatePayload).body;
    const abort = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = setTimeout(() => abort?.abort(), this.options.stateTimeoutMs ?? 8000);
    try {
      const res = await this.fetchFn(`${this.launch.endpoint}activities/state?${query}`, {
        method: 'GET',
        headers: {
          'X-Experience-API-Version': XAPI_VERSION,
          ...(this.launch.auth ? { Authorization: this.launch.auth } : {}),
        },
        ...(abort ? { signal: abort.signal } : {}),
      });
      if (res.status !== 200) return null;
      const text = await res.text();
      return text.length <= this.suspendLimit ? text : null;
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Without a registration in the launch, one per learner and module, kept so resume finds it. */
  private registrationFor(key: string): string {
    const storageKey = `rapport.xapi.registration:${key}`;
    const stored = this.storage?.getItem(storageKey);
    if (stored?.ok && stored.value && /^[0-9a-f-]{36}$/.test(stored.value)) return stored.value;
    const id = uuid();
    this.storage?.setItem(storageKey, id); // refused: this launch only
    return id;
  }
}

/** The page's storage port, or null where the browser gives none (the queue then lives in memory). */
function browserStorage(): KeyValueStore | null {
  const store = new LocalStorageStore();
  return store.status().available ? store : null;
}
