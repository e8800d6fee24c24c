/**
 * cmi5 statements (cmi5 §7.1.3, §9): every statement's context starts from the LMS's
 * `contextTemplate` — its session id, its publisher-id grouping, anything else it holds — and adds
 * to it without overwriting a value of it (§10.2.1).
 *
 * - "cmi5 defined": initialized, completed, passed, failed, terminated, about the AU (the launch's
 *   activityId), with the cmi5 category; completed, passed and failed also with the moveOn category
 *   (§9.6.2.2), a duration (§9.5.4.1), and only the result properties §9.5 allows (score on
 *   passed/failed alone, success on passed/failed, completion on completed);
 * - "cmi5 allowed": everything else the module says (decisions, the checks' answers and results),
 *   built as for xAPI, then given the template — and never the cmi5 or moveOn category.
 *
 * Pure: the reporter passes ids and times.
 */
import { decimal, isoDuration } from './datatypes.ts';
import type { FinishReport } from './report.ts';
import { VERBS, type Statement } from './xapi-statements.ts';
import { languageMap, verbDisplay } from './xapi-language.ts';

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

type ActivityRef = { id: string; objectType?: string; definition?: unknown };

export interface Cmi5Context {
  registration?: string;
  contextActivities?: Record<string, ActivityRef[]>;
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Cmi5Statement extends Omit<Statement, 'context' | 'result'> {
  context: Cmi5Context;
  result?: Omit<NonNullable<Statement['result']>, 'extensions'> & { extensions?: Record<string, unknown> };
}

export interface Cmi5StatementContext {
  actor: Record<string, unknown>;
  registration: string;
  /** The launch's activityId: the object of every cmi5 defined statement (§9.4). */
  activityId: string;
  moduleName: string;
  /** The module's title in each language it is translated into. */
  moduleNames?: Record<string, string>;
  /** The learner's language now: `context.language`, and the second key of the language maps. */
  lang: string;
  template: Record<string, unknown>;
}

/**
 * The template, then ours: values the template has stay as they are; a context-activity list is
 * the template's entries and then ours that it lacks (by id); extensions likewise.
 */
export function mergeContext(template: Record<string, unknown>, ours: Cmi5Context): Cmi5Context {
  const out: Cmi5Context = structuredClone(template) as Cmi5Context;
  for (const [key, value] of Object.entries(ours)) {
    if (value === undefined) continue;
    if (key === 'contextActivities') {
      const lists = (out.contextActivities ??= {});
      for (const [kind, activities] of Object.entries(value as Record<string, ActivityRef[]>)) {
        const list = (lists[kind] = Array.isArray(lists[kind])
          ? lists[kind]
          : lists[kind]
            ? [lists[kind]]
            : []);
        for (const a of activities) if (!list.some((x) => x.id === a.id)) list.push(a);
      }
    } else if (key === 'extensions') {
      out.extensions = { ...(value as Record<string, unknown>), ...(out.extensions ?? {}) };
    } else if (!(key in out)) {
      out[key] = value;
    }
  }
  return out;
}

const category = (id: string): ActivityRef => ({ id, objectType: 'Activity' });

/** An xAPI statement of ours, made "cmi5 allowed": the template's context, no cmi5 category. */
export function allowedStatement(c: Cmi5StatementContext, s: Statement): Cmi5Statement {
  const context = mergeContext(c.template, { ...s.context, registration: c.registration } as Cmi5Context);
  const lists = context.contextActivities;
  if (lists?.category) {
    lists.category = lists.category.filter((a) => a.id !== CMI5_CATEGORY && a.id !== MOVEON_CATEGORY);
    if (!lists.category.length) delete lists.category;
  }
  return { ...s, actor: c.actor as unknown as Statement['actor'], context };
}

export type DefinedVerb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

export function definedStatement(
  c: Cmi5StatementContext,
  id: string,
  verb: DefinedVerb,
  at: Date,
  extra: { result?: Cmi5Statement['result']; masteryScore?: number | null } = {},
): Cmi5Statement {
  const moveOn = verb === 'completed' || verb === 'passed' || verb === 'failed';
  const ours: Cmi5Context = {
    registration: c.registration,
    language: c.lang,
    platform: 'Rapport',
    contextActivities: {
      category: [category(CMI5_CATEGORY), ...(moveOn ? [category(MOVEON_CATEGORY)] : [])],
    },
  };
  if ((verb === 'passed' || verb === 'failed') && typeof extra.masteryScore === 'number')
    ours.extensions = { [MASTERY_SCORE]: extra.masteryScore };
  const s: Cmi5Statement = {
    id,
    actor: c.actor as unknown as Statement['actor'],
    verb: { id: VERBS[verb], display: verbDisplay(verb, c.lang) },
    object: {
      objectType: 'Activity',
      id: c.activityId,
      definition: {
        name: languageMap(c.moduleName, c.lang, c.moduleNames?.[c.lang]),
        type: 'http://adlnet.gov/expapi/activities/module',
      },
    },
    context: mergeContext(c.template, ours),
    timestamp: at.toISOString(),
  };
  if (extra.result) s.result = extra.result;
  return s;
}

/**
 * The module's score as cmi5 wants it (§9.5.1): `raw` an integer between `min` and `max`, and
 * `scaled` the average itself (4 places) — the number the verdict is taken on.
 */
export function cmi5Score(r: FinishReport): { scaled: number; raw: number; min: number; max: number } {
  const raw = Math.min(r.scoreMax, Math.max(r.scoreMin, r.scoreRaw));
  return {
    scaled: Number(decimal((raw - r.scoreMin) / (r.scoreMax - r.scoreMin), 0, 1, 4)),
    raw: Math.round(raw),
    min: r.scoreMin,
    max: r.scoreMax,
  };
}

export const durationSince = (startedAt: number, at: number) => isoDuration(Math.max(0, at - startedAt));
