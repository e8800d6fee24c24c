/**
 * The learner's language on this page: chosen at start (the address's `?lang=`, else the language
 * picked in Settings, else the browser's), and changed when the learner picks another in Settings —
 * the address's `lang`, if it has one, follows, so a reload or a shared link keeps the new choice.
 */
import { language, setLanguage } from '../l10n/index.ts';
import { chooseLanguage, searchWithLanguage, type Language } from '../l10n/languages.ts';
import type { SettingsStore } from './stores/settings.ts';

export interface LanguagePort {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: {
    readonly state: unknown;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  readonly navigator: { readonly languages?: readonly string[]; readonly language?: string };
}

/** The language this page opens in. */
export function startingLanguage(win: LanguagePort, settings: SettingsStore): Language {
  const nav = win.navigator;
  return chooseLanguage({
    search: win.location.search,
    saved: settings.getState().language,
    browser: nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [],
  });
}

/**
 * Switch to the starting language (resolves at once for English, whose first-line words are in the
 * bundle), then follow the picker. Returns the switch's promise and a function that stops following.
 */
export function startLanguage(
  win: LanguagePort,
  settings: SettingsStore,
): { language: Language; ready: Promise<void>; stop: () => void } {
  const first = startingLanguage(win, settings);
  const ready = setLanguage(first).catch((e: unknown) => {
    // A chunk that will not load (offline before the first visit finished): English, and say why.
    console.error(
      `[Rapport] The ${first} interface could not load; showing English. Reload to try again.`,
      e,
    );
  });
  const stop = settings.subscribe((s, previous) => {
    const picked = s.language;
    if (!picked || picked === previous.language || picked === language()) return;
    const { pathname, search, hash } = win.location;
    if (new URLSearchParams(search).has('lang'))
      win.history.replaceState(
        win.history.state,
        '',
        `${pathname}${searchWithLanguage(search, picked)}${hash}`,
      );
    void setLanguage(picked).catch((e: unknown) =>
      console.error(
        `[Rapport] The ${picked} interface could not load. Check the connection and pick it again.`,
        e,
      ),
    );
  });
  return { language: first, ready, stop };
}
