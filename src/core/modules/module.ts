/**
 * Onboarding modules: an ordered set of scenarios with learning objectives and a pass mark,
 * defined in `stories/modules/*.json`. This file validates a module definition (a valibot schema,
 * at build time, with messages that name the file, the field and the fix) and computes a learner's progress through it
 * from their record. Pure: no DOM, no storage.
 */

import * as v from 'valibot';

export interface ModuleObjective {
  id: string;
  text: string;
  /** The scenarios whose results show this objective; it is met when each scores at least `minScore`. */
  scenarios: string[];
  minScore: number;
}

export interface ModuleDefinition {
  id: string;
  title: string;
  summary: string;
  scenarios: string[];
  objectives: ModuleObjective[];
  /** Average of the scenarios' best scores needed to pass, 0–100. */
  passMark: number;
  /** Each scenario opens only when the one before it is finished. */
  sequential: boolean;
}

export class ModuleError extends Error {
  override name = 'ModuleError';
}

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const FIELDS = ['id', 'title', 'summary', 'scenarios', 'objectives', 'passMark', 'sequential'];

/** A trimmed, non-empty string of at most `max` characters. */
const text = (key: string, max: number) =>
  v.pipe(
    v.string(`"${key}" must be a non-empty string of at most ${max} characters`),
    v.trim(),
    v.nonEmpty(`"${key}" must be a non-empty string of at most ${max} characters`),
    v.maxLength(max, `"${key}" must be a non-empty string of at most ${max} characters`),
  );

const mark = (what: string) =>
  v.pipe(v.number(what), v.finite(what), v.minValue(0, what), v.maxValue(100, what));

/**
 * The schema of a module file, for the stories that exist. Messages name the field and the fix;
 * `parseModule` puts the file's name in front of the first one.
 */
function moduleSchema(knownStories: readonly string[]) {
  const storyId = v.pipe(
    v.string('must be a story id (a file name in stories/ without .ink)'),
    v.check(
      (s) => knownStories.includes(s),
      (issue) => `"${String(issue.input)}" is not a story — known stories: ${knownStories.join(', ')}`,
    ),
  );
  return v.pipe(
    v.strictObject(
      {
        id: v.pipe(
          text('id', 63),
          v.regex(
            ID,
            (issue) => `"id" must be lower-case letters, digits and dashes (got "${String(issue.input)}")`,
          ),
        ),
        title: text('title', 120),
        summary: v.optional(text('summary', 600), ''),
        scenarios: v.pipe(
          v.array(storyId, '"scenarios" must list at least one story id'),
          v.nonEmpty('"scenarios" must list at least one story id'),
          v.check((ids) => new Set(ids).size === ids.length, '"scenarios" lists a story twice'),
        ),
        objectives: v.optional(
          v.array(
            v.object(
              {
                id: v.pipe(
                  v.string('must be a short lower-case id'),
                  v.regex(ID, 'must be a short lower-case id'),
                ),
                text: v.pipe(
                  v.string('must say what the learner can do'),
                  v.trim(),
                  v.nonEmpty('must say what the learner can do'),
                ),
                scenarios: v.optional(v.array(v.string('must list scenarios of this module'))),
                minScore: v.optional(mark('must be 0–100')),
              },
              'must be an object with id, text and scenarios',
            ),
            '"objectives" must be a list',
          ),
          [],
        ),
        passMark: v.optional(mark('"passMark" must be a number from 0 to 100'), 60),
        sequential: v.optional(v.boolean('"sequential" must be true or false'), true),
      },
      (issue) =>
        `unknown field "${String(issue.path?.at(-1)?.key ?? '')}" — the fields are ${FIELDS.join(', ')}`,
    ),
    v.check(
      (m) => strayObjective(m) < 0,
      (issue) =>
        `"objectives[${strayObjective(issue.input as Parsed)}].scenarios" must list scenarios of this module`,
    ),
  );
}

type Parsed = { scenarios: string[]; objectives: { scenarios?: string[] | undefined }[] };

/** The first objective naming a scenario the module does not have, or -1. */
function strayObjective(m: Parsed): number {
  return m.objectives.findIndex((o) => (o.scenarios ?? []).some((s) => !m.scenarios.includes(s)));
}

/** Where in the file an issue is, as an author reads it: `scenarios[1]`, `objectives[0].scenarios`. */
function placeOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const step of issue.path ?? []) {
    const key = step.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  }
  return out;
}

/** Validate a parsed module file. `knownStories` are the ids of `stories/*.ink`. */
export function parseModule(raw: unknown, file: string, knownStories: readonly string[]): ModuleDefinition {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ModuleError(`${file}: a module file must be a JSON object`);
  const r = v.safeParse(moduleSchema(knownStories), raw, { abortEarly: true });
  if (!r.success) {
    const issue = r.issues[0];
    // A message that names its field ("passMark" must…, unknown field "x") stands alone; the others
    // are about one item of a list and get its place in front (scenarios[1] "nope" is not a story).
    const standsAlone = /^("[^"]*" (must|lists)|unknown field)/.test(issue.message);
    const message = standsAlone ? issue.message : `${placeOf(issue)} ${issue.message}`.trim();
    throw new ModuleError(`${file}: ${message}`);
  }
  const m = r.output;
  return {
    id: m.id,
    title: m.title,
    summary: m.summary,
    scenarios: m.scenarios,
    objectives: m.objectives.map((o) => ({
      id: o.id,
      text: o.text,
      scenarios: o.scenarios ?? m.scenarios,
      minScore: o.minScore ?? m.passMark,
    })),
    passMark: m.passMark,
    sequential: m.sequential,
  };
}

export interface ScenarioResult {
  /** Best score so far, or null when the scenario has never been finished. */
  best: number | null;
  /** When it was last finished. */
  finishedAt: string | null;
}

export interface ModuleProgress {
  finished: number;
  total: number;
  /** Per scenario, in module order: its result and whether it can be played now. */
  scenarios: { id: string; result: ScenarioResult; open: boolean }[];
  objectives: { objective: ModuleObjective; met: boolean }[];
  average: number | null;
  complete: boolean;
  passed: boolean;
  /** The date the module was completed (the last of its scenarios' finishes), when complete. */
  completedAt: string | null;
  /**
   * The module's checks (checks.ts), when it has them: the opening one is answered first (the
   * scenarios open after it), the closing one once every scenario is finished.
   */
  checks: { before: 'todo' | 'done'; after: 'locked' | 'todo' | 'done' } | null;
}

/** Which of a module's checks are answered; null for a module without checks. */
export type ChecksAnswered = { before: boolean; after: boolean } | null;

export function moduleProgress(
  def: ModuleDefinition,
  results: (storyId: string) => ScenarioResult,
  checks: ChecksAnswered = null,
): ModuleProgress {
  let previousDone = !checks || checks.before;
  const scenarios = def.scenarios.map((id) => {
    const result = results(id);
    const open = (!def.sequential || previousDone) && (!checks || checks.before);
    previousDone = result.best !== null;
    return { id, result, open };
  });
  const finished = scenarios.filter((s) => s.result.best !== null);
  const complete = finished.length === scenarios.length;
  const average = finished.length ? finished.reduce((s, x) => s + x.result.best!, 0) / finished.length : null;
  const objectives = def.objectives.map((objective) => ({
    objective,
    met: objective.scenarios.every((id) => {
      const best = results(id).best;
      return best !== null && best >= objective.minScore;
    }),
  }));
  const dates = finished.map((s) => s.result.finishedAt).filter((d): d is string => !!d);
  return {
    finished: finished.length,
    total: scenarios.length,
    scenarios,
    objectives,
    average: average === null ? null : Math.round(average),
    complete,
    passed: complete && average !== null && average >= def.passMark,
    completedAt: complete && dates.length ? dates.sort().at(-1)! : null,
    checks: checks && {
      before: checks.before ? 'done' : 'todo',
      after: checks.after ? 'done' : complete ? 'todo' : 'locked',
    },
  };
}
