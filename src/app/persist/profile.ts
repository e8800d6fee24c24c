/**
 * The learner's record as pure functions: add an attempt, the best score, the improvement series
 * for the chart, the path map (choice sources taken, endings reached), and merging two records
 * (another tab's, an imported file's) without losing either.
 *
 * Pure: never touches storage or reads the clock (`now` is passed in). Attempt values come from
 * the game and are still validated here — a NaN score is a bug upstream and is refused, not stored.
 * The parts that only read a record (and so need no validation) are in profile-read.ts, which the
 * first screens load; they are re-exported here.
 */
import * as v from 'valibot';
import { emptyScenario, sortByDate } from './profile-read.ts';
import {
  AttemptSchema,
  CheckAnswersSchema,
  ChoiceSourceSchema,
  clampToNow,
  describeIssues,
  LIMITS,
  PROFILE_SCHEMA,
  StoryIdSchema,
  type Attempt,
  type CheckAnswers,
  type ModuleCheckRecord,
  type Profile,
  type ScenarioRecord,
} from './schema.ts';

export * from './profile-read.ts';

/** What the game hands over when an attempt ends. */
export interface AttemptInput {
  date: Date | string;
  ending: string;
  endingTitle: string;
  /** 0–100. */
  score: number;
  /** The meters at the end, 0–100. */
  rapport: number;
  trust: number;
  path: readonly number[];
  /** The choice sources taken, for the path map (kept per scenario, not per attempt). */
  choiceSources?: readonly string[];
}

export type AddAttemptResult =
  { ok: true; profile: Profile; attempt: Attempt; notices: string[] } | { ok: false; reason: string };

export function addAttempt(
  profile: Profile,
  storyId: string,
  input: AttemptInput,
  now: Date,
): AddAttemptResult {
  const id = v.safeParse(StoryIdSchema, storyId);
  if (!id.success) return { ok: false, reason: describeIssues(id.issues, 'storyId').join('; ') };
  const date =
    input.date instanceof Date
      ? Number.isFinite(input.date.getTime())
        ? input.date.toISOString()
        : 'Invalid Date'
      : input.date;
  const parsed = v.safeParse(AttemptSchema, {
    date,
    ending: input.ending,
    endingTitle: input.endingTitle,
    score: input.score,
    rapport: input.rapport,
    trust: input.trust,
    path: [...input.path],
  });
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.issues, 'attempt').join('; ') };
  const sources = v.safeParse(v.pipe(v.array(ChoiceSourceSchema), v.maxLength(LIMITS.pathSteps)), [
    ...(input.choiceSources ?? []),
  ]);
  if (!sources.success)
    return { ok: false, reason: describeIssues(sources.issues, 'choiceSources').join('; ') };
  const notices: string[] = [];
  const clamped = clampToNow(parsed.output.date, now);
  if (clamped.clamped) notices.push('The attempt was dated in the future; it is recorded as ending now.');
  const attempt: Attempt = { ...parsed.output, date: clamped.value };
  const added: ScenarioRecord = {
    attempts: [attempt],
    bestScore: attempt.score,
    endingsFound: [attempt.ending],
    choiceSourcesFound: sources.output,
  };
  const merged = mergeProfiles(profile, { schema: PROFILE_SCHEMA, scenarios: { [id.output]: added } });
  return { ok: true, profile: merged, attempt, notices };
}

/** Record choice sources seen outside a finished attempt (an attempt left half-way still maps paths). */
export function noteChoiceSources(profile: Profile, storyId: string, sources: readonly string[]): Profile {
  if (!v.is(StoryIdSchema, storyId)) return profile;
  const valid = sources.filter((s) => v.is(ChoiceSourceSchema, s));
  const added: ScenarioRecord = { ...emptyScenario(), choiceSourcesFound: valid };
  return mergeProfiles(profile, { schema: PROFILE_SCHEMA, scenarios: { [storyId]: added } });
}

/** Both records' attempts (each once), the better best score, the union of what was found. */
export function mergeProfiles(a: Profile, b: Profile): Profile {
  const scenarios: Record<string, ScenarioRecord> = {};
  const ids = [...new Set([...Object.keys(a.scenarios), ...Object.keys(b.scenarios)])];
  for (const id of ids.slice(0, LIMITS.scenarios)) {
    const left = Object.hasOwn(a.scenarios, id) ? a.scenarios[id] : undefined;
    const right = Object.hasOwn(b.scenarios, id) ? b.scenarios[id] : undefined;
    scenarios[id] = left && right ? mergeScenarios(left, right) : (left ?? right)!;
  }
  const checks = mergeChecks(a.checks ?? {}, b.checks ?? {});
  return Object.keys(checks).length
    ? { schema: PROFILE_SCHEMA, scenarios, checks }
    : { schema: PROFILE_SCHEMA, scenarios };
}

/** Per module and check, the first answered: a check is answered once, and a gain is measured from it. */
function mergeChecks(
  a: Record<string, ModuleCheckRecord>,
  b: Record<string, ModuleCheckRecord>,
): Record<string, ModuleCheckRecord> {
  const out: Record<string, ModuleCheckRecord> = {};
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].slice(0, LIMITS.scenarios);
  const first = (x?: CheckAnswers, y?: CheckAnswers) =>
    x && y ? (Date.parse(y.date) < Date.parse(x.date) ? y : x) : (x ?? y);
  for (const id of ids) {
    const left = Object.hasOwn(a, id) ? a[id]! : {};
    const right = Object.hasOwn(b, id) ? b[id]! : {};
    const before = first(left.before, right.before);
    const after = first(left.after, right.after);
    out[id] = { ...(before ? { before } : {}), ...(after ? { after } : {}) };
  }
  return out;
}

/** The profile with a module's check answered (kept only if it is the first answer of that check). */
export function addCheck(
  profile: Profile,
  moduleId: string,
  phase: 'before' | 'after',
  answers: { date: string; items: readonly string[]; answers: readonly number[] },
): { ok: true; profile: Profile } | { ok: false; reason: string } {
  const id = v.safeParse(StoryIdSchema, moduleId);
  if (!id.success) return { ok: false, reason: describeIssues(id.issues, 'moduleId').join('; ') };
  const parsed = v.safeParse(CheckAnswersSchema, {
    date: answers.date,
    items: [...answers.items],
    answers: [...answers.answers],
  });
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.issues, phase).join('; ') };
  const added: Profile = {
    schema: PROFILE_SCHEMA,
    scenarios: {},
    checks: { [id.output]: { [phase]: parsed.output } },
  };
  return { ok: true, profile: mergeProfiles(profile, added) };
}

export function mergeScenarios(a: ScenarioRecord, b: ScenarioRecord): ScenarioRecord {
  const byIdentity = new Map<string, Attempt>();
  for (const attempt of [...a.attempts, ...b.attempts]) byIdentity.set(attemptIdentity(attempt), attempt);
  // Oldest are dropped past the cap; the best score and what was found are kept regardless.
  const attempts = sortByDate([...byIdentity.values()]).slice(-LIMITS.attemptsPerScenario);
  const scores = [a.bestScore, b.bestScore, ...attempts.map((t) => t.score)].filter(
    (s): s is number => s !== null,
  );
  return {
    attempts,
    bestScore: scores.length ? Math.max(...scores) : null,
    endingsFound: union(a.endingsFound, b.endingsFound, LIMITS.endingsPerScenario),
    choiceSourcesFound: union(a.choiceSourcesFound, b.choiceSourcesFound, LIMITS.sourcesPerScenario),
  };
}

/** Two records of the same attempt (the same profile imported twice) are one attempt. */
export function attemptIdentity(a: Attempt): string {
  return `${a.date}|${a.ending}|${a.score}|${a.path.join('.')}`;
}

function union(a: readonly string[], b: readonly string[], cap: number): string[] {
  return [...new Set([...a, ...b])].slice(0, cap);
}
