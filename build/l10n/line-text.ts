/**
 * The words of every line, choice and choice output of a story as a translator gets them, read from
 * inkjs's parsed story (build/ink/parsed.ts): text pieces by source line, a plain variable as the
 * placeholder `{name}`, and what keeps a line from being one translatable unit (an inline
 * conditional or sequence, a function's output, glue); and every tag with its file and line.
 */
import { parseTag } from '../../src/core/story/tags.ts';
import { flatten, tagText, type Parsed } from '../ink/parsed.ts';

export interface TagAt {
  name: string;
  value: string;
  file: string;
  line: number;
  /** Inside a choice's brackets (or on a choice line before them). */
  inChoice: boolean;
  dynamic: boolean;
}

export interface LineText {
  pieces: string[];
  problems: Set<string>;
}

const PLACEHOLDER_PARENTS = new Set(['ContentList', 'Weave', 'Story']);
const IGNORED = new Set(['Divert', 'DivertTarget', 'TunnelOnwards', 'Gather', 'ConstantDeclaration']);

/** Walks content, putting each line's text pieces (and its problems) into `sink`, and tags into `tags`. */
function walk(
  items: readonly Parsed[],
  parent: string,
  at: { file: string; line: number | null },
  sink: (line: number) => LineText,
  tags: TagAt[],
  inChoice: boolean,
  onChoice: (c: Parsed, at: { file: string; line: number | null }) => void,
): void {
  const children = flatten(items);
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const here = child.debugMetadata
      ? { file: child.debugMetadata.fileName ?? at.file, line: child.debugMetadata.startLineNumber }
      : at;
    const type = child.typeName ?? '';
    if (type === 'Tag' && child.isStart) {
      const { text, end } = tagText(children, i);
      const tag = parseTag(text);
      if (here.line !== null)
        tags.push({ ...tag, file: here.file, line: here.line, inChoice, dynamic: text.includes('{…}') });
      i = end;
      continue;
    }
    if (type === 'Choice') {
      onChoice(child, here);
      continue;
    }
    if (here.line === null) {
      walk(child.content ?? [], type, here, sink, tags, inChoice, onChoice);
      continue;
    }
    if (type === 'Text') {
      if ((child.text ?? '').trim() || sink(here.line).pieces.length)
        sink(here.line).pieces.push(child.text ?? '');
      continue;
    }
    if (type === 'ref') {
      if (PLACEHOLDER_PARENTS.has(parent)) sink(here.line).pieces.push(`{${child.name ?? ''}}`);
      continue;
    }
    if (type === 'Glue') {
      sink(here.line).problems.add('glue (<>) joins it to another line');
      continue;
    }
    if (type === 'Conditional' || type === 'Sequence') {
      const inner: TagAt[] = [];
      const lines = new Map<number, LineText>();
      const innerSink = (l: number) => {
        const e = lines.get(l) ?? { pieces: [], problems: new Set<string>() };
        lines.set(l, e);
        return e;
      };
      walk(child.content ?? [], type, here, innerSink, inner, inChoice, onChoice);
      tags.push(...inner);
      for (const [l, e] of lines) {
        const target = sink(l);
        if (l === here.line && e.pieces.some((p) => p.trim())) {
          target.problems.add(`an inline ${type === 'Sequence' ? 'sequence' : 'conditional'} ({…|…})`);
          target.pieces.push('{…}');
        } else {
          target.pieces.push(...e.pieces);
        }
        for (const p of e.problems) target.problems.add(p);
      }
      continue;
    }
    if (type === 'FunctionCall' && PLACEHOLDER_PARENTS.has(parent)) {
      sink(here.line).problems.add(`a function's output ({${child.name ?? ''}(…)})`);
      continue;
    }
    if (IGNORED.has(type)) continue;
    walk(child.content ?? [], type, here, sink, tags, inChoice, onChoice);
  }
}

interface ChoiceParts {
  startContent?: Parsed | null;
  choiceOnlyContent?: Parsed | null;
  innerContent?: Parsed | null;
}

export const clean = (pieces: string[]) => pieces.join('').replace(/\s+/g, ' ').trim();

/** The text of every line, choice and choice output by `kind:line`, with their problems, and all tags. */
export function readStory(parsed: unknown, file: string) {
  const texts = new Map<string, LineText>();
  const tags: TagAt[] = [];
  const sinkFor = (kind: string) => (line: number) => {
    const k = `${kind}:${line}`;
    const e = texts.get(k) ?? { pieces: [], problems: new Set<string>() };
    texts.set(k, e);
    return e;
  };
  const choices: { c: Parsed; at: { file: string; line: number | null } }[] = [];
  const onChoice = (c: Parsed, at: { file: string; line: number | null }) => choices.push({ c, at });
  walk([parsed as Parsed], '', { file, line: null }, sinkFor('line'), tags, false, onChoice);
  for (let n = 0; n < choices.length; n++) {
    const { c, at } = choices[n]!;
    const parts = c as Parsed & ChoiceParts;
    if (at.line === null) continue;
    const line = at.line;
    const part = (p: Parsed | null | undefined, kind: string, inChoice: boolean, into = tags) => {
      const sink = sinkFor(kind);
      if (p)
        walk([p], 'Choice', at, (l) => (l === line ? sink(l) : sinkFor('line')(l)), into, inChoice, onChoice);
    };
    // The words before the brackets are both the choice's and what it prints: read them twice
    // (their tags once, and a choice found in them once).
    part(parts.startContent, 'choice', true);
    if (parts.startContent)
      walk([parts.startContent], 'Choice', at, sinkFor('choice-output'), [], true, () => {});
    part(parts.choiceOnlyContent, 'choice', true);
    part(parts.innerContent, 'choice-output', false);
  }
  return { texts, tags };
}
