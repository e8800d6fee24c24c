/**
 * The debrief at the end of a scenario: the score and its share of the best reachable score, the
 * chart of Rapport and Trust over in-story time (with the same data as a table), and the key
 * moments — what you did, what it did and why — each with "replay from this moment". A moment that
 * is time passing (the relationship cooled between meetings) says so, and has no "Why" and no
 * replay unless a choice led to the gap.
 */
import type { Debrief, KeyMoment } from '../../core/session/debrief.ts';
import { keepChart } from './charts.ts';
import { h } from './dom.ts';
import { nextFrame } from '../../platform/schedule.ts';
import { t } from '../../l10n/index.ts';
import { explanationText } from './explanation.ts';

export { disposeCharts } from './charts.ts';

export interface DebriefInput {
  debrief: Debrief;
  score: number;
  /** Best and worst reachable scores (from the story analyzer), when known. */
  scoreRange: { min: number; max: number } | null;
  /** The scenario's `# pass_mark:`, when it has one. */
  passMark?: number | null;
  names: Record<string, string>;
  onReplayFrom: (moment: KeyMoment) => void;
}

/**
 * "Relationship score 52 out of 100 — 68 % of the best reachable score (77). Pass mark 60: not
 * reached yet." The pass mark is set where a learner guessing passes at most one time in ten
 * (docs/authoring.md, "Teaching bars"), so it is shown beside the best reachable score.
 */
export function scoreSentence(
  score: number,
  range: { min: number; max: number } | null,
  passMark: number | null = null,
): string {
  const s = Math.round(score);
  const sentence =
    !range || range.max <= 0
      ? t('debrief.score', { score: s })
      : t('debrief.scoreOfBest', {
          score: s,
          best: Math.round(range.max),
          share: Math.round((Math.min(s, Math.round(range.max)) / Math.round(range.max)) * 100) / 100,
        });
  if (passMark === null) return sentence;
  const pass = t(s >= passMark ? 'debrief.passed' : 'debrief.notPassed', { passMark });
  return t('debrief.scoreAndPass', { score: sentence, pass });
}

/**
 * "Time passed — 38 days without contact", "Time passed — 34 more days without contact (61 in
 * all)", with ", after your choice" when the story says a choice led to the gap; null for a moment
 * that is not time passing. A span of days, not a day number: nothing to add 1 to.
 */
export function timeLabel(m: KeyMoment): string | null {
  const c = m.cooling;
  if (!c) return null;
  const after = c.choice === null ? 'no' : 'yes';
  return c.step < c.days
    ? t('debrief.timeMore', { step: c.step, days: c.days, after })
    : t('debrief.time', { days: c.days, after });
}

/** What a key moment says, as text: the view below puts it on the page. */
export interface MomentWords {
  /** "Day 40 · Wang Haitao · Time passed — 39 days without contact · Trust −3 · Rapport −5". */
  head: string;
  /** What happened and what it did, in the model's words. */
  what: string;
  /** The coach note ("Why: …"): only for a choice, or for time a choice led to. */
  why: string | null;
  /** Whether "Replay from this moment" is offered (there is a choice to stand before). */
  replay: boolean;
  /** Time passing rather than something the learner did. */
  time: boolean;
}

/** A signed whole number as the learner reads it: +3, −14, ±0 (the sign is not translated). */
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');

export function momentWords(m: KeyMoment, names: Record<string, string>): MomentWords {
  const time = timeLabel(m);
  const head = t(time ? 'debrief.momentHead.time' : 'debrief.momentHead', {
    day: m.day + 1,
    who: names[m.who] ?? m.who,
    time: time ?? '',
    trust: signed(Math.round(m.trustDelta)),
    rapport: signed(Math.round(m.rapportDelta)),
  });
  // A cooling is the choice's only if the story says the choice led to the gap.
  const byChoice = !m.cooling || m.cooling.choice !== null;
  return {
    head,
    what: explanationText(m, names),
    why: byChoice ? m.note : null,
    replay: byChoice && !!m.replayPath,
    time: time !== null,
  };
}

export function renderDebrief(input: DebriefInput): HTMLElement {
  const { debrief, names } = input;
  const chartHost = h('div', { class: 'debrief-chart', 'aria-hidden': 'true' });
  const rows = Object.values(debrief.series)
    .flat()
    .sort((a, b) => a.seq - b.seq);
  const table = h(
    'table',
    { class: 'debrief-table' },
    h('caption', {}, t('debrief.table.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        [
          t('debrief.table.day'),
          t('debrief.table.counterpart'),
          t('common.rapport'),
          t('common.trust'),
          t('debrief.table.moment'),
        ].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((p) =>
        h(
          'tr',
          {},
          h('td', {}, t('debrief.number', { n: p.day + 1 })),
          h('td', {}, names[p.who] ?? p.who),
          h('td', {}, t('debrief.number', { n: Math.round(p.rapport) })),
          h('td', {}, t('debrief.number', { n: Math.round(p.trust) })),
          h('td', {}, p.moment ?? ''),
        ),
      ),
    ),
  );
  const moments = h(
    'ol',
    { class: 'moments' },
    debrief.moments.map((m) => {
      const words = momentWords(m, names);
      return h(
        'li',
        {
          class: `moment${m.trustDelta + m.rapportDelta < 0 ? ' moment-down' : ' moment-up'}${words.time ? ' moment-time' : ''}`,
        },
        h(
          'p',
          { class: 'moment-head' },
          words.head,
          m.faceIncident ? h('span', { class: 'badge' }, t('debrief.faceIncident')) : null,
        ),
        h('p', { class: 'moment-what' }, words.what),
        words.why ? h('p', { class: 'moment-why' }, h('strong', {}, t('debrief.why')), ' ', words.why) : null,
        words.replay
          ? h(
              'button',
              { type: 'button', class: 'ghost small', onclick: () => input.onReplayFrom(m) },
              t('debrief.replay'),
            )
          : null,
      );
    }),
  );
  const section = h(
    'section',
    { class: 'debrief', 'aria-labelledby': 'debrief-title' },
    h('h3', { id: 'debrief-title' }, t('debrief.title')),
    h('p', { class: 'score' }, scoreSentence(input.score, input.scoreRange, input.passMark ?? null)),
    debrief.faceIncidents
      ? h('p', { class: 'face-count' }, t('debrief.faceIncidents', { n: debrief.faceIncidents }))
      : null,
    chartHost,
    h('details', { class: 'debrief-data' }, h('summary', {}, t('debrief.showTable')), table),
    debrief.moments.length ? h('h3', {}, t('debrief.keyMoments')) : null,
    debrief.moments.length ? moments : null,
  );
  // The chart library loads only now, after the ending is on screen.
  void nextFrame()
    .then(() => import('./debrief-chart.ts'))
    // The screen may be gone by now (the learner moved on): a chart drawn there would leak.
    .then((m) => chartHost.isConnected && keepChart(chartHost, m.drawChart(chartHost, debrief, names)))
    .catch((e) => console.warn('[Rapport] The chart could not load; the table has the same data.', e));
  return section;
}
