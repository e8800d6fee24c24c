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
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
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
 * Switch to the starting language (its first-line words are a small chunk index.html preloads),
 * then follow the picker. Returns the language, the switch's promise and a function that stops.
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
    return setLanguage('en');
  });
  /** An address with a `lang` says the language on show (the learner's latest pick wins). */
  const keepAddress = (shown: Language) => {
    const { pathname, search, hash } = win.location;
    const asked = new URLSearchParams(search).get('lang');
    if (asked !== null && asked !== shown)
      win.history.replaceState(
        win.history.state,
        '',
        `${pathname}${searchWithLanguage(search, shown)}${hash}`,
      );
  };
  // Back to an entry made before the learner picked another language: it keeps the pick.
  const onPop = () => keepAddress(language());
  win.addEventListener('popstate', onPop);
  const unsubscribe = settings.subscribe((s, previous) => {
    const picked = s.language;
    if (!picked || picked === previous.language || picked === language()) return;
    keepAddress(picked);
    void setLanguage(picked).catch((e: unknown) =>
      console.error(
        `[Rapport] The ${picked} interface could not load. Check the connection and pick it again.`,
        e,
      ),
    );
  });
  return {
    language: first,
    ready,
    stop: () => {
      unsubscribe();
      win.removeEventListener('popstate', onPop);
    },
  };
}
