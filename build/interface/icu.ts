/**
 * A small reader of ICU MessageFormat for the checks the compiler does not make: which placeholders
 * a message uses (a translation may use only the English message's), and the pseudo-locale's
 * transformation (letters accented and lengthened, placeholders and syntax untouched). Syntax errors
 * are left to @messageformat/core, which names line and column; this reader assumes a message it
 * has accepted.
 */

type Node = { text: string } | { hash: true } | Arg;
interface Arg {
  /** `{name` … up to the cases or the closing brace, verbatim (`{n, plural, offset:1 `). */
  head: string;
  name: string;
  /** For plural, selectordinal and select: each case's key (verbatim, with its spacing) and body. */
  cases: { key: string; body: Node[] }[];
  tail: string;
}

const PLURALS = new Set(['plural', 'selectordinal', 'select']);

/** Parse `src`; `#` is special only inside a plural's case. */
function parse(src: string): Node[] {
  let i = 0;
  const body = (inPlural: boolean, nested: boolean): Node[] => {
    const out: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ text });
      text = '';
    };
    while (i < src.length) {
      const c = src[i]!;
      if (c === "'" && src[i + 1] === "'") {
        text += "''";
        i += 2;
      } else if (c === "'" && /[{}#]/.test(src[i + 1] ?? '')) {
        // A quoted literal runs to the next lone apostrophe.
        const end = src.indexOf("'", i + 1);
        const stop = end < 0 ? src.length : end + 1;
        text += src.slice(i, stop);
        i = stop;
      } else if (c === '{') {
        flush();
        out.push(arg());
      } else if (c === '}') {
        if (!nested) throw new Error(`an unmatched "}" at column ${i + 1}`);
        break;
      } else if (c === '#' && inPlural) {
        flush();
        out.push({ hash: true });
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
    return out;
  };
  const arg = (): Arg => {
    const start = i;
    // The head's name and type: up to the second comma, or the closing brace of a plain argument.
    const commas: number[] = [];
    let j = i + 1;
    for (; j < src.length && src[j] !== '}' && src[j] !== '{' && commas.length < 2; j++)
      if (src[j] === ',') commas.push(j);
    const name = src.slice(i + 1, commas[0] ?? j).trim();
    const type = commas.length ? src.slice(commas[0]! + 1, commas[1] ?? j).trim() : '';
    if (!PLURALS.has(type)) {
      // A plain or formatted argument: keep it whole, with any nested style braces.
      let d = 0;
      let k = i + 1;
      for (; k < src.length; k++) {
        if (src[k] === '{') d++;
        else if (src[k] === '}') {
          if (d === 0) break;
          d--;
        }
      }
      i = k + 1;
      return { head: src.slice(start, i), name, cases: [], tail: '' };
    }
    // Cases: `key {body}` repeated (an `offset:n` before the first is kept in that key).
    i = commas[1]! + 1;
    const head = src.slice(start, i);
    const cases: Arg['cases'] = [];
    let key = '';
    while (i < src.length && src[i] !== '}') {
      if (src[i] === '{') {
        i++;
        cases.push({ key, body: body(type !== 'select', true) });
        i++; // }
        key = '';
      } else key += src[i++];
    }
    i++; // }
    return { head, name, cases, tail: key + '}' };
  };
  return body(false, false);
}

/** The names of the placeholders `src` uses, nested ones included. */
export function placeholdersOf(src: string): Set<string> {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const n of nodes)
      if ('name' in n) {
        names.add(n.name);
        for (const c of n.cases) walk(c.body);
      }
  };
  walk(parse(src));
  return names;
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ'].map((c, i) => [
    c,
    [...'åƀçðéĝĥîķļñöŕšţûýžÅƁÇÐÉĜĤÎĶĻÑÖŔŠŢÛÝŽ'][i]!,
  ]),
);
const VOWELS = /[aeiouyAEIOUY]/;

/** Letters accented, every vowel doubled (about 40 % longer for English), `'`-quoted parts kept. */
function pseudoText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" && (text[i + 1] === "'" || /[{}#|]/.test(text[i + 1] ?? ''))) {
      // '' and 'quoted {literal}' pass through as written; any other apostrophe is a letter.
      const end = text[i + 1] === "'" ? i + 1 : text.indexOf("'", i + 1);
      const stop = end < 0 ? text.length - 1 : end;
      out += text.slice(i, stop + 1);
      i = stop;
      continue;
    }
    const a = ACCENTED[c] ?? c;
    out += VOWELS.test(c) ? a + a : a;
  }
  return out;
}

/**
 * The pseudo-locale's version of an English message: `[Šééţţîîñĝš·]` — letters accented, vowels
 * doubled and, where that is not enough, dots added, so the text is about 40 % longer (as German or
 * Spanish often is); placeholders and ICU syntax untouched; brackets show where a message was cut.
 */
export function pseudoMessage(src: string): string {
  let letters = 0;
  let added = 0;
  const walk = (nodes: Node[]): string =>
    nodes
      .map((n) => {
        if ('text' in n) {
          const out = pseudoText(n.text);
          letters += n.text.length;
          added += out.length - n.text.length;
          return out;
        }
        if ('hash' in n) return '#';
        return n.cases.length
          ? n.head + n.cases.map((c) => `${c.key}{${walk(c.body)}}`).join('') + n.tail
          : n.head;
      })
      .join('');
  const body = walk(parse(src));
  const pad = Math.round(letters * 0.4) - added;
  return `[${body}${pad >= 3 ? ` ${'·'.repeat(pad - 1)}` : '·'.repeat(Math.max(0, pad))}]`;
}
