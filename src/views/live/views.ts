/**
 * Pieces both live pages draw: the story's lines, a vote split (as text with decorative bars),
 * the discussion timer, and the group debrief. Every word — story text, display names — goes in
 * as text through h(), never as markup.
 */
import { h } from '../shared/dom.ts';
import { t } from '../../l10n/index.ts';
import type { DecisionRecord, GroupDebrief, LiveLine, Timer } from '../../core/live/protocol.ts';

export function renderLine(line: LiveLine): HTMLLIElement {
  const who = line.kind === 'choice' ? 'you' : line.speaker ? 'speaker' : 'narration';
  return h(
    'li',
    { class: `line line-${who}`, 'data-seq': line.seq },
    line.kind === 'choice'
      ? h('span', { class: 'speaker' }, `${t('play.speaker', { name: t('live.room.speaker') })} `)
      : line.speaker
        ? h(
            'span',
            { class: 'speaker' },
            `${t('play.speaker', { name: line.you ? t('play.you') : line.speaker })} `,
          )
        : null,
    h('span', { class: 'text' }, line.text),
  );
}

const percent = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 100) : 0);

export interface SplitOptions {
  counts: number[];
  voters: number;
  /** The choice this participant voted for (marked "your vote"). */
  mine?: number | null;
  /** The choice the room took (marked). */
  taken?: number | null;
}

/** A vote split: one list item per choice, with its count and share; the bar is decoration. */
export function renderSplit(choices: readonly string[], o: SplitOptions): HTMLOListElement {
  const top = Math.max(0, ...o.counts);
  return h(
    'ol',
    { class: 'split' },
    choices.map((text, i) => {
      const n = o.counts[i] ?? 0;
      const marks = i === o.mine ? (i === o.taken ? 'both' : 'mine') : i === o.taken ? 'taken' : null;
      return h(
        'li',
        {
          class: `split-row${n === top && n > 0 ? ' split-top' : ''}${i === o.taken ? ' split-taken' : ''}`,
          'data-index': i,
        },
        h(
          'span',
          { class: 'split-label' },
          h('span', { class: 'num' }, `${i + 1}.`),
          ` ${text}`,
          marks ? h('span', { class: 'split-mark' }, ` ${t('live.split.mark', { marks })}`) : null,
        ),
        h(
          'span',
          { class: 'split-bar', 'aria-hidden': 'true' },
          h('span', { class: 'split-fill', style: `width: ${percent(n, o.voters)}%` }),
        ),
        h('span', { class: 'split-count' }, t('live.split.count', { n, p: percent(n, o.voters) / 100 })),
      );
    }),
  );
}

/** The discussion timer: counts down on this device from what the server said was left. */
export class TimerView {
  readonly element = h('p', { class: 'live-timer', role: 'timer', 'aria-live': 'off' });
  private endsAt = 0;
  private tick: ReturnType<typeof setInterval> | null = null;

  set(timer: Timer | null): void {
    if (this.tick) clearInterval(this.tick);
    this.tick = null;
    if (!timer) {
      this.element.hidden = true;
      this.element.textContent = '';
      return;
    }
    this.endsAt = Date.now() + timer.remainingMs;
    this.element.hidden = false;
    this.draw();
    this.tick = setInterval(() => this.draw(), 500);
  }

  private draw(): void {
    const left = Math.max(0, Math.ceil((this.endsAt - Date.now()) / 1000));
    const mm = Math.floor(left / 60);
    const ss = String(left % 60).padStart(2, '0');
    this.element.textContent = left > 0 ? t('live.timer', { time: `${mm}:${ss}` }) : t('live.timerUp');
    if (left === 0 && this.tick) {
      clearInterval(this.tick);
      this.tick = null;
    }
  }
}

function renderDecision(d: DecisionRecord): HTMLLIElement {
  return h(
    'li',
    { class: 'debrief-decision' },
    d.prompt ? h('p', { class: 'decision-prompt' }, t('live.decision.prompt', { prompt: d.prompt })) : null,
    renderSplit(d.choices, { counts: d.counts, voters: d.voters, taken: d.taken }),
    h(
      'p',
      { class: 'decision-by' },
      t(d.by === 'majority' ? 'live.decision.majority' : 'live.decision.facilitator', {
        n: d.taken + 1,
        voters: d.voters,
      }),
    ),
  );
}

/** The group debrief: the ending, what to take away, the final meters, the split at each decision. */
export function renderGroupDebrief(d: GroupDebrief, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  const sub = headingLevel === 'h2' ? 'h3' : 'h4';
  return h(
    'section',
    { class: 'group-debrief', 'aria-labelledby': 'group-debrief-title' },
    h(
      headingLevel,
      { id: 'group-debrief-title', tabindex: -1 },
      d.ending ? t('present.ending', { title: d.ending.title }) : t('live.ended'),
    ),
    d.ending?.learn.length
      ? h(
          'div',
          { class: 'learning' },
          h(sub, {}, t('ending.takeaway')),
          h(
            'ul',
            {},
            d.ending.learn.map((p) => h('li', {}, p.text)),
          ),
        )
      : null,
    d.ending ? h('p', { class: 'score' }, t('debrief.score', { score: d.score })) : null,
    d.counterparts.length
      ? h(
          'ul',
          { class: 'final-meters' },
          d.counterparts.map((c) =>
            h('li', {}, t('present.meters', { name: c.name, rapport: c.rapport, trust: c.trust })),
          ),
        )
      : null,
    h(sub, {}, t('live.result.participants', { n: d.participants })),
    d.decisions.length
      ? h('ol', { class: 'debrief-decisions' }, d.decisions.map(renderDecision))
      : h('p', {}, t('live.noDecisions')),
  );
}

/** The address's `&lang=`, kept when the page rewrites its address (a reload keeps the language). */
export function keepLanguage(params: URLSearchParams): string {
  const lang = params.get('lang');
  return lang ? `&lang=${encodeURIComponent(lang)}` : '';
}
