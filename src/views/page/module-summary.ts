/**
 * A module's summary: score per scenario, objectives met, passed or not, and the date — a page
 * that prints cleanly (and so saves as PDF from the browser's print dialog).
 */
import { moduleProgress, type ModuleDefinition } from '../../core/modules/module.ts';
import { checksOf, type Profile } from '../../app/persist/index.ts';
import type { CheckPhase, ModuleChecks } from '../../core/modules/checks.ts';
import type { CatalogEntry } from '../../app/catalog.ts';
import { h } from '../shared/dom.ts';
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
      ? { label: 'Start with the opening check', go: () => props.onCheck('before') }
      : p.checks?.after === 'todo'
        ? { label: 'Take the closing check', go: () => props.onCheck('after') }
        : null;
  const titleOf = (id: string) => props.catalog.find((e) => e.id === id)?.title ?? id;
  const status = !p.complete ? 'In progress' : p.passed ? 'Passed' : 'Not passed yet';
  const date = p.completedAt
    ? new Date(p.completedAt).toLocaleDateString(undefined, { dateStyle: 'long' })
    : null;
  return h(
    'div',
    { class: 'screen module-screen' },
    h(
      'header',
      { class: 'topbar no-print' },
      h('button', { class: 'ghost', type: 'button', onclick: () => props.onBack() }, '← Scenarios'),
      h('p', { class: 'story-title' }, 'Module'),
    ),
    h(
      'main',
      { id: 'main', class: 'module-summary', tabindex: -1 },
      h('p', { class: 'kicker' }, 'Module summary'),
      h('h1', {}, def.title),
      def.summary ? h('p', {}, def.summary) : null,
      h(
        'p',
        { class: `verdict ${p.passed ? 'passed' : 'not-passed'}` },
        h('strong', {}, status),
        p.average !== null
          ? ` — average best score ${p.average} (pass mark ${def.passMark})`
          : ` — pass mark ${def.passMark}`,
        date ? ` · completed ${date}` : '',
      ),
      h(
        'table',
        { class: 'attempts' },
        h('caption', {}, 'Score per scenario'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Scenario', 'Best score', 'Status'].map((c) => h('th', { scope: 'col' }, c)),
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
              h('td', {}, s.result.best === null ? '—' : String(s.result.best)),
              h('td', {}, s.result.best !== null ? 'Finished' : s.open ? 'Not started' : 'Locked'),
            ),
          ),
        ),
      ),
      p.objectives.length
        ? h(
            'section',
            { 'aria-labelledby': 'objectives-title' },
            h('h2', { id: 'objectives-title' }, 'Learning objectives'),
            h(
              'ul',
              { class: 'objectives' },
              p.objectives.map((o) =>
                h(
                  'li',
                  { class: o.met ? 'met' : 'unmet' },
                  h('strong', {}, o.met ? '✓ Met: ' : '○ Not yet: '),
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
            h('h2', { id: 'checks-title' }, 'Before and after'),
            record.after
              ? checkResults(def, props.checks, record, { detail: false })
              : h(
                  'p',
                  {},
                  'You answered the opening check. Its results are shown beside the closing check’s, once you have finished the scenarios and taken it.',
                ),
            record.after
              ? h(
                  'button',
                  { type: 'button', class: 'ghost no-print', onclick: () => props.onCheck('after') },
                  'See every situation with the best response',
                )
              : null,
          )
        : null,
      h(
        'div',
        { class: 'ending-actions no-print' },
        next ? h('button', { type: 'button', class: 'primary', onclick: next.go }, next.label) : null,
        h(
          'button',
          { type: 'button', class: 'primary', onclick: () => window.print() },
          'Print or save as PDF',
        ),
        ...p.scenarios
          .filter((s) => !next && s.open && s.result.best === null)
          .slice(0, 1)
          .map((s) =>
            h(
              'button',
              { type: 'button', class: 'ghost', onclick: () => props.onPlay(s.id) },
              `Continue with “${titleOf(s.id)}”`,
            ),
          ),
      ),
    ),
  );
}
