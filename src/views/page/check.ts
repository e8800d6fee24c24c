/**
 * A module's situational-judgement check (core/modules/checks.ts): the opening one before its first
 * scenario, the closing one when they are all finished. A form of native radio groups — one
 * fieldset per situation — so keyboard and screen reader work as everywhere else; a missing answer
 * is named in a summary that links to it. The opening check shows no answers (the closing check
 * would be worth less); after the closing one both are marked, each item with its best response
 * and why, and the gain per lesson.
 */
import type { CheckItem, CheckPhase, ModuleChecks } from '../../core/modules/checks.ts';
import { t } from '../../l10n/index.ts';
import type { ModuleDefinition } from '../../core/modules/module.ts';
import type { CheckAnswers, ModuleCheckRecord } from '../../app/persist/index.ts';
import { h } from '../shared/dom.ts';
import { checkResults } from './check-results.ts';

export interface CheckProps {
  def: ModuleDefinition;
  checks: ModuleChecks;
  phase: CheckPhase;
  /** What the learner has answered so far (read again after a submit). */
  record: () => ModuleCheckRecord;
  /** The title of a scenario of the module. */
  titleOf(id: string): string;
  onSubmit(items: string[], answers: number[]): void;
  onBack(): void;
  onPlay(id: string): void;
  onSummary(): void;
}

const LETTERS = ['A', 'B', 'C', 'D'];

export function renderCheck(props: CheckProps): HTMLElement {
  const main = h('main', { id: 'main', class: 'module-summary check-screen', tabindex: -1 });
  const screen = h(
    'div',
    { class: 'screen module-screen' },
    h(
      'header',
      { class: 'topbar no-print' },
      h('button', { class: 'ghost', type: 'button', onclick: () => props.onBack() }, t('check.toModule')),
      h('p', { class: 'story-title' }, props.def.title),
    ),
    main,
  );
  const draw = () => {
    const answered = props.record()[props.phase];
    main.replaceChildren(...(answered ? done(props, answered) : form(props, draw)));
  };
  draw();
  return screen;
}

function form(props: CheckProps, redraw: () => void): HTMLElement[] {
  const items = props.checks[props.phase];
  const name = t('menu.module.check', { phase: props.phase });
  const errors = h('div', { class: 'check-errors', role: 'alert', tabindex: -1, hidden: true });
  const fieldsets = items.map((item, n) => question(item, n, items.length));
  const submit = (e: Event) => {
    e.preventDefault();
    const answers = fieldsets.map((f) => {
      const checked = f.querySelector<HTMLInputElement>('input:checked');
      return checked ? Number(checked.value) : -1;
    });
    const missing = answers.flatMap((a, n) => (a < 0 ? [n] : []));
    if (missing.length) {
      errors.hidden = false;
      errors.replaceChildren(
        h('h2', {}, t('check.missing', { n: missing.length })),
        h(
          'ul',
          {},
          missing.map((n) =>
            h('li', {}, h('a', { href: `#check-item-${n + 1}` }, t('check.missingItem', { n: n + 1 }))),
          ),
        ),
      );
      for (const [n, f] of fieldsets.entries()) f.classList.toggle('unanswered', missing.includes(n));
      errors.focus();
      return;
    }
    props.onSubmit(
      items.map((i) => i.id),
      answers,
    );
    redraw();
    document.getElementById('check-done')?.focus();
  };
  return [
    h('p', { class: 'kicker' }, name),
    h('h1', {}, props.def.title),
    h(
      'p',
      {},
      t('check.intro', {
        phase: props.phase,
        n: items.length,
        minutes: Math.max(2, Math.round(items.length * 0.7)),
      }),
    ),
    errors,
    h(
      'form',
      { class: 'check-form', novalidate: true, onsubmit: submit },
      fieldsets,
      h('button', { type: 'submit', class: 'primary' }, t('check.submit')),
    ),
  ];
}

function question(item: CheckItem, n: number, total: number): HTMLFieldSetElement {
  const name = `check-${item.id}`;
  return h(
    'fieldset',
    { class: 'check-item', id: `check-item-${n + 1}` },
    h('legend', {}, t('check.situation', { n: n + 1, total })),
    item.situation.split(/\n\s*\n/).map((para) => h('p', { class: 'situation' }, para)),
    h(
      'div',
      { class: 'check-responses' },
      item.responses.map((text, i) =>
        h(
          'label',
          { class: 'check-response' },
          h('input', { type: 'radio', name, value: i }),
          h('span', { class: 'letter', 'aria-hidden': 'true' }, `${LETTERS[i]}.`),
          h('span', {}, text),
        ),
      ),
    ),
  );
}

function done(props: CheckProps, answered: CheckAnswers): HTMLElement[] {
  const date = new Date(answered.date);
  if (props.phase === 'before') {
    const first = props.def.scenarios[0]!;
    return [
      h('p', { class: 'kicker' }, t('menu.module.check', { phase: 'before' })),
      h('h1', { id: 'check-done', tabindex: -1 }, t('check.kept')),
      h('p', {}, t('check.keptDetail', { date })),
      h(
        'div',
        { class: 'ending-actions' },
        h(
          'button',
          { type: 'button', class: 'primary', onclick: () => props.onPlay(first) },
          t('check.start', { title: props.titleOf(first) }),
        ),
        h(
          'button',
          { type: 'button', class: 'ghost', onclick: () => props.onSummary() },
          t('menu.module.progress'),
        ),
      ),
    ];
  }
  return [
    h('p', { class: 'kicker' }, t('menu.module.check', { phase: 'after' })),
    h('h1', { id: 'check-done', tabindex: -1 }, t('module.beforeAfter')),
    ...checkResults(props.def, props.checks, props.record(), { detail: true }),
    h(
      'div',
      { class: 'ending-actions no-print' },
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => props.onSummary() },
        t('menu.module.summary'),
      ),
    ),
  ];
}
