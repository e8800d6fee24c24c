/**
 * The debrief at the end of a scenario: the score and its share of the best reachable score, the
 * chart of Rapport and Trust over in-story time (with the same data as a table), and the key
 * moments — what you did, what it did and why — each with "replay from this moment".
 */
import type { Debrief, KeyMoment } from '../../core/session/debrief.ts';
import { keepChart } from './charts.ts';
import { h } from './dom.ts';
import { nextFrame } from '../../platform/schedule.ts';

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

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');

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
  const pass =
    passMark === null ? '' : ` Pass mark ${passMark}: ${s >= passMark ? 'passed' : 'not reached yet'}.`;
  if (!range || range.max <= 0) return `Relationship score ${s} out of 100.${pass}`;
  const best = Math.round(range.max);
  const share = Math.round((Math.min(s, best) / best) * 100);
  return `Relationship score ${s} out of 100 — ${share} % of the best reachable score (${best}).${pass}`;
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
    h('caption', {}, 'Rapport and Trust after each event'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Day', 'Counterpart', 'Rapport', 'Trust', 'Key moment'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((p) =>
        h(
          'tr',
          {},
          h('td', {}, String(p.day + 1)),
          h('td', {}, names[p.who] ?? p.who),
          h('td', {}, String(Math.round(p.rapport))),
          h('td', {}, String(Math.round(p.trust))),
          h('td', {}, p.moment ?? ''),
        ),
      ),
    ),
  );
  const moments = h(
    'ol',
    { class: 'moments' },
    debrief.moments.map((m) =>
      h(
        'li',
        { class: `moment${m.trustDelta + m.rapportDelta < 0 ? ' moment-down' : ' moment-up'}` },
        h(
          'p',
          { class: 'moment-head' },
          `Day ${m.day + 1} · ${names[m.who] ?? m.who} · Trust ${signed(Math.round(m.trustDelta))} · Rapport ${signed(Math.round(m.rapportDelta))}`,
          m.faceIncident ? h('span', { class: 'badge' }, 'Face incident') : null,
        ),
        h('p', { class: 'moment-what' }, m.explanation),
        m.note ? h('p', { class: 'moment-why' }, h('strong', {}, 'Why: '), m.note) : null,
        m.replayPath
          ? h(
              'button',
              { type: 'button', class: 'ghost small', onclick: () => input.onReplayFrom(m) },
              'Replay from this moment',
            )
          : null,
      ),
    ),
  );
  const section = h(
    'section',
    { class: 'debrief', 'aria-labelledby': 'debrief-title' },
    h('h3', { id: 'debrief-title' }, 'How the relationship moved'),
    h('p', { class: 'score' }, scoreSentence(input.score, input.scoreRange, input.passMark ?? null)),
    debrief.faceIncidents
      ? h('p', { class: 'face-count' }, `Face incidents: ${debrief.faceIncidents}.`)
      : null,
    chartHost,
    h('details', { class: 'debrief-data' }, h('summary', {}, 'Show the chart’s data as a table'), table),
    debrief.moments.length ? h('h3', {}, 'Key moments') : null,
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
