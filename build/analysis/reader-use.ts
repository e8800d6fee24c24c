/**
 * What ink does with the value a reader (`rapport`, `trust`) returns: compares it with a number,
 * adds it to other readers and compares the sum — `trust("wang") + rapport("wang") + … >= 4 *
 * CAUTIOUS_INDEX` —, joins such comparisons with `and`, `or`, `not`, or keeps the sum in a temporary
 * variable that the story only ever compares with numbers (`~ temp standing = trust(…) + …`, then
 * `standing >= ADVISER_STANDING`). (`StoryRunner.comparisonOfCall`, which sees only a comparison
 * right after the call, is what the analyzer falls back on.)
 *
 * The analyzer's segment replay (segments.ts) branches on each reader's value. A sum of six readers
 * has a different value on nearly every path, so ink played every last segment again; with a
 * `ReaderUse` the replay branches on the outcome of the comparisons instead, which is all that
 * decides what ink does next. It reads ink's compiled content (inkjs runtime objects: the property
 * names are inkjs's public API) and gives up — null, branch on the value — on anything else.
 */
import { compare, type Comparison } from '../../src/core/story/runner.ts';

/** A reader call: its name and arguments. */
export interface Read {
  name: string;
  args: readonly unknown[];
}

/** The expression the value goes into: a read (0 is the call ink is making), a number, or an operation. */
export type Expr =
  { read: number } | { n: number } | { op: Operator; a: Expr; b: Expr } | { op: '!'; a: Expr };

type Operator = '+' | '-' | '*' | '&&' | '||' | Comparison['op'];

export interface ReaderUse {
  /** The reader calls ink makes next for the same expression, in order (not the call itself). */
  reads: readonly Read[];
  expr: Expr;
  /** When the expression's value is a number kept in a temporary variable: every comparison the
   * story makes with that variable. Otherwise the expression is a yes or no, and that is the key. */
  kept: readonly Comparison[] | null;
  /** The same id for the same use (the replay tree compares calls by it). */
  id: string;
}

const ARITHMETIC = new Set(['+', '-', '*']);
const COMPARISONS = new Set(['>=', '>', '<=', '<', '==', '!=']);
const LOGIC = new Set(['&&', '||']);
// inkjs's ControlCommand types and value types.
const EVAL_END = 2;
const BEGIN_STRING = 7;
const END_STRING = 8;
const INT = 0;
const STRING = 3;

type Item = { expr: Expr; bool: boolean } | { str: string };

interface InkObject {
  commandType?: number;
  valueType?: number;
  value?: unknown;
  isExternal?: boolean;
  externalArgs?: number;
  targetPathString?: string | null;
  name?: string;
  numberOfParameters?: number;
  variableName?: string | null;
  isGlobal?: boolean;
}

const isInt = (o: InkObject | undefined): o is InkObject & { value: number } =>
  o?.valueType === INT && typeof o.value === 'number' && Number.isInteger(o.value);

/**
 * How the value of the reader call at `content[index]` is used, read from the content that follows
 * it up to the end of the expression (ink's `/ev`): the readers and numbers it is added to,
 * subtracted from, multiplied with or compared with, and the yes-or-no results joined with `and`,
 * `or` and `not`. The expression must come to a yes or no, or to a number kept in a temporary
 * variable (`kept` tells which comparisons the story makes with it). When the expression goes on
 * in some other way, the use up to where it last was one yes or no (`trust("a") >= 40` in
 * `{ trust("a") >= 40 and flag: … }`); otherwise null. `readers`: the reader functions' names.
 */
export function readerUse(
  content: readonly unknown[],
  index: number,
  readers: ReadonlySet<string>,
  kept: (variable: string) => readonly Comparison[] | null,
): ReaderUse | null {
  const reads: Read[] = [];
  const stack: Item[] = [{ expr: { read: 0 }, bool: false }];
  // The use up to the last place where the values were one yes or no.
  let first: ReaderUse | null = null;
  for (let i = index + 1; i < content.length; i++) {
    const o = content[i] as InkObject;
    if (o?.commandType === BEGIN_STRING) {
      let str = '';
      for (i++; (content[i] as InkObject)?.commandType !== END_STRING; i++) {
        const s = content[i] as InkObject;
        if (s?.valueType !== STRING || typeof s.value !== 'string') return first;
        str += s.value;
      }
      stack.push({ str });
    } else if (isInt(o)) {
      stack.push({ expr: { n: o.value }, bool: false });
    } else if (o?.isExternal && readers.has(o.targetPathString ?? '')) {
      const args = stack.splice(stack.length - (o.externalArgs ?? 0));
      if (args.length !== (o.externalArgs ?? 0) || args.some((a) => !('str' in a))) return first;
      reads.push({ name: o.targetPathString!, args: args.map((a) => (a as { str: string }).str) });
      stack.push({ expr: { read: reads.length }, bool: false });
    } else if (o?.numberOfParameters === 1 && o.name === '!') {
      const a = stack.pop();
      if (!a || 'str' in a || !a.bool) return first;
      stack.push({ expr: { op: '!', a: a.expr }, bool: true });
    } else if (o?.numberOfParameters === 2 && operandsOf(o.name)) {
      const b = stack.pop();
      const a = stack.pop();
      const bool = operandsOf(o.name) === 'bool';
      if (!a || !b || 'str' in a || 'str' in b || a.bool !== bool || b.bool !== bool) return first;
      const op = o.name as Operator;
      stack.push({ expr: fold({ op, a: a.expr, b: b.expr }), bool: op !== '+' && op !== '-' && op !== '*' });
    } else if (o?.commandType === EVAL_END) {
      const top = stack[0];
      if (stack.length !== 1 || !top || 'str' in top) return first;
      if (top.bool) return use(reads.slice(), top, null);
      const next = content[i + 1] as InkObject | undefined;
      const assigned = next?.variableName && next.valueType === undefined && next.isGlobal === false;
      const comparisons = assigned ? kept(next.variableName!) : null;
      return comparisons ? use(reads, top, comparisons) : first;
    } else {
      return first;
    }
    // The values are one yes or no here: if the expression goes on in a way not read here, this is
    // still all that ink does with them.
    const top = stack[0]!;
    if (stack.length === 1 && !('str' in top) && top.bool) first = use(reads.slice(), top, null);
  }
  return first;
}

/** What an operator takes: numbers (arithmetic, comparisons) or yes-or-no values (and, or). */
function operandsOf(name: string | undefined): 'int' | 'bool' | null {
  if (!name) return null;
  if (ARITHMETIC.has(name) || COMPARISONS.has(name)) return 'int';
  return LOGIC.has(name) ? 'bool' : null;
}

function use(reads: Read[], top: { expr: Expr }, kept: readonly Comparison[] | null): ReaderUse {
  const id = JSON.stringify([reads, top.expr, kept]);
  return { reads, expr: top.expr, kept, id };
}

/** Numbers combined with numbers (`4 * CAUTIOUS_INDEX`, inlined by the compiler) are one number. */
function fold(e: { op: Operator; a: Expr; b: Expr }): Expr {
  return 'n' in e.a && 'n' in e.b && ARITHMETIC.has(e.op) ? { n: evaluate(e, []) as number } : e;
}

function evaluate(e: Expr, values: readonly number[]): number | boolean {
  if ('read' in e) return values[e.read]!;
  if ('n' in e) return e.n;
  if (e.op === '!') return !evaluate(e.a, values);
  // ink evaluates both sides of `and` and `or` (the readers are all called), so may this.
  const a = evaluate(e.a, values) as number;
  const b = evaluate(e.b, values) as number;
  switch (e.op) {
    case '&&':
      return (a as unknown as boolean) && (b as unknown as boolean);
    case '||':
      return (a as unknown as boolean) || (b as unknown as boolean);
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    default:
      return compare(a, { op: e.op, than: b })!;
  }
}

/**
 * What decides what ink does next, given the values of the call (`values[0]`) and of `use.reads`:
 * the comparison's outcome, or the outcome of every comparison made with the kept variable (a
 * string such as "10"). Null when a value is not a whole number (the use was read for those).
 */
export function useKey(use: ReaderUse, values: readonly unknown[]): boolean | string | null {
  if (!values.every((v) => typeof v === 'number' && Number.isInteger(v))) return null;
  const value = evaluate(use.expr, values as number[]);
  if (!use.kept) return value as boolean;
  let key = '';
  for (const c of use.kept) key += compare(value, c) ? '1' : '0';
  return key;
}

/**
 * For a compiled story (ink JSON): the comparisons the story makes with a variable of this name,
 * when every read of it anywhere in the story compares it with a whole number; otherwise null.
 */
export function keptComparisons(json: string): (variable: string) => readonly Comparison[] | null {
  const known = new Map<string, readonly Comparison[] | null>();
  return (variable) => {
    if (known.has(variable)) return known.get(variable)!;
    const name = JSON.stringify(variable);
    let found: Comparison[] | null = [];
    if (json.includes(`"^var":${name}`)) found = null; // passed by reference: anything can happen
    const reads = json.split(`{"VAR?":${name}}`).slice(1);
    for (const after of reads) {
      const m = /^,(-?\d+),"(>=|>|<=|<|==|!=)"/.exec(after);
      if (!m || !found) {
        found = null;
        break;
      }
      const c: Comparison = { op: m[2] as Comparison['op'], than: Number(m[1]) };
      if (!found.some((f) => f.op === c.op && f.than === c.than)) found.push(c);
    }
    known.set(variable, found);
    return found;
  };
}
