/**
 * Reporting a module's situational-judgement checks: when the learner's record gains an answered
 * check of the module (the game store's profile), each item goes to the LMS as an answer (with the
 * best response and the lesson it tests) and then the check as a whole — after the closing check,
 * with the gain over the opening one. Checks answered before this session (already reported) are
 * not sent again.
 */
import { learningGain, scoreCheck, type CheckPhase, type ModuleChecks } from '../../core/modules/checks.ts';
import type { ModuleDefinition } from '../../core/modules/module.ts';
import type { ModuleCheckRecord } from '../persist/schema.ts';
import { checksOf } from '../persist/profile.ts';
import { responseId, type StoreLike } from './attempt.ts';
import type { CheckAnswer, LmsReporter } from './report.ts';

/** A module's checks (and the module) in the learner's language, for the statements' language maps. */
export interface LocalizedChecks {
  lang: string;
  checks: ModuleChecks;
  module?: ModuleDefinition | undefined;
}

export function watchChecks(
  store: StoreLike,
  module: ModuleDefinition,
  checks: ModuleChecks,
  reporter: LmsReporter,
  now: () => Date = () => new Date(),
  /** Told of each check answered (the LMS attempt keeps the responses in its suspend data). */
  onAnswered: (phase: CheckPhase, answers: readonly number[]) => void = () => undefined,
  /** The checks in the learner's language now (null: English, or not loaded yet). */
  localized: () => LocalizedChecks | null = () => null,
): () => void {
  let seen: ModuleCheckRecord = checksOf(store.getState().profile, module.id);
  return store.subscribe((state) => {
    const record = checksOf(state.profile, module.id);
    if (record === seen) return;
    for (const phase of ['before', 'after'] as const)
      if (record[phase] && !seen[phase]) {
        report(phase, record, module, checks, reporter, now(), localized());
        onAnswered(phase, record[phase].answers);
      }
    seen = record;
  });
}

function report(
  phase: CheckPhase,
  record: ModuleCheckRecord,
  module: ModuleDefinition,
  checks: ModuleChecks,
  reporter: LmsReporter,
  at: Date,
  localized: LocalizedChecks | null,
): void {
  const answered = record[phase]!;
  const items = checks[phase];
  const there = localized?.checks[phase];
  answered.items.forEach((itemId, n) => {
    const item = items.find((i) => i.id === itemId);
    const chosen = answered.answers[n];
    if (!item || chosen === undefined) return;
    const options = item.responses.map((text, i) => ({ response: responseId(i, text), text }));
    const answer: CheckAnswer = {
      phase,
      itemId,
      number: n + 1,
      lesson: item.lesson,
      lessonText: module.objectives.find((o) => o.id === item.lesson)?.text ?? item.lesson,
      situation: item.situation,
      options,
      learnerResponse: options[chosen]!.response,
      correctResponse: options[item.best]!.response,
      learnerIndex: chosen,
      correctIndex: item.best,
      correct: chosen === item.best,
      timestamp: at,
    };
    const t = there?.find((i) => i.id === itemId);
    if (localized && t)
      answer.translated = {
        lang: localized.lang,
        situation: t.situation,
        options: t.responses,
        lessonText: localized.module?.objectives.find((o) => o.id === item.lesson)?.text ?? answer.lessonText,
      };
    reporter.checkAnswer(answer);
  });
  const score = scoreCheck(items, answered);
  const before = record.before ? scoreCheck(checks.before, record.before) : null;
  reporter.checkResult({
    phase,
    correct: score.correct,
    total: score.total,
    gain: phase === 'after' ? learningGain(before, score) : null,
    timestamp: at,
  });
}
