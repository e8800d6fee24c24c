/**
 * Random play, exactly: a learner choosing each option with the same probability. The explorer
 * keeps, for every merged state, the distribution of final scores (in 0.1-point bins), of endings and
 * of choice points still to come; a choice point combines its options' distributions with equal
 * weights. From these the teaching bars read the chance that random play passes.
 */

/** A final score's distribution: bins of 0.1 point (the score floored to tenths), by bin. */
export interface Dist {
  bins: Int32Array;
  p: Float64Array;
}

export interface RandomFrom {
  scores: Dist;
  /** Probability of each ending ('' for an end without `# ending:`). */
  endings: Map<string, number>;
  /** Expected number of choice points still to come. */
  choices: number;
}

export const NO_RANDOM: RandomFrom = {
  scores: { bins: new Int32Array(0), p: new Float64Array(0) },
  endings: new Map(),
  choices: 0,
};
export const SCORE_BINS = 1001; // 0.0 … 100.0

/** The 0.1-point bin of a score: floored, so that rounding a bin to a whole number rounds every
 * score in it the same way (the learner's record keeps `Math.round(score)`). */
export function scoreBin(score: number): number {
  return Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(score * 10 + 1e-7)));
}

/** Random play at a choice point: each option's subtree with the same weight. */
export function combineRandom(
  subs: readonly RandomFrom[],
  scratch: Float64Array,
  seen: Uint8Array,
): RandomFrom {
  const w = 1 / subs.length;
  const touched: number[] = [];
  const endings = new Map<string, number>();
  let choices = 0;
  for (const sub of subs) {
    const { bins, p } = sub.scores;
    for (let i = 0; i < bins.length; i++) {
      const b = bins[i]!;
      if (!seen[b]) {
        seen[b] = 1;
        touched.push(b);
      }
      scratch[b] = scratch[b]! + w * p[i]!;
    }
    for (const [e, q] of sub.endings) endings.set(e, (endings.get(e) ?? 0) + w * q);
    choices += w * sub.choices;
  }
  touched.sort((a, b) => a - b);
  const bins = new Int32Array(touched);
  const p = new Float64Array(touched.length);
  touched.forEach((b, i) => {
    p[i] = scratch[b]!;
    scratch[b] = 0;
    seen[b] = 0;
  });
  return { scores: { bins, p }, endings, choices: 1 + choices };
}
