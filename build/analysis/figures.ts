/**
 * The teaching figures of a story (build/analysis/teaching.ts has the bars they are held to): each
 * guessing strategy's path, the best path's option positions and meetings, random play against the
 * pass mark. The strategies and the best path are played again here, from the top, with the real
 * model, so their figures come from exactly what a learner would see.
 */
import * as model from '../../src/core/model/index.ts';
import { READERS, RelationshipBinding } from '../../src/core/session/relationship.ts';
import { StoryRunner, type Choice, type ExternalFunction } from '../../src/core/story/runner.ts';
import { tagValue } from '../../src/core/story/tags.ts';
import type { RandomFrom } from './random-play.ts';
import type { StoryReport } from './story-report.ts';
import {
  STRATEGIES,
  passProbability,
  round1,
  smallestPassMark,
  storyBars,
  type MeetingMove,
  type StrategyName,
  type StrategyResult,
  type TeachingReport,
} from './teaching.ts';

interface Played {
  choices: number[];
  ending: string | null;
  score: number;
  error?: string;
  log: model.ExplanationRecord[];
  states: model.ModelState[];
}

const MAX_PLAYED_CHOICES = 1000;

export function playPath(json: string, pick: (choices: readonly Choice[], depth: number) => number): Played {
  let runner: StoryRunner | null = null;
  const binding = new RelationshipBinding(() => runner?.where ?? null);
  const states: model.ModelState[] = [];
  const externals: Record<string, ExternalFunction> = {};
  for (const [name, fn] of Object.entries(binding.externals())) {
    externals[name] = (...args) => {
      const value = fn(...args);
      while (states.length < binding.log.length) states.push(binding.state);
      return value;
    };
  }
  const played: Played = { choices: [], ending: null, score: 0, log: binding.log, states };
  try {
    runner = new StoryRunner(json, { externals, readers: READERS });
    let step = runner.continue();
    for (;;) {
      for (const line of step.lines) played.ending = tagValue(line.tags, 'ending') ?? played.ending;
      if (step.ended) break;
      if (played.choices.length >= MAX_PLAYED_CHOICES) {
        played.error = `still no end after ${MAX_PLAYED_CHOICES} choices (a loop)`;
        break;
      }
      binding.note = null;
      const i = pick(step.choices, played.choices.length);
      played.choices.push(i);
      binding.note = step.choices[i]?.coach ?? null;
      runner.choose(i);
      step = runner.continue();
    }
  } catch (e) {
    played.error = e instanceof Error ? e.message : String(e);
  }
  played.score = round1(model.scenarioScore(binding.state));
  return played;
}

const POLICIES: Record<StrategyName, (choices: readonly Choice[]) => number> = {
  first: () => 0,
  last: (cs) => cs.length - 1,
  // Ties: the lowest index.
  longest: (cs) => cs.reduce((best, c, i) => (c.text.length > cs[best]!.text.length ? i : best), 0),
  shortest: (cs) => cs.reduce((best, c, i) => (c.text.length < cs[best]!.text.length ? i : best), 0),
};

/**
 * The meetings of a played path: a meeting starts at a meeting() record (several in a row are one
 * meeting) and runs to the record before the next meeting. Its move is the biggest net change of any
 * counterpart's shown Rapport or Trust from just after its meeting() records (so the decay applied
 * when the clock moves does not count) to its end.
 */
export function meetingsOf(played: Played): MeetingMove[] {
  const { log, states } = played;
  const out: MeetingMove[] = [];
  let i = 0;
  while (i < log.length) {
    if (log[i]!.event.kind !== 'meeting') {
      i++;
      continue;
    }
    const first = log[i]!;
    while (i + 1 < log.length && log[i + 1]!.event.kind === 'meeting') i++;
    const start = states[i]!;
    let end = i;
    while (end + 1 < log.length && log[end + 1]!.event.kind !== 'meeting') end++;
    const after = states[end]!;
    const move: MeetingMove = {
      index: out.length + 1,
      day: (first.event as { day: number }).day,
      with: first.event.who,
      move: 0,
      counterpart: null,
      meter: null,
      source: first.source ?? null,
    };
    for (const who of after.order) {
      const a = after.counterparts[who]!;
      const b = start.counterparts[who];
      if (!b) continue;
      const dr = Math.abs(model.shownRapport(a) - model.shownRapport(b));
      const dt = Math.abs(model.shownTrust(a) - model.shownTrust(b));
      for (const [d, meter] of [
        [dr, 'rapport'],
        [dt, 'trust'],
      ] as const) {
        if (d > move.move + 1e-9 || move.counterpart === null) {
          move.move = d;
          move.counterpart = a.name;
          move.meter = meter;
        }
      }
    }
    move.move = round1(move.move);
    out.push(move);
    i = end + 1;
  }
  return out;
}

export function emptyTeaching(): TeachingReport {
  return {
    applies: false,
    passMark: null,
    strategies: [],
    positions: [],
    random: {
      pass: null,
      suggestedPassMark: 0,
      expectedChoices: 0,
      typicalChoices: 0,
      endings: {},
      distribution: [],
      mass: 0,
    },
    counterparts: [],
    meetings: [],
    smallestMeeting: null,
    bars: [],
  };
}

/** Everything the teaching bars look at (build/analysis/teaching.ts), and the bars. */
export function teachingOf(
  report: StoryReport,
  json: string,
  random: RandomFrom,
  rapportOf: ReadonlyMap<string, { name: string; min: number; max: number }>,
  declared: boolean,
  passMark: number | null,
): TeachingReport {
  const t = emptyTeaching();
  t.applies = declared;
  t.passMark = passMark;
  const distribution: [number, number][] = Array.from(random.scores.bins, (b, i) => [
    b / 10,
    random.scores.p[i]!,
  ]);
  const mass = distribution.reduce((s, [, p]) => s + p, 0);
  t.random = {
    pass: passMark === null ? null : passProbability(distribution, passMark),
    suggestedPassMark: smallestPassMark(distribution),
    expectedChoices: Math.round(random.choices * 1000) / 1000,
    typicalChoices: Math.floor(random.choices + 1e-9),
    endings: Object.fromEntries([...random.endings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    distribution,
    mass: Math.round(mass * 1e9) / 1e9,
  };
  t.counterparts = [...rapportOf].map(([id, r]) => ({
    id,
    name: r.name,
    rapport: { min: r.min, max: r.max },
  }));
  const top = report.score.max;
  t.strategies = STRATEGIES.map((name): StrategyResult => {
    const p = playPath(json, POLICIES[name]);
    const out: StrategyResult = {
      name,
      choices: p.choices,
      ending: p.ending,
      score: p.score,
      share: top > 0 ? Math.round((p.score / top) * 1000) / 1000 : 0,
    };
    if (p.error) out.error = p.error;
    return out;
  });
  if (report.best) {
    for (const c of report.best.choices) t.positions[c] = (t.positions[c] ?? 0) + 1;
    t.positions = Array.from(t.positions, (n) => n ?? 0);
    const path = report.best.choices;
    const played = playPath(json, (_, depth) => path[depth] ?? 0);
    t.meetings = meetingsOf(played);
    t.smallestMeeting = t.meetings.reduce<MeetingMove | null>(
      (m, x) => (m === null || x.move < m.move ? x : m),
      null,
    );
  }
  t.bars = storyBars({ ...report, teaching: t });
  return t;
}
