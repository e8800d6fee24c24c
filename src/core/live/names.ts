/**
 * Display names in live rooms: what a participant typed, made safe to show to a room and hard to
 * use for pretending to be someone else.
 *
 * `cleanDisplayName` removes control characters, bidirectional overrides and isolates (which can
 * reorder what the facilitator reads, e.g. "U+202E" turning "evil.exe" into something else), every
 * default-ignorable code point (zero-width characters, fillers such as U+3164, tag characters;
 * the emoji joiner and emoji variation selectors stay), the blank braille pattern, combining marks
 * with nothing to sit on and stacks of more than MAX_MARKS marks; collapses whitespace; keeps at most
 * NAME_MAX characters (whole graphemes, so an emoji is never cut in half).
 *
 * `nameProblem` refuses a name with no visible letter or digit (blank once rendered, or symbols
 * alone). `foldName` gives the name's skeleton for comparison — case, accents, spaces and
 * punctuation, Cyrillic and Greek look-alikes of Latin letters, 0/o and 1/l/i folded — and
 * `distinctName` adds a visible suffix, " (2)", to a name whose skeleton is taken.
 *
 * HTML is *not* escaped here: names are data and every page shows them as text (textContent),
 * never as markup. Used by the server (authoritative) and by the join form.
 */
import { NAME_MAX } from './protocol.ts';

// Removed: default-ignorable code points except ZWJ (U+200D) and the emoji/text variation
// selectors (U+FE0E, U+FE0F); the Arabic letter mark, interlinear annotation and object
// replacement characters; the blank braille pattern U+2800. Control: C0 and C1.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u061C\u2800\uFFF9-\uFFFC]/gu;
const KEPT = new Set(['\u200D', '\uFE0E', '\uFE0F']);
const CONTROL = /\p{Cc}/gu;
const MARK = /\p{M}/u;
const MAX_MARKS = 3;
const VISIBLE = /[\p{L}\p{N}]/u;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

const graphemesOf = (s: string): string[] =>
  segmenter ? Array.from(segmenter.segment(s), (g) => g.segment) : Array.from(s);

/** A grapheme as shown: a mark with nothing to sit on goes, a stack of marks is cut short. */
function tidyGrapheme(g: string): string {
  const chars = Array.from(g);
  if (MARK.test(chars[0]!)) return '';
  // Marks on a space float over nothing: keep the space alone.
  if (/\s/u.test(chars[0]!)) return chars[0]!;
  let marks = 0;
  return chars.filter((c) => !MARK.test(c) || ++marks <= MAX_MARKS).join('');
}

export function cleanDisplayName(raw: string): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(INVISIBLE, (c) => (KEPT.has(c) ? c : ''))
    .replace(/\s+/gu, ' ')
    .replace(CONTROL, '');
  const graphemes = graphemesOf(cleaned).map(tidyGrapheme).join('').replace(/ {2,}/g, ' ').trim();
  return graphemesOf(graphemes).slice(0, NAME_MAX).join('').trim();
}

/** Why a cleaned name cannot be shown to the room, or null. */
export function nameProblem(cleaned: string): string | null {
  if (!VISIBLE.test(cleaned)) return 'Enter a name the room can read: it needs at least one letter or digit.';
  return null;
}

// Latin look-alikes (after lower-casing): Cyrillic and Greek letters drawn like Latin ones.
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  п: 'n',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ү: 'y',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ɑ: 'a',
  ɩ: 'i',
  ı: 'i',
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  ζ: 'z',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
};

/** The name's skeleton: two names with the same skeleton look alike to a room. */
export function foldName(name: string): string {
  const plain = cleanDisplayName(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');
  return Array.from(plain, (c) => LOOK_ALIKES[c] ?? c)
    .join('')
    .replace(/0/g, 'o')
    .replace(/[1il|]/g, 'l')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w');
}

/** `name`, or `name (2)`, `name (3)`… — the first whose skeleton `taken` does not hold. */
export function distinctName(name: string, taken: (skeleton: string) => boolean): string {
  if (!taken(foldName(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const base = graphemesOf(name)
      .slice(0, NAME_MAX - suffix.length)
      .join('')
      .trim();
    const candidate = `${base}${suffix}`;
    if (!taken(foldName(candidate))) return candidate;
  }
}
