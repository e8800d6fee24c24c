/**
 * The story text in the learner's language, as the game loads it (docs/translating.md). Loaded only
 * for a learner whose language is not English (app/story-language.ts asks for it): each story's
 * string table and the menu's words are small chunks of their own (built
 * by build/l10n/plugin.ts, `virtual:story-text`); this asks for them once, keeps them, and answers
 * English (null) for a language no story has, a story not translated into it, or a chunk that does
 * not load — the story then plays in English, never with keys.
 */
import { checkText, languages, menuText, storyMap, storyText } from 'virtual:story-text';
import { localizeInfo, type MenuText, type StoryText } from '../core/session/story-text.ts';
import type { CatalogEntry } from './catalog.ts';
import { storyLanguage } from '../l10n/languages.ts';
import type { ModuleDefinition } from '../core/modules/module.ts';
import type { ModuleChecks } from '../core/modules/checks.ts';
import type { StoryMap } from '../core/story-map.ts';

/** Putting the words on modules and checks: asked for with the menu or a check, not with the first line. */
const moduleText = () => import('../core/modules/text.ts');

/** What the build's `virtual:story-text` gives. */
export interface StoryTextChunks {
  languages: readonly string[];
  storyText(story: string, lang: string): Promise<StoryText> | null;
  menuText(lang: string): Promise<MenuText> | null;
  /** One module's checks in a language (absent: no checks are translated). */
  checkText?(moduleId: string, lang: string): Promise<StoryText> | null;
  /** A story's map for My progress with its words in a language (absent: maps stay English). */
  storyMap?(story: string, lang: string): Promise<StoryMap | null> | null;
}

export { storyLanguage };

export function storyTextLoader(
  chunks: StoryTextChunks = { languages, storyText, menuText, checkText, storyMap },
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
  const menuIn = (lang: string) => {
    let p = menus.get(lang);
    if (!p) menus.set(lang, (p = settle(`The ${lang} menu`, chunks.menuText(lang))));
    return p;
  };
  const checkTexts = new Map<string, Promise<StoryText | null>>();
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
    /**
     * The menu's entries with their titles, summaries, roles and ending titles in the language, and
     * their maps (My progress) in it: a map that does not load in the language is drawn in English.
     */
    async catalog(entries: readonly CatalogEntry[], wanted: string): Promise<CatalogEntry[]> {
      const lang = fit(wanted);
      if (!lang) return [...entries];
      const menu = await menuIn(lang);
      return entries.map((e) => {
        const english = e.map;
        const mine = chunks.storyMap && english ? () => chunks.storyMap!(e.id, lang) : null;
        const map = mine
          ? () => settle(`The ${lang} map of ${e.id}`, mine()).then((m) => m ?? english!())
          : english;
        return { ...localizeInfo(e, menu), map };
      });
    },
    /** The modules with their titles, summaries and objectives in the language (the menu's chunk). */
    async modules(defs: readonly ModuleDefinition[], wanted: string): Promise<ModuleDefinition[]> {
      const lang = fit(wanted);
      if (!lang) return [...defs];
      const [menu, { localizeModule }] = await Promise.all([menuIn(lang), moduleText()]);
      return defs.map((d) => localizeModule(d, menu));
    },
    /** A module's checks with their words in the language (English where not translated). */
    async checks(checks: ModuleChecks, wanted: string): Promise<ModuleChecks> {
      const lang = fit(wanted);
      if (!lang || !chunks.checkText) return checks;
      const key = `${checks.moduleId}\n${lang}`;
      let p = checkTexts.get(key);
      if (!p) {
        p = settle(`The ${lang} check of ${checks.moduleId}`, chunks.checkText(checks.moduleId, lang));
        checkTexts.set(key, p);
        void p.then((t) => t ?? checkTexts.delete(key));
      }
      const [text, { localizeChecks }] = await Promise.all([p, moduleText()]);
      return localizeChecks(checks, text?.strings ?? null);
    },
    /** Every story's table and map in the language, one after another (kept for offline play then). */
    async prefetch(stories: readonly string[], wanted: string) {
      for (const story of stories) {
        await loader.text(story, wanted);
        const lang = fit(wanted);
        if (lang && chunks.storyMap)
          await settle(`The ${lang} map of ${story}`, chunks.storyMap(story, lang));
      }
    },
  };
  return loader;
}

export type StoryTextLoader = ReturnType<typeof storyTextLoader>;
