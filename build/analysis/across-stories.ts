/**
 * The teaching bars across stories: where the best answers sit over all of them (no option
 * position may hold more than 40 %), and each module played once at random (the average of its
 * scenarios' recorded scores reaches the pass mark at most one time in ten). Pure functions of
 * the stories' reports, like the per-story bars in teaching.ts.
 */
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import {
  learnerDistribution,
  ordinal,
  pct,
  pct1,
  POSITION_SHARE_MAX_ALL,
  RANDOM_PASS_MAX,
  round1,
  type Bar,
  type TeachingReport,
} from './teaching.ts';

export interface StoryFigures {
  id: string;
  teaching?: TeachingReport;
}

/** Best-path choices by position over all stories the bars apply to (index 0 = first option). */
export function positionsOverall(reports: readonly StoryFigures[]): number[] {
  const out: number[] = [];
  for (const r of reports) {
    if (!r.teaching?.applies) continue;
    r.teaching.positions.forEach((n, i) => (out[i] = (out[i] ?? 0) + n));
  }
  return Array.from(out, (n) => n ?? 0);
}

export interface OverallTeaching {
  positions: number[];
  bars: Bar[];
}

/** The cross-story bar: only meaningful when every story is analysed together. */
export function overallTeaching(reports: readonly StoryFigures[]): OverallTeaching {
  const positions = positionsOverall(reports);
  const total = positions.reduce((a, b) => a + b, 0);
  const most = Math.max(0, ...positions);
  const at = positions.indexOf(most);
  const share = total ? most / total : 0;
  const ok = share <= POSITION_SHARE_MAX_ALL;
  return {
    positions,
    bars: [
      {
        id: 'position.all',
        ok,
        measured: round1(share * 100),
        target: `≤ ${pct(POSITION_SHARE_MAX_ALL)} of all best-path choices at any one position`,
        message:
          `position (all stories): ${most} of the ${total} best-path choices are the ${ordinal(at + 1)} option (${pct(share)}; bar: ≤ ${pct(POSITION_SHARE_MAX_ALL)})` +
          (ok ? '' : ` — in some stories, move the best answer off position ${at + 1}`),
      },
    ],
  };
}

export interface ModuleTeaching {
  id: string;
  title: string;
  scenarios: string[];
  passMark: number;
  /** P(passing the module) with one random play of each scenario. */
  pass: number;
  /** The recorded average's distribution: [average, probability]. */
  average: [number, number][];
  bars: Bar[];
}

/**
 * A module is passed when every scenario is finished and the average of their recorded (rounded)
 * scores reaches `passMark` (src/core/modules/module.ts, `moduleProgress`). With one random play of each
 * scenario, the sum of the recorded scores is the convolution of the scenarios' distributions.
 */
export function moduleTeaching(
  def: ModuleDefinition,
  reports: readonly StoryFigures[],
): ModuleTeaching | null {
  const members = def.scenarios.map((id) => reports.find((r) => r.id === id));
  if (members.some((m) => !m?.teaching)) return null;
  let sum = new Map<number, number>([[0, 1]]);
  for (const m of members) {
    const d = learnerDistribution(m!.teaching!.random.distribution);
    const next = new Map<number, number>();
    for (const [a, p] of sum) for (const [b, q] of d) next.set(a + b, (next.get(a + b) ?? 0) + p * q);
    sum = next;
  }
  const n = def.scenarios.length;
  let pass = 0;
  const average: [number, number][] = [];
  for (const [s, p] of [...sum].sort((a, b) => a[0] - b[0])) {
    average.push([Math.round((s / n) * 1000) / 1000, p]);
    if (s / n >= def.passMark) pass += p;
  }
  pass = Math.min(1, pass);
  const ok = pass <= RANDOM_PASS_MAX + 1e-12;
  return {
    id: def.id,
    title: def.title,
    scenarios: def.scenarios,
    passMark: def.passMark,
    pass,
    average,
    bars: [
      {
        id: 'module.random-pass',
        ok,
        measured: Math.round(pass * 10000) / 100,
        target: `≤ ${pct(RANDOM_PASS_MAX)}`,
        message:
          `module "${def.id}": playing each scenario once at random passes (average of the ${n} scores ≥ ${def.passMark}) with probability ${pct1(pass)} (bar: ≤ ${pct(RANDOM_PASS_MAX)})` +
          (ok
            ? ''
            : ` — raise "passMark" to ${smallestModuleMark(sum, n)} or more, or make its scenarios harder to pass by guessing`),
      },
    ],
  };
}

function smallestModuleMark(sum: Map<number, number>, n: number): number {
  for (let mark = 0; mark <= 100; mark++) {
    let p = 0;
    for (const [s, q] of sum) if (s / n >= mark) p += q;
    if (p <= RANDOM_PASS_MAX + 1e-12) return mark;
  }
  return 101;
}
