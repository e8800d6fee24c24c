/**
 * Ink's compiled JSON, read the way the ink compiler meant it, on every JavaScript engine.
 *
 * ink's own compiler (inklecate, Inky) writes a float with a whole value as `2.0`; `JSON.parse`
 * reads that as the integer 2. inkjs's reader marks such numbers as `"2.0f"` so they stay floats —
 * through the number's source text where the engine gives it to a JSON reviver, and otherwise
 * (Node 20, Safari before 18.4) with a regular expression over the whole text, which also rewrites
 * story text: "06:00 your time, 15.00 in Lyon" became a story that would not load. This reader marks
 * them by scanning the JSON outside its strings, so story text is never touched.
 * Pure: no DOM, no Node.
 */

const WHOLE_FLOAT = /^\d+\.0+$/;

/** Parse compiled ink JSON, marking whole-valued floats (`2.0` → `"2.0f"`) for inkjs's `Story`. */
export function parseInkJson(text: string): Record<string, unknown> {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      // A string: skip to its closing quote (a backslash escapes the next character).
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      let j = i + 1;
      while (j < text.length && /[\d.eE+-]/.test(text[j]!)) j++;
      const token = text.slice(i, j);
      if (WHOLE_FLOAT.test(token)) {
        out += `${text.slice(copied, i)}"${token}f"`;
        copied = j;
      }
      i = j;
    } else i++;
  }
  return JSON.parse(out + text.slice(copied)) as Record<string, unknown>;
}
