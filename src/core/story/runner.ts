/**
 * The story runner: inkjs's runtime `Story` behind plain data.
 *
 * Hands out lines (text, speaker, parsed tags), choices (text, tags, coach note) and the end —
 * nothing else of ink leaks out, so the session, the analyzer and the tests never touch inkjs.
 * Runs in Node with no DOM. Ink errors and exceptions thrown by bound functions become a
 * `StoryRuntimeError` naming where in the story it happened and what to do; it never stops silently.
 * It never knows about the model, the store or the page.
 */
import { Story } from 'inkjs';
import { storyOf } from './built.ts';
import { parseInkJson } from './ink-json.ts';
import { parseTags, tagValue, type Tag } from './tags.ts';

export interface Line {
  text: string;
  /** The raw speaker tag (a counterpart id, `you`, or a name), null for narration. */
  speaker: string | null;
  tags: Tag[];
  /** The values of the variables its translation shows (`RunnerOptions.placeholders`), as ink prints them. */
  vars?: Record<string, string>;
}

export interface Choice {
  index: number;
  /** The choice's place in the story (ink path), stable across plays of the same story. */
  source: string;
  text: string;
  tags: Tag[];
  coach: string | null;
  /** Its `# id:` (stories in stories/ have one on every choice): its identity in saves and records. */
  id?: string;
  /** The language of `text` when a view shows a translation of it (absent: the story's English). */
  lang?: string;
}

export interface Step {
  lines: Line[];
  choices: Choice[];
  ended: boolean;
}

export type ExternalFunction = (...args: unknown[]) => unknown;

/** A comparison ink makes with a value (see `StoryRunner.comparisonOfCall`). */
export interface Comparison {
  op: '>=' | '>' | '<=' | '<' | '==' | '!=';
  than: number;
}

const COMPARISONS = new Set<Comparison['op']>(['>=', '>', '<=', '<', '==', '!=']);

/** Whether a value returned to ink passes ink's comparison (numbers only; anything else: null). */
export function compare(value: unknown, { op, than }: Comparison): boolean | null {
  if (typeof value !== 'number') return null;
  switch (op) {
    case '>=':
      return value >= than;
    case '>':
      return value > than;
    case '<=':
      return value <= than;
    case '<':
      return value < than;
    case '==':
      return value === than;
    case '!=':
      return value !== than;
  }
}

export interface RunnerOptions {
  /** Functions bound to the story's EXTERNALs. Unbound externals fall back to their ink definition. */
  externals?: Record<string, ExternalFunction>;
  /** Names of externals that only read state (safe for ink's lookahead). */
  readers?: readonly string[];
  /**
   * By line id, the variables its translation shows as `{name}`: their values are read as the line
   * is output (a later line of the same step may change them), for the translation to show the same.
   */
  placeholders?: Readonly<Record<string, readonly string[]>>;
}

export class StoryRuntimeError extends Error {
  constructor(
    message: string,
    /** Where in the story (ink path, e.g. `meeting2.ask.0`), when known. */
    readonly where: string | null,
  ) {
    super(message);
    this.name = 'StoryRuntimeError';
  }
}

export class StoryRunner {
  /** ink itself: never handed out (the analyzer asks for visit counts and tags, not for ink). */
  private readonly story: Story;
  private lastPointer: { path: { toString(): string } | null } | null = null;
  private warnings: string[] = [];
  private errors: string[] = [];
  private started = false;
  private readonly placeholders: Readonly<Record<string, readonly string[]>>;

  /**
   * `json` is a compiled story (ink JSON, as a string or parsed), or — in tools and tests — the
   * compiler's own Story object, whose debug metadata lets errors name the ink file and line.
   */
  constructor(json: unknown, options: RunnerOptions = {}) {
    try {
      this.story = isStory(json)
        ? json
        : storyOf(typeof json === 'string' ? parseInkJson(json) : (json as Record<string, unknown>));
    } catch (e) {
      throw new StoryRuntimeError(
        `The story file could not be loaded (${errorText(e)}). Rebuild it from its .ink source.`,
        null,
      );
    }
    // Unbound EXTERNALs use their ink fallback, so stories written for Inky still run.
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message, type) => {
      // ErrorType: 0 author, 1 warning, 2 error
      if (Number(type) === 2) this.errors.push(message);
      else this.warnings.push(message);
    };
    this.placeholders = options.placeholders ?? {};
    const readers = new Set(options.readers ?? []);
    for (const [name, fn] of Object.entries(options.externals ?? {})) {
      this.story.BindExternalFunctionGeneral(name, (args: unknown[]) => fn(...args), readers.has(name));
    }
  }

  get globalTags(): Tag[] {
    return parseTags(this.story.globalTags);
  }

  /** The global tags as written (`title: Lost face`), for the tag grammar in tags.ts. */
  get rawGlobalTags(): string[] {
    return this.story.globalTags ?? [];
  }

  /** How many times a knot or stitch (`crisis.flight`) has been visited so far. */
  visitCount(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  /** Where the story is now: the ink path of the content being run (for explanations and errors). */
  get where(): string | null {
    return this.story.state.currentPathString ?? this.lastPointer?.path?.toString() ?? null;
  }

  /**
   * The ink paths of the call stack, outermost first: where each tunnel or thread was called from,
   * then `where`. A choice's branch that calls a tunnel is still on the stack while it runs.
   */
  get stackPaths(): (string | null)[] {
    const elements = (
      this.story.state as unknown as {
        callStack: { elements: { currentPointer?: { path?: { toString(): string } | null } | null }[] };
      }
    ).callStack.elements;
    return [...elements.slice(0, -1).map((e) => e.currentPointer?.path?.toString() ?? null), this.where];
  }

  /** The ink file and line being run, when the story carries debug metadata (tools, tests). */
  get sourceLine(): string | null {
    const state = this.story.state as unknown as { currentPointer?: { Resolve?: () => unknown } };
    const content = state.currentPointer?.Resolve?.() as
      { debugMetadata?: { fileName: string | null; startLineNumber: number } | null } | null | undefined;
    const meta = content?.debugMetadata;
    return meta?.fileName ? `${meta.fileName}:${meta.startLineNumber}` : null;
  }

  /**
   * While ink calls a bound function: when all ink does with the value it returns is compare it
   * with a whole number (`trust("wang") >= 40`: the call, the number, the comparison, one after
   * the other), that comparison; otherwise null. What the story does next then depends only on
   * whether the comparison holds — the analyzer replays on that instead of on the exact value.
   */
  comparisonOfCall(): Comparison | null {
    const pointer = this.story.state.currentPointer;
    const content = pointer.container?.content as unknown[] | undefined;
    if (!content) return null;
    const than = content[pointer.index + 1] as { valueType?: unknown; value?: unknown } | undefined;
    const op = content[pointer.index + 2] as { name?: unknown; numberOfParameters?: unknown } | undefined;
    // ink's IntValue (valueType 0, Int) and NativeFunctionCall; the bundle's class names are minified.
    if (than?.valueType !== 0 || typeof than.value !== 'number' || !Number.isInteger(than.value)) return null;
    if (op?.numberOfParameters !== 2 || !COMPARISONS.has(op.name as Comparison['op'])) return null;
    return { op: op.name as Comparison['op'], than: than.value };
  }

  /**
   * While ink calls a bound function: the content ink is running (inkjs's runtime objects) and the
   * call's index in it, for the story analyzer's look at what ink does with the value
   * (build/analysis/reader-use.ts).
   */
  callSite(): { content: readonly unknown[]; index: number } | null {
    const pointer = this.story.state.currentPointer;
    const content = pointer.container?.content as readonly unknown[] | undefined;
    return content ? { content, index: pointer.index } : null;
  }

  /** Start at a named knot or knot.stitch instead of the top (authors' and tests' jump-in). */
  jumpTo(path: string): void {
    if (!this.story.KnotContainerWithName(path.split('.')[0] ?? path)) {
      throw new StoryRuntimeError(
        `There is no knot called "${path}" in this story. Check the name in the .ink file.`,
        null,
      );
    }
    // A jump-in skips the top of the story, where the cast is declared: run its `cast` function.
    if (this.story.HasFunction('cast')) this.guard(() => this.story.EvaluateFunction('cast'));
    this.guard(() => this.story.ChoosePathString(path));
    this.started = true;
  }

  /**
   * Check now that every EXTERNAL the story calls is bound or has an ink fallback. ink does this
   * on the first Continue by walking the whole story (~4 ms for one of ours); a runner continued
   * from a saved state has not run yet, so without this its first step — the learner's first
   * press — pays for it. Throws the same StoryRuntimeError the first step would.
   */
  prepare(): void {
    this.guard(() => this.story.ValidateExternalBindings());
  }

  /** Run until the next choice or the end; return the lines shown on the way. */
  continue(): Step {
    return finish(this.continueInSteps());
  }

  /**
   * `continue`, a line at a time: it pauses before each of ink's `Continue` calls after the first,
   * so a caller with time to spare (the rehearsal, app/rehearsal.ts) can stop between lines and go
   * on in a later moment. Nothing else may use the story until it is done.
   */
  *continueInSteps(): Generator<void, Step, void> {
    const lines: Line[] = [];
    let pendingTags: Tag[] = [];
    let calls = 0;
    while (this.story.canContinue) {
      if (calls++ > 0) yield;
      const text = this.guard(() => this.story.Continue()) ?? '';
      let tags = parseTags(this.story.currentTags);
      if (!this.started) {
        // The first output carries the global tags (title, summary…): they are not line tags.
        const globals = new Set(this.story.globalTags ?? []);
        tags = tags.filter((t) => !globals.has(`${t.name}: ${t.value}`) && !globals.has(t.name));
        this.started = true;
      }
      // Where we are, kept as ink's pointer and turned into a path string only when asked (`where`):
      // building the string on every line was a tenth of the story analyzer's time.
      const pointer = this.story.state.currentPointer;
      if (!pointer.isNull) this.lastPointer = pointer.copy();
      const trimmed = text.trim();
      if (!trimmed) {
        pendingTags = pendingTags.concat(tags);
        continue;
      }
      const all = pendingTags.concat(tags);
      pendingTags = [];
      const line: Line = { text: trimmed, speaker: tagValue(all, 'speaker') ?? null, tags: all };
      const id = tagValue(all, 'id');
      const names =
        id !== undefined && Object.hasOwn(this.placeholders, id) ? this.placeholders[id] : undefined;
      if (names?.length) line.vars = this.valuesOf(names);
      lines.push(line);
    }
    if (pendingTags.length && lines.length) {
      const last = lines[lines.length - 1]!;
      last.tags = last.tags.concat(pendingTags);
    }
    const choices = this.story.currentChoices.map((c, i) => {
      const tags = parseTags(c.tags);
      const id = tagValue(tags, 'id');
      return {
        index: i,
        source: c.sourcePath,
        text: c.text.trim(),
        tags,
        coach: tagValue(tags, 'coach') ?? null,
        ...(id !== undefined && { id }),
      };
    });
    return { lines, choices, ended: choices.length === 0 };
  }

  /** Variables' values as ink prints them (`3`, `2.5`, `true`); one the story lacks is left out. */
  private valuesOf(names: readonly string[]): Record<string, string> {
    const vars: Record<string, string> = {};
    for (const name of names) {
      const value = this.story.variablesState.$(name) as unknown;
      if (value !== undefined && value !== null) vars[name] = String(value);
    }
    return vars;
  }

  choose(index: number): void {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new RangeError(`Choice ${index} does not exist here (there are ${count} choices).`);
    }
    this.guard(() => this.story.ChooseChoiceIndex(index));
  }

  /** ink's own state, for branching in the analyzer. Saves use the choice path instead. */
  saveInkState(): string {
    return this.story.state.ToJson();
  }

  loadInkState(json: string): void {
    this.story.state.LoadJson(json);
    this.started = true; // a saved state is past the story's first output (and its global tags)
  }

  takeWarnings(): string[] {
    const w = this.warnings;
    this.warnings = [];
    return w;
  }

  private guard<T>(run: () => T): T {
    let result: T;
    try {
      result = run();
    } catch (e) {
      if (e instanceof StoryRuntimeError) throw e;
      const where = this.sourceLine ?? this.where;
      throw new StoryRuntimeError(describeRuntimeError(errorText(e), where), where);
    }
    if (this.errors.length) {
      const message = this.errors.join('\n');
      this.errors = [];
      throw new StoryRuntimeError(describeRuntimeError(message, this.where), this.where);
    }
    return result;
  }
}

function isStory(value: unknown): value is Story {
  return typeof value === 'object' && value !== null && typeof (value as Story).Continue === 'function';
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function describeRuntimeError(message: string, where: string | null): string {
  const at = where ? ` (at ${where})` : '';
  if (/Missing function binding for external/i.test(message)) {
    return `${message}${at}. The story calls an EXTERNAL function the game does not provide and that has no ink fallback: add a fallback function of the same name to the story, or INCLUDE lib/rapport.ink.`;
  }
  return `${message}${at}`;
}

/** Run steps made in pieces (`continueInSteps`, `Session.chooseInSteps`) to their end at once. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
