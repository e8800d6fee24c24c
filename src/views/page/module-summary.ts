/**
 * A module's summary: score per scenario, objectives met, passed or not, and the date — a page
 * that prints cleanly (and so saves as PDF from the browser's print dialog).
 */
import { moduleProgress, type ModuleDefinition } from '../../core/modules/module.ts';
import { t } from '../../l10n/index.ts';
import { checksOf, type Profile } from '../../app/persist/profile-read.ts';
import type { CheckPhase, ModuleChecks } from '../../core/modules/checks.ts';
import type { CatalogEntry } from '../../app/catalog.ts';
import { h, tableScroll } from '../shared/dom.ts';
import { checksAnswered, resultsFrom } from './menu.ts';
import { checkResults } from './check-results.ts';

export interface ModuleSummaryProps {
  def: ModuleDefinition;
  /** The module's situational-judgement checks, when it has them. */
  checks: ModuleChecks | null;
  catalog: readonly CatalogEntry[];
  profile: Profile;
  onBack(): void;
  onPlay(id: string): void;
  onCheck(phase: CheckPhase): void;
}

export function renderModuleSummary(props: ModuleSummaryProps): HTMLElement {
  const { def } = props;
  const p = moduleProgress(
    def,
    resultsFrom(props.profile),
    checksAnswered(props.profile, def.id, !!props.checks),
  );
  const record = checksOf(props.profile, def.id);
  const next: { label: string; go: () => void } | null =
    p.checks?.before === 'todo'
      ? { label: t('module.startCheck'), go: () => props.onCheck('before') }
      : p.checks?.after === 'todo'
        ? { label: t('module.takeClosingCheck'), go: () => props.onCheck('after') }
        : null;
  const titleOf = (id: string) => props.catalog.find((e) => e.id === id)?.title ?? id;
  const status = t(!p.complete ? 'module.inProgress' : p.passed ? 'module.passed' : 'module.notPassed');
  const verdict = {
    average: p.average ?? 0,
    passMark: def.passMark,
    date: p.completedAt ? new Date(p.completedAt) : new Date(0),
  };
  return h(
    'div',
    { class: 'screen module-screen' },
    h(
      'header',
      { class: 'topbar no-print' },
      h('button', { class: 'ghost', type: 'button', onclick: () => props.onBack() }, t('common.toScenarios')),
      h('p', { class: 'story-title' }, t('menu.module.kicker')),
    ),
    h(
      'main',
      { id: 'main', class: 'module-summary', tabindex: -1 },
      h('p', { class: 'kicker' }, t('menu.module.summary')),
      h('h1', {}, def.title),
      def.summary ? h('p', {}, def.summary) : null,
      h(
        'p',
        { class: `verdict ${p.passed ? 'passed' : 'not-passed'}` },
        h('strong', {}, status),
        ` ${t(
          p.average !== null
            ? p.completedAt
              ? 'module.verdict.averageDone'
              : 'module.verdict.average'
            : p.completedAt
              ? 'module.verdict.passMarkDone'
              : 'module.verdict.passMark',
          verdict,
        )}`,
      ),
      tableScroll(
        t('module.table.caption'),
        h(
          'table',
          { class: 'attempts' },
          h('caption', {}, t('module.table.caption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [t('module.table.scenario'), t('module.table.best'), t('module.table.status')].map((c) =>
                h('th', { scope: 'col' }, c),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            p.scenarios.map((s) =>
              h(
                'tr',
                {},
                h('td', {}, titleOf(s.id)),
                h('td', {}, s.result.best === null ? '—' : t('debrief.number', { n: s.result.best })),
                h(
                  'td',
                  {},
                  t(
                    s.result.best !== null
                      ? 'module.finished'
                      : s.open
                        ? 'module.notStarted'
                        : 'module.locked',
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
      p.objectives.length
        ? h(
            'section',
            { 'aria-labelledby': 'objectives-title' },
            h('h2', { id: 'objectives-title' }, t('module.objectives')),
            h(
              'ul',
              { class: 'objectives' },
              p.objectives.map((o) =>
                h(
                  'li',
                  { class: o.met ? 'met' : 'unmet' },
                  h('strong', {}, t(o.met ? 'module.objective.met' : 'module.objective.notYet')),
                  ' ',
                  o.objective.text,
                ),
              ),
            ),
          )
        : null,
      props.checks && (record.before || record.after)
        ? h(
            'section',
            { 'aria-labelledby': 'checks-title' },
            h('h2', { id: 'checks-title' }, t('module.beforeAfter')),
            record.after
              ? checkResults(def, props.checks, record, { detail: false })
              : h('p', {}, t('module.openingAnswered')),
            record.after
              ? h(
                  'button',
                  { type: 'button', class: 'ghost no-print', onclick: () => props.onCheck('after') },
                  t('module.seeAll'),
                )
              : null,
          )
        : null,
      h(
        'div',
        { class: 'ending-actions no-print' },
        next ? h('button', { type: 'button', class: 'primary', onclick: next.go }, next.label) : null,
        h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, t('module.print')),
        ...p.scenarios
          .filter((s) => !next && s.open && s.result.best === null)
          .slice(0, 1)
          .map((s) =>
            h(
              'button',
              { type: 'button', class: 'ghost', onclick: () => props.onPlay(s.id) },
              t('module.continueWith', { title: titleOf(s.id) }),
            ),
          ),
      ),
    ),
  );
}
