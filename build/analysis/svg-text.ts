/**
 * Text in the story maps' SVG (build time, no browser to measure with): how wide a text is in
 * DejaVu Sans — the widest font a reader is likely to have — lines wrapped and cut to a width,
 * and XML escaping (build/xml.ts).
 */
export { escapeXml } from '../xml.ts';

/** Roughly how wide a text is in a sans-serif font at `size` px (DejaVu Sans, the widest we meet). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) {
    if (c === ' ') em += 0.32;
    else if ("iljI.,;:!|'’".includes(c)) em += 0.3;
    else if ('frt()[]-'.includes(c)) em += 0.42;
    else if ('mwMW—'.includes(c)) em += 0.92;
    else if (c >= 'A' && c <= 'Z') em += 0.7;
    else if (c >= '0' && c <= '9') em += 0.64;
    else em += 0.6;
  }
  return em * size * (bold ? 1.16 : 1);
}

/** `text` in lines no wider than `width` px, at most `max` of them (the last one cut with …). */
export function wrap(text: string, width: number, size: number, max: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size, bold) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines.map((l) => fit(l, width, size, bold));
  const kept = lines.slice(0, max);
  kept[max - 1] = fit(`${kept[max - 1]!} ${lines[max]!}`, width, size, bold, true);
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
