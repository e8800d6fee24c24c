/**
 * `{n, number}` and a plural's `#` in the compiled interface messages (build/interface/compile.ts
 * imports this in place of @messageformat/runtime's `number`).
 *
 * A page's first `Intl.NumberFormat` loads ICU's number data: 15–20 ms in Chromium, 76 ms at 4×
 * CPU throttle — and the first screen asks for it, for the meters' values ("55 out of 100"), on
 * the way to the first choice (bench/STAGE.md, session 15: first choice 511 → 424 ms at 4×).
 * Every locale in `LATIN_DIGITS` writes a whole number from 0 to 999 as its ASCII digits, with no
 * grouping, so those need no formatter (a unit test holds each of them to `Intl.NumberFormat`);
 * anything else is formatted by ICU as before.
 */
import { number as icuNumber } from '@messageformat/runtime';

/** The interface's format locales (compile.ts, FORMAT_LOCALE) whose digits are 0–9. */
export const LATIN_DIGITS: ReadonlySet<string> = new Set(['en', 'es', 'ja', 'zh-Hans']);

export function number(lc: string, value: number, offset: number): string {
  const n = value - offset;
  if (Number.isInteger(n) && n >= 0 && n < 1000 && LATIN_DIGITS.has(lc)) return String(n);
  return icuNumber(lc, value, offset);
}
