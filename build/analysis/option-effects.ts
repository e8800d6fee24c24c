/**
 * What each option does to each counterpart, as the analyzer sees it while it explores (with the
 * story graph, story-graph.ts): the change in the counterpart's shown Trust and Rapport from the
 * choice point through the option to the next choice point (or the end), averaged over every
 * distinct relationship state the explorer met at that choice point. The facilitator's guide reads
 * it (build/guide/) to name the best and the worst option for each counterpart.
 */
import * as model from '../../src/core/model/index.ts';

/** The mean change of one counterpart's shown meters (0–100 scale, one decimal). */
export interface OptionEffect {
  trust: number;
  rapport: number;
}

interface Sums {
  n: number;
  byWho: Map<string, { trust: number; rapport: number; n: number }>;
}

export class EffectTally {
  private readonly sums = new Map<string, Sums>();

  /** One play of the segment `key` (an edge of the graph) from `before` to `after`. */
  add(key: string, before: model.ModelState, after: model.ModelState): void {
    let s = this.sums.get(key);
    if (!s) this.sums.set(key, (s = { n: 0, byWho: new Map() }));
    s.n++;
    for (const who of after.order) {
      const a = after.counterparts[who];
      const b = before.counterparts[who];
      if (!a || !b) continue; // declared in this segment: no "before" to compare with
      let w = s.byWho.get(who);
      if (!w) s.byWho.set(who, (w = { trust: 0, rapport: 0, n: 0 }));
      w.trust += model.shownTrust(a) - model.shownTrust(b);
      w.rapport += model.shownRapport(a) - model.shownRapport(b);
      w.n++;
    }
  }

  /** The mean effect over the plays of several segments (one option that leads to several places). */
  merged(keys: readonly string[]): { samples: number; effect: Record<string, OptionEffect> } {
    const total = new Map<string, { trust: number; rapport: number; n: number }>();
    let samples = 0;
    for (const key of keys) {
      const s = this.sums.get(key);
      if (!s) continue;
      samples += s.n;
      for (const [who, w] of s.byWho) {
        const t = total.get(who) ?? { trust: 0, rapport: 0, n: 0 };
        total.set(who, { trust: t.trust + w.trust, rapport: t.rapport + w.rapport, n: t.n + w.n });
      }
    }
    const round = (x: number) => Math.round(x * 10) / 10 || 0;
    const effect: Record<string, OptionEffect> = {};
    for (const [who, t] of total)
      if (t.n > 0) effect[who] = { trust: round(t.trust / t.n), rapport: round(t.rapport / t.n) };
    return { samples, effect };
  }
}
