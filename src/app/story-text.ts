/**
 * The story text in the learner's language, as the game loads it (docs/translating.md): each story's
 * string table and its opening in a language are small chunks of their own (built by
 * build/l10n/plugin.ts); this asks for them once, keeps them, and says English (null) for a language
 * no story has, a story not translated into it, or a chunk that does not load — the story then plays
 * in English, never with keys. Once a language is chosen, its tables for every story are fetched
 * when the page is idle, so the service worker has them for offline play (src/app/offline.ts).
 */
import type { StoryOpening } from '../core/session/session.ts';
import type { MenuText, StoryText } from '../core/session/story-text.ts';

/** What the build's catalog gives (`virtual:story-catalog`). */
export interface StoryTextChunks {
  languages: readonly string[];
  storyText(story: string, lang: string): Promise<StoryText> | null;
  openingIn(story: string, lang: string): Promise<StoryOpening | null> | null;
  menuText(lang: string): Promise<MenuText> | null;
}

/** What the game controller asks for (controller.ts). */
export interface StoryTextSource {
  /** The learner's language now, as one the stories have (null: English). */
  language(): string | null;
  text(story: string, lang: string | null): Promise<StoryText | null>;
  /** The story's opening with the strings it shows in `lang` (null: use the English opening). */
  opening(story: string, lang: string | null): Promise<StoryOpening | null>;
  menu(lang: string | null): Promise<MenuText | null>;
}

/**
 * The language the stories have that fits `wanted` (a BCP 47 tag): the same tag in any case, else
 * the same language (`ja-JP` → `ja`; `zh`, `zh-CN`, `zh-SG` → `zh-Hans`); null: English, or none fits.
 */
export function storyLanguage(
  wanted: string | null | undefined,
  languages: readonly string[],
): string | null {
  if (!wanted) return null;
  const want = wanted.trim().toLowerCase();
  if (!want || want === 'en' || (want.startsWith('en-') && want !== 'en-xa')) return null;
  const exact = languages.find((l) => l.toLowerCase() === want);
  if (exact) return exact;
  const primary = want.split('-')[0]!;
  const traditional = /^zh-(hant|tw|hk|mo)\b/.test(want);
  return (
    languages.find((l) => l.toLowerCase() === primary) ??
    (primary === 'zh' && !traditional ? (languages.find((l) => l === 'zh-Hans') ?? null) : null)
  );
}

export function createStoryTextSource(
  chunks: StoryTextChunks,
  language: () => string | null,
  warn: (message: string, e: unknown) => void = (m, e) => console.warn(m, e),
): StoryTextSource & { prefetch(lang: string | null, stories: readonly string[]): Promise<void> } {
  const texts = new Map<string, Promise<StoryText | null>>();
  const menus = new Map<string, Promise<MenuText | null>>();
  const settle = <T>(what: string, p: Promise<T> | null): Promise<T | null> =>
    (p ?? Promise.resolve(null)).catch((e: unknown) => {
      warn(`[Rapport] ${what} did not load; it is shown in English:`, e);
      return null;
    });
  const source = {
    language: () => storyLanguage(language(), chunks.languages),
    text(story: string, lang: string | null) {
      if (!lang) return Promise.resolve(null);
      const key = `${story}\n${lang}`;
      let p = texts.get(key);
      if (!p) {
        p = settle(`The ${lang} text of ${story}`, chunks.storyText(story, lang));
        texts.set(key, p);
        void p.then((t) => t ?? texts.delete(key)); // a failed load is tried again next time
      }
      return p;
    },
    opening(story: string, lang: string | null) {
      return lang
        ? settle(`The ${lang} opening of ${story}`, chunks.openingIn(story, lang))
        : Promise.resolve(null);
    },
    menu(lang: string | null) {
      if (!lang) return Promise.resolve(null);
      let p = menus.get(lang);
      if (!p) menus.set(lang, (p = settle(`The ${lang} menu`, chunks.menuText(lang))));
      return p;
    },
    /** Every story's table in `lang`, one after another (for offline play in that language). */
    async prefetch(lang: string | null, stories: readonly string[]) {
      for (const story of stories) await source.text(story, lang);
    },
  };
  return source;
}

/**
 * The learner's language until the interface's own setting exists (src/l10n, branch s11-ui): the
 * address's `?lang=`, else the browser's language.
 */
export function languageFromPage(search: string, navigatorLanguage: string | undefined): () => string | null {
  const asked = new URLSearchParams(search).get('lang');
  return () => asked ?? navigatorLanguage ?? null;
}
