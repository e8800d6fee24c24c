/**
 * The languages of the interface, and which one a learner gets: `?lang=<tag>` in the address, else
 * the language picked in Settings, else the first of the browser's languages Rapport speaks, else
 * English. Pure: the caller passes the address, the saved choice and `navigator.languages`.
 */

/** The languages a learner can pick, in the picker's order. */
export const LANGUAGES = ['en', 'zh-Hans', 'ja', 'es'] as const;
/** The pseudo-locale for tests (accented, ~40 % longer, bracketed): `?lang=en-XA`, never in the picker. */
export const PSEUDO = 'en-XA';
export type PickableLanguage = (typeof LANGUAGES)[number];
export type Language = PickableLanguage | typeof PSEUDO;

/** Each language named in itself, as the picker shows it. */
export const NATIVE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-Hans': '中文（简体）',
  ja: '日本語',
  es: 'Español',
  'en-XA': '[Ëñğļîšĥ — þšéûðö]',
};

/**
 * The language of Rapport's that a BCP 47 tag asks for, or null: zh, zh-CN, zh-SG and zh-Hans(-*)
 * are Simplified Chinese (zh-TW, zh-HK and zh-Hant are not: a learner reading Traditional
 * characters gets their next language); ja(-*) Japanese; es(-*) Spanish; en(-*) English.
 */
export function languageOf(tag: string): Language | null {
  // Self-contained (no outside names): build/interface/plugin.ts inlines its source in index.html.
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  if (t === 'en-xa') return 'en-XA';
  const parts = t.split('-');
  const base = parts[0];
  if (base === 'en' || base === 'ja' || base === 'es') return base;
  if (base !== 'zh' || parts.indexOf('hant') > 0) return null;
  if (parts.indexOf('hans') > 0) return 'zh-Hans';
  const region = parts.slice(1).filter((s) => /^[a-z]{2}$/.test(s))[0];
  return !region || region === 'cn' || region === 'sg' ? 'zh-Hans' : null;
}

/** The first of the browser's languages Rapport speaks, else English. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const l = languageOf(tag);
    if (l && l !== PSEUDO) return l;
  }
  return 'en';
}

export interface LanguageSources {
  /** The page's query (`location.search`): `?lang=<tag>` wins. */
  search: string;
  /** The language picked in Settings, or null when the learner has not picked one. */
  saved: Language | null;
  /** `navigator.languages`. */
  browser: readonly string[];
}

/** The learner's language: the address, else the picker's choice, else the browser's. */
export function chooseLanguage({ search, saved, browser }: LanguageSources): Language {
  const asked = new URLSearchParams(search).get('lang');
  const fromAddress = asked ? languageOf(asked) : null;
  return fromAddress ?? saved ?? browserLanguage(browser);
}

/** `search` with `lang` set to `language` (kept in place if present, else added at the end). */
export function searchWithLanguage(search: string, language: Language): string {
  const q = new URLSearchParams(search);
  q.set('lang', language);
  const text = q.toString().replace(/=(?=&|$)/g, '');
  return `?${text}`;
}

/**
 * The language the stories have that fits `wanted` (a BCP 47 tag): the same tag in any case, else
 * the same language (`ja-JP` → `ja`; `zh`, `zh-CN`, `zh-SG` → `zh-Hans`); null: none fits.
 */
export function storyLanguage(wanted: string | null | undefined, have: readonly string[]): string | null {
  if (!wanted) return null;
  const want = wanted.trim().toLowerCase();
  const exact = have.find((l) => l.toLowerCase() === want);
  if (exact) return exact;
  const primary = want.split('-')[0]!;
  const traditional = /^zh-(hant|tw|hk|mo)\b/.test(want);
  return (
    have.find((l) => l.toLowerCase() === primary) ??
    (primary === 'zh' && !traditional ? (have.find((l) => l === 'zh-Hans') ?? null) : null)
  );
}

/**
 * Each platform's own CJK font families for a language's text (macOS/iOS, Windows, Android/Linux),
 * in order, so Han characters get their regional forms: the game's canvas (views/shared/fonts.ts)
 * and the facilitator's guides (build/guide/page.ts) name them; styles.css holds the same list.
 */
const CJK_FAMILIES: Partial<Record<Language, string>> = {
  'zh-Hans':
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"',
  ja: '"Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Source Han Sans JP"',
};

/** The platforms' own CJK families for `language` (null: a language without CJK text). */
export function cjkFamilies(language: Language): string | null {
  return CJK_FAMILIES[language] ?? null;
}
