/**
 * An ink condition in a facilitator's words: `trust("wang") >= PARTNER_TRUST and rapport("wang") >=
 * 65` → `Wang Haitao's Trust ≥ 80 and Wang Haitao's Rapport ≥ 65`. Thresholds (`CONST`) become their
 * numbers, a product of two numbers its result, and a `~ temp` of the deciding knot is spelt out.
 */

const TOKEN =
  /\s*(trust|rapport)\s*\(\s*"([^"]+)"\s*\)|\s*(\d+(?:\.\d+)?)|\s*(\w+)|\s*(>=|<=|==|!=|&&|\|\||[-+*/<>()!])/gy;

const WORDS: Record<string, string> = {
  '>=': '≥',
  '<=': '≤',
  '==': '=',
  '!=': '≠',
  '*': '×',
  '/': '÷',
  '-': '−',
};

type Token = { kind: 'meter' | 'number' | 'word' | 'op'; text: string };

function tokens(expr: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < expr.length && (m = TOKEN.exec(expr))) {
    if (m[1]) out.push({ kind: 'meter', text: `${m[1]}|${m[2]}` });
    else if (m[3]) out.push({ kind: 'number', text: m[3] });
    else if (m[4]) out.push({ kind: 'word', text: m[4] });
    else if (m[5]) out.push({ kind: 'op', text: m[5] });
  }
  return expr.slice(TOKEN.lastIndex).trim() ? null : out;
}

/** The words a condition is told in: a counterpart's meter, and `and`, `or`, `not`. */
export interface ConditionWords {
  meter(name: string, meter: 'trust' | 'rapport'): string;
  and: string;
  or: string;
  not: string;
}

export const ENGLISH_CONDITION_WORDS: ConditionWords = {
  meter: (name, meter) => `${name}'s ${meter === 'trust' ? 'Trust' : 'Rapport'}`,
  and: 'and',
  or: 'or',
  not: 'not',
};

export interface ConditionContext {
  constants: Readonly<Record<string, number>>;
  /** The language's words (default: English). */
  words?: ConditionWords;
  /** Counterpart id → name. */
  names: ReadonlyMap<string, string>;
  /** `~ temp` variables of the deciding knot. */
  temps: Readonly<Record<string, string>>;
}

/** The condition in words; `notes` gets a line for each temp it uses (`standing = …`). */
export function conditionWords(expr: string, ctx: ConditionContext, notes: string[] = []): string {
  const list = tokens(expr);
  if (!list) return expr; // not an expression this reader knows: as written
  const w = ctx.words ?? ENGLISH_CONDITION_WORDS;
  const ops: Record<string, string> = {
    ...WORDS,
    '&&': w.and,
    '||': w.or,
    '!': w.not,
    and: w.and,
    or: w.or,
    not: w.not,
  };
  const out: Token[] = [];
  for (const t of list) {
    if (t.kind === 'word' && t.text in ctx.constants)
      out.push({ kind: 'number', text: String(ctx.constants[t.text]) });
    else out.push(t);
    // A product or quotient of two numbers, not itself divided: its value.
    const [a, op, b, before] = [out.at(-3), out.at(-2), out.at(-1), out.at(-4)];
    if (
      a?.kind === 'number' &&
      b?.kind === 'number' &&
      op?.kind === 'op' &&
      (op.text === '*' || op.text === '/') &&
      !(before?.kind === 'op' && (before.text === '/' || before.text === '*'))
    ) {
      const value = op.text === '*' ? Number(a.text) * Number(b.text) : Number(a.text) / Number(b.text);
      out.splice(-3, 3, { kind: 'number', text: String(Math.round(value * 100) / 100) });
    }
  }
  return out
    .map((t) => {
      if (t.kind === 'meter') {
        const [meter, who] = t.text.split('|') as [string, string];
        return w.meter(ctx.names.get(who) ?? who, meter as 'trust' | 'rapport');
      }
      if (t.kind === 'word') {
        if (t.text in ops) return ops[t.text]!;
        const temp = ctx.temps[t.text];
        if (temp !== undefined) {
          const line = `${t.text} = ${conditionWords(temp, { ...ctx, temps: {} })}`;
          if (!notes.includes(line)) notes.push(line);
        }
        return t.text;
      }
      return t.kind === 'op' ? (ops[t.text] ?? t.text) : t.text;
    })
    .join(' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');
}
