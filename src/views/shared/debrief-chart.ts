/**
 * The debrief's chart: Rapport and Trust per counterpart over in-story time, with the key moments
 * marked — a filled dot for something you did, a hollow grey one for time passing (a relationship
 * that cooled between meetings). Drawn with uPlot (small, fast, well kept), loaded only when a
 * debrief is shown. The same data is always also on the page as a table, so the chart is never the
 * only way to read it.
 */
import uPlot from 'uplot';
import { t } from '../../l10n/index.ts';
import 'uplot/dist/uPlot.min.css';
import type { Debrief } from '../../core/session/debrief.ts';

const COLORS = [
  ['#b5651d', '#2a6f97'],
  ['#8e3b46', '#3d7a3d'],
  ['#6a4c93', '#1d4e89'],
];

/** x = in-story day, with events of one day spread across it so their order shows. */
export function chartData(debrief: Debrief, names: Record<string, string>) {
  const all = Object.values(debrief.series)
    .flat()
    .sort((a, b) => a.seq - b.seq);
  const perDay = new Map<number, number>();
  for (const p of all) perDay.set(p.day, (perDay.get(p.day) ?? 0) + 1);
  const seen = new Map<number, number>();
  const xs: number[] = [];
  const xOf = new Map<string, number>();
  for (const p of all) {
    const i = seen.get(p.day) ?? 0;
    seen.set(p.day, i + 1);
    const x = p.day + i / Math.max(1, perDay.get(p.day)!);
    xs.push(x);
    xOf.set(`${p.who}:${p.seq}:${p.rapport}:${p.trust}`, x);
  }
  const ids = Object.keys(debrief.series);
  const columns: (number | null)[][] = [];
  const series: uPlot.Series[] = [
    {
      label: t('debrief.table.day'),
      value: (_u, v) => (v == null ? '' : t('play.day', { n: Math.floor(v) + 1 })),
    },
  ];
  const moments: (number | null)[] = all.map((p) => (p.moment && !p.cooling ? p.trust : null));
  const timeMoments: (number | null)[] = all.map((p) => (p.moment && p.cooling ? p.trust : null));
  ids.forEach((id, k) => {
    const [rapportColor, trustColor] = COLORS[k % COLORS.length]!;
    const rapport = all.map((p) => (p.who === id ? p.rapport : null));
    const trust = all.map((p) => (p.who === id ? p.trust : null));
    columns.push(rapport, trust);
    series.push(
      {
        label: t('play.meter.name', { meter: t('common.rapport'), name: names[id] ?? id }),
        stroke: rapportColor,
        width: 2.5,
        spanGaps: true,
        dash: [8, 4],
      },
      {
        label: t('play.meter.name', { meter: t('common.trust'), name: names[id] ?? id }),
        stroke: trustColor,
        width: 2.5,
        spanGaps: true,
      },
    );
  });
  series.push({
    label: t('debrief.table.moment'),
    stroke: '#fca311',
    fill: '#fca311',
    paths: () => null,
    points: { show: true, size: 11 },
  });
  const columnsOut = [xs, ...columns, moments];
  if (timeMoments.some((v) => v !== null)) {
    series.push({
      label: t('chart.timeMoment'),
      stroke: '#6c757d',
      paths: () => null,
      points: { show: true, size: 11, width: 2.5, stroke: '#6c757d', fill: '#ffffff' },
    });
    columnsOut.push(timeMoments);
  }
  return { data: columnsOut as uPlot.AlignedData, series };
}

export function drawChart(host: HTMLElement, debrief: Debrief, names: Record<string, string>): uPlot | null {
  if (!canDraw()) return null;
  const { data, series } = chartData(debrief, names);
  if ((data[0] as number[]).length < 2) return null;
  const width = Math.max(280, host.clientWidth || 600);
  return new uPlot(
    {
      width,
      height: Math.round(Math.min(320, Math.max(200, width * 0.45))),
      series,
      scales: { x: { time: false }, y: { range: [0, 100] } },
      axes: [
        {
          label: t('chart.day'),
          values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t + 1) : '')),
        },
        { label: t('chart.score100') },
      ],
      legend: { live: false },
      cursor: { show: false },
    },
    data,
    host,
  );
}

/** Score per attempt, and the best so far, across a learner's attempts at one scenario. */
export function drawImprovement(
  host: HTMLElement,
  points: { attempt: number; score: number; best: number }[],
): uPlot | null {
  if (!canDraw()) return null;
  if (points.length < 2) return null;
  const width = Math.max(260, host.clientWidth || 480);
  return new uPlot(
    {
      width,
      height: 200,
      series: [
        { label: t('chart.attempt') },
        {
          label: t('profile.attempts.score'),
          stroke: '#2a6f97',
          width: 2.5,
          points: { show: true, size: 7 },
        },
        { label: t('chart.bestSoFar'), stroke: '#b5651d', width: 2, dash: [6, 4] },
      ],
      scales: { x: { time: false }, y: { range: [0, 100] } },
      axes: [
        {
          label: t('chart.attempt'),
          values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : '')),
        },
        { label: t('profile.attempts.score') },
      ],
      legend: { live: false },
      cursor: { show: false },
    },
    [points.map((p) => p.attempt), points.map((p) => p.score), points.map((p) => p.best)],
    host,
  );
}

/**
 * Whether the browser gives a 2D canvas (one that blocks it, or a DOM without one, gives none): the
 * chart is then left out — the table beside it holds the same data — rather than failing later.
 */
function canDraw(): boolean {
  try {
    return !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}
