/**
 * Onboarding modules: an ordered set of scenarios with learning objectives and a pass mark,
 * defined in `stories/modules/*.json`. This file validates a module definition (at build time,
 * with messages that name the file and the fix) and computes a learner's progress through it
 * from their record. Pure: no DOM, no storage.
 */

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

/** Validate a parsed module file. `knownStories` are the ids of `stories/*.ink`. */
export function parseModule(raw: unknown, file: string, knownStories: readonly string[]): ModuleDefinition {
  const fail = (what: string): never => {
    throw new ModuleError(`${file}: ${what}`);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('a module file must be a JSON object');
  const r = raw as Record<string, unknown>;
  const allowed = ['id', 'title', 'summary', 'scenarios', 'objectives', 'passMark', 'sequential'];
  for (const key of Object.keys(r)) {
    if (!allowed.includes(key)) fail(`unknown field "${key}" — the fields are ${allowed.join(', ')}`);
  }
  const str = (key: string, max: number, required = true): string => {
    const v = r[key];
    if (v === undefined && !required) return '';
    if (typeof v !== 'string' || !v.trim() || v.length > max)
      fail(`"${key}" must be a non-empty string of at most ${max} characters`);
    return (v as string).trim();
  };
  const id = str('id', 63);
  if (!ID.test(id)) fail(`"id" must be lower-case letters, digits and dashes (got "${id}")`);
  const scenarios = r.scenarios;
  if (!Array.isArray(scenarios) || scenarios.length === 0)
    fail('"scenarios" must list at least one story id');
  const ids = (scenarios as unknown[]).map((s, i) => {
    if (typeof s !== 'string')
      return fail(`scenarios[${i}] must be a story id (a file name in stories/ without .ink)`);
    if (!knownStories.includes(s)) {
      return fail(`scenarios[${i}] "${s}" is not a story — known stories: ${knownStories.join(', ')}`);
    }
    return s;
  });
  if (new Set(ids).size !== ids.length) fail('"scenarios" lists a story twice');
  const passMark = r.passMark ?? 60;
  if (typeof passMark !== 'number' || !Number.isFinite(passMark) || passMark < 0 || passMark > 100) {
    fail('"passMark" must be a number from 0 to 100');
  }
  const rawObjectives = r.objectives ?? [];
  if (!Array.isArray(rawObjectives)) fail('"objectives" must be a list');
  const objectives = (rawObjectives as unknown[]).map((o, i): ModuleObjective => {
    if (!o || typeof o !== 'object')
      return fail(`objectives[${i}] must be an object with id, text and scenarios`);
    const ob = o as Record<string, unknown>;
    if (typeof ob.id !== 'string' || !ID.test(ob.id))
      fail(`objectives[${i}].id must be a short lower-case id`);
    if (typeof ob.text !== 'string' || !ob.text.trim())
      fail(`objectives[${i}].text must say what the learner can do`);
    const sc = ob.scenarios ?? ids;
    if (!Array.isArray(sc) || sc.some((s) => typeof s !== 'string' || !ids.includes(s))) {
      fail(`objectives[${i}].scenarios must list scenarios of this module`);
    }
    const min = ob.minScore ?? passMark;
    if (typeof min !== 'number' || !Number.isFinite(min) || min < 0 || min > 100)
      fail(`objectives[${i}].minScore must be 0–100`);
    return {
      id: ob.id as string,
      text: (ob.text as string).trim(),
      scenarios: sc as string[],
      minScore: min as number,
    };
  });
  if (r.sequential !== undefined && typeof r.sequential !== 'boolean')
    fail('"sequential" must be true or false');
  return {
    id,
    title: str('title', 120),
    summary: str('summary', 600, false),
    scenarios: ids,
    objectives,
    passMark: passMark as number,
    sequential: r.sequential !== false,
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
}

export function moduleProgress(
  def: ModuleDefinition,
  results: (storyId: string) => ScenarioResult,
): ModuleProgress {
  let previousDone = true;
  const scenarios = def.scenarios.map((id) => {
    const result = results(id);
    const open = !def.sequential || previousDone;
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
  };
}
