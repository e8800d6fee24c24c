/**
 * The page's LMS parts, loaded only in an LMS package (main.ts): a launch that cannot go on gets a
 * page of its own — what happened, why, what to do, and "Try again" when that can help — in place
 * of the game, never a blank; and a launch that names a way back to the LMS (cmi5 returnURL) gets
 * an "Exit to the course" button.
 */
import type { LaunchProblem } from '../../app/lms/cmi5-launch.ts';
import { t, type MessageKey } from '../../l10n/index.ts';
import type { LmsUi } from '../../app/lms/start-cmi5.ts';
import { h } from '../shared/dom.ts';
import { said } from './banners.ts';

/**
 * Each launch problem's title and what to do, in the learner's language (the cause under them is
 * for the platform's administrator, and stays as the platform said it).
 */
export const LAUNCH_WORDS: Record<LaunchProblem['code'], { title: MessageKey; fix: MessageKey }> = {
  'missing-parameters': { title: 'lms.launch.notLaunched', fix: 'lms.launch.fix.notAu' },
  'bad-parameters': { title: 'lms.launch.notLaunched', fix: 'lms.launch.fix.relaunch' },
  'fetch-used': { title: 'lms.launch.cannotStart', fix: 'lms.launch.fix.once' },
  'fetch-refused': { title: 'lms.launch.cannotStart', fix: 'lms.launch.fix.once' },
  'fetch-unreadable': { title: 'lms.launch.cannotStart', fix: 'lms.launch.fix.tell' },
  'no-launch-data': { title: 'lms.launch.cannotStart', fix: 'lms.launch.fix.tell' },
  unreachable: { title: 'lms.launch.unreachable', fix: 'lms.launch.fix.connection' },
  refused: { title: 'lms.launch.refused', fix: 'lms.launch.fix.closeTell' },
};

export function lmsPage(root: HTMLElement): LmsUi {
  let shown: HTMLElement | null = null;
  const clearProblem = () => {
    shown?.remove();
    shown = null;
    root.hidden = false;
    root.inert = false;
  };
  return {
    launchProblem(problem: LaunchProblem, retry?: () => void) {
      clearProblem();
      const words = LAUNCH_WORDS[problem.code];
      const title = said({ key: words.title }, problem.title);
      root.hidden = true; // the game stays out of reach: nothing would be recorded
      root.inert = true;
      shown = h(
        'main',
        { class: 'launch-problem', 'aria-labelledby': 'launch-problem-title', 'data-code': problem.code },
        h('h1', { id: 'launch-problem-title', tabindex: -1 }, title),
        h('p', { class: 'launch-problem-detail' }, problem.detail),
        h(
          'p',
          { class: 'launch-problem-fix' },
          h('strong', {}, t('banner.whatToDo')),
          ' ',
          said({ key: words.fix }, problem.fix),
        ),
        retry
          ? h(
              'button',
              {
                type: 'button',
                class: 'primary',
                onclick: (e: Event) => {
                  (e.currentTarget as HTMLButtonElement).disabled = true;
                  retry();
                },
              },
              t('lms.tryAgain'),
            )
          : null,
      );
      root.after(shown);
      document.title = t('app.title.screen', { title });
      shown.querySelector('h1')?.focus();
    },
    clearProblem,
    exitButton(label: string, onExit: () => void) {
      const button = h(
        'button',
        {
          type: 'button',
          class: 'lms-exit ghost small',
          onclick: () => {
            button.disabled = true;
            button.textContent = t('lms.saving');
            onExit();
          },
        },
        label,
      );
      root.before(button);
    },
  };
}
