/**
 * A scenario guide's decision points (scenario-data.ts): each scene of the analyzer's story graph
 * with its options in the order the learner sees them, what each teaches (its coach note), where
 * it leads, its mean effect on each counterpart, and the best and worst option for each of them.
 */
import type { GraphEdge, GraphEnding, GraphScene } from '../analysis/story-graph.ts';
import type { OptionEffect } from '../analysis/option-effects.ts';

/** Below this difference (Trust + Rapport points) no option is named best or worst; an option is
 * named worst only when it lowers them. */
export const MEANINGFUL = 1;

export interface GuideOption {
  /** Its number in the guide: the options in the order the learner sees them, with any offered
   * only in some situations in its place among them. */
  n: number;
  /** Offered only in some situations (a condition on the choice in the ink). */
  conditional: boolean;
  text: string;
  /** The choice's `# id:` (its translations' key), when it has one. */
  lineId: string | null;
  coach: string | null;
  effect: Record<string, OptionEffect>;
  onBestPath: boolean;
  /** Decision numbers or ending titles it leads to (neither: a dead end). */
  leads: { decision?: number; ending?: string }[];
}

export interface GuideDecision {
  n: number;
  place: string;
  /** `who`: the speaker's name, `you` for the learner, null for narration. */
  lines: { who: string | null; you: boolean; speaker: string | null; text: string }[];
  from: { decision: number; option: number }[];
  options: (GuideOption & { key: string })[];
  /** The counterparts some option here moves, and each one's best and worst options. */
  people: { id: string; best: number[]; worst: number[] }[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where the choice is in its knot's content (`knot.0.53` → 53): options offered at the same
 * position in different situations keep the ink's order. */
const inkIndex = (source: string) => Number(/(\d+)$/.exec(source)?.[1] ?? 0);

export function decisionOf(
  s: GraphScene,
  edges: readonly GraphEdge[],
  at: {
    number: ReadonlyMap<string, number>;
    endings: readonly GraphEnding[];
    names: ReadonlyMap<string, string>;
    conditional: ReadonlySet<string>;
  },
): GuideDecision {
  const { number, endings, names } = at;
  const byChoice = new Map<string, GraphEdge[]>();
  for (const e of edges.filter((x) => x.from === s.id)) {
    const k = `${e.source}|${e.text}`;
    byChoice.set(k, [...(byChoice.get(k) ?? []), e]);
  }
  const options = [...byChoice.values()]
    .sort((a, b) => a[0]!.position - b[0]!.position || inkIndex(a[0]!.source) - inkIndex(b[0]!.source))
    .map((es, i): GuideOption & { key: string } => {
      const e = es[0]!;
      return {
        n: i + 1,
        key: `${e.source}|${e.text}`,
        conditional: at.conditional.has(squash(e.text)),
        text: e.text,
        lineId: es.find((x) => x.lineId)?.lineId ?? null,
        coach: e.coach,
        effect: meanEffect(es),
        onBestPath: es.some((x) => x.best),
        leads: es.map((x) =>
          number.has(x.to)
            ? { decision: number.get(x.to)! }
            : (() => {
                const title = endings.find((n) => n.id === x.to)?.title;
                return title === undefined ? {} : { ending: title };
              })(),
        ),
      };
    });
  const ids = [...new Set(options.flatMap((o) => Object.keys(o.effect)))];
  const people = ids.flatMap((id) => {
    const score = (o: GuideOption) => (o.effect[id]?.trust ?? 0) + (o.effect[id]?.rapport ?? 0);
    const values = options.map(score);
    const max = Math.max(...values);
    const min = Math.min(...values);
    if (max - min < MEANINGFUL) return [];
    const with_ = (v: number) => options.filter((o) => score(o) === v).map((o) => o.n);
    return [{ id, best: with_(max), worst: min <= -MEANINGFUL ? with_(min) : [] }];
  });
  return {
    n: number.get(s.id)!,
    place: s.place,
    lines: s.lines.map((l) => ({
      who: l.speaker === null || l.speaker === 'you' ? null : (names.get(l.speaker) ?? l.speaker),
      you: l.speaker === 'you',
      speaker: l.speaker,
      text: l.text,
    })),
    from: [],
    options,
    people,
  };
}

/** The effect of a choice that leads to several places: its edges' means, weighted by samples. */
function meanEffect(edges: readonly GraphEdge[]): Record<string, OptionEffect> {
  const sum = new Map<string, { trust: number; rapport: number; n: number }>();
  for (const e of edges) {
    const n = e.samples ?? 1;
    for (const [who, x] of Object.entries(e.effect ?? {})) {
      const t = sum.get(who) ?? { trust: 0, rapport: 0, n: 0 };
      sum.set(who, { trust: t.trust + x.trust * n, rapport: t.rapport + x.rapport * n, n: t.n + n });
    }
  }
  const r = (x: number) => Math.round(x * 10) / 10 || 0;
  return Object.fromEntries(
    [...sum].map(([who, t]) => [who, { trust: r(t.trust / t.n), rapport: r(t.rapport / t.n) }]),
  );
}
