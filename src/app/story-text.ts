/**
 * The story text in the learner's language, as the game loads it (docs/translating.md). Loaded only
 * for a learner whose language is not English (app/story-language.ts asks for it): each story's
 * string table and the menu's words are small chunks of their own (built
 * by build/l10n/plugin.ts, `virtual:story-text`); this asks for them once, keeps them, and answers
 * English (null) for a language no story has, a story not translated into it, or a chunk that does
 * not load — the story then plays in English, never with keys.
 */
import { languages, menuText, storyText } from 'virtual:story-text';
import { localizeInfo, type MenuText, type StoryText } from '../core/session/story-text.ts';
import type { CatalogEntry } from './catalog.ts';
import { storyLanguage } from '../l10n/languages.ts';

/** What the build's `virtual:story-text` gives. */
export interface StoryTextChunks {
  languages: readonly string[];
  storyText(story: string, lang: string): Promise<StoryText> | null;
  menuText(lang: string): Promise<MenuText> | null;
}

export { storyLanguage };

export function storyTextLoader(
  chunks: StoryTextChunks = { languages, storyText, menuText },
  warn: (message: string, e: unknown) => void = (m, e) => console.warn(m, e),
) {
  const texts = new Map<string, Promise<StoryText | null>>();
  const menus = new Map<string, Promise<MenuText | null>>();
  const settle = <T>(what: string, p: Promise<T> | null): Promise<T | null> =>
    (p ?? Promise.resolve(null)).catch((e: unknown) => {
      warn(`[Rapport] ${what} did not load; it is shown in English:`, e);
      return null;
    });
  const fit = (wanted: string) => storyLanguage(wanted, chunks.languages);
  const loader = {
    text(story: string, wanted: string): Promise<StoryText | null> {
      const lang = fit(wanted);
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
    /** The menu's entries with their titles, summaries and roles in the language. */
    async catalog(entries: readonly CatalogEntry[], wanted: string): Promise<CatalogEntry[]> {
      const lang = fit(wanted);
      if (!lang) return [...entries];
      let p = menus.get(lang);
      if (!p) menus.set(lang, (p = settle(`The ${lang} menu`, chunks.menuText(lang))));
      const menu = await p;
      return entries.map((e) => localizeInfo(e, menu));
    },
    /** Every story's table in the language, one after another (kept for offline play then). */
    async prefetch(stories: readonly string[], wanted: string) {
      for (const story of stories) await loader.text(story, wanted);
    },
  };
  return loader;
}

export type StoryTextLoader = ReturnType<typeof storyTextLoader>;
