/**
 * Which characters need a CJK font, and the checks on them (docs/translating.md, "A language with a
 * new script"). Pure: text in, answers out.
 *
 * A character "needs a CJK font" when it lies in one of CJK_RANGES: Han (with its radicals,
 * extensions and compatibility forms), kana, bopomofo, CJK punctuation and symbols, and the
 * full-width and half-width forms. Latin letters, digits and general punctuation (“ ” … —) are
 * left to the page's own font: every system has one for them.
 */

/** The blocks a CJK face is used for; also the `unicode-range` of its `@font-face`. */
export const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2fff], // CJK radicals, Kangxi radicals, ideographic description
  [0x3000, 0x33ff], // CJK symbols and punctuation, kana, bopomofo, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK unified ideographs extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe1f], // vertical forms
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // half-width and full-width forms
  [0x20000, 0x3ffff], // CJK unified ideographs extensions B and on
];

export function needsCjkFont(codePoint: number): boolean {
  return CJK_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The CSS `unicode-range` value of CJK_RANGES. */
export function unicodeRange(): string {
  const hex = (n: number) => n.toString(16).toUpperCase();
  return CJK_RANGES.map(([from, to]) => `U+${hex(from)}-${hex(to)}`).join(', ');
}

/** Every character of `texts` that needs a CJK font, once each, in code point order. */
export function cjkCharacters(texts: Iterable<string>): string[] {
  const found = new Set<number>();
  for (const text of texts)
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (needsCjkFont(cp)) found.add(cp);
    }
  return [...found].sort((a, b) => a - b).map((cp) => String.fromCodePoint(cp));
}

/** The characters of `wanted` that `cmap` (a font's code points) does not map. */
export function missingFrom(wanted: readonly string[], cmap: Iterable<number>): string[] {
  const has = new Set(cmap);
  return wanted.filter((ch) => !has.has(ch.codePointAt(0)!));
}

/** How a missing character is named in a message: `語 (U+8A9E)`. */
export function describeCharacter(ch: string): string {
  return `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Where a character was found: the file and line, for the message that names it. */
export interface Found {
  file: string;
  line: number;
}

/**
 * The message for characters a font does not have, or null when it has them all: each character
 * with its code point and where it was first found.
 */
export function coverageProblem(
  what: string,
  missing: readonly string[],
  where: (ch: string) => Found | undefined,
  fix: string,
): string | null {
  if (missing.length === 0) return null;
  const list = missing.map((ch) => {
    const at = where(ch);
    return `  ${describeCharacter(ch)}${at ? ` first at ${at.file}:${at.line}` : ''}`;
  });
  return `${what} has no glyph for ${missing.length} character${missing.length === 1 ? '' : 's'}:\n${list.join('\n')}\n${fix}`;
}
