/**
 * A story's graph in a language, for the learner's map in My progress (docs/translating.md,
 * "How translations reach the game"): the same scenes, choices and endings, the words of each from
 * the language's string table — a line and a choice by their `# id:`, an ending's title by
 * `<id>#ending_title` (or its words), a speaker by `<story>:<who>#name`. A string the table does
 * not have stays English, as in the game; so does a line whose translation shows `{variables}`
 * (the map keeps no values for them). Ids, sources and positions are untouched: the learner's
 * record (ending ids, choice ids) marks the same boxes in every language.
 */
import { guestId, proseText } from '../../src/core/session/story-text.ts';
import type { GraphLine, StoryGraph } from '../analysis/story-graph.ts';
import { en } from '../../src/l10n/en.ts';
import { readInterfacePo } from '../interface/po.ts';

/** The words a map in a language takes: the story's table, and the learner's own name as a speaker. */
export interface MapWords {
  strings: Readonly<Record<string, string>>;
  /** "You" in the language (the interface's `play.you`). */
  you: string;
}

export function translateGraph(graph: StoryGraph, story: string, words: MapWords): StoryGraph {
  const { strings } = words;
  const has = (key: string | undefined): key is string => key !== undefined && Object.hasOwn(strings, key);
  const text = (key: string | undefined, english: string) =>
    has(key) && !/\{[A-Za-z_][\w.]*\}/.test(strings[key]!) ? strings[key]! : english;
  const speaker = (who: string | null): string | null => {
    if (who === null) return null;
    if (who.toLowerCase() === 'you') return words.you;
    const counterpart = `${story}:${who}#name`;
    if (has(counterpart)) return strings[counterpart]!;
    const guest = `${story}:${guestId(who)}#name`;
    return has(guest) ? strings[guest]! : who;
  };
  const line = (l: GraphLine): GraphLine => ({
    ...l,
    speaker: speaker(l.speaker),
    text: text(l.key, l.text),
  });
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      if (n.kind === 'scene') return { ...n, lines: n.lines.map(line) };
      if (n.kind === 'ending') return { ...n, title: endingTitleIn(strings, n) };
      return n;
    }),
    edges: graph.edges.map((e) => ({ ...e, text: text(e.lineId, e.text) })),
  };
}

/** An ending's title in a language's table (its English title where the table has none). */
export function endingTitleIn(
  strings: Readonly<Record<string, string>>,
  ending: { title: string; titleKey?: string },
): string {
  return proseText(strings, ending.titleKey, 'ending_title', ending.title);
}

/** "You" (the interface's `play.you`) in a language: its current translation, else the English. */
export function youIn(root: string, lang: string): string {
  const english = en['play.you'].msg;
  const t = readInterfacePo(root, lang).messages.get('play.you');
  return t && t.translation.trim() && !t.fuzzy && t.source === english ? t.translation : english;
}
