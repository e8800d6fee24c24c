/**
 * The font stacks, per interface language: only fonts the learner's system already has — the
 * offline build cannot serve web fonts, and nothing is fetched. English names no CJK family (each
 * family named but missing costs the browser a lookup on the first paint: docs/performance.md);
 * Chinese and Japanese name their platforms' own fonts first (macOS/iOS, Windows, Android/Linux),
 * so Han characters get the right regional forms. styles.css holds the same stacks under `:lang()`.
 */
import type { Language } from '../../l10n/languages.ts';

const LATIN = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial';

const CJK: Partial<Record<Language, string>> = {
  'zh-Hans':
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"',
  ja: '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Source Han Sans JP"',
};

/** The stack for text drawn in `language` (the stage's canvas text uses it; the page has CSS). */
export function fontStack(language: Language): string {
  const cjk = CJK[language];
  return cjk ? `${LATIN}, ${cjk}, sans-serif` : `${LATIN}, sans-serif`;
}
