/**
 * The game's string tables (docs/translating.md, "How translations reach the game"): one per
 * language and story, key → text, compiled from the translator's PO file against the story as it is
 * now. Only current translations go in — translated, not fuzzy, made from the English the story has
 * now (its source-hash), with the same `{placeholders}`; for anything else the game shows the
 * English. And `en-XA`, a pseudo-locale made from the English for tests: every letter accented, about
 * 40 % longer, in brackets, placeholders kept. Pure: entries and PO text in, tables out.
 */
import { learnKey, proseKey } from '../../src/core/session/story-text.ts';
import { placeholders, readCatalog } from './po.ts';
import { isGuideOnlyKey, sourceHash, type SourceEntry } from './units.ts';

/** The pseudo-locale's tag (BCP 47 private use for pseudo-localisation, as Android and Windows use). */
export const PSEUDO = 'en-XA';

export interface TableCounts {
  /** Entries the story has now. */
  entries: number;
  translated: number;
  /** Never translated (or an empty translation). */
  missing: number;
  /** Fuzzy, or made from another English text than the story's now. */
  stale: number;
  /** Translations that drop or add a `{placeholder}` (shown in English). */
  broken: number;
}

export interface StoryTable {
  strings: Record<string, string>;
  counts: TableCounts;
  /** The keys that are stale, missing, or broken (`npm run strings -- --status` lists them). */
  staleKeys: string[];
  missingKeys: string[];
  brokenKeys: string[];
}

/** A learning point's PO key (`lf-0269#learn:72b701`) → the key the game looks up. */
const LEARN = /^(.+)#learn:[0-9a-f]{6}$/;

/** The key the game looks a source entry up by. */
export function runtimeKey(e: SourceEntry): string {
  const m = LEARN.exec(e.key);
  return m ? learnKey(m[1]!, e.source) : e.key;
}

/** Prose tags the game also finds by their words (session/story-text.ts `proseKey`). */
const BY_WORDS = /#(location|date|cue|discuss|ending_title|learn)(?::[0-9a-f]{6})?$/;

/** Put an entry's text in a table under the keys the game looks it up by. */
function put(strings: Record<string, string>, e: SourceEntry, text: string) {
  strings[runtimeKey(e)] = text;
  const prose = BY_WORDS.exec(e.key);
  if (prose) strings[proseKey(prose[1]!, e.source)] ??= text;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The table of one language for one story: `entries` are the story's strings now (units.ts
 * storyStrings), `po` the language's file for it (null: none yet — every string missing). The
 * authors' notes on counterparts (`#note:` keys) are for the facilitator's guide only: left out of
 * the game's tables, in with `{ guide: true }` (build/guide/story-words.ts).
 */
export function compileTable(
  all: readonly SourceEntry[],
  po: string | null,
  story: string,
  options: { guide?: boolean } = {},
): StoryTable {
  const entries = options.guide ? all : all.filter((e) => !isGuideOnlyKey(e.key));
  const translations = new Map((po === null ? [] : readCatalog(po, story).entries).map((t) => [t.key, t]));
  const strings: Record<string, string> = {};
  const counts: TableCounts = { entries: entries.length, translated: 0, missing: 0, stale: 0, broken: 0 };
  const staleKeys: string[] = [];
  const missingKeys: string[] = [];
  const brokenKeys: string[] = [];
  for (const e of entries) {
    const t = translations.get(e.key);
    if (!t || !t.text.trim()) {
      counts.missing++;
      missingKeys.push(e.key);
      continue;
    }
    if (t.fuzzy || t.hash !== sourceHash(e.source) || t.source !== e.source) {
      counts.stale++;
      staleKeys.push(e.key);
      continue;
    }
    if (!sameList(placeholders(t.text), placeholders(e.source))) {
      counts.broken++;
      brokenKeys.push(e.key);
      continue;
    }
    counts.translated++;
    put(strings, e, t.text);
  }
  return { strings, counts, staleKeys, missingKeys, brokenKeys };
}

/** Line ids whose English shows `{variables}`, with their names (the runner keeps their values). */
export function placeholdersOf(entries: readonly SourceEntry[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const e of entries) {
    if (e.key.includes('#')) continue;
    const names = [...new Set(placeholders(e.source))];
    if (names.length) found[e.key] = names;
  }
  return found;
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);
const PLACEHOLDER = /(\{[A-Za-z_][\w.]*\})/;
const PAD = ['ŀöŕéɱ', 'îƥšûɱ', 'đöļöŕ', 'šîţ', 'åɱéţ'];

/**
 * `Welcome, {name}.` → `[Ŵéļçöɱé, {name}. ŀöŕéɱ]`: every letter accented (a string the build
 * missed stays plain and is easy to spot), about 40 % longer in words that can wrap (layouts must
 * hold longer languages), in brackets (clipping shows), placeholders kept as they are.
 */
export function pseudoText(english: string): string {
  const body = english
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 ? part : [...part].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
  const want = Math.ceil(english.length * 0.4);
  const pad: string[] = [];
  for (let n = 0, i = 0; n < want; i++) {
    const word = PAD[i % PAD.length]!;
    pad.push(word);
    n += word.length + 1;
  }
  return `[${body}${pad.length ? ' ' + pad.join(' ') : ''}]`;
}

/** The pseudo-locale's table for a story: every entry, pseudo-translated. */
export function pseudoTable(all: readonly SourceEntry[]): StoryTable {
  const entries = all.filter((e) => !isGuideOnlyKey(e.key));
  const strings: Record<string, string> = {};
  for (const e of entries) put(strings, e, pseudoText(e.source));
  return {
    strings,
    counts: { entries: entries.length, translated: entries.length, missing: 0, stale: 0, broken: 0 },
    staleKeys: [],
    missingKeys: [],
    brokenKeys: [],
  };
}
