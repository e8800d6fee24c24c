/**
 * Every piece of a story a learner reads — each source line of visible text (spoken lines,
 * narration, a gather's words, a line inside a conditional or a sequence) and each choice — with
 * the `# id:` tags it carries, found in inkjs's parsed story (parsed.ts) by file and line. Read by
 * the build's review (review.ts: missing and duplicate ids) and by `npm run strings`
 * (build/strings.ts), which gives every one of them an id (docs/authoring.md, "Line ids").
 *
 * Not visible text: logic (`~`), diverts, knot and stitch headers, VAR/CONST/INCLUDE, comments,
 * string literals in calls and conditions, and tag-only lines (`# learn: …`, the global tags).
 */
import { parseTag } from '../../src/core/story/tags.ts';
import { flatten, tagText, type Parsed } from './parsed.ts';

/** The tag that names a line or a choice: `# id: lf-0042`. */
export const ID_TAG = 'id';

export interface IdTag {
  value: string;
  file: string;
  line: number;
}

/**
 * One thing a learner reads, with its ids:
 * - `line`: a source line of visible text; its id goes at the end of the line;
 * - `choice`: a choice's words in the list of options. With brackets (`* [Ask # coach: …]`) its id
 *   goes inside them, so it stays on the choice; without (`* Ask # coach: …`) at the end of the
 *   line, and the same id is on the line the choice prints;
 * - `choice-output`: the words a bracketed choice prints once taken (`* Hello [there] you` prints
 *   "Hello you"), when it has words outside them; its id goes at the end of the line.
 */
export interface TextUnit {
  kind: 'line' | 'choice' | 'choice-output';
  file: string;
  line: number;
  /** The `# id:` tags on it, in order (one when all is well). */
  ids: IdTag[];
  /** Its plain words as far as they are plain text (`{…}` for the rest), for messages. */
  text: string;
  /** For a choice: whether it has brackets (its id goes inside them). */
  bracketed: boolean;
}

interface Where {
  file: string;
  line: number | null;
}

interface ChoiceParts {
  startContent?: Parsed | null;
  choiceOnlyContent?: Parsed | null;
  innerContent?: Parsed | null;
}

/** What one stretch of content holds: its visible words by line, and its id tags. */
interface Found {
  text: Map<string, { file: string; line: number; words: string[]; glued?: boolean }>;
  ids: IdTag[];
}

const key = (file: string, line: number) => `${file}\u0000${line}`;

function where(o: Parsed, inherited: Where): Where {
  return o.debugMetadata
    ? { file: o.debugMetadata.fileName ?? inherited.file, line: o.debugMetadata.startLineNumber }
    : inherited;
}

/** Expressions: a string literal in a call or a condition is never shown as a line. */
const NOT_SHOWN = new Set(['String', 'StringExpression']);

/**
 * Visible words and id tags in `items` (and below), outside choices; choices are handed to
 * `onChoice` with where they are.
 */
function collect(
  items: readonly Parsed[],
  at: Where,
  found: Found,
  onChoice: (choice: Parsed, at: Where) => void,
): void {
  const children = flatten(items);
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const here = where(child, at);
    if (child.typeName === 'Tag' && child.isStart) {
      const { text, end } = tagText(children, i);
      const tag = parseTag(text);
      if (tag.name === ID_TAG && here.line !== null)
        found.ids.push({ value: tag.value, file: here.file, line: here.line });
      i = end;
      continue;
    }
    if (child.typeName === 'Choice') {
      onChoice(child, here);
      continue;
    }
    if (NOT_SHOWN.has(child.typeName ?? '')) continue;
    if (child.typeName === 'Glue' && here.line !== null) {
      const entry = found.text.get(key(here.file, here.line));
      if (entry) entry.glued = true;
      continue;
    }
    if (child.typeName === 'Text') {
      const words = child.text ?? '';
      if (words.trim() && here.line !== null) {
        const k = key(here.file, here.line);
        const entry = found.text.get(k) ?? { file: here.file, line: here.line, words: [] };
        entry.words.push(words);
        entry.glued = false;
        found.text.set(k, entry);
      }
      continue;
    }
    collect(child.content ?? [], here, found, onChoice);
  }
}

const plain = (words: string[]) => words.join('').replace(/\s+/g, ' ').trim();

/** Every line of visible text and every choice of a parsed story, in file and line order. */
export function textUnits(parsedStory: unknown, fallbackFile: string): TextUnit[] {
  const units: TextUnit[] = [];
  const choices: { choice: Parsed; at: Where }[] = [];
  const found: Found = { text: new Map(), ids: [] };
  const onChoice = (choice: Parsed, at: Where) => choices.push({ choice, at });
  collect([parsedStory as Parsed], { file: fallbackFile, line: null }, found, onChoice);

  for (const { text, file, line } of linesOf(found))
    units.push({ kind: 'line', file, line, ids: [], text, bracketed: false });
  attachIds(units, found.ids);

  // A choice's own content may hold choices no more than any line does, but its inner content is
  // walked the same way (and a choice found there is walked in turn).
  for (let n = 0; n < choices.length; n++) {
    const { choice, at } = choices[n]!;
    if (choice.isInvisibleDefault || at.line === null) continue;
    const parts = choice as Parsed & ChoiceParts;
    const part = (p: Parsed | null | undefined): Found => {
      const f: Found = { text: new Map(), ids: [] };
      if (p) collect([p], at, f, onChoice);
      return f;
    };
    const start = part(parts.startContent);
    const only = part(parts.choiceOnlyContent);
    const inner = part(parts.innerContent);
    const words = (...fs: Found[]) => plain(fs.flatMap((f) => [...f.text.values()].flatMap((e) => e.words)));
    // ink keeps no trace of empty brackets: `* F [] G` has no choice-only content, but words after
    // them (inner content) show that there were brackets. (`* H []` reads as `* H`.)
    const after = words(inner);
    const bracketed = !!parts.choiceOnlyContent || !!after;
    const choiceText = words(start, only);
    if (!choiceText) continue;
    const base = { file: at.file, line: at.line };
    units.push({
      ...base,
      kind: 'choice',
      ids: bracketed ? only.ids : start.ids,
      text: choiceText,
      bracketed,
    });
    // What a bracketed choice prints once taken (its words before and after the brackets) has an
    // id of its own, at the end of the line; a choice all in brackets prints nothing of itself.
    if (bracketed && (after || words(start)))
      units.push({
        ...base,
        kind: 'choice-output',
        ids: [...start.ids, ...inner.ids],
        text: words(start, inner),
        bracketed,
      });
  }
  return units.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/**
 * The lines of text, but for one that ends in glue (`Half a sentence <>`): ink joins it to the next
 * line, which carries the id of the whole. (A tag after the glue would make ink run every line
 * after it together, inkjs 2.4: review.ts names such a tag.)
 */
function linesOf(found: Found): { file: string; line: number; text: string }[] {
  return [...found.text.values()]
    .filter((e) => !e.glued)
    .map((e) => ({ file: e.file, line: e.line, text: plain(e.words) }));
}

/** Lines that end in glue, by file and line. */
export function gluedLines(parsedStory: unknown, fallbackFile: string): { file: string; line: number }[] {
  const found: Found = { text: new Map(), ids: [] };
  const walk = (items: readonly Parsed[], at: Where) =>
    collect(items, at, found, (choice, here) => walk(choice.content ?? [], here));
  walk([parsedStory as Parsed], { file: fallbackFile, line: null });
  return [...found.text.values()].filter((e) => e.glued).map(({ file, line }) => ({ file, line }));
}

/** The id tags written on a line go with that line. */
function attachIds(units: TextUnit[], ids: readonly IdTag[]): void {
  const byLine = new Map(units.map((u) => [key(u.file, u.line), u]));
  for (const id of ids) byLine.get(key(id.file, id.line))?.ids.push(id);
}

/** Every `# id:` tag in a parsed story, wherever it is (a tag-only line too), in file order. */
export function allIdTags(parsedStory: unknown, fallbackFile: string): IdTag[] {
  const found: Found = { text: new Map(), ids: [] };
  const walk = (items: readonly Parsed[], at: Where) =>
    collect(items, at, found, (choice, here) => walk(choice.content ?? [], here));
  walk([parsedStory as Parsed], { file: fallbackFile, line: null });
  return found.ids.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
