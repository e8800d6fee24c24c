/**
 * The cmi5 rules an LMS holds an AU's statements to (cmi5 §7.1, §9, §10.2.2), each keyed to its
 * requirement id in ADL's list (@cmi5/requirements). `checkStatement` looks at one statement as the
 * LMS receives it, given what the session and the registration have received before; a statement
 * with violations is refused (the LMS "SHOULD reject", §6.3). `checkSessionEnd` is what must have
 * happened once the session is over. Pure: the LMS (cmi5-lms.ts) keeps the history.
 */
import type { Statement } from '../../../../src/app/lms/xapi-statements.ts';
import type { LaunchMode } from '../../../../src/app/lms/cmi5-launch.ts';

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const V = 'http://adlnet.gov/expapi/verbs/';
const AU_VERBS = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

export interface SessionFacts {
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
  sessionId: string;
  template: Record<string, unknown>;
  launchMode: LaunchMode;
  masteryScore: number | null;
}

export interface History {
  /** This session's statements, as received. */
  session: Statement[];
  /** The registration's statements from earlier sessions of this AU. */
  registration: Statement[];
}

export type Violation = { id: string; why: string };

type Ctx = {
  registration?: string;
  contextActivities?: Record<string, { id: string }[]>;
  extensions?: Record<string, unknown>;
};
type Res = { success?: boolean; completion?: boolean; duration?: string; score?: Record<string, number> };

const ctx = (s: Statement) => (s.context ?? {}) as unknown as Ctx;
const res = (s: Statement) => (s.result ?? {}) as Res;
const verbName = (s: Statement) => (s.verb.id.startsWith(V) ? s.verb.id.slice(V.length) : s.verb.id);
const inCategory = (s: Statement, id: string) =>
  (ctx(s).contextActivities?.category ?? []).some((a) => a.id === id);
export const isDefined = (s: Statement) => inCategory(s, CMI5_CATEGORY);
const same = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
function sorted(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sorted);
  if (x && typeof x === 'object')
    return Object.fromEntries(
      Object.keys(x)
        .sort()
        .map((k) => [k, sorted((x as Record<string, unknown>)[k])]),
    );
  return x;
}

/** Every value of the template is in the context, unchanged (lists: every entry, by id). */
function keepsTemplate(template: Record<string, unknown>, context: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(template)) {
    const have = context[key];
    if (key === 'contextActivities' || key === 'extensions') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const mine = (have as Record<string, unknown> | undefined)?.[k];
        if (key === 'extensions' && !same(v, mine)) return `extensions.${k}`;
        if (key === 'contextActivities')
          for (const a of (Array.isArray(v) ? v : [v]) as { id: string }[])
            if (!(Array.isArray(mine) ? mine : [mine]).some((m) => same(m, a)))
              return `contextActivities.${k} ${a.id}`;
      }
    } else if (!same(value, have)) return key;
  }
  return null;
}

export function checkStatement(s: Statement, f: SessionFacts, h: History): Violation[] {
  const out: Violation[] = [];
  const v = (id: string, why: string) => out.push({ id, why });
  const verb = verbName(s);
  const c = ctx(s);
  const r = res(s);
  const defined = isDefined(s);
  const seen = h.session;

  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(s.id))
    v('9.1.0.0-1', 'id is not a UUID');
  if (!same(s.actor, f.actor)) v('8.1.3.0-3', 'actor is not the launch actor');
  if (c.registration !== f.registration)
    v('9.6.1.0-1', 'context.registration is not the launch registration');
  if (c.extensions?.[SESSION_ID] !== f.sessionId) v('9.6.3.1-4', 'no session id of this session');
  const broken = keepsTemplate(f.template, s.context as unknown as Record<string, unknown>);
  if (broken)
    v(
      broken.startsWith('contextActivities') ? '9.6.2.0-1' : '10.2.1.0-7',
      `the context template's ${broken} was dropped or overwritten`,
    );
  if (typeof s.timestamp !== 'string') v('9.7.0.0-1', 'no timestamp');
  else if (!/(Z|[+-]00:?00)$/.test(s.timestamp)) v('9.7.0.0-2', 'timestamp not in UTC');
  const first = seen[0];
  if (!first && !(defined && verb === 'initialized')) v('9.3.0.0-4', `the first statement is "${verb}"`);
  if (first && Date.parse(s.timestamp) < Date.parse(first.timestamp))
    v('9.3.2.0-2', 'a statement timed before initialized');
  const terminated = seen.find((x) => isDefined(x) && verbName(x) === 'terminated');
  if (terminated) v('9.3.0.0-5', `"${verb}" after terminated`);
  if (!defined) {
    if (inCategory(s, MOVEON_CATEGORY)) v('9.6.2.2-2', 'the moveOn category on a cmi5 allowed statement');
    if (!first) v('7.1.3.0-1', 'a cmi5 allowed statement before initialized');
    return out;
  }

  // cmi5 defined
  if (!AU_VERBS.includes(verb)) v('9.3.0.0-1', `"${verb}" is not a verb an AU sends`);
  if (s.object.id !== f.activityId) v('8.1.5.0-6', 'object is not the launch activityId');
  if (s.actor.objectType !== 'Agent') v('9.2.0.0-2', 'actor is not an Agent');
  const sessionVerbs = seen.filter(isDefined).map(verbName);
  const regVerbs = [...h.registration, ...seen].filter(isDefined).map(verbName);
  if (sessionVerbs.includes(verb)) v('9.3.0.0-2', `"${verb}" twice in a session`);
  if ((verb === 'passed' || verb === 'failed') && sessionVerbs.some((x) => x === 'passed' || x === 'failed'))
    v('9.3.0.0-3', 'both passed and failed in a session');
  if (verb === 'completed' && regVerbs.includes('completed'))
    v('9.3.0.0-6', 'completed twice in a registration');
  if (verb === 'passed' && regVerbs.includes('passed')) v('9.3.0.0-7', 'passed twice in a registration');
  if (verb === 'failed' && regVerbs.includes('passed')) v('9.3.0.0-8', 'failed after passed');
  if (r.score && verb !== 'passed' && verb !== 'failed') v('9.5.1.0-2', `a score on "${verb}"`);
  if (r.score && r.score.raw !== undefined && (r.score.min === undefined || r.score.max === undefined))
    v('9.5.1.0-3', 'score.raw without min and max');
  if (verb === 'passed' && r.success !== true) v('9.5.2.0-1', 'passed without success true');
  if (verb === 'failed' && r.success !== false) v('9.5.2.0-2', 'failed without success false');
  if (verb !== 'passed' && verb !== 'failed' && r.success !== undefined)
    v('9.5.2.0-3', `success on "${verb}"`);
  if (verb === 'completed' && r.completion !== true) v('9.5.3.0-1', 'completed without completion true');
  if (verb !== 'completed' && r.completion !== undefined) v('9.5.3.0-2', `completion on "${verb}"`);
  const needsDuration = {
    terminated: '9.5.4.1-1',
    completed: '9.5.4.1-2',
    passed: '9.5.4.1-3',
    failed: '9.5.4.1-4',
  };
  if (verb in needsDuration && !r.duration)
    v(needsDuration[verb as keyof typeof needsDuration], `"${verb}" without duration`);
  const moveOn = r.success !== undefined || r.completion !== undefined;
  if (moveOn && !inCategory(s, MOVEON_CATEGORY)) v('9.6.2.2-1', `"${verb}" without the moveOn category`);
  if (!moveOn && inCategory(s, MOVEON_CATEGORY)) v('9.6.2.2-2', `the moveOn category on "${verb}"`);
  const scaled = r.score?.scaled;
  if (f.masteryScore !== null && typeof scaled === 'number') {
    if (verb === 'passed' && scaled < f.masteryScore)
      v('9.3.4.0-2', `passed with ${scaled} < ${f.masteryScore}`);
    if (verb === 'failed' && scaled >= f.masteryScore)
      v('9.3.5.0-2', `failed with ${scaled} ≥ ${f.masteryScore}`);
    if (c.extensions?.[MASTERY_SCORE] !== f.masteryScore)
      v('9.6.3.2-2', `"${verb}" without the masteryScore`);
  }
  if (f.launchMode !== 'Normal' && verb !== 'initialized' && verb !== 'terminated')
    v(f.launchMode === 'Browse' ? '10.2.2.0-9' : '10.2.2.0-11', `"${verb}" in ${f.launchMode} mode`);
  return out;
}

/** What must have happened once a session is over. */
export function checkSessionEnd(f: SessionFacts, session: Statement[]): Violation[] {
  const verbs = session.filter(isDefined).map(verbName);
  const out: Violation[] = [];
  if (!verbs.includes('initialized')) out.push({ id: '7.1.1.0-1', why: 'no initialized' });
  if (!verbs.includes('terminated')) out.push({ id: '9.3.8.0-1', why: 'no terminated' });
  const last = session.at(-1);
  if (last && !(isDefined(last) && verbName(last) === 'terminated'))
    out.push({ id: '9.3.8.0-2', why: `the last statement is "${verbName(last)}"` });
  const times = session.map((s) => Date.parse(s.timestamp));
  if (times.some((t, i) => i > 0 && t < times[i - 1]!))
    out.push({ id: '9.3.0.0-5', why: 'statements out of timestamp order' });
  return out;
}
