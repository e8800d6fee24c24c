/**
 * The data types of SCORM 1.2 and SCORM 2004 (4th edition) as the standards define them, not as
 * lenient LMSs accept them: identifiers, timespans, clock times, localized strings. Every value
 * this game writes to an LMS goes through one of these functions, so text a learner or an author
 * produced — quotes, newlines, CJK, emoji — never reaches a field that only takes an identifier.
 *
 * Pure: no window, no clock (callers pass the date or the milliseconds).
 */
import { fnv1a } from '../../core/hash.ts';

/** SCORM 1.2 CMIIdentifier (RTE 3.4.2, A.7): letters, digits, `-` and `_`; up to 255. */
export const SCORM12_IDENTIFIER = /^[A-Za-z0-9_-]{1,255}$/;
/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS`, hours 2–4 digits, optional 1–2 decimal digits. */
export const SCORM12_TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** SCORM 1.2 CMITime: a clock time `HH:MM:SS[.SS]`. */
export const SCORM12_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
/** SCORM 1.2 response to a `choice` interaction: one of a–z, 0–9. */
export const SCORM12_CHOICE_RESPONSE = /^[a-z0-9]$/;

/** SCORM 2004 short_identifier_type (RTE C.1.10): URI characters, at least one word character, ≤ 250. */
export const SCORM2004_SHORT_IDENTIFIER = /^(?=.*[A-Za-z0-9_])[A-Za-z0-9_\-()+.:=@;$!*'%/#]{1,250}$/;
/** SCORM 2004 long_identifier_type (RTE C.1.11): a URI, here always `urn:rapport:…`, ≤ 4000. */
export const SCORM2004_LONG_IDENTIFIER =
  /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}:[A-Za-z0-9()+,\-.:=@;$_!*'%/?#]+$/;
/** SCORM 2004 timeinterval (second,10,2) (RTE C.1.5): ISO 8601 duration, seconds to 2 decimals. */
export const SCORM2004_TIMEINTERVAL = /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
/** SCORM 2004 time (second,10,0) (RTE C.1.4): `YYYY-MM-DDThh:mm:ss.ssZ` as this game writes it. */
export const SCORM2004_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?Z$/;
/** SCORM 2004 localized_string_type (250): `{lang=xx}` then up to 250 characters, no line breaks. */
export const SCORM2004_LANG_STRING_250 = /^\{lang=[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\}(?!\{)[^\r\n]{0,250}$/;

export const SUSPEND_LIMIT = { scorm12: 4096, scorm2004: 64000, xapi: 64000 } as const;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A learner's option as SCORM 1.2 `choice` takes it: a–z, then 0–9; null past the 36th option. */
export function choiceLetter(index: number): string | null {
  return Number.isInteger(index) && index >= 0 && index < LETTERS.length ? LETTERS[index]! : null;
}

/**
 * ASCII words of a text for an identifier: accents dropped, everything else (punctuation, quotes,
 * CJK, emoji) becomes a dash. May be empty (a text with no Latin letters or digits).
 */
export function slug(text: string, max = 48): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= max) return words;
  const cut = words.slice(0, max);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** A short, stable hash of any text (FNV-1a, 32 bits, base 36): tells long identifiers apart. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36);
}

/** Cut `id` to `max` characters, keeping it unique by ending it with a hash of the whole. */
function fit(id: string, max: number, original: string): string {
  if (id.length <= max) return id;
  const tail = `_${shortHash(original)}`;
  return id.slice(0, max - tail.length) + tail;
}

/** Characters an identifier may lose to sanitising without two texts becoming one. */
const PLAIN = /^[A-Za-z0-9_\-./:]*$/;

/** Any text as a SCORM 1.2 CMIIdentifier (text with other characters keeps a hash of them). */
export function toScorm12Identifier(text: string): string {
  const base = text.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
  const id = PLAIN.test(text) && base ? base : `${base ? `${base}_` : 'id_'}${shortHash(text)}`;
  return fit(id, 255, text);
}

/** Any text as a SCORM 2004 short_identifier_type (text with other characters keeps a hash of them). */
export function toShortIdentifier(text: string): string {
  const base = text.replace(/[^A-Za-z0-9_\-()+.:=@;$!*'%/#]+/g, '-').replace(/^-+|-+$/g, '');
  const clean = /^[A-Za-z0-9_\-()+.:=@;$!*'%/#]*$/.test(text) && /[A-Za-z0-9_]/.test(base);
  const id = clean ? base : `${/[A-Za-z0-9_]/.test(base) ? `${base}-` : 'r_'}${shortHash(text)}`;
  return fit(id, 250, text);
}

/**
 * Any text as a SCORM 2004 long_identifier_type: `urn:rapport:` and the text, characters a URN
 * may not hold percent-encoded (so CJK or emoji stay distinct, and readable once decoded).
 */
export function toLongIdentifier(text: string): string {
  const nss = [...text]
    .map((c) => (/[A-Za-z0-9()+,\-.:=@;$_!*'/]/.test(c) ? c : encodeURIComponent(c)))
    .join('')
    .replace(/%(?![0-9A-F]{2})/g, '%25');
  const id = `urn:rapport:${nss || shortHash(text)}`;
  return fit(id, 4000, text);
}

/** Collapse line breaks, tabs and control characters to single spaces. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
}

/**
 * Cut text to at most `max` UTF-16 code units (what LMS validators count) without splitting a
 * character or an emoji sequence, ending with "…" when cut.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const parts = graphemes(text);
  let out = '';
  for (const part of parts) {
    if (out.length + part.length > max - 1) break;
    out += part;
  }
  return out + '…';
}

function graphemes(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter)
    return [...new Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  return [...text]; // code points: never splits a surrogate pair
}

/** Text for a SCORM 2004 localized_string_type (250): one line, `{lang=…}`-tagged, ≤ 250. */
export function toLangString250(text: string, lang = 'en'): string {
  const tag = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : 'en';
  // Text that starts with "{" would read as another delimiter.
  const body = truncate(oneLine(text).replace(/^\{/, '('), 250);
  return `{lang=${tag}}${body}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan for a duration in milliseconds: `HHHH:MM:SS.SS` (capped at 9999 hours). */
export function scorm12Timespan(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(cs % 100)}`;
}

/** SCORM 1.2 CMITime: the clock time of `date` (local time, as the learner saw it). */
export function scorm12Time(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** ISO 8601 duration (SCORM 2004 timeinterval, xAPI result.duration): `PT1H2M3.45S`, `PT0S`. */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const centis = cs % 6000;
  const seconds = centis % 100 ? (centis / 100).toFixed(2).replace(/0$/, '') : String(centis / 100);
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (centis || out === 'PT') out += `${seconds}S`;
  return out;
}

/** SCORM 2004 time (second,10,0) in UTC, centiseconds: `2025-03-01T09:30:05.12Z`. */
export function scorm2004Time(date: Date): string {
  return date.toISOString().replace(/(\.\d{2})\dZ$/, '$1Z');
}

/** A number as SCORM writes it: clamped to min–max, at most `places` decimals, no exponent. */
export function decimal(value: number, min = 0, max = 100, places = 2): string {
  const n = Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
  const f = 10 ** places;
  return String(Math.round(n * f) / f);
}
