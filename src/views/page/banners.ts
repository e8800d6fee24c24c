/**
 * What the page says over its screens. A notice (progress resumed, storage refused, another tab,
 * a new version) sits in a polite status region that stays in the page across screens, so a
 * screen reader hears it once, with its actions as buttons. A problem (a story that will not
 * load, an error in its ink) is an alert panel with its cause, what to do, and the way back; its
 * title takes the focus.
 */
import type { Game } from '../../app/controller.ts';
import type { Notice, ProblemReport, Words } from '../../app/stores/game-store.ts';
import { h } from '../shared/dom.ts';
import { hasMessage, t, type MessageKey } from '../../l10n/index.ts';

/** `words` in the learner's language; the English until its message has loaded. */
export function said(words: Words | undefined, english: string): string {
  return words && hasMessage(words.key) ? t(words.key, words.params) : english;
}

const ACTION_LABELS = {
  restart: 'banner.action.restart',
  reload: 'banner.action.reload',
  update: 'banner.action.update',
  dismiss: 'banner.action.dismiss',
} as const satisfies Record<Notice['actions'][number], MessageKey>;

export class NoticeView {
  readonly element = h('div', { class: 'notice-slot', role: 'status', 'aria-live': 'polite' });
  private shown: Notice | null = null;

  constructor(private readonly game: Game) {}

  show(notice: Notice | null): void {
    if (notice === this.shown) return;
    this.shown = notice;
    if (!notice) return this.element.replaceChildren();
    const run = {
      restart: () => void this.game.restart(),
      reload: () => void this.game.reloadFromOtherTab(),
      update: () => notice.update?.(),
      dismiss: () => this.game.dismissNotice(),
    };
    this.element.replaceChildren(
      h(
        'div',
        { class: `notice notice-${notice.kind}` },
        h(
          'p',
          {},
          notice.words
            ? said(notice.words, notice.text) + (notice.detail ? ` ${notice.detail}` : '')
            : notice.text,
        ),
        h(
          'div',
          { class: 'notice-actions' },
          notice.actions.map((a) =>
            h(
              'button',
              { type: 'button', class: a === 'dismiss' ? 'ghost small' : 'primary small', onclick: run[a] },
              t(ACTION_LABELS[a]),
            ),
          ),
        ),
      ),
    );
  }
}

export class ProblemView {
  readonly element = h('div', { class: 'problem-slot' });
  private shown: ProblemReport | null = null;

  constructor(private readonly game: Game) {}

  show(problem: ProblemReport | null): void {
    if (problem === this.shown) return;
    this.shown = problem;
    if (!problem) return this.element.replaceChildren();
    const panel = h(
      'section',
      { class: 'problem', role: 'alert', 'aria-labelledby': 'problem-title' },
      h('h2', { id: 'problem-title', tabindex: -1 }, said(problem.words?.title, problem.title)),
      h('p', { class: 'problem-detail' }, problem.detail),
      h(
        'p',
        { class: 'problem-fix' },
        h('strong', {}, t('banner.whatToDo')),
        ' ',
        said(problem.words?.fix, problem.fix),
      ),
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => this.game.toMenu() },
        t('common.backToScenarios'),
      ),
    );
    this.element.replaceChildren(panel);
    panel.querySelector('h2')?.focus();
  }
}
