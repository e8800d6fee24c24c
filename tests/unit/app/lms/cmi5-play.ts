/**
 * Plays one cmi5 session of the real AU code (the launch handshake and Cmi5Reporter) against the
 * LMS in memory: launch, fetch, LaunchData, preferences, initialized, decisions, a check, the
 * module's result, terminated — and, for the rule tests, a "broken package": a change made to what
 * the AU sends, on the wire, before the LMS sees it.
 */
import { parseCmi5Params, isLaunchProblem, type Cmi5Params } from '../../../../src/app/lms/cmi5-launch.ts';
import { openCmi5Session } from '../../../../src/app/lms/cmi5-handshake.ts';
import { Cmi5Reporter } from '../../../../src/app/lms/cmi5.ts';
import { responseId } from '../../../../src/app/lms/attempt.ts';
import type { Decision, FinishReport } from '../../../../src/app/lms/report.ts';
import type { Statement } from '../../../../src/app/lms/xapi-statements.ts';
import { MemoryStore } from '../../../../src/platform/storage/kv-store.ts';
import type { Cmi5Lms, LaunchOptions } from './cmi5-lms.ts';
import { isDefined } from './cmi5-rules.ts';
import type { Timers } from '../../../../src/platform/schedule.ts';

export type Wire = (url: string, init: RequestInit) => { url: string; init: RequestInit } | 'drop';

/** A change to each statement sent (return it, changed or not). */
export const onStatements =
  (change: (s: Statement, n: number) => Statement | null): Wire =>
  (url, init) => {
    if (!/\/statements(\?|$)/.test(url) || typeof init.body !== 'string') return { url, init };
    const parsed = JSON.parse(init.body) as Statement | Statement[];
    const list = (Array.isArray(parsed) ? parsed : [parsed]).map((s) => change(s, counter++));
    if (list.some((s) => s === null)) return 'drop';
    const body = JSON.stringify(Array.isArray(parsed) ? list : list[0]);
    return { url, init: { ...init, body } };
  };
let counter = 0;

export const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

export let clock = Date.parse('2026-03-01T10:00:00.000Z');
export const tick = (ms = 1000) => (clock += ms);

export const decision = (text = 'Ask about the delivery', index = 1): Decision => ({
  id: 'south-of-london/the_ask.0.19',
  storyId: 'south-of-london',
  choiceIndex: index,
  choiceText: text,
  learnerResponse: responseId(index, text),
  result: 'positive',
  description: text,
  timestamp: new Date(clock),
  rapport: 41.46,
  trust: 38,
  options: [
    { response: 'a-talk-price', text: 'Talk price' },
    { response: responseId(index, text), text },
  ],
});

export const finishAt = (score: number, passMark = 28): FinishReport => ({
  scoreRaw: score,
  scoreMin: 0,
  scoreMax: 100,
  passed: score >= passMark,
  completed: true,
});

export interface PlayOptions {
  launch?: LaunchOptions;
  wire?: Wire;
  /** The module's result (null: the learner leaves before the end). */
  score?: number | null;
  decisions?: number;
  storage?: MemoryStore;
  notices?: string[];
  timers?: Timers;
}

export function wired(lms: Cmi5Lms, wire?: Wire): typeof fetch {
  return (async (input: string | URL, init: RequestInit = {}) => {
    const changed = wire ? wire(String(input), init) : { url: String(input), init };
    if (changed === 'drop') return new Response(null, { status: 204 });
    return lms.fetch(changed.url, changed.init);
  }) as unknown as typeof fetch;
}

/** Open a session of the AU (handshake and reporter), started. */
export async function openAu(lms: Cmi5Lms, o: PlayOptions = {}) {
  const launched = lms.launch(o.launch);
  const http = wired(lms, o.wire);
  const params = parseCmi5Params(launched.query) as Cmi5Params;
  const session = await openCmi5Session(params, http);
  if (isLaunchProblem(session)) throw new Error(`${session.code}: ${session.detail}`);
  const reporter = new Cmi5Reporter({
    session,
    moduleName: 'Test module',
    storage: o.storage ?? new MemoryStore(),
    fetch: http,
    now: () => clock,
    random: () => 0.5,
    ...(o.timers ? { timers: o.timers } : {}),
    warn: () => undefined,
    notify: (t) => o.notices?.push(t),
  });
  const started = await reporter.start();
  return { launched, reporter, session, resume: started.resume };
}

/** One whole session: some decisions, a check, the result if any, terminated; then the LMS's end check. */
export async function play(lms: Cmi5Lms, o: PlayOptions = {}) {
  const au = await openAu(lms, o);
  const { reporter } = au;
  for (let i = 0; i < (o.decisions ?? 2); i++) {
    tick();
    reporter.decision(decision(`Choice ${i}`));
    reporter.progress(`r1|m=test-module|s=south-of-london|p=${'1'.repeat(i + 1)}`);
  }
  tick();
  reporter.checkResult({ phase: 'before', correct: 3, total: 5, gain: null, timestamp: new Date(clock) });
  if (o.score !== null) {
    tick();
    reporter.finish(finishAt(o.score ?? 80));
  }
  await settle();
  tick();
  await reporter.exit(200);
  await settle();
  const ended = lms.end(au.launched.sessionId);
  return { ...au, ended, statements: au.launched.session.statements };
}

export const verbs = (statements: Statement[]) => statements.map((s) => s.verb.id.split('/').at(-1));

/** The verbs of the cmi5 defined statements only. */
export const definedVerbs = (statements: Statement[]) => verbs(statements.filter(isDefined));
