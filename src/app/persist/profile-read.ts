/**
 * Reading the learner's record: a scenario's record, its best score, the improvement series for
 * the chart, the path map, a module's checks. Pure and free of validation, so the first screens
 * (the menu, a scenario's first line) load it without the schemas behind saving (profile.ts, which
 * re-exports all of this).
 */
import { PROFILE_SCHEMA } from './formats.ts';
import type { Attempt, ModuleCheckRecord, Profile, ScenarioRecord } from './schema.ts';

export interface ImprovementPoint {
  /** 1 for the first attempt kept. */
  attempt: number;
  date: string;
  score: number;
  /** Best score up to and including this attempt. */
  best: number;
  /** Change from the previous attempt, null for the first. */
  change: number | null;
}

export interface PathMap {
  endingsFound: ReadonlySet<string>;
  choiceSourcesFound: ReadonlySet<string>;
}

export const emptyProfile = (): Profile => ({ schema: PROFILE_SCHEMA, scenarios: {} });

export const emptyScenario = (): ScenarioRecord => ({
  attempts: [],
  bestScore: null,
  endingsFound: [],
  choiceSourcesFound: [],
});

export function scenarioOf(profile: Profile, storyId: string): ScenarioRecord {
  return Object.hasOwn(profile.scenarios, storyId) ? profile.scenarios[storyId]! : emptyScenario();
}

export function bestScore(record: ScenarioRecord): number | null {
  return record.bestScore;
}

/** One point per attempt kept, oldest first: the data for the improvement chart. */
export function improvementSeries(record: ScenarioRecord): ImprovementPoint[] {
  let best = Number.NEGATIVE_INFINITY;
  let previous: number | null = null;
  return sortByDate(record.attempts).map((a, i) => {
    best = Math.max(best, a.score);
    const point = {
      attempt: i + 1,
      date: a.date,
      score: a.score,
      best,
      change: previous === null ? null : a.score - previous,
    };
    previous = a.score;
    return point;
  });
}

export function pathMap(record: ScenarioRecord): PathMap {
  return {
    endingsFound: new Set(record.endingsFound),
    choiceSourcesFound: new Set(record.choiceSourcesFound),
  };
}

/** A module's checks as answered (empty when none). */
export function checksOf(profile: Profile, moduleId: string): ModuleCheckRecord {
  return profile.checks && Object.hasOwn(profile.checks, moduleId) ? profile.checks[moduleId]! : {};
}

export function sortByDate(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort((x, y) => Date.parse(x.date) - Date.parse(y.date));
}

export type { Attempt, ModuleCheckRecord, Profile, ScenarioRecord } from './schema.ts';
