/**
 * The interface's words at run time: `t('menu.play')`, `t('profile.attempts', { n: 3 })`.
 *
 * Messages are compiled at build time (build/interface/) into plain functions per language and
 * group (groups.ts); this module holds the learner's language and the tables loaded for it. Each
 * table is a small chunk: the first-line one of the learner's language is preloaded by index.html
 * (build/interface/plugin.ts) and awaited before the page is drawn (main.ts), the rest on demand.
 * A key of a table not loaded yet is a bug in the caller (a screen must `await allMessages()` before
 * drawing words of the `more` group): it throws in development and tests, and shows the key in a
 * build rather than nothing. A message missing from a translation was filled with the English one
 * at build time, so a learner never sees a key.
 */
import { loadMessages } from 'virtual:interface-messages';
import type { Group } from './groups.ts';
import type { MessageKey } from './en.ts';
import type { MessageParams, MessageTable } from './types.ts';
import type { Language } from './languages.ts';

export type { MessageKey } from './en.ts';
export type { MessageParams } from './types.ts';

let current: Language = 'en';
let tables: Record<Group, MessageTable | null> = { first: null, more: null };
const listeners = new Set<(language: Language) => void>();
const loading = new Map<string, Promise<MessageTable>>();
/** Whether a screen has asked for the `more` group: a change of language then loads it too. */
let moreWanted = false;

function load(language: Language, group: Group): Promise<MessageTable> {
  const id = `${language}/${group}`;
  let p = loading.get(id);
  if (!p) {
    p = loadMessages(language, group);
    p.catch(() => loading.delete(id)); // a dropped connection may be retried
    loading.set(id, p);
  }
  return p;
}

/** The message `key` in the learner's language, its placeholders filled from `params`. */
export function t(key: MessageKey, params?: MessageParams): string {
  const table = tables.first?.[key] ? tables.first : tables.more;
  const message = table?.[key];
  if (message) return message(params);
  const problem = `[Rapport] The message "${key}" is not loaded: await allMessages() before drawing this screen.`;
  if (import.meta.env.DEV || import.meta.env.MODE === 'test') throw new Error(problem);
  console.error(problem);
  return key;
}

/** Whether `key` is a message loaded now (a key from outside the code, e.g. the model's words). */
export function hasMessage(key: string): key is MessageKey {
  return !!(tables.first?.[key] ?? tables.more?.[key]);
}

/** The learner's language now. */
export function language(): Language {
  return current;
}

/**
 * Switch to `language`: its tables load (the first-line group, and the rest if a screen has
 * needed it), then every word changes at once and listeners re-draw. `<html lang>` follows.
 */
export async function setLanguage(language: Language): Promise<void> {
  const [first, more] = await Promise.all([
    load(language, 'first'),
    moreWanted ? load(language, 'more') : Promise.resolve(null),
  ]);
  tables = { first, more };
  const changed = language !== current;
  current = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (changed) for (const l of listeners) l(language);
}

/** Every message of the learner's language (the screens away from the first line await this). */
export async function allMessages(): Promise<void> {
  moreWanted = true;
  const language = current;
  const more = await load(language, 'more');
  if (current === language) tables = { ...tables, more };
  else await allMessages();
}

/** Call `listener` after each change of language; returns a function that stops. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
