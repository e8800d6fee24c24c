/**
 * The console's decision panel: the live tally (or, in room view before the reveal, only the
 * choices), and the controls — reveal, advance with the majority, take another choice, the
 * discussion timer. Plain rendering: the console decides when to redraw it.
 */
import { h } from '../shared/dom.ts';
import { t } from '../../l10n/index.ts';
import type { HostState } from '../../core/live/protocol.ts';
import { renderSplit } from './views.ts';

const TIMER_CHOICES = [1, 2, 3, 5];

/** What the console's controls do; the room console implements them. */
export interface ConsoleActions {
  reveal(decision: number): void;
  advance(decision: number, choice?: number): void;
  timer(seconds: number): void;
  lock(locked: boolean): void;
  remove(participantId: string): void;
  end(): void;
  exportVotes(format: 'csv' | 'json'): void;
  leave(): void;
}

export function decisionPanel(
  state: HostState,
  roomView: boolean,
  actions: Pick<ConsoleActions, 'reveal' | 'advance' | 'timer'>,
): (Node | null)[] {
  const { room, tally } = state;
  const revealed = room.phase === 'revealed';
  const counts = tally.decision === room.decision ? tally.counts : room.choices.map(() => 0);
  const top = Math.max(0, ...counts);
  const leaders = counts.flatMap((c, i) => (c === top && top > 0 ? [i] : []));
  const majority = leaders.length === 1 ? leaders[0]! : null;
  const hideTally = roomView && !revealed;
  return [
    h('h2', { id: 'decision-heading' }, t('live.decision', { n: room.decision + 1 })),
    h(
      'p',
      { class: 'tally-summary' },
      t('live.tally', { voters: tally.voters, participants: tally.participants }),
      h('span', { class: 'console-only' }, ` · ${t(revealed ? 'live.tally.revealed' : 'live.tally.hidden')}`),
    ),
    hideTally
      ? h(
          'ol',
          { class: 'choice-list' },
          room.choices.map((c, i) =>
            h('li', { 'data-index': i }, h('span', { class: 'num' }, String(i + 1)), ` ${c}`),
          ),
        )
      : renderSplit(room.choices, { counts, voters: tally.voters }),
    h(
      'div',
      { class: 'console-controls console-only', role: 'group', 'aria-label': t('live.decide') },
      h(
        'button',
        {
          type: 'button',
          class: 'ghost',
          'data-action': 'reveal',
          disabled: revealed,
          onclick: () => actions.reveal(room.decision),
        },
        t(revealed ? 'live.votesRevealed' : 'live.revealVotes'),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-action': 'advance',
          disabled: majority === null,
          onclick: () => actions.advance(room.decision),
        },
        majority === null
          ? leaders.length > 1
            ? t('live.tied')
            : t('live.advanceNoVotes')
          : t('live.advance', { n: majority + 1 }),
      ),
    ),
    h(
      'div',
      { class: 'console-picks console-only', role: 'group', 'aria-labelledby': 'picks-label' },
      h('span', { id: 'picks-label', class: 'group-label' }, t('live.picks')),
      room.choices.map((c, i) =>
        h(
          'button',
          {
            type: 'button',
            class: 'ghost small',
            'data-action': `take-${i}`,
            title: c,
            onclick: () => actions.advance(room.decision, i),
          },
          t('live.take', { n: i + 1 }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'console-timer console-only', role: 'group', 'aria-labelledby': 'timer-label' },
      h('span', { id: 'timer-label', class: 'group-label' }, t('live.timerLabel')),
      TIMER_CHOICES.map((m) =>
        h(
          'button',
          {
            type: 'button',
            class: 'ghost small',
            'data-action': `timer-${m}`,
            onclick: () => actions.timer(m * 60),
          },
          t('menu.minutes', { n: m }),
        ),
      ),
      room.timer
        ? h(
            'button',
            {
              type: 'button',
              class: 'ghost small',
              'data-action': 'timer-stop',
              onclick: () => actions.timer(0),
            },
            t('live.stopTimer'),
          )
        : null,
    ),
  ];
}
