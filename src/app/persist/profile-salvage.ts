/**
 * Reading a stored profile attempt by attempt: a profile with one bad score (250, 1e309) or one
 * unreadable date keeps every other attempt. Says exactly what it dropped and where, so the
 * caller can set the original aside with that reason.
 *
 * Pure: never touches storage; `now` is passed in (future dates are clamped to it).
 */
import * as v from 'valibot';
import { mergeScenarios, emptyProfile, emptyScenario } from './profile.ts';
import type { RecordFormat } from './records.ts';
import {
  AttemptSchema,
  ChoiceSourceSchema,
  clampToNow,
  EndingIdSchema,
  describeIssues,
  LIMITS,
  ModuleCheckRecordSchema,
  PROFILE_SCHEMA,
  ScenarioRecordSchema,
  StoryIdSchema,
  type Attempt,
  type ModuleCheckRecord,
  type Profile,
  type ScenarioRecord,
} from './schema.ts';

/** Only the outer shape: the scenarios inside are judged one by one by `salvageProfile`. */
const ProfileShellSchema = v.object({
  schema: v.literal(PROFILE_SCHEMA),
  scenarios: v.record(v.string(), v.unknown()),
  checks: v.optional(v.record(v.string(), v.unknown())),
});
export type ProfileShell = v.InferOutput<typeof ProfileShellSchema>;

export const PROFILE_SHELL_FORMAT: RecordFormat<ProfileShell> = {
  what: 'profile',
  current: PROFILE_SCHEMA,
  schema: ProfileShellSchema,
  migrations: {},
};

export interface Salvaged {
  profile: Profile;
  /** What was dropped, each as "where: why". Empty when everything was valid. */
  dropped: string[];
  /** How many dates were in the future and clamped to now. */
  clampedDates: number;
}

export function salvageProfile(shell: ProfileShell, now: Date): Salvaged {
  const dropped: string[] = [];
  let clampedDates = 0;
  const profile = emptyProfile();
  const ids = Object.keys(shell.scenarios);
  for (const [n, id] of ids.entries()) {
    const where = `scenarios[${JSON.stringify(id)}]`;
    if (n >= LIMITS.scenarios) {
      dropped.push(`${where}: more than ${LIMITS.scenarios} scenarios`);
      continue;
    }
    if (!v.is(StoryIdSchema, id)) {
      dropped.push(`${where}: not a valid scenario id`);
      continue;
    }
    const record = salvageScenario(shell.scenarios[id], where, dropped);
    const attempts = record.attempts.map((a) => {
      const c = clampToNow(a.date, now);
      if (c.clamped) clampedDates++;
      return { ...a, date: c.value };
    });
    // Merging with an empty record re-derives the best score and applies the caps.
    profile.scenarios[id] = mergeScenarios(emptyScenario(), { ...record, attempts });
  }
  const checks = salvageChecks(shell.checks ?? {}, dropped);
  if (Object.keys(checks).length) profile.checks = checks;
  return { profile, dropped, clampedDates };
}

/** Each module's checks whole or not at all: half an answered check measures nothing. */
function salvageChecks(raw: Record<string, unknown>, dropped: string[]): Record<string, ModuleCheckRecord> {
  const out: Record<string, ModuleCheckRecord> = {};
  for (const [n, id] of Object.keys(raw).entries()) {
    const where = `checks[${JSON.stringify(id)}]`;
    if (n >= LIMITS.scenarios) dropped.push(`${where}: more than ${LIMITS.scenarios} modules`);
    else if (!v.is(StoryIdSchema, id)) dropped.push(`${where}: not a valid module id`);
    else {
      const parsed = v.safeParse(ModuleCheckRecordSchema, raw[id]);
      if (parsed.success) out[id] = parsed.output;
      else dropped.push(...describeIssues(parsed.issues, where, 3));
    }
  }
  return out;
}

function salvageScenario(value: unknown, where: string, dropped: string[]): ScenarioRecord {
  const whole = v.safeParse(ScenarioRecordSchema, value);
  if (whole.success) return whole.output;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    dropped.push(`${where}: not a scenario record`);
    return emptyScenario();
  }
  const raw = value as Record<string, unknown>;
  const attempts: Attempt[] = [];
  const rawAttempts = Array.isArray(raw.attempts) ? raw.attempts : [];
  if (!Array.isArray(raw.attempts)) dropped.push(`${where}.attempts: not a list`);
  for (const [i, item] of rawAttempts.entries()) {
    const parsed = v.safeParse(AttemptSchema, item);
    if (parsed.success) attempts.push(parsed.output);
    else dropped.push(...describeIssues(parsed.issues, `${where}.attempts[${i}]`, 5));
  }
  if (attempts.length > LIMITS.attemptsPerScenario) {
    dropped.push(`${where}.attempts: more than ${LIMITS.attemptsPerScenario}; the oldest were dropped`);
  }
  const best = raw.bestScore;
  const bestScore = v.safeParse(ScenarioRecordSchema.entries.bestScore, best);
  if (!bestScore.success) dropped.push(...describeIssues(bestScore.issues, `${where}.bestScore`, 1));
  return {
    attempts,
    bestScore: bestScore.success ? bestScore.output : null,
    endingsFound: validNames(raw.endingsFound, EndingIdSchema, `${where}.endingsFound`, dropped),
    choiceSourcesFound: validNames(
      raw.choiceSourcesFound,
      ChoiceSourceSchema,
      `${where}.choiceSourcesFound`,
      dropped,
    ),
  };
}

function validNames(
  value: unknown,
  schema: v.GenericSchema<unknown, string>,
  where: string,
  dropped: string[],
): string[] {
  if (!Array.isArray(value)) {
    dropped.push(`${where}: not a list`);
    return [];
  }
  const kept: string[] = [];
  for (const [i, item] of value.entries()) {
    const parsed = v.safeParse(schema, item);
    if (parsed.success) kept.push(parsed.output);
    else dropped.push(`${where}[${i}]: not a valid name`);
  }
  return kept;
}
