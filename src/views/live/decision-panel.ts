/**
 * The console's decision panel: the live tally (or, in room view before the reveal, only the
 * choices), and the controls — reveal, advance with the majority, take another choice, the
 * discussion timer. Plain rendering: the console decides when to redraw it.
 */
import { h } from '../shared/dom.ts';
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
    h('h2', { id: 'decision-heading' }, `Decision ${room.decision + 1}`),
    h(
      'p',
      { class: 'tally-summary' },
      `${tally.voters} of ${tally.participants} voted`,
      h('span', { class: 'console-only' }, revealed ? ' · revealed to the room' : ' · hidden from the room'),
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
      { class: 'console-controls console-only', role: 'group', 'aria-label': 'Decide' },
      h(
        'button',
        {
          type: 'button',
          class: 'ghost',
          'data-action': 'reveal',
          disabled: revealed,
          onclick: () => actions.reveal(room.decision),
        },
        revealed ? 'Votes revealed' : 'Reveal votes to the room',
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
            ? 'Tied — pick a choice below'
            : 'Advance with the majority (no votes yet)'
          : `Advance with the majority (${majority + 1})`,
      ),
    ),
    h(
      'div',
      { class: 'console-picks console-only', role: 'group', 'aria-labelledby': 'picks-label' },
      h('span', { id: 'picks-label', class: 'group-label' }, 'Or take a choice yourself:'),
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
          `Take ${i + 1}`,
        ),
      ),
    ),
    h(
      'div',
      { class: 'console-timer console-only', role: 'group', 'aria-labelledby': 'timer-label' },
      h('span', { id: 'timer-label', class: 'group-label' }, 'Discussion timer:'),
      TIMER_CHOICES.map((m) =>
        h(
          'button',
          {
            type: 'button',
            class: 'ghost small',
            'data-action': `timer-${m}`,
            onclick: () => actions.timer(m * 60),
          },
          `${m} min`,
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
            'Stop timer',
          )
        : null,
    ),
  ];
}
