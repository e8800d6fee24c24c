/**
 * A story's map as the learner's "My progress" draws it: the scenes, choices and endings the story
 * analyzer found (build/analysis/story-graph.ts), already laid out at build time
 * (build/analysis/learner-map.ts, with dagre) — so no layout library ships to the browser. The
 * page only decides, from the learner's record, what is drawn solid and what stays faint
 * (src/views/page/path-map.ts).
 *
 * Every position is in the drawing's own units, in a viewBox `0 0 width height`; boxes are given
 * by their top-left corner. Texts are cut to fit at build time (`lines`); the whole text is kept
 * beside them for the text alternative.
 */

export interface StoryMap {
  width: number;
  height: number;
  /** In reading order: the first scene first, each after those that lead to it. */
  scenes: MapScene[];
  /** By their best score, highest first (the learner's map shows no score). */
  endings: MapEnding[];
}

/** A choice point. */
export interface MapScene {
  /** `s1`, `s2`, … (the story graph's ids). */
  id: string;
  /** Its number on the map (1 for the first scene). */
  n: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the story starts. */
  start: boolean;
  /** The last line said before the choices (null when the scene shows none). */
  said: { speaker: string | null; text: string } | null;
  /** `said` as drawn: "Name: words…", in at most two lines. */
  saidLines: string[];
  /** Baseline of the scene's title ("Scene 3"); the lines said follow it. */
  titleY: number;
  /** Its options in the order offered. */
  choices: MapChoice[];
}

/** An option of a scene: its row in the scene's box and the line out of the box. */
export interface MapChoice {
  /** The choice's place in the ink: what the learner's record kept before line ids. */
  source: string;
  /** The choice's `# id:`: what the learner's record keeps (`choiceSourcesFound`), in any language. */
  lineId?: string;
  text: string;
  /** `text` as drawn, in at most two lines. */
  lines: string[];
  /** Baseline of the row's first line; its marker sits left of it. */
  rowY: number;
  /** Where its line leaves the scene's box (on the bottom edge). */
  port: { x: number; y: number };
  /** Where it leads (a scene or an ending id) and the line there, as an SVG path from the port.
   * More than one when where it leads depends on the relationship. */
  leads: { to: string; d: string }[];
}

export interface MapEnding {
  /** `ending:<id>`, as the choices' `leads` name it. */
  id: string;
  /** The ending's id (`# ending:`): what the learner's record keeps (`endingsFound`). */
  ending: string;
  title: string;
  /** `title` as drawn (cut to fit the box). */
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the layout and the drawing agree on, in the drawing's units: the padding inside a box, the
 * type sizes, and the marker left of an option's words (its radius, and the words' indent). */
export const MAP_DRAWING = {
  pad: 10,
  size: { title: 13, said: 12, row: 13, ending: 12.5 },
  marker: { r: 5, indent: 17 },
} as const;
