/**
 * A story's words in one language for its facilitator's guide: the translations the game uses
 * (build/l10n/tables.ts, current ones only: translated, not fuzzy, made from the English the story
 * has now) and the authors' notes on the counterparts, looked up by the keys of
 * docs/translating.md. Every string falls back to its English on its own; the English ones are
 * remembered, so the page can mark them `lang="en"`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { guestId, proseKey } from '../../src/core/session/story-text.ts';
import { compileTable } from '../l10n/tables.ts';
import { noteKey, type SourceEntry } from '../l10n/units.ts';

export interface StoryWords {
  lang: string;
  /** The English strings shown because their translation is missing or stale. */
  english: Set<string>;
  /** A line or choice by its `# id:` (null: none), else by its English words. */
  line(id: string | null, english: string): string;
  coach(choiceId: string | null, english: string): string;
  /** A prose tag by its English words: `discuss`, `ending_title`, `learn`. */
  prose(kind: 'discuss' | 'ending_title' | 'learn', english: string): string;
  /** `title`, `summary`, `role`. */
  global(name: 'title' | 'summary' | 'role', english: string): string;
  /** A counterpart's (or a guest speaker's, `guest`) name. */
  name(who: string, english: string, guest?: boolean): string;
  /** An author's note on a counterpart. */
  note(who: string, english: string): string;
  /** Words that stay English in every guide (module words, article titles, quotes): marked so. */
  keepEnglish(english: string): string;
}

/** English: every word as it is. */
export function englishWords(): StoryWords {
  const same = (_: unknown, english: string) => english;
  return {
    lang: 'en',
    english: new Set(),
    line: same,
    coach: same,
    prose: same,
    global: same,
    name: same,
    note: same,
    keepEnglish: (english) => english,
  };
}

const PLACEHOLDER = /\{([A-Za-z_][\w.]*)\}/g;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words of `story` in `lang`: `entries` are the story's strings now (build/l10n/units.ts), the
 * translations from `<translationsDir>/<lang>/<story>.po`.
 */
export function storyWords(
  entries: readonly SourceEntry[],
  translationsDir: string,
  lang: string,
  story: string,
): StoryWords {
  if (lang === 'en') return englishWords();
  const path = join(translationsDir, lang, `${story}.po`);
  const po = existsSync(path) ? readFileSync(path, 'utf8') : null;
  const strings = compileTable(entries, po, story, { guide: true }).strings;
  // A line's key by its English words; a line that shows `{variables}` by a pattern of them.
  const byText = new Map<string, string>();
  const patterns: { re: RegExp; names: string[]; key: string }[] = [];
  for (const e of entries) {
    if (e.key.includes('#') || e.key.includes(':')) continue;
    if (!byText.has(e.source)) byText.set(e.source, e.key);
    const names = [...e.source.matchAll(PLACEHOLDER)].map((m) => m[1]!);
    if (names.length)
      patterns.push({
        re: new RegExp(
          `^${e.source
            .split(PLACEHOLDER)
            .map((p, i) => (i % 2 ? '(.+?)' : escapeRegExp(p)))
            .join('')}$`,
        ),
        names,
        key: e.key,
      });
  }
  const english = new Set<string>();
  const found = (key: string | null, text: string) => {
    const t = key === null ? undefined : strings[key];
    if (t !== undefined) return t;
    english.add(text);
    return text;
  };
  const byWords = (text: string): string => {
    const key = byText.get(text);
    if (key && strings[key] !== undefined) return strings[key];
    for (const p of patterns) {
      const m = p.re.exec(text);
      const t = strings[p.key];
      if (m && t !== undefined) {
        const values = new Map(p.names.map((n, i) => [n, m[i + 1]!]));
        return t.replace(PLACEHOLDER, (whole, n: string) => values.get(n) ?? whole);
      }
    }
    english.add(text);
    return text;
  };
  return {
    lang,
    english,
    line: (id, text) => (id !== null && strings[id] !== undefined ? strings[id] : byWords(text)),
    coach: (id, text) => found(id === null ? null : `${id}#coach`, text),
    prose: (kind, text) => found(proseKey(kind, text), text),
    global: (name, text) => found(`${story}#${name}`, text),
    name: (who, text, guest = false) => found(`${story}:${guest ? guestId(who) : who}#name`, text),
    note: (who, text) => found(noteKey(story, who, text), text),
    keepEnglish(text) {
      english.add(text);
      return text;
    },
  };
}
