/**
 * The live pages' story text: the string tables of the page's own language (the same chunks the
 * game loads, `virtual:story-text` via app/story-text.ts), and a queue that puts each message
 * from the server into that language before the page draws it (core/live/story-text.ts).
 *
 * An English page loads nothing. Another loads its language's table of the room's story once, and
 * the menu's words (titles, summaries) once; a table that does not load leaves the page in English
 * (and is asked for again with the next message), never with keys. Messages are drawn in the order
 * they came: a room state never overtakes an earlier one while a table loads.
 */
import type { MenuText, StoryText } from '../../core/session/story-text.ts';
import { isEnglish } from '../story-language.ts';
import type { StoryTextLoader } from '../story-text.ts';

export interface LiveStoryText {
  /** The page's language (a BCP 47 tag). */
  readonly language: string;
  /** The story's table in the page's language (null: English, or none). */
  text(storyId: string): Promise<StoryText | null>;
  /** The stories' titles and summaries in the page's language (null: English, or none). */
  menu(): Promise<MenuText | null>;
}

type Modules = { loader: StoryTextLoader; menuText: (lang: string) => Promise<MenuText> | null };

async function loadModules(): Promise<Modules> {
  const [{ storyTextLoader, storyLanguage }, chunks] = await Promise.all([
    import('../story-text.ts'),
    import('virtual:story-text'),
  ]);
  return {
    loader: storyTextLoader(),
    menuText: (lang) => {
      const fit = storyLanguage(lang, chunks.languages);
      return fit ? chunks.menuText(fit) : null;
    },
  };
}

export function liveStoryText(
  language: string,
  load: () => Promise<Modules> = loadModules,
  warn: (message: string, e: unknown) => void = (m, e) => console.warn(m, e),
): LiveStoryText {
  const english = isEnglish(language);
  let modules: Promise<Modules> | null = null;
  let menu: Promise<MenuText | null> | null = null;
  const get = () => {
    const p = (modules ??= load());
    p.catch(() => (modules = null));
    return p;
  };
  const orNull = <T>(what: string, p: Promise<T | null>): Promise<T | null> =>
    p.catch((e: unknown) => {
      warn(`[Rapport] ${what} in ${language} did not load; the room is shown in English:`, e);
      return null;
    });
  return {
    language,
    text: (storyId) =>
      english
        ? Promise.resolve(null)
        : orNull(
            `The story ${storyId}`,
            get().then((m) => m.loader.text(storyId, language)),
          ),
    menu: () => {
      if (english) return Promise.resolve(null);
      if (!menu) {
        const p = orNull(
          'The scenarios’ titles',
          get().then((m) => m.menuText(language) ?? null),
        );
        menu = p;
        void p.then((m) => m ?? (menu = null));
      }
      return menu;
    },
  };
}

/**
 * A queue for a page's server messages: each piece of work runs after the one before has finished
 * (a room state waiting for its story text is never overtaken by a later one). A piece that fails
 * is logged; the next still runs.
 */
export function serial(): (work: () => unknown) => void {
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    queue = queue
      .then(work)
      .catch((e: unknown) => console.error('[Rapport] A live-room update could not be drawn:', e));
  };
}
