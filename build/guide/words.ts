/**
 * The guide's own words in one language (docs/guides.md, "Languages"): the `guide.*` messages of
 * the interface's catalog (src/l10n/en.ts) and their translations in
 * `translations/<lang>/interface.po`, compiled here at build time with @messageformat/core — the
 * game's chunks carry them too (their group is `more`), but no screen of the game uses them. A
 * translation that is missing, empty, fuzzy or made from another English text gives the English
 * message, as in the game. Numbers and lists are formatted for the language with `Intl`.
 */
import MessageFormat from '@messageformat/core';
import { en } from '../../src/l10n/en.ts';
import type { CatalogEntry } from '../../src/l10n/types.ts';
import { compileLanguage, InterfaceMessageError } from '../interface/compile.ts';
import { readInterfacePo } from '../interface/po.ts';
import { escapeXml } from '../xml.ts';

/** The languages a guide can be made in: English, and each language the stories are translated into. */
export const GUIDE_LANGUAGES = ['en', 'zh-Hans', 'ja', 'es'] as const;
export type GuideLanguage = (typeof GUIDE_LANGUAGES)[number];

export type GuideKey = Extract<keyof typeof en, `guide.${string}`>;

/** Each language's locale for plural rules and `Intl` (English lists without the serial comma). */
const LOCALE: Record<GuideLanguage, { messages: string; lists: string }> = {
  en: { messages: 'en', lists: 'en-GB' },
  'zh-Hans': { messages: 'zh-Hans', lists: 'zh-Hans' },
  ja: { messages: 'ja', lists: 'ja' },
  es: { messages: 'es', lists: 'es' },
};

/** A piece of HTML to put into a message as it is (its words were escaped where it was made). */
export interface Html {
  readonly html: string;
}
export const html = (text: string): Html => ({ html: text });

type Plain = string | number | Date;

export interface GuideWords {
  lang: GuideLanguage;
  /** A message as text (not escaped). */
  t(key: GuideKey, params?: Readonly<Record<string, Plain>>): string;
  /** A message as HTML: its words and text parameters escaped, an `Html` parameter as it is. */
  h(key: GuideKey, params?: Readonly<Record<string, Plain | Html>>): string;
  /** A number for the language (`fraction`: digits after the point, exactly). */
  num(n: number, fraction?: number): string;
  /** Sentences (or a label and its text) one after another: a space between them, none in
   * Chinese and Japanese, whose full stops and colons carry their own space. */
  then(...parts: readonly string[]): string;
  /** HTML pieces joined as the language joins a list (`a, b and c`, `a、b和c`, `a, b o c`). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

export class GuideLanguageError extends Error {
  override name = 'GuideLanguageError';
}

export function isGuideLanguage(lang: string): lang is GuideLanguage {
  return (GUIDE_LANGUAGES as readonly string[]).includes(lang);
}

/** The guide messages of the catalog. */
function guideCatalog(): Record<GuideKey, CatalogEntry> {
  return Object.fromEntries(Object.entries(en).filter(([k]) => k.startsWith('guide.'))) as Record<
    GuideKey,
    CatalogEntry
  >;
}

const SLOT = /\uE000(\d+)\uE001/g;

/**
 * The guide's words in `lang`, from `root`'s translations/<lang>/interface.po. Throws
 * GuideLanguageError for a language no guide is made in, and for a translation the interface's
 * build would refuse (bad ICU, an unknown placeholder), naming its file:line.
 */
export function guideWords(root: string, lang: string): GuideWords {
  if (!isGuideLanguage(lang))
    throw new GuideLanguageError(
      `There is no facilitator's guide in "${lang}": guides are made in ${GUIDE_LANGUAGES.join(', ')}. Use one of these tags (zh-Hans, not zh-CN); a new language needs its tag in GUIDE_LANGUAGES (build/guide/words.ts), in src/l10n/languages.ts and translations/<lang>/interface.po.`,
    );
  const catalog = guideCatalog();
  const po = lang === 'en' ? null : readInterfacePo(root, lang);
  if (po && lang !== 'en')
    try {
      compileLanguage(catalog, lang, po); // the interface build's checks, on the guide's messages
    } catch (e) {
      if (e instanceof InterfaceMessageError) throw new GuideLanguageError(e.message);
      throw e;
    }
  const english = new MessageFormat(LOCALE.en.messages, { strict: false });
  const mine = new MessageFormat(LOCALE[lang].messages, { strict: false });
  const compiled = new Map<string, (p?: Record<string, unknown>) => string>();
  const message = (key: GuideKey) => {
    let fn = compiled.get(key);
    if (!fn) {
      const source = catalog[key].msg;
      const t = po?.messages.get(key);
      const usable = t && t.translation.trim() && !t.fuzzy && t.source === source;
      fn = (usable ? mine.compile(t.translation) : english.compile(source)) as (
        p?: Record<string, unknown>,
      ) => string;
      compiled.set(key, fn);
    }
    return fn;
  };
  const numbers = new Map<number, Intl.NumberFormat>();
  const lists = {
    conjunction: new Intl.ListFormat(LOCALE[lang].lists, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(LOCALE[lang].lists, { type: 'disjunction' }),
  };
  /** Put HTML pieces through a formatter that escapes: each as a marker, then back in. */
  const withSlots = (pieces: readonly string[], format: (marks: string[]) => string) =>
    escapeXml(format(pieces.map((_, i) => `\uE000${i}\uE001`))).replace(
      SLOT,
      (_, i: string) => pieces[Number(i)]!,
    );
  return {
    lang,
    t: (key, params) => message(key)(params),
    h(key, params = {}) {
      const pieces: string[] = [];
      const values: Record<string, Plain> = {};
      for (const [name, value] of Object.entries(params)) {
        if (typeof value === 'object' && 'html' in value) {
          values[name] = `\uE000${pieces.length}\uE001`;
          pieces.push(value.html);
        } else values[name] = value; // text: escaped with the message's own words
      }
      return escapeXml(message(key)(values)).replace(SLOT, (_, i: string) => pieces[Number(i)]!);
    },
    num(n, fraction) {
      const digits = fraction ?? -1;
      let f = numbers.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(
          LOCALE[lang].messages,
          fraction === undefined
            ? { maximumFractionDigits: 2 }
            : { minimumFractionDigits: fraction, maximumFractionDigits: fraction },
        );
        numbers.set(digits, f);
      }
      return f.format(n);
    },
    then: (...parts) => parts.filter(Boolean).join(lang === 'ja' || lang === 'zh-Hans' ? '' : ' '),
    list: (items, type = 'conjunction') => withSlots(items, (marks) => lists[type].format(marks)),
  };
}
