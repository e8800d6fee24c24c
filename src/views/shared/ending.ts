/**
 * The ending on the play screen: its title at once (focused, so a screen reader announces it),
 * then — a frame later — the rest (ending-rest.ts: the learning points with their sources, the
 * debrief and the way on), whose code loads then: none of it is needed before a story's first
 * choice, and the page's first script is held to a budget (docs/performance.md).
 * In the projector view the room sees the ending without controls and focus stays put.
 */
import type { CatalogEntry } from '../../app/catalog.ts';
import type { SessionView } from '../../core/session/types.ts';
import { afterPaint } from '../../platform/schedule.ts';
import { disposeCharts } from './charts.ts';
import { fill, h } from './dom.ts';
import { t } from '../../l10n/index.ts';
import type { EndingActions } from './ending-rest.ts';

export type { EndingActions } from './ending-rest.ts';

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
    Promise.all([import('./ending-rest.ts'), afterPaint()])
      .then(([rest]) => {
        if (!current() || !title.isConnected) return; // a new run has taken the screen
        const { element, entry, actions, layout } = this;
        rest.completeEnding({ element, entry, actions, layout, view, title, projector });
      })
      .catch((e: unknown) => {
        if (!title.isConnected) return;
        this.element.append(h('p', { role: 'alert' }, t('ending.debriefFailed')));
        console.error('[Rapport] The rest of the ending could not load.', e);
      });
  }
}

/** The ending's title; a story that ends without one gets the interface's "The end". */
function endingTitle(view: SessionView): string {
  const e = view.ending;
  return !e || (e.id === 'end' && e.title === 'The end') ? t('ending.theEnd') : e.title;
}
