/**
 * The after-action review, built from the explanation log alone: how Rapport and Trust moved over
 * in-story time, the key moments (what you did, what it did and why), face incidents and repairs.
 * Pure: the same log always gives the same debrief, so two runs can be compared.
 */
import type { ExplanationRecord } from '../model/index.ts';

export interface SeriesPoint {
  /** Position of the event in the log. */
  seq: number;
  day: number;
  who: string;
  rapport: number;
  trust: number;
  /** Set on points that are key moments (the chart marks them). */
  moment?: string;
}

export interface KeyMoment {
  seq: number;
  day: number;
  who: string;
  /** The coach note of the choice behind it, if any. */
  note: string | null;
  explanation: string;
  rapportDelta: number;
  trustDelta: number;
  faceIncident: boolean;
  source: string | null;
  /** The choices to replay to stand just before this moment's choice (null: not caused by a choice). */
  replayPath?: number[] | null;
}

export interface Debrief {
  /** One series per counterpart, in declaration order. */
  series: Record<string, SeriesPoint[]>;
  moments: KeyMoment[];
  faceIncidents: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The `count` largest moves (by |ΔRapport| + |ΔTrust|), in story order. */
export function buildDebrief(
  log: readonly ExplanationRecord[],
  count = 5,
  replayPathOf: (seq: number) => number[] | null = () => null,
): Debrief {
  const series: Record<string, SeriesPoint[]> = {};
  const candidates: KeyMoment[] = [];
  log.forEach((r, seq) => {
    const points = (series[r.who] ??= []);
    const after = r.shown.after;
    if (r.shown.before && points.length === 0) {
      points.push({
        seq,
        day: r.day,
        who: r.who,
        rapport: round1(r.shown.before.rapport),
        trust: round1(r.shown.before.trust),
      });
    }
    points.push({ seq, day: r.day, who: r.who, rapport: round1(after.rapport), trust: round1(after.trust) });
    if (!r.shown.before) return;
    const rapportDelta = round1(after.rapport - r.shown.before.rapport);
    const trustDelta = round1(after.trust - r.shown.before.trust);
    if (Math.abs(rapportDelta) + Math.abs(trustDelta) < 1) return;
    candidates.push({
      seq,
      day: r.day,
      who: r.who,
      note: r.note ?? null,
      explanation: r.explanation,
      rapportDelta,
      trustDelta,
      faceIncident: !!r.faceIncident,
      source: r.source ?? null,
      replayPath: replayPathOf(seq),
    });
  });
  const moments = [...candidates]
    .sort(
      (a, b) =>
        Math.abs(b.rapportDelta) +
          Math.abs(b.trustDelta) -
          (Math.abs(a.rapportDelta) + Math.abs(a.trustDelta)) || a.seq - b.seq,
    )
    .slice(0, count)
    .sort((a, b) => a.seq - b.seq);
  for (const m of moments) {
    const point = series[m.who]?.find((p) => p.seq === m.seq);
    if (point) point.moment = m.explanation;
  }
  return { series, moments, faceIncidents: log.filter((r) => r.faceIncident).length };
}
