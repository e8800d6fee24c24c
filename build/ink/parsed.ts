/**
 * Reading inkjs's parsed story (the compiler's hierarchy, `compiler.parsedStory`): the few public
 * getters the build's review (review.ts) and its presence rule (presence.ts) use, and the walks they
 * share. review.test.ts fails if an inkjs update changes them.
 */

/** What the review reads of inkjs's parsed objects. */
export interface Parsed {
  readonly typeName?: string;
  readonly content?: Parsed[] | null;
  readonly debugMetadata?: { fileName: string | null; startLineNumber: number } | null;
  // FunctionCall
  readonly name?: string | null;
  readonly args?: Parsed[] | null;
  // Text
  readonly text?: string;
  // Tag
  readonly isStart?: boolean;
  // Choice
  readonly isInvisibleDefault?: boolean;
  // Flow (Knot, Stitch, Function) and EXTERNAL
  readonly identifier?: { name: string | null } | null;
  readonly isFunction?: boolean;
  readonly argumentNames?: string[] | null;
  // Conditional branch, Divert
  readonly isElse?: boolean;
  readonly isTunnel?: boolean;
  readonly isThread?: boolean;
}

/** ContentLists only group their children: a line's tags may sit in one (`# a # b`). */
export function flatten(items: readonly Parsed[]): Parsed[] {
  return items.flatMap((o) => (o.typeName === 'ContentList' ? flatten(o.content ?? []) : [o]));
}

/** The plain text inside `o` (a String expression, a line): its Text children joined. */
export function textOf(o: Parsed): string {
  return (o.content ?? []).map((c) => (c.typeName === 'Text' ? (c.text ?? '') : '')).join('');
}

/**
 * The text of the tag that starts at `items[at]` — `# speaker: liwei` is Tag(start) Text Tag(end) —
 * and the index of its end marker. Dynamic parts (`{x}`) read as `{…}`.
 */
export function tagText(items: readonly Parsed[], at: number): { text: string; end: number } {
  let text = '';
  let end = at + 1;
  for (; end < items.length && !(items[end]!.typeName === 'Tag' && !items[end]!.isStart); end++)
    text += items[end]!.typeName === 'Text' ? (items[end]!.text ?? '') : '{…}';
  return { text, end };
}
