/**
 * The ending on the play screen: its title at once (focused, so a screen reader announces it),
 * then — a frame later — the learning points with their sources, the debrief (loaded on demand:
 * the chart and table are the heaviest thing drawn) and the way on (play again, back to the menu).
 * In the projector view the room sees the ending without controls and focus stays put.
 */
import type { CatalogEntry } from '../../app/catalog.ts';
import type { SessionView } from '../../core/session/types.ts';
import { afterPaint } from '../../platform/schedule.ts';
import { disposeCharts } from './charts.ts';
import { fill, h } from './dom.ts';
import { allMessages, t } from '../../l10n/index.ts';

export interface EndingActions {
  restart(): void;
  toMenu(): void;
  replayFrom(path: number[]): void;
}

export class EndingView {
  readonly element = h('section', { class: 'ending', 'aria-labelledby': 'ending-title' });

  constructor(
    private readonly entry: CatalogEntry,
    private readonly actions: EndingActions,
    /** The play layout, marked `ended` once the ending is complete (wider debrief columns). */
    private readonly layout: () => Element | null,
  ) {
    this.element.hidden = true;
  }

  /**
   * Show `view`'s ending. `projector`: the room's view (no controls, no focus). `current`: whether
   * `view` is still what the screen shows when the rest of the ending is due.
   */
  show(view: SessionView, projector: boolean, current: () => boolean): void {
    disposeCharts(this.element); // a chart left behind keeps its whole screen alive
    this.element.hidden = false;
    const title = h('h2', { id: 'ending-title', tabindex: -1 }, endingTitle(view));
    // The press that reached the ending is answered by its title, in the next frame. Everything
    // else comes one frame later: the wider debrief columns reflow the whole transcript (~7 ms
    // where the press's frame had ~4), and the learning points, the debrief's code (its preload
    // links restyle the page) and its chart are new text and new work for that same frame.
    fill(this.element, h('p', { class: 'ending-kicker' }, t('ending.kicker')), title);
    if (!projector) title.focus({ preventScroll: true });
    void afterPaint().then(() => {
      if (!current() || !title.isConnected) return; // a new run has taken the screen
      this.complete(view, title, projector);
    });
  }

  /** The rest of the ending, after its title has been painted: see `show`. */
  private complete(view: SessionView, title: HTMLElement, projector: boolean): void {
    const ending = view.ending;
    this.layout()?.classList.add('ended');
    const rest = [
      ending?.learn.length
        ? h(
            'div',
            { class: 'learning' },
            h('h3', {}, t('ending.takeaway')),
            h(
              'ul',
              {},
              ending.learn.map((p) =>
                h(
                  'li',
                  {},
                  p.text,
                  p.seed ? h('span', { class: 'seed' }, ` ${t('ending.source', { seed: p.seed })}`) : null,
                ),
              ),
            ),
          )
        : null,
      view.outcome ? this.debrief(view) : null,
      projector
        ? null
        : h(
            'div',
            { class: 'ending-actions' },
            h(
              'button',
              { type: 'button', class: 'primary', onclick: () => this.actions.restart() },
              t('ending.playAgain'),
            ),
            h(
              'button',
              { type: 'button', class: 'ghost', onclick: () => this.actions.toMenu() },
              t('common.backToScenarios'),
            ),
          ),
    ];
    for (const part of rest) if (part) this.element.append(part);
    // Bring the title into view as focusing it would have (centred, only when it is not in view),
    // now that the page has its ending layout.
    if (projector) return;
    const box = title.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) title.scrollIntoView({ block: 'center' });
  }

  /** A slot the debrief fills after the rest of the ending is painted too. */
  private debrief(view: SessionView): HTMLElement {
    const slot = h('div', { class: 'debrief-slot' });
    const outcome = view.outcome!;
    const names = Object.fromEntries(view.counterparts.map((c) => [c.id, c.name]));
    Promise.all([import('./debrief.ts'), allMessages(), afterPaint()])
      .then(([m]) => {
        if (!slot.isConnected) return;
        slot.replaceChildren(
          m.renderDebrief({
            debrief: outcome.debrief,
            score: outcome.score,
            scoreRange: this.entry.scoreRange ?? null,
            passMark: this.entry.passMark ?? null,
            names,
            onReplayFrom: (moment) => moment.replayPath && this.actions.replayFrom(moment.replayPath),
          }),
        );
      })
      .catch((e: unknown) => {
        slot.replaceChildren(h('p', { role: 'alert' }, t('ending.debriefFailed')));
        console.error('[Rapport] The debrief could not load.', e);
      });
    return slot;
  }
}

/** The ending's title; a story that ends without one gets the interface's "The end". */
function endingTitle(view: SessionView): string {
  const e = view.ending;
  return !e || (e.id === 'end' && e.title === 'The end') ? t('ending.theEnd') : e.title;
}
