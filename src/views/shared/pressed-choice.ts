/**
 * A choice pressed on the play screen and not yet answered by the story (docs/performance.md,
 * "A choice's press"): in the press's own task it is marked, every choice is made unavailable
 * (aria-disabled: the focus stays where it is) and the learner's answer is added as the
 * conversation's last line, `data-pending` until the story's step confirms it. The play screen
 * takes the step after that paint.
 */
import type { SessionView, ShownLine } from '../../core/session/types.ts';
import { h, wordsLang } from './dom.ts';
import { speakerLabel } from './speaker.ts';
import { t } from '../../l10n/index.ts';

export class PressedChoice {
  /** The answer line on screen (not yet, until `show`). */
  private line: HTMLLIElement | null = null;

  constructor(
    readonly index: number,
    /** The step it was pressed on (or that step shown again, e.g. in another language). */
    public step: SessionView,
    private readonly transcript: HTMLElement,
    private readonly choices: HTMLElement,
  ) {}

  /** Mark it, and show the answer, on `view`: false (and nothing marked) when it is not offered there. */
  show(view: SessionView): boolean {
    const choice = view.choices[this.index];
    if (!choice) {
      this.cancel();
      return false;
    }
    const line = renderLine({
      seq: view.lines.length,
      kind: 'choice',
      text: choice.text,
      speaker: 'you',
      speakerName: 'You',
      tags: [],
      ...(choice.lang && { lang: choice.lang }),
    });
    line.setAttribute('data-pending', '');
    // Scrolled to at once, so the learner sees it. Leaving the scroll to the step's lines was
    // measured worse: the press's own frame then took ~100 ms to present at the step where the
    // conversation first overflows (bench/STAGE.md, 01:41 UTC 6 December).
    if (!this.line?.isEqualNode(line)) {
      this.line?.remove();
      this.line = line;
    }
    const first = !this.line.isConnected;
    this.transcript.append(this.line); // last, also when the same step is shown again
    if (first) this.line.scrollIntoView?.({ block: 'end' });
    this.step = view;
    for (const button of this.buttons()) {
      button.setAttribute('aria-disabled', 'true');
      button.classList.toggle('picked', button.dataset.index === String(this.index));
    }
    return true;
  }

  /**
   * The story's step has come with `fresh`, its new lines: the answer on screen stays (confirmed,
   * so the live region does not say it twice) when the step's own line for the choice is the same,
   * and the lines still to draw are returned; otherwise it goes and every line is drawn.
   */
  confirm(fresh: ShownLine[]): ShownLine[] {
    const line = this.line;
    this.line = null;
    if (!line) return fresh;
    line.removeAttribute('data-pending');
    const answer = fresh[0]?.kind === 'choice' ? renderLine(fresh[0]) : null;
    if (answer?.isEqualNode(line)) return fresh.slice(1);
    line.remove();
    return fresh;
  }

  /** Not taken: the answer goes, and the choices are offered again. */
  cancel(): void {
    this.line?.remove();
    this.line = null;
    for (const button of this.buttons()) {
      button.removeAttribute('aria-disabled');
      button.classList.remove('picked');
    }
  }

  private buttons(): NodeListOf<HTMLButtonElement> {
    return this.choices.querySelectorAll<HTMLButtonElement>('button.choice');
  }
}

/** One line of the conversation: who says it (the learner's own as "You" in their language), and what. */
export function renderLine(line: ShownLine): HTMLLIElement {
  const who = line.kind === 'choice' ? 'you' : line.speaker ? 'speaker' : 'narration';
  return h(
    'li',
    { class: `line line-${who}`, 'data-seq': line.seq },
    line.speakerName
      ? h('span', { class: 'speaker' }, `${t('play.speaker', { name: speakerLabel(line) })} `)
      : null,
    h('span', { class: 'text', ...wordsLang(line.lang) }, line.text),
  );
}
