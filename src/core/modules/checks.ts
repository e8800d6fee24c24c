/**
 * A module's situational-judgement checks: a short one when the module opens ("before") and a
 * parallel one when its scenarios are done ("after") — different situations, the same lessons —
 * so the learner and their organisation see what the module changed. Items are written by
 * trainers in `stories/checks/<module id>.yaml` (read and validated at build time by
 * build/checks/); this file holds their shape and the scoring. Pure: no DOM, no storage.
 */

export type CheckPhase = 'before' | 'after';
export const CHECK_PHASES: readonly CheckPhase[] = ['before', 'after'];

export interface CheckItem {
  /** Short, stable id (the LMS records answers under it). */
  id: string;
  /** The module objective this item tests (its id). */
  lesson: string;
  /** The source article it is written from (`003`), and the passage, when given. */
  source: string;
  quote: string | null;
  situation: string;
  /** Exactly four responses, in the order shown. */
  responses: string[];
  /** The best response, 0-based. */
  best: number;
  /** Why the best response is best (shown after the closing check). */
  why: string;
}

export interface ModuleChecks {
  moduleId: string;
  before: CheckItem[];
  after: CheckItem[];
}

/** What a learner answered in one check: the item ids asked and the response chosen for each. */
export interface CheckAnswers {
  date: string;
  items: string[];
  answers: number[];
}

export interface CheckScore {
  correct: number;
  total: number;
  /** Per lesson (objective id): correct and asked. */
  lessons: Map<string, { correct: number; total: number }>;
}

/** Score answers against the items they were given for (an item no longer in the file is skipped). */
export function scoreCheck(items: readonly CheckItem[], answers: CheckAnswers): CheckScore {
  const byId = new Map(items.map((i) => [i.id, i]));
  const lessons = new Map<string, { correct: number; total: number }>();
  let correct = 0;
  let total = 0;
  answers.items.forEach((id, n) => {
    const item = byId.get(id);
    if (!item) return;
    const right = answers.answers[n] === item.best;
    total++;
    if (right) correct++;
    const lesson = lessons.get(item.lesson) ?? { correct: 0, total: 0 };
    lesson.total++;
    if (right) lesson.correct++;
    lessons.set(item.lesson, lesson);
  });
  return { correct, total, lessons };
}

/** A share 0–100, rounded; null for an empty check. */
export const percentOf = (s: { correct: number; total: number }): number | null =>
  s.total ? Math.round((100 * s.correct) / s.total) : null;

/** The gain from before to after in percentage points, when both were answered. */
export function learningGain(before: CheckScore | null, after: CheckScore | null): number | null {
  const b = before ? percentOf(before) : null;
  const a = after ? percentOf(after) : null;
  return a === null || b === null ? null : a - b;
}
