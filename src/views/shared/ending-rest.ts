/**
 * The rest of a story's ending, drawn a frame after its title (ending.ts): the learning points
 * with their sources, the debrief (its own chunk: the chart and table are the heaviest thing
 * drawn) and the way on — play again, back to the menu. Its code loads with the ending, not with
 * the page.
 */
import type { CatalogEntry } from '../../app/catalog.ts';
import type { SessionView } from '../../core/session/types.ts';
import { afterPaint } from '../../platform/schedule.ts';
import { h } from './dom.ts';
import { allMessages, t } from '../../l10n/index.ts';

export interface EndingActions {
  restart(): void;
  toMenu(): void;
  replayFrom(path: number[]): void;
}

export interface EndingParts {
  /** The ending's section, holding its kicker and title. */
  element: HTMLElement;
  entry: CatalogEntry;
  actions: EndingActions;
  /** The play layout, marked `ended` once the ending is complete (wider debrief columns). */
  layout: () => Element | null;
  view: SessionView;
  title: HTMLElement;
  /** The room's view: no controls, and the page is not scrolled. */
  projector: boolean;
}

export function completeEnding(parts: EndingParts): void {
  const { element, actions, view, title, projector } = parts;
  const ending = view.ending;
  parts.layout()?.classList.add('ended');
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
    view.outcome ? debrief(parts) : null,
    projector
      ? null
      : h(
          'div',
          { class: 'ending-actions' },
          h(
            'button',
            { type: 'button', class: 'primary', onclick: () => actions.restart() },
            t('ending.playAgain'),
          ),
          h(
            'button',
            { type: 'button', class: 'ghost', onclick: () => actions.toMenu() },
            t('common.backToScenarios'),
          ),
        ),
  ];
  for (const part of rest) if (part) element.append(part);
  // Bring the title into view as focusing it would have (centred, only when it is not in view),
  // now that the page has its ending layout.
  if (projector) return;
  const box = title.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) title.scrollIntoView({ block: 'center' });
}

/** A slot the debrief fills after the rest of the ending is painted too. */
function debrief({ view, entry, actions }: EndingParts): HTMLElement {
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
          scoreRange: entry.scoreRange ?? null,
          passMark: entry.passMark ?? null,
          names,
          onReplayFrom: (moment) => moment.replayPath && actions.replayFrom(moment.replayPath),
        }),
      );
    })
    .catch((e: unknown) => {
      slot.replaceChildren(h('p', { role: 'alert' }, t('ending.debriefFailed')));
      console.error('[Rapport] The debrief could not load.', e);
    });
  return slot;
}
