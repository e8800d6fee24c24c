/**
 * The after-action review, built from the explanation log alone: how Rapport and Trust moved over
 * in-story time, the key moments (what you did, what it did and why), face incidents and repairs.
 * A relationship that cooled between meetings is a moment of its own, put down to the time that
 * passed (and to the choice that led to the gap, when the story says so) — never to the choice
 * taken before it. Pure: the same log always gives the same debrief, so two runs can be compared.
 */
import type { ExplanationRecord, Words } from '../model/index.ts';

export interface SeriesPoint {
  /** Position of the event in the log. */
  seq: number;
  day: number;
  who: string;
  rapport: number;
  trust: number;
  /** Set on points that are key moments (the chart marks them). */
  moment?: string;
  /** Set on points where the relationship moved because time passed (a cooling record). */
  cooling?: true;
}

/** A moment that is time passing: how long without contact, and the choice that led to it. */
export interface TimePassed {
  /** Days without contact by then (a span, not a day number: the learner reads it as it is). */
  days: number;
  /**
   * The days this moment covers: `days`, or fewer when meetings with someone else split the gap
   * (the relationship then cools in steps, one per move of the story's clock).
   */
  step: number;
  /** The text of the choice that led to the gap, or null: time alone. */
  choice: string | null;
}

export interface KeyMoment {
  seq: number;
  day: number;
  who: string;
  /** The coach note of the choice behind it, if any (a cooling has one only if a choice led to it). */
  note: string | null;
  /** Set when the moment is time passing between meetings (a cooling), not something you did. */
  cooling: TimePassed | null;
  explanation: string;
  /** `explanation` in parts, for a view to say in the learner's language (model/types.ts, Words). */
  words?: Words;
  shown: ExplanationRecord['shown'];
  rapportDelta: number;
  trustDelta: number;
  faceIncident: boolean;
  source: string | null;
  /**
   * The choices to replay to stand just before this moment's choice (null: not caused by a choice —
   * a cooling that is time alone has none).
   */
  replayPath?: number[] | null;
}

export interface Debrief {
  /** One series per counterpart, in declaration order. */
  series: Record<string, SeriesPoint[]>;
  moments: KeyMoment[];
  faceIncidents: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Key moments that are the learner's own: time alone (a cooling no choice led to) leaves them
 * at least this many places. */
export const OWN_MOMENTS = 3;

/** The `count` largest moves (by |ΔRapport| + |ΔTrust|), at least OWN_MOMENTS of them the learner's choices where there are enough, in story order. */
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
    const point: SeriesPoint = {
      seq,
      day: r.day,
      who: r.who,
      rapport: round1(after.rapport),
      trust: round1(after.trust),
    };
    if (r.cooling) point.cooling = true;
    points.push(point);
    if (!r.shown.before) return;
    const rapportDelta = round1(after.rapport - r.shown.before.rapport);
    const trustDelta = round1(after.trust - r.shown.before.trust);
    if (Math.abs(rapportDelta) + Math.abs(trustDelta) < 1) return;
    const c = r.cooling;
    const cooling = c ? { days: c.days, step: c.toDay - c.fromDay, choice: c.choice ?? null } : null;
    candidates.push({
      seq,
      day: r.day,
      who: r.who,
      note: r.note ?? null,
      cooling,
      explanation: r.explanation,
      ...(r.words ? { words: r.words } : {}),
      shown: r.shown,
      rapportDelta,
      trustDelta,
      faceIncident: !!r.faceIncident,
      source: r.source ?? null,
      replayPath: cooling && cooling.choice === null ? null : replayPathOf(seq),
    });
  });
  // The largest moves, but mostly what the learner did: time alone leaves OWN_MOMENTS places to the
  // learner's choices (a long story's gaps would otherwise crowd them out: 4 of 5 on the-president).
  let timeMoments = 0;
  const maxTime = Math.max(0, count - OWN_MOMENTS);
  const moments = [...candidates]
    .sort(
      (a, b) =>
        Math.abs(b.rapportDelta) +
          Math.abs(b.trustDelta) -
          (Math.abs(a.rapportDelta) + Math.abs(a.trustDelta)) || a.seq - b.seq,
    )
    .filter((m) => !(m.cooling && m.cooling.choice === null) || timeMoments++ < maxTime)
    .slice(0, count)
    .sort((a, b) => a.seq - b.seq);
  for (const m of moments) {
    const point = series[m.who]?.find((p) => p.seq === m.seq);
    if (point) point.moment = m.explanation;
  }
  return { series, moments, faceIncidents: log.filter((r) => r.faceIncident).length };
}
