/**
 * The learner's language for the stories, and the story text loaded only when it is not English
 * (docs/translating.md, "How translations reach the game"). This part is in the first bundle and
 * small: an English learner loads nothing more; another loads app/story-text.ts with their first
 * story or the menu's words.
 */
import { languages, openingIn } from 'virtual:story-openings';
import type { ShownOpening } from '../core/session/session.ts';
import type { StoryText } from '../core/session/story-text.ts';
import type { CatalogEntry } from './catalog.ts';
import type { StoryTextLoader } from './story-text.ts';
import { storyLanguage } from '../l10n/languages.ts';
import type { ModuleDefinition } from '../core/modules/module.ts';
import type { ModuleChecks } from '../core/modules/checks.ts';

/** What the build's `virtual:story-openings` gives (in the first bundle: small). */
export interface OpeningChunks {
  languages: readonly string[];
  openingIn(story: string, lang: string): Promise<ShownOpening | null> | null;
}

/** What the game controller asks for (controller.ts `GameHooks.text`). */
export interface StoryTextSource {
  /** The learner's language now, a BCP 47 tag (null or English: the stories as written). */
  language(): string | null;
  text(story: string, lang: string | null): Promise<StoryText | null>;
  /**
   * The story's opening as painted in `lang` (null: English, or none in it). It comes without the
   * story-text code: a learner in another language waits for this one small chunk only.
   */
  opening(story: string, lang: string | null): Promise<ShownOpening | null>;
  /** The menu's entries in `lang`. */
  catalog(entries: readonly CatalogEntry[], lang: string | null): Promise<CatalogEntry[]>;
  /** Every story's text in `lang`, when the page is idle: there for offline play. */
  prefetch(stories: readonly string[], lang: string | null): Promise<void>;
  /** The modules' titles, summaries and objectives in `lang` (docs/translating.md, "Modules and checks"). */
  modules(defs: readonly ModuleDefinition[], lang: string | null): Promise<ModuleDefinition[]>;
  /** A module's checks in `lang`. */
  checks(checks: ModuleChecks, lang: string | null): Promise<ModuleChecks>;
}

/** English (`en`, `en-GB`, …) needs no table; the pseudo-locale `en-XA` does. */
export function isEnglish(lang: string | null | undefined): boolean {
  if (!lang) return true;
  const l = lang.toLowerCase();
  return l === 'en' || (l.startsWith('en-') && l !== 'en-xa');
}

/**
 * The learner's language until the interface's own setting exists (src/l10n, branch s11-ui): the
 * address's `?lang=`, else the browser's language.
 */
export function languageFromPage(search: string, navigatorLanguage: string | undefined): () => string | null {
  const asked = new URLSearchParams(search).get('lang');
  return () => asked ?? navigatorLanguage ?? null;
}

/** The source for the controller: app/story-text.ts is imported the first time a language needs it. */
export function storyTextSource(
  language: () => string | null,
  load: () => Promise<StoryTextLoader> = () => import('./story-text.ts').then((m) => m.storyTextLoader()),
  openings: OpeningChunks = { languages, openingIn },
): StoryTextSource {
  let loading: Promise<StoryTextLoader> | null = null;
  const loader = () => {
    const p = (loading ??= load());
    p.catch(() => (loading = null));
    return p;
  };
  const other = (lang: string | null): lang is string => !isEnglish(lang);
  /** In another language when it loads; as written when it does not (never a failed start). */
  const orEnglish = <T>(
    lang: string | null,
    english: T,
    ask: (l: StoryTextLoader, lang: string) => Promise<T>,
  ) =>
    other(lang)
      ? loader()
          .then((l) => ask(l, lang))
          .catch((e: unknown) => {
            console.warn(`[Rapport] The story text in ${lang} did not load; it is shown in English:`, e);
            return english;
          })
      : Promise.resolve(english);
  return {
    language,
    text: (story, lang) => orEnglish(lang, null, (l, to) => l.text(story, to)),
    async opening(story, wanted) {
      const lang = other(wanted) ? storyLanguage(wanted, openings.languages) : null;
      if (!lang) return null;
      try {
        return (await openings.openingIn(story, lang)) ?? null;
      } catch (e) {
        console.warn(`[Rapport] The ${lang} opening of ${story} did not load; it starts in English:`, e);
        return null;
      }
    },
    catalog: (entries, lang) => orEnglish(lang, entries as CatalogEntry[], (l, to) => l.catalog(entries, to)),
    prefetch: (stories, lang) => orEnglish(lang, undefined, (l, to) => l.prefetch(stories, to)),
    modules: (defs, lang) => orEnglish(lang, defs as ModuleDefinition[], (l, to) => l.modules(defs, to)),
    checks: (checks, lang) => orEnglish(lang, checks, (l, to) => l.checks(checks, to)),
  };
}
