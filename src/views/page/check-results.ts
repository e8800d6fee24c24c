/**
 * A module's checks marked: before and after per lesson, the gain, and (with `detail`) every item
 * with the learner's response, the best one and why. Shown after the closing check and in the
 * module summary (which prints).
 */
import {
  learningGain,
  percentOf,
  scoreCheck,
  type CheckItem,
  type CheckPhase,
  type ModuleChecks,
} from '../../core/modules/checks.ts';
import type { ModuleDefinition } from '../../core/modules/module.ts';
import type { CheckAnswers, ModuleCheckRecord } from '../../app/persist/index.ts';
import { h } from '../shared/dom.ts';
import { t } from '../../l10n/index.ts';

const LETTERS = ['A', 'B', 'C', 'D'];

const share = (s: { correct: number; total: number } | undefined) =>
  s && s.total ? t('checkResults.share', { correct: s.correct, total: s.total }) : '—';

export function checkResults(
  def: ModuleDefinition,
  checks: ModuleChecks,
  record: ModuleCheckRecord,
  options: { detail: boolean },
): HTMLElement[] {
  const before = record.before ? scoreCheck(checks.before, record.before) : null;
  const after = record.after ? scoreCheck(checks.after, record.after) : null;
  const gain = learningGain(before, after);
  const side = (s: typeof before, none: string) =>
    s ? t('checkResults.side', { share: share(s), p: (percentOf(s) ?? 0) / 100 }) : none;
  const lessons = def.objectives.filter((o) => before?.lessons.has(o.id) || after?.lessons.has(o.id));
  const out: HTMLElement[] = [
    h(
      'p',
      { class: `verdict check-verdict${gain !== null && gain > 0 ? ' passed' : ''}` },
      h('strong', {}, t('checkResults.label')),
      ' ',
      t('checkResults.beforeAfter', {
        before: side(before, t('checkResults.notAnswered')),
        after: side(after, t('checkResults.notAnsweredYet')),
      }),
      gain !== null
        ? ` · ${t(gain >= 0 ? 'checkResults.gain' : 'checkResults.change', { points: `${gain > 0 ? '+' : ''}${gain}`, n: gain })}`
        : '',
    ),
    h(
      'table',
      { class: 'attempts check-lessons' },
      h('caption', {}, t('checkResults.caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [t('checkResults.lesson'), t('checkResults.before'), t('checkResults.after')].map((c) =>
            h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        lessons.map((o) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, o.text),
            h('td', {}, share(before?.lessons.get(o.id))),
            h('td', {}, share(after?.lessons.get(o.id))),
          ),
        ),
      ),
    ),
  ];
  if (options.detail)
    for (const phase of ['before', 'after'] as const) {
      const answers = record[phase];
      if (answers) out.push(marked(phase, checks[phase], answers));
    }
  return out;
}

function marked(phase: CheckPhase, items: readonly CheckItem[], answers: CheckAnswers): HTMLElement {
  const id = `marked-${phase}`;
  return h(
    'section',
    { class: 'check-marked', 'aria-labelledby': id },
    h('h2', { id }, t('checkResults.marked', { phase })),
    h(
      'ol',
      {},
      answers.items.map((itemId, n) => {
        const item = items.find((i) => i.id === itemId);
        if (!item) return null;
        const chosen = answers.answers[n]!;
        const right = chosen === item.best;
        return h(
          'li',
          { class: right ? 'met' : 'unmet' },
          item.situation.split(/\n\s*\n/).map((p) => h('p', { class: 'situation' }, p)),
          h(
            'p',
            {},
            h('strong', {}, t(right ? 'checkResults.yoursBest' : 'checkResults.yours')),
            ` ${LETTERS[chosen]}. ${item.responses[chosen]}`,
          ),
          right
            ? null
            : h(
                'p',
                {},
                h('strong', {}, t('checkResults.best')),
                ` ${LETTERS[item.best]}. ${item.responses[item.best]}`,
              ),
          h('p', { class: 'why' }, h('strong', {}, t('debrief.why')), ' ', item.why),
        );
      }),
    ),
  );
}
