/**
 * Display names in live rooms: what a participant typed, made safe to show to a room.
 *
 * Removes control characters, bidirectional overrides and isolates (which can reorder what the
 * facilitator reads, e.g. "U+202E" turning "evil.exe" into something else), zero-width and line
 * separators; collapses whitespace; keeps at most NAME_MAX characters (whole graphemes, so an
 * emoji is never cut in half). HTML is *not* escaped here: names are data and every page shows
 * them as text (textContent), never as markup. Used by the server (authoritative) and by the join
 * form (to show the name as the room will see it).
 */
import { NAME_MAX } from './protocol.ts';

// Invisible: the Arabic letter mark, LRM/RLM, embeddings and overrides LRE…RLO (U+202A–202E),
// isolates LRI…PDI (U+2066–2069), the word joiner and invisible operators (U+2060–2064),
// deprecated format controls (U+206A–206F), zero-width space, BOM, interlinear annotation and
// object-replacement characters. Control: C0 and C1 (U+0000–001F, U+007F–009F).
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFC]/gu;
const CONTROL = /\p{Cc}/gu;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

export function cleanDisplayName(raw: string): string {
  // Invisible format characters go; whitespace (tabs, line breaks, U+2028/9) becomes one space;
  // the remaining control characters go.
  const cleaned = raw
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\s+/gu, ' ')
    .replace(CONTROL, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  const graphemes = segmenter
    ? Array.from(segmenter.segment(cleaned), (s) => s.segment)
    : Array.from(cleaned);
  return graphemes.slice(0, NAME_MAX).join('').trim();
}
