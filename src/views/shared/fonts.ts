/**
 * The font stacks, per interface language. English names no CJK family (each family named but
 * missing costs the browser a lookup on the first paint: docs/performance.md). Chinese and Japanese
 * name Rapport's own face first — the learner's installed CJK font when they have one (`local()`),
 * else Noto Sans cut to the translations' characters (build/fonts/; a canvas draws it once the page
 * has loaded it) — then their platforms' own fonts (macOS/iOS, Windows, Android/Linux), so Han
 * characters get the right regional forms. styles.css holds the same stacks under `:lang()`.
 */
import { cjkFamilies, type Language } from '../../l10n/languages.ts';

const LATIN = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial';

/** Rapport's own face per language (build/fonts/sources.ts), for CJK characters only. */
const FACE: Partial<Record<Language, string>> = { 'zh-Hans': '"Rapport SC"', ja: '"Rapport JP"' };

/** The stack for text drawn in `language` (the stage's canvas text uses it; the page has CSS). */
export function fontStack(language: Language): string {
  const cjk = cjkFamilies(language);
  return cjk ? `${FACE[language]}, ${LATIN}, ${cjk}, sans-serif` : `${LATIN}, sans-serif`;
}
