/**
 * Does a scenario's score measure skill? The bars of issue #15 §2 (targets from
 * /work/shared/design/scoring-model.md, "What the numbers must produce"), checked on the figures
 * the analyzer computes (build/analysis/analyzer.ts, `StoryReport.teaching`):
 *
 * 1. guessing — always the first, last, longest or shortest option never reaches the best path's
 *    ending nor `GUESS_SHARE_MAX` of the best reachable score;
 * 2. position — the best path's answers are not mostly at one option position;
 * 3. random play — a learner choosing at random passes rarely (per story and per module);
 * 4. the model — best, worst and spread of the score, each counterpart's Rapport span, and every
 *    meeting of the best path moving someone;
 * 5. shape — enough choice points on the best and a typical path, several meetings on several days.
 *
 * The bars across stories (best-answer positions over all of them) and modules (random play of
 * each scenario once) are in across-stories.ts.
 *
 * Pure functions of reports: no ink, no model, no disk.
 */

// ── The bars. Change a number here only with the design doc. ──────────────────────────────────

/** No guessing strategy may reach this share of the best reachable score (scoring-model.md:
 * "no guessing strategy … reaches the best ending or 65 % of the best score"; issue #15 §2). */
export const GUESS_SHARE_MAX = 0.65;
/** No option position may hold more than this share of one story's best-path choices (issue #15 §2). */
export const POSITION_SHARE_MAX = 0.5;
/** …nor more than this share of all best-path choices of all stories together (issue #15 §2). */
export const POSITION_SHARE_MAX_ALL = 0.4;
/** A learner choosing at random passes with at most this probability, per story (with its
 * `# pass_mark:`) and per module (scoring-model.md: "random play passes ≤ 10 %"; issue #15 §2). */
export const RANDOM_PASS_MAX = 0.1;
/** The best path's score (scoring-model.md: "best path ≥ 70"). */
export const BEST_SCORE_MIN = 70;
/** The worst path's score (scoring-model.md: "worst ≤ 25"). */
export const WORST_SCORE_MAX = 25;
/** Best minus worst (scoring-model.md: "spread ≥ 45 points"). */
export const SPREAD_MIN = 45;
/** Each counterpart's shown Rapport over all ended paths (scoring-model.md: "each counterpart's
 * Rapport spans ≥ 30 points over all paths"). */
export const RAPPORT_SPAN_MIN = 30;
/** On the best path every meeting moves someone's shown Rapport or Trust by this much
 * (scoring-model.md: "on the best path every meeting moves someone's Rapport or Trust by ≥ 5"). */
export const MEETING_MOVE_MIN = 5;
/** Choice points on the best path and on a typical random path (issue #15 §2). */
export const CHOICES_MIN = 10;
/** Meetings on the best path, the last on a later day than the first (issue #15 §2). */
export const MEETINGS_MIN = 3;

/** A reachable range of a figure over all paths. */
export interface Range {
  min: number;
  max: number;
}

/** A range to widen: empty until its first value. */
export function emptyRange(): Range {
  return { min: Infinity, max: -Infinity };
}

export function widen(r: Range, x: number): void {
  if (x < r.min) r.min = x;
  if (x > r.max) r.max = x;
}

// ── Report shapes ─────────────────────────────────────────────────────────────────────────────

export interface Bar {
  /** e.g. `guessing.first`, `position`, `random.pass`, `score.best`, `rapport.span.wang`. */
  id: string;
  ok: boolean;
  /** The figure measured (a number, or null when it could not be measured). */
  measured: number | null;
  /** The target in words, e.g. `< 65 % and not the best ending`. */
  target: string;
  /** What was measured, against what, and what the author can do. */
  message: string;
}

export type StrategyName = 'first' | 'last' | 'longest' | 'shortest';
export const STRATEGIES: readonly StrategyName[] = ['first', 'last', 'longest', 'shortest'];

export interface StrategyResult {
  name: StrategyName;
  choices: number[];
  ending: string | null;
  score: number;
  /** `score` as a share (0–1) of the best reachable score. */
  share: number;
  /** Set when the path stopped on an error or went round a loop. */
  error?: string;
}

export interface MeetingMove {
  /** 1-based, in the order of the best path. */
  index: number;
  day: number;
  /** Who the meeting() call was with. */
  with: string;
  /** The biggest net change of any counterpart's shown Rapport or Trust during the meeting. */
  move: number;
  counterpart: string | null;
  meter: 'rapport' | 'trust' | null;
  /** Where the meeting() call is in the ink. */
  source: string | null;
}

export interface RandomPlay {
  /** P(the learner's score ≥ the pass mark) under random play; null without `# pass_mark:`. */
  pass: number | null;
  /** The smallest whole-number pass mark with random pass ≤ `RANDOM_PASS_MAX`. */
  suggestedPassMark: number;
  /** Expected number of choice points on a random path. */
  expectedChoices: number;
  /** `expectedChoices` rounded down: the typical path. */
  typicalChoices: number;
  /** Probability of each ending ("" for an end without `# ending:`). */
  endings: Record<string, number>;
  /** The final score's distribution: [score floored to 0.1, probability], by score. */
  distribution: [number, number][];
  /** Total probability accounted for: 1 unless some paths errored or exploration was capped. */
  mass: number;
}

export interface TeachingReport {
  /** The story declares at least one counterpart: the bars apply. */
  applies: boolean;
  /** `# pass_mark:`, or null. */
  passMark: number | null;
  strategies: StrategyResult[];
  /** How many best-path choices fall on option position 1, 2, 3, … (index 0 = first option). */
  positions: number[];
  random: RandomPlay;
  counterparts: { id: string; name: string; rapport: Range }[];
  /** The best path's meetings and how much each moved the relationship. */
  meetings: MeetingMove[];
  smallestMeeting: MeetingMove | null;
  /** Every bar (empty when `applies` is false). */
  bars: Bar[];
}

/** The figures `storyBars` needs from a report. */
export interface BarInput {
  id: string;
  score: Range;
  best: { ending: string | null; score: number; choices: number[] } | null;
  worst: { score: number } | null;
  teaching: Omit<TeachingReport, 'bars'>;
}

// ── Helpers ───────────────────────────────────────────────────────────────────────────────────

export const pct = (x: number) => `${Math.round(x * 100)} %`;
export const pct1 = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)} %`;
export const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
export const round1 = (n: number) => Math.round(n * 10) / 10;

/** The score the learner's record keeps for a final score (src/core/session/session.ts rounds it). */
export function learnerScore(score: number): number {
  return Math.round(score);
}

/** The distribution of the learner's recorded (whole-number) score. Distribution bins are scores
 * floored to 0.1, so rounding a bin gives exactly the rounding of every score in it. */
export function learnerDistribution(
  distribution: readonly (readonly [number, number])[],
): Map<number, number> {
  const out = new Map<number, number>();
  for (const [score, p] of distribution) {
    const s = learnerScore(score + 1e-9);
    out.set(s, (out.get(s) ?? 0) + p);
  }
  return out;
}

/** P(recorded score ≥ mark). */
export function passProbability(distribution: readonly (readonly [number, number])[], mark: number): number {
  let p = 0;
  for (const [s, q] of learnerDistribution(distribution)) if (s >= mark) p += q;
  return Math.min(1, p);
}

/** The smallest whole-number mark (0–101) at which random play passes at most `RANDOM_PASS_MAX`. */
export function smallestPassMark(distribution: readonly (readonly [number, number])[]): number {
  for (let mark = 0; mark <= 100; mark++) {
    if (passProbability(distribution, mark) <= RANDOM_PASS_MAX + 1e-12) return mark;
  }
  return 101;
}

const STRATEGY_WORDS: Record<StrategyName, string> = {
  first: 'always the first option',
  last: 'always the last option',
  longest: 'always the longest option',
  shortest: 'always the shortest option',
};
const STRATEGY_FIX: Record<StrategyName, string> = {
  first:
    'move the best answer off position 1 in some choices, or make the first options’ consequences differ',
  last: 'move the best answer off the last position in some choices, or make the last options’ consequences differ',
  longest:
    'make the best answer the shorter one in some choices (or the wrong ones as long), so that length gives nothing away',
  shortest:
    'make the best answer the longer one in some choices (or the wrong ones as short), so that length gives nothing away',
};

// ── Bars of one story ─────────────────────────────────────────────────────────────────────────

export function storyBars(r: BarInput): Bar[] {
  const t = r.teaching;
  if (!t.applies) return [];
  const bars: Bar[] = [];
  const bestEnding = r.best?.ending ?? null;

  // 1. Guessing strategies.
  for (const s of t.strategies) {
    const best = s.ending !== null && s.ending === bestEnding;
    const ok = !best && s.share < GUESS_SHARE_MAX && !s.error;
    bars.push({
      id: `guessing.${s.name}`,
      ok,
      measured: round1(s.share * 100),
      target: `< ${pct(GUESS_SHARE_MAX)} of the best score, not the best ending`,
      message: s.error
        ? `guessing: ${STRATEGY_WORDS[s.name]} does not finish: ${s.error}`
        : `guessing: ${STRATEGY_WORDS[s.name]} reaches ending "${s.ending ?? '(none)'}"${best ? ' (best ending)' : ''} with ${pct(s.share)} of the best score (bar: < ${pct(GUESS_SHARE_MAX)}, not the best ending)` +
          (ok ? '' : ` — ${STRATEGY_FIX[s.name]}`),
    });
  }

  // 2. Position of the best answer.
  {
    const total = t.positions.reduce((a, b) => a + b, 0);
    const most = Math.max(0, ...t.positions);
    const at = t.positions.indexOf(most);
    const share = total ? most / total : 0;
    const ok = share <= POSITION_SHARE_MAX;
    bars.push({
      id: 'position',
      ok,
      measured: round1(share * 100),
      target: `≤ ${pct(POSITION_SHARE_MAX)} of the best path's choices at any one position`,
      message:
        `position: ${most} of the best path's ${total} choices are the ${ordinal(at + 1)} option (${pct(share)}; bar: ≤ ${pct(POSITION_SHARE_MAX)} at any position)` +
        (ok ? '' : ` — reorder some choices so the best answer is not so often the ${ordinal(at + 1)}`),
    });
  }

  // 3. Random play.
  {
    const rp = t.random;
    if (t.passMark === null) {
      bars.push({
        id: 'random.pass',
        ok: false,
        measured: null,
        target: `a "# pass_mark:" with random pass ≤ ${pct(RANDOM_PASS_MAX)}`,
        message: `random play: the story has no "# pass_mark:" tag — add "# pass_mark: ${rp.suggestedPassMark}" (the smallest whole mark that a learner choosing at random reaches with probability ≤ ${pct(RANDOM_PASS_MAX)}), or higher`,
      });
    } else {
      const p = rp.pass ?? 0;
      const ok = p <= RANDOM_PASS_MAX + 1e-12;
      bars.push({
        id: 'random.pass',
        ok,
        measured: Math.round(p * 10000) / 100,
        target: `≤ ${pct(RANDOM_PASS_MAX)}`,
        message:
          `random play: a learner choosing at random scores ≥ the pass mark ${t.passMark} with probability ${pct1(p)} (bar: ≤ ${pct(RANDOM_PASS_MAX)})` +
          (ok
            ? ''
            : ` — raise "# pass_mark:" to ${rp.suggestedPassMark} or more, or make more wrong options cost the relationship`),
      });
    }
  }

  // 4. The model's figures.
  const best = r.best?.score ?? r.score.max;
  const worst = r.worst?.score ?? r.score.min;
  bars.push({
    id: 'score.best',
    ok: best >= BEST_SCORE_MIN,
    measured: best,
    target: `≥ ${BEST_SCORE_MIN}`,
    message:
      `score: the best path scores ${best} (bar: ≥ ${BEST_SCORE_MIN})` +
      (best >= BEST_SCORE_MIN
        ? ''
        : ' — give the best answers bigger gains (size, fit) or more meetings to build on'),
  });
  bars.push({
    id: 'score.worst',
    ok: worst <= WORST_SCORE_MAX,
    measured: worst,
    target: `≤ ${WORST_SCORE_MAX}`,
    message:
      `score: the worst path scores ${worst} (bar: ≤ ${WORST_SCORE_MAX})` +
      (worst <= WORST_SCORE_MAX
        ? ''
        : ' — make the worst answers cost more (losses, face threats in public)'),
  });
  const spread = round1(best - worst);
  bars.push({
    id: 'score.spread',
    ok: spread >= SPREAD_MIN,
    measured: spread,
    target: `≥ ${SPREAD_MIN} points`,
    message:
      `score: best minus worst is ${spread} points (bar: ≥ ${SPREAD_MIN})` +
      (spread >= SPREAD_MIN ? '' : ' — widen the gap between good and bad answers’ consequences'),
  });
  for (const cp of t.counterparts) {
    const span = round1(cp.rapport.max - cp.rapport.min);
    const ok = span >= RAPPORT_SPAN_MIN;
    bars.push({
      id: `rapport.span.${cp.id}`,
      ok,
      measured: span,
      target: `≥ ${RAPPORT_SPAN_MIN} points`,
      message:
        `rapport: ${cp.name}'s Rapport spans ${span} points over all paths (${cp.rapport.min}–${cp.rapport.max}; bar: ≥ ${RAPPORT_SPAN_MIN})` +
        (ok
          ? ''
          : ` — give choices with ${cp.name} attentiveness, positivity or coordination consequences that differ more`),
    });
  }
  {
    const m = t.smallestMeeting;
    const ok = m !== null && m.move >= MEETING_MOVE_MIN;
    bars.push({
      id: 'meeting.move',
      ok,
      measured: m ? m.move : null,
      target: `every meeting of the best path moves someone's Rapport or Trust by ≥ ${MEETING_MOVE_MIN}`,
      message: m
        ? `meetings: on the best path, meeting ${m.index} (day ${m.day}, with ${m.with}${m.source ? `, ${m.source}` : ''}) moves ${m.counterpart ?? 'nobody'}'s ${m.meter ?? 'Rapport or Trust'} by only ${m.move} (bar: ≥ ${MEETING_MOVE_MIN} in every meeting)` +
          (ok ? '' : ' — give that meeting a choice with a bigger consequence, or merge it with the next one')
        : `meetings: the best path has no meeting() (bar: every meeting moves someone by ≥ ${MEETING_MOVE_MIN}) — call meeting(who, day) at the start of each meeting`,
    });
  }

  // 5. Shape.
  const bestChoices = r.best?.choices.length ?? 0;
  bars.push({
    id: 'shape.best-choices',
    ok: bestChoices >= CHOICES_MIN,
    measured: bestChoices,
    target: `≥ ${CHOICES_MIN}`,
    message:
      `shape: the best path has ${bestChoices} choice points (bar: ≥ ${CHOICES_MIN})` +
      (bestChoices >= CHOICES_MIN ? '' : ' — add decisions to the best route'),
  });
  bars.push({
    id: 'shape.typical-choices',
    ok: t.random.typicalChoices >= CHOICES_MIN,
    measured: t.random.typicalChoices,
    target: `≥ ${CHOICES_MIN}`,
    message:
      `shape: a typical (random) path has ${t.random.typicalChoices} choice points (expected ${round1(t.random.expectedChoices)}; bar: ≥ ${CHOICES_MIN})` +
      (t.random.typicalChoices >= CHOICES_MIN
        ? ''
        : ' — let wrong answers lead on to more decisions instead of ending early'),
  });
  const meetings = t.meetings.length;
  bars.push({
    id: 'shape.meetings',
    ok: meetings >= MEETINGS_MIN,
    measured: meetings,
    target: `≥ ${MEETINGS_MIN}`,
    message:
      `shape: the best path has ${meetings} meeting${meetings === 1 ? '' : 's'} (bar: ≥ ${MEETINGS_MIN})` +
      (meetings >= MEETINGS_MIN
        ? ''
        : ' — spread the story over more meetings, each opened with meeting(who, day)'),
  });
  const first = t.meetings[0]?.day ?? 0;
  const last = t.meetings.at(-1)?.day ?? 0;
  bars.push({
    id: 'shape.days',
    ok: meetings > 0 && last > first,
    measured: last - first,
    target: 'the last meeting on a later day than the first',
    message:
      `shape: the best path's meetings run from day ${first} to day ${last} (bar: the last on a later day than the first)` +
      (meetings > 0 && last > first
        ? ''
        : ' — let time pass between meetings (a later day in meeting(who, day))'),
  });
  return bars;
}

/** What a missed bar says: one problem per bar not met. */
export function barProblems(bars: readonly Bar[]): string[] {
  return bars.filter((b) => !b.ok).map((b) => b.message);
}
