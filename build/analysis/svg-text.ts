/**
 * Text in the story maps' SVG (build time, no browser to measure with): how wide a text is in
 * DejaVu Sans — the widest font a reader is likely to have — lines wrapped and cut to a width,
 * and XML escaping (build/xml.ts).
 */
export { escapeXml } from '../xml.ts';

/** A character set a full em wide: CJK ideographs, kana, hangul, and full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Roughly how wide a text is in a sans-serif font at `size` px (DejaVu Sans, the widest we meet;
 * Chinese and Japanese characters a full em). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) {
    if (WIDE.test(c)) em += 1;
    else if (c === ' ') em += 0.32;
    else if ("iljI.,;:!|'’".includes(c)) em += 0.3;
    else if ('frt()[]-'.includes(c)) em += 0.42;
    else if ('mwMW—'.includes(c)) em += 0.92;
    else if (c >= 'A' && c <= 'Z') em += 0.7;
    else if (c >= '0' && c <= '9') em += 0.64;
    else em += 0.6;
  }
  return em * size * (bold ? 1.16 : 1);
}

/**
 * Where a line may break: after each space, and between the characters of Chinese and Japanese,
 * which put no spaces between words (ICU's line breaking rules, through Intl.Segmenter's words: a
 * run of ideographs is one "word" each character of which may start a line).
 */
function breakUnits(text: string): string[] {
  const units: string[] = [];
  const last = () => units[units.length - 1] ?? '';
  for (const { segment } of SEGMENTER.segment(text.replace(/\s+/g, ' ').trim())) {
    for (const part of WIDE.test(segment) ? [...segment] : [segment]) {
      // Closing punctuation never starts a line; a space ends the unit before it.
      const glued = units.length && (CLOSING.test(part) || part === ' ');
      // A word goes on from the word or punctuation before it unless a space or a wide character ends that.
      const goesOn = units.length && !WIDE.test(part) && !last().endsWith(' ') && !WIDE.test(last().at(-1)!);
      if (glued || goesOn) units[units.length - 1] += part;
      else units.push(part);
    }
  }
  return units;
}

const SEGMENTER = new Intl.Segmenter('und', { granularity: 'word' });
/** Punctuation that closes (a line never starts with it: 。、，！？ and closing brackets). */
const CLOSING = /^[、。，．！？：；）」』】〉》〕…ー・,.!?:;)\]]$/u;

/** `text` in lines no wider than `width` px, at most `max` of them (the last one cut with …). */
export function wrap(text: string, width: number, size: number, max: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    const next = line + unit;
    if (textWidth(next.trimEnd(), size, bold) <= width || !line.trim()) line = next;
    else {
      lines.push(line.trimEnd());
      line = unit;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= max) return lines.map((l) => fit(l, width, size, bold));
  const kept = lines.slice(0, max);
  const joint = WIDE.test(kept[max - 1]!.at(-1)!) ? '' : ' ';
  kept[max - 1] = fit(`${kept[max - 1]!}${joint}${lines[max]!}`, width, size, bold, true);
  return kept;
}

/** A line cut to `width` (with … when cut or when `more` says text follows). */
export function fitLine(line: string, width: number, size: number, bold = false): string {
  return fit(line, width, size, bold);
}

function fit(line: string, width: number, size: number, bold: boolean, more = false): string {
  if (!more && textWidth(line, size, bold) <= width) return line;
  let cut = line;
  while (cut.length > 1 && textWidth(`${cut}…`, size, bold) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd().replace(/[,;:.]$/, '')}…`;
}
