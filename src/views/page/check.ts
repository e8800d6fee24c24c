/**
 * A module's situational-judgement check (core/modules/checks.ts): the opening one before its first
 * scenario, the closing one when they are all finished. A form of native radio groups — one
 * fieldset per situation — so keyboard and screen reader work as everywhere else; a missing answer
 * is named in a summary that links to it. The opening check shows no answers (the closing check
 * would be worth less); after the closing one both are marked, each item with its best response
 * and why, and the gain per lesson.
 */
import type { CheckItem, CheckPhase, ModuleChecks } from '../../core/modules/checks.ts';
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

const PHASE = {
  before: { name: 'Opening check', what: 'before the first scenario' },
  after: { name: 'Closing check', what: 'now that you have played the scenarios' },
} as const;

const LETTERS = ['A', 'B', 'C', 'D'];

export function renderCheck(props: CheckProps): HTMLElement {
  const main = h('main', { id: 'main', class: 'module-summary check-screen', tabindex: -1 });
  const screen = h(
    'div',
    { class: 'screen module-screen' },
    h(
      'header',
      { class: 'topbar no-print' },
      h('button', { class: 'ghost', type: 'button', onclick: () => props.onBack() }, '← Module'),
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
  const { name, what } = PHASE[props.phase];
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
        h(
          'h2',
          {},
          `${missing.length === 1 ? 'One situation has' : `${missing.length} situations have`} no answer yet`,
        ),
        h(
          'ul',
          {},
          missing.map((n) =>
            h('li', {}, h('a', { href: `#check-item-${n + 1}` }, `Situation ${n + 1}: choose a response`)),
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
      `${items.length} situations, about ${Math.max(2, Math.round(items.length * 0.7))} minutes. For each, choose the response you think is best ${what}. `,
      props.phase === 'before'
        ? 'The answers are shown after the closing check, at the end of the module, beside this one — so you can see what the module changed. It does not count towards your module score.'
        : 'Then you will see both checks marked, with the best response to each situation explained.',
    ),
    errors,
    h(
      'form',
      { class: 'check-form', novalidate: true, onsubmit: submit },
      fieldsets,
      h('button', { type: 'submit', class: 'primary' }, 'Submit answers'),
    ),
  ];
}

function question(item: CheckItem, n: number, total: number): HTMLFieldSetElement {
  const name = `check-${item.id}`;
  return h(
    'fieldset',
    { class: 'check-item', id: `check-item-${n + 1}` },
    h('legend', {}, `Situation ${n + 1} of ${total}`),
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
  const date = new Date(answered.date).toLocaleDateString(undefined, { dateStyle: 'long' });
  if (props.phase === 'before') {
    const first = props.def.scenarios[0]!;
    return [
      h('p', { class: 'kicker' }, PHASE.before.name),
      h('h1', { id: 'check-done', tabindex: -1 }, 'Your answers are kept'),
      h(
        'p',
        {},
        `You answered the opening check on ${date}. You will see how you did after the closing check, at the end of the module.`,
      ),
      h(
        'div',
        { class: 'ending-actions' },
        h(
          'button',
          { type: 'button', class: 'primary', onclick: () => props.onPlay(first) },
          `Start “${props.titleOf(first)}”`,
        ),
        h('button', { type: 'button', class: 'ghost', onclick: () => props.onSummary() }, 'Module progress'),
      ),
    ];
  }
  return [
    h('p', { class: 'kicker' }, PHASE.after.name),
    h('h1', { id: 'check-done', tabindex: -1 }, 'Before and after'),
    ...checkResults(props.def, props.checks, props.record(), { detail: true }),
    h(
      'div',
      { class: 'ending-actions no-print' },
      h('button', { type: 'button', class: 'primary', onclick: () => props.onSummary() }, 'Module summary'),
    ),
  ];
}
