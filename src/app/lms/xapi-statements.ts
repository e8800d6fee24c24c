/**
 * The xAPI statements a module sends, built as plain data: launched and initialized at the start,
 * answered for each decision (with Rapport and Trust after it as result extensions), completed and
 * passed or failed at the end, terminated when the learner leaves. Every statement carries what
 * xAPI 1.0.3 requires (id, actor, verb with display, object with definition, timestamp) and the
 * registration of the launch. Names, descriptions and verbs are language maps: `en-US`, and the
 * learner's language when it is another (xapi-language.ts); `context.language` is the learner's.
 * Pure: the caller passes ids, times and the learner's language.
 */
import type { XapiAgent } from './launch.ts';
import type { CheckAnswer, CheckReport, Decision, FinishReport } from './report.ts';
import { decimal, isoDuration, oneLine } from './datatypes.ts';
import { checkItemName, EN, languageMap, phraseMap, verbDisplay } from './xapi-language.ts';

/**
 * Rapport's own IRIs (extensions, activity ids when a package names none). Meant to be made to
 * resolve to docs/lms.md; a package can use another base (`--iri-base`).
 */
export const RAPPORT_IRI = 'https://w3id.org/rapport/xapi';

export const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  module: 'http://adlnet.gov/expapi/activities/module',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  objective: 'http://adlnet.gov/expapi/activities/objective',
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

export const extensionIris = (base = RAPPORT_IRI) => ({
  /** Rapport after the decision, 0–100 (mean over the counterparts in the scene). */
  rapport: `${base}/extensions/rapport`,
  /** Trust after the decision, 0–100. */
  trust: `${base}/extensions/trust`,
  /** Percentage points from a module's opening check to its closing one (−100…100). */
  learningGain: `${base}/extensions/learning-gain`,
});

type LanguageMap = Record<string, string>;

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition: {
    name: LanguageMap;
    description?: LanguageMap;
    type: string;
    interactionType?: 'choice';
    choices?: { id: string; description: LanguageMap }[];
    correctResponsesPattern?: string[];
  };
}

export interface Statement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    extensions?: Record<string, number>;
  };
  context: {
    registration: string;
    platform: string;
    language: string;
    contextActivities?: { parent?: Activity[]; grouping?: Activity[] };
  };
  timestamp: string;
}

export interface StatementContext {
  actor: XapiAgent;
  registration: string;
  /** The module's activity id (from the launch, else the package's). */
  moduleId: string;
  moduleName: string;
  /** The module's title in each language it is translated into (the package's `texts`). */
  moduleNames?: Record<string, string>;
  /** The learner's language now (a BCP 47 tag): `context.language`, and the second key of every map. */
  lang: string;
  iriBase?: string;
}

const clip = (text: string) => oneLine(text).slice(0, 500) || '—';
/** A text in en-US and, translated, in the learner's language. */
const words = (c: StatementContext, english: string, translated?: string | null): LanguageMap =>
  languageMap(clip(english), c.lang, translated ? clip(translated) : null);
/** The translation made for the learner's language now (one made for another is not used). */
const inLanguage = <T extends { lang: string }>(c: StatementContext, t: T | undefined) =>
  t && t.lang === c.lang ? t : undefined;

export function moduleActivity(c: StatementContext): Activity {
  return {
    objectType: 'Activity',
    id: c.moduleId,
    definition: { name: words(c, c.moduleName, c.moduleNames?.[c.lang]), type: ACTIVITY_TYPES.module },
  };
}

/** A path segment of an IRI, with anything an IRI may not hold percent-encoded. */
const segment = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

export function scenarioActivity(c: StatementContext, storyId: string): Activity {
  return {
    objectType: 'Activity',
    id: `${c.moduleId}/scenarios/${segment(storyId)}`,
    definition: { name: { [EN]: storyId }, type: ACTIVITY_TYPES.scenario },
  };
}

function statement(
  c: StatementContext,
  id: string,
  verb: VerbName,
  object: Activity,
  at: Date,
  extra: Partial<Pick<Statement, 'result'>> & { parent?: Activity[]; grouping?: Activity[] } = {},
): Statement {
  const s: Statement = {
    id,
    actor: c.actor,
    verb: { id: VERBS[verb], display: verbDisplay(verb, c.lang) },
    object,
    context: { registration: c.registration, platform: 'Rapport', language: c.lang },
    timestamp: at.toISOString(),
  };
  if (extra.result) s.result = extra.result;
  if (extra.parent || extra.grouping) {
    s.context.contextActivities = {
      ...(extra.parent ? { parent: extra.parent } : {}),
      ...(extra.grouping ? { grouping: extra.grouping } : {}),
    };
  }
  return s;
}

export const moduleStatement = (
  c: StatementContext,
  id: string,
  verb: 'launched' | 'initialized',
  at: Date,
): Statement => statement(c, id, verb, moduleActivity(c), at);

export function decisionStatement(c: StatementContext, id: string, d: Decision): Statement {
  const ext = extensionIris(c.iriBase);
  const [story = d.storyId, ...rest] = d.id.split('/');
  const t = inLanguage(c, d.translated);
  const object: Activity = {
    objectType: 'Activity',
    id: `${c.moduleId}/scenarios/${segment(story)}/choices/${rest.map(segment).join('/') || segment(d.id)}`,
    definition: {
      name: phraseMap('choiceIn', story, c.lang),
      description: words(c, d.description, t?.description),
      type: ACTIVITY_TYPES.interaction,
      interactionType: 'choice',
      ...(d.options?.length
        ? {
            choices: d.options.map((o, i) => ({
              id: o.response,
              description: words(c, o.text, t?.options[i]),
            })),
          }
        : {}),
    },
  };
  return statement(c, id, 'answered', object, d.timestamp, {
    result: {
      response: d.learnerResponse,
      ...(d.result === 'neutral' ? {} : { success: d.result === 'positive' }),
      extensions: { [ext.rapport]: round(d.rapport), [ext.trust]: round(d.trust) },
    },
    parent: [scenarioActivity(c, d.storyId)],
    grouping: [moduleActivity(c)],
  });
}

const round = (n: number) => Math.round(Math.min(100, Math.max(0, n)) * 10) / 10;

function score(r: FinishReport) {
  const raw = Number(decimal(r.scoreRaw, r.scoreMin, r.scoreMax));
  return {
    scaled: Number(decimal((raw - r.scoreMin) / (r.scoreMax - r.scoreMin), 0, 1, 4)),
    raw,
    min: r.scoreMin,
    max: r.scoreMax,
  };
}

export function completedStatement(c: StatementContext, id: string, r: FinishReport, at: Date): Statement {
  return statement(c, id, 'completed', moduleActivity(c), at, {
    result: { completion: true, score: score(r) },
  });
}

export function successStatement(c: StatementContext, id: string, r: FinishReport, at: Date): Statement {
  return statement(c, id, r.passed ? 'passed' : 'failed', moduleActivity(c), at, {
    result: { success: r.passed, completion: r.completed, score: score(r) },
  });
}

export function terminatedStatement(c: StatementContext, id: string, sessionMs: number, at: Date): Statement {
  return statement(c, id, 'terminated', moduleActivity(c), at, {
    result: { duration: isoDuration(sessionMs) },
  });
}

/** A module's opening or closing check, as an assessment activity. */
export function checkActivity(c: StatementContext, phase: 'before' | 'after'): Activity {
  return {
    objectType: 'Activity',
    id: `${c.moduleId}/checks/${phase}`,
    definition: {
      name: phraseMap(
        phase === 'before' ? 'opening' : 'closing',
        clip(c.moduleName),
        c.lang,
        c.moduleNames?.[c.lang] && clip(c.moduleNames[c.lang]!),
      ),
      type: ACTIVITY_TYPES.assessment,
    },
  };
}

/**
 * One item of a check answered: a choice interaction with its four responses and the best one, the
 * check as parent, and the module and the lesson (the module objective it tests) as grouping.
 */
export function checkAnswerStatement(c: StatementContext, id: string, a: CheckAnswer): Statement {
  const t = inLanguage(c, a.translated);
  const object: Activity = {
    objectType: 'Activity',
    id: `${c.moduleId}/checks/${a.phase}/${segment(a.itemId)}`,
    definition: {
      name: checkItemName(a.phase, a.number, c.lang),
      description: words(c, a.situation, t?.situation),
      type: ACTIVITY_TYPES.interaction,
      interactionType: 'choice',
      choices: a.options.map((o, i) => ({ id: o.response, description: words(c, o.text, t?.options[i]) })),
      correctResponsesPattern: [a.correctResponse],
    },
  };
  const lesson: Activity = {
    objectType: 'Activity',
    id: `${c.moduleId}/objectives/${segment(a.lesson)}`,
    definition: { name: words(c, a.lessonText, t?.lessonText), type: ACTIVITY_TYPES.objective },
  };
  return statement(c, id, 'answered', object, a.timestamp, {
    result: { response: a.learnerResponse, success: a.correct },
    parent: [checkActivity(c, a.phase)],
    grouping: [moduleActivity(c), lesson],
  });
}

/** A check completed, with its score; the closing one carries the gain as a result extension. */
export function checkResultStatement(c: StatementContext, id: string, r: CheckReport): Statement {
  const total = Math.max(1, r.total);
  const ext = extensionIris(c.iriBase);
  return statement(c, id, 'completed', checkActivity(c, r.phase), r.timestamp, {
    result: {
      completion: true,
      score: {
        scaled: Number(decimal(r.correct / total, 0, 1, 4)),
        raw: r.correct,
        min: 0,
        max: total,
      },
      ...(r.gain !== null ? { extensions: { [ext.learningGain]: r.gain } } : {}),
    },
    grouping: [moduleActivity(c)],
  });
}
