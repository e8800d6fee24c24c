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

// C0/C1 controls; Arabic letter mark; LRM/RLM; LRE…RLO (U+202A–202E); LRI…PDI (U+2066–2069);
// zero-width space and no-break space (U+200B, U+FEFF); line/paragraph separators; the
// interlinear annotation and object-replacement characters; deprecated format controls U+206A–206F.
const UNSAFE = /[\p{Cc}\u061C\u200B\u200E\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFC]/gu;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

export function cleanDisplayName(raw: string): string {
  const cleaned = raw.normalize('NFC').replace(UNSAFE, '').replace(/\s+/gu, ' ').trim();
  const graphemes = segmenter
    ? Array.from(segmenter.segment(cleaned), (s) => s.segment)
    : Array.from(cleaned);
  return graphemes.slice(0, NAME_MAX).join('').trim();
}
