/**
 * A scenario's facilitator's guide as data: what the page (scenario-page.ts) shows, gathered from
 * the analyzer's report with its story graph (decision points, options and their effects, endings
 * and their ranges, path lengths), the ink as written (ink-notes.ts: people, prompts, thresholds,
 * learning points, source comments), the story's global tags, the modules and sources.json. No
 * word of it is written here: only how the figures are combined.
 */
import type { ModuleDefinition } from '../../src/core/modules/module.ts';
import type { StoryInfo } from '../../src/core/story/tags.ts';
import type { StoryReport } from '../analysis/story-report.ts';
import type { GraphEnding, GraphScene } from '../analysis/story-graph.ts';
import type { Range } from '../analysis/teaching.ts';
import { conditionWords } from './conditions.ts';
import { decisionOf, type GuideDecision } from './decision-data.ts';
import type { InkNotes } from './ink-notes.ts';
import type { SourceArticle } from './source-check.ts';

/** The running time's figures (minutes): in a room, each decision is read, voted on and revealed. */
export const ROOM_MINUTES = { perDecision: 2, perPrompt: 5, debrief: 10 } as const;

export { MEANINGFUL, type GuideDecision, type GuideOption } from './decision-data.ts';

export interface GuidePrompt {
  text: string;
  line: number;
  place: string;
  decision: number | null;
  ending: string | null;
}

export interface GuideEnding {
  id: string;
  title: string;
  /** Over the paths that reach it; null when no explored path does. */
  score: Range | null;
  /** Share of random play that ends here (0–1), or null when unknown. */
  random: number | null;
  routes: {
    kind: 'if' | 'else' | 'divert';
    /** The ink condition as written, and the deciding knot's `~ temp`s (to word it in a language). */
    condition: string | null;
    temps: Record<string, string>;
    words: string | null;
    notes: string[];
    place: string;
    order: number;
  }[];
  people: { id: string; name: string; trust: Range; rapport: Range }[];
}

export interface ScenarioGuide {
  id: string;
  /** The story's path as the guide names it (`stories/lost-face.ink`). */
  where: string;
  info: StoryInfo;
  /** `# pass_mark:` (null when the story sets none) and the smallest mark random play passes ≤ 10 %. */
  pass: { mark: number | null; suggested: number | null };
  /** Module objectives that name the scenario, each with the modules that set it. */
  objectives: { text: string; modules: { id: string; title: string }[] }[];
  learning: { text: string; seed: string; source: string | null }[];
  time: { decisions: number; best: number | null; longest: number; prompts: number; total: number };
  people: { id: string; name: string; profile: number[] | null; notes: string[] }[];
  decisions: GuideDecision[];
  prompts: GuidePrompt[];
  endings: GuideEnding[];
  handout: { file: string; title: string; quotes: { quote: string; choices: string[]; lines: number[] }[] }[];
  /** The story's `CONST` thresholds (the endings' conditions use them). */
  constants: Record<string, number>;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function scenarioGuide(input: {
  where: string;
  report: StoryReport;
  notes: InkNotes;
  info: StoryInfo;
  modules: readonly ModuleDefinition[];
  articles: readonly SourceArticle[];
}): ScenarioGuide {
  const { report, notes, info, modules, articles } = input;
  const graph = report.graph;
  const names = new Map<string, string>([
    ...notes.counterparts.map((c) => [c.id, c.name] as const),
    ...report.counterparts.map((c) => [c.id, c.name] as const),
  ]);
  const scenes = (graph?.nodes ?? []).filter((n): n is GraphScene => n.kind === 'scene');
  const endingNodes = (graph?.nodes ?? []).filter((n): n is GraphEnding => n.kind === 'ending');
  const number = new Map(scenes.map((s, i) => [s.id, i + 1]));
  const endingTitle = (id: string) =>
    endingNodes.find((e) => e.ending === id)?.title ?? notes.endings.find((e) => e.id === id)?.title ?? id;

  const conditional = new Set(notes.conditionalChoices.map(squash));
  const decisions = scenes.map((s) =>
    decisionOf(s, graph?.edges ?? [], { number, endings: endingNodes, names, conditional }),
  );
  // Where each decision is reached from, by the guide's option numbers.
  const optionN = new Map<string, number>(
    decisions.flatMap((d) => d.options.map((o) => [`${d.n}|${o.key}`, o.n] as const)),
  );
  for (const d of decisions)
    d.from = (graph?.edges ?? [])
      .filter((e) => e.to === scenes[d.n - 1]!.id && number.has(e.from))
      .map((e) => ({
        decision: number.get(e.from)!,
        option: optionN.get(`${number.get(e.from)}|${e.source}|${e.text}`) ?? e.position,
      }));
  const prompts = notes.prompts.map((p): GuidePrompt => {
    const said = p.nextChoice && squash(p.nextChoice);
    const at =
      decisions.find((d) => d.options.some((o) => squash(o.text) === said)) ??
      decisions.find((d) => d.place === p.place);
    const ending = notes.endings.find((e) => e.knot === p.place.split('.')[0]);
    return {
      text: p.text,
      line: p.line,
      place: p.place,
      decision: at?.n ?? null,
      ending: ending && !at ? endingTitle(ending.id) : null,
    };
  });

  const typical = report.teaching.random.typicalChoices || report.best?.choices.length || report.longestPath;
  const minutes =
    typical * ROOM_MINUTES.perDecision + prompts.length * ROOM_MINUTES.perPrompt + ROOM_MINUTES.debrief;

  const sourceOf = (seed: string) => articles.find((a) => a.id === seed) ?? null;
  const learning = new Map<string, ScenarioGuide['learning'][number]>();
  for (const e of notes.endings)
    for (const l of e.learn)
      if (!learning.has(l.text))
        learning.set(l.text, { text: l.text, seed: l.seed, source: sourceOf(l.seed)?.title ?? null });

  return {
    id: report.id,
    where: input.where,
    info,
    pass: {
      mark: report.teaching.passMark ?? info.passMark ?? null,
      suggested: report.teaching.applies ? report.teaching.random.suggestedPassMark : null,
    },
    objectives: objectivesOf(report.id, modules),
    learning: [...learning.values()],
    time: {
      decisions: typical,
      best: report.best?.choices.length ?? null,
      longest: report.longestPath,
      prompts: prompts.length,
      total: Math.ceil(minutes / 5) * 5,
    },
    people: [...names].map(([id, name]) => {
      const ink = notes.counterparts.find((c) => c.id === id);
      return { id, name, profile: ink?.profile ?? null, notes: ink?.notes ?? [] };
    }),
    decisions,
    prompts,
    endings: endingsOf(report, notes, endingNodes, names),
    handout: handoutOf(notes, articles),
    constants: notes.constants,
  };
}

function objectivesOf(id: string, modules: readonly ModuleDefinition[]): ScenarioGuide['objectives'] {
  const out: ScenarioGuide['objectives'] = [];
  for (const m of modules)
    for (const o of m.objectives.filter((x) => x.scenarios.includes(id))) {
      const same = out.find((x) => x.text === o.text);
      if (same) same.modules.push({ id: m.id, title: m.title });
      else out.push({ text: o.text, modules: [{ id: m.id, title: m.title }] });
    }
  return out;
}

function endingsOf(
  report: StoryReport,
  notes: InkNotes,
  nodes: readonly GraphEnding[],
  names: ReadonlyMap<string, string>,
): GuideEnding[] {
  // The endings reached, best first, then any the story declares that no path reaches.
  const ids = [...new Set([...nodes.map((n) => n.ending), ...notes.endings.map((e) => e.id)])];
  const random = report.teaching.random.endings;
  return ids.map((id) => {
    const node = nodes.find((n) => n.ending === id);
    return {
      id,
      title: node?.title ?? notes.endings.find((e) => e.id === id)?.title ?? id,
      score: node?.score ?? null,
      random: id in random ? random[id]! : null,
      routes: notes.routes
        .filter((r) => r.ending === id)
        .map((r) => {
          const lines: string[] = [];
          const ctx = { constants: notes.constants, names, temps: r.temps };
          const words = r.condition === null ? null : conditionWords(r.condition, ctx, lines);
          return {
            kind: r.kind,
            condition: r.condition,
            temps: r.temps,
            words,
            notes: lines,
            place: r.place,
            order: r.order,
          };
        }),
      people: report.counterparts
        .filter((c) => c.byEnding[id])
        .map((c) => ({
          id: c.id,
          name: c.name,
          trust: c.byEnding[id]!.trust,
          rapport: c.byEnding[id]!.rapport,
        })),
    };
  });
}

function handoutOf(notes: InkNotes, articles: readonly SourceArticle[]): ScenarioGuide['handout'] {
  const files = [...new Set(notes.sources.map((s) => s.file))].sort(
    (a, b) =>
      (articles.findIndex((x) => x.file === a) + 1 || 1e9) -
      (articles.findIndex((x) => x.file === b) + 1 || 1e9),
  );
  return files.map((file) => {
    const quotes = new Map<string, { quote: string; choices: string[]; lines: number[] }>();
    for (const s of notes.sources.filter((x) => x.file === file)) {
      const q = quotes.get(squash(s.quote)) ?? { quote: s.quote, choices: [], lines: [] };
      if (s.choice && !q.choices.includes(s.choice)) q.choices.push(s.choice);
      q.lines.push(s.line);
      quotes.set(squash(s.quote), q);
    }
    return {
      file,
      title: articles.find((a) => a.file === file)?.title ?? file,
      quotes: [...quotes.values()],
    };
  });
}
