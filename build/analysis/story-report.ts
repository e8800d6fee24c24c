/**
 * What the analyzer reports about a story (build/analysis/analyzer.ts explores it; figures.ts adds
 * the teaching figures; report.ts turns it into verdicts and a table).
 */
import type { AskFigure, CounterpartFigure } from './counterparts.ts';
import type { StoryGraph } from './story-graph.ts';
import type { Range, TeachingReport } from './teaching.ts';

export interface PathResult {
  /** Choice indices taken from the start. */
  choices: number[];
  ending: string | null;
  rapport: number;
  trust: number;
  score: number;
}

export interface ChoiceIssue {
  source: string;
  text: string;
}

export interface StoryReport {
  id: string;
  title: string;
  file: string;
  errors: string[];
  warnings: string[];
  choicePoints: number;
  /** Distinct choices (by place and text): the branches a path map can show. */
  choices: string[];
  endings: string[];
  reachableEndings: string[];
  deadEnds: { choices: number[]; where: string | null }[];
  unreachableKnots: string[];
  choicesWithoutNote: ChoiceIssue[];
  choicesWithoutEvent: ChoiceIssue[];
  rapport: Range;
  trust: Range;
  score: Range;
  /** Number of distinct paths from start to an end (a lower bound when `capped`). */
  paths: number;
  capped: boolean;
  /** Each counterpart's Rapport and Trust over the paths that end, overall and per ending. */
  counterparts: CounterpartFigure[];
  /** Each business_ask in the story: whether some path has it granted, and some refused. */
  businessAsks: AskFigure[];
  /** When capped: the scene (knot or knot.stitch) with the most distinct states explored. */
  cappedAt?: { scene: string; states: number };
  longestPath: number;
  best: PathResult | null;
  worst: PathResult | null;
  /** Does the score measure skill? Guessing, answer positions, random play, the model's figures,
   * the shape, and every bar of issue #15 §2 (build/analysis/teaching.ts). */
  teaching: TeachingReport;
  statesExplored: number;
  ms: number;
  /** The story as a graph of scenes and choices (only with `AnalyzeOptions.graph`). */
  graph?: StoryGraph;
}

export interface AnalyzeOptions {
  /** Stop after exploring this many distinct states (the report says `capped`). */
  maxStates?: number;
  root?: string;
  /** Replay recorded ink segments instead of running ink again (default true; false plays every
   * segment in ink, for comparison). */
  transitionMemo?: boolean;
  /** Compute the teaching figures and bars (`report.teaching`; default true). Without them the
   * report's `teaching` is empty: only for tests that count what the exploration itself does. */
  teaching?: boolean;
  /** Collect the story map's graph of scenes, choices and endings (`report.graph`; default false). */
  graph?: boolean;
}
