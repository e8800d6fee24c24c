/**
 * The interface's translations as gettext PO files, `translations/<lang>/interface.po`: one entry
 * per message, `msgctxt` its key, `msgid` the English ICU message, `msgstr` the translation and
 * `#.` the translator's note. An entry whose English changed since it was translated is marked
 * `#, fuzzy` with the English it was translated from as `#| msgid` (the standard stale mark every
 * PO editor shows), and falls back to English until a translator clears the mark.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import type { CatalogEntry } from '../../src/l10n/types.ts';

export const TRANSLATIONS_DIR = 'translations';
export const interfacePoPath = (root: string, language: string) =>
  join(root, TRANSLATIONS_DIR, language, 'interface.po');

/** A translated message read from a PO file. */
export interface PoMessage {
  key: string;
  /** The English the translation was made from (the entry's msgid). */
  source: string;
  translation: string;
  fuzzy: boolean;
  /** A fuzzy entry's `#|` line: the English it was translated from. */
  previous?: string;
  /** 1-based line of the entry's `msgctxt`, for error messages. */
  line: number;
}

/** The entries of a PO file's text, by key (obsolete `#~` entries are skipped). */
export function readPo(text: string, file: string): Map<string, PoMessage> {
  let parsed: GetTextTranslations;
  try {
    parsed = po.parse(text, { validation: false });
  } catch (e) {
    throw new Error(
      `${file}: not a readable PO file (${e instanceof Error ? e.message : String(e)}). ` +
        'Fix: open it in a PO editor (Poedit) or restore it with `npm run strings:interface`.',
      { cause: e },
    );
  }
  const lines = lineIndex(text);
  const out = new Map<string, PoMessage>();
  for (const [ctx, entries] of Object.entries(parsed.translations)) {
    if (!ctx) continue; // the header
    for (const entry of Object.values(entries)) {
      out.set(ctx, {
        key: ctx,
        source: entry.msgid,
        translation: entry.msgstr[0] ?? '',
        fuzzy: /\bfuzzy\b/.test(entry.comments?.flag ?? ''),
        ...(entry.comments?.previous ? { previous: entry.comments.previous } : {}),
        line: lines.get(ctx) ?? 1,
      });
    }
  }
  return out;
}

/** The line of each `msgctxt "<key>"` in the file. */
function lineIndex(text: string): Map<string, number> {
  const out = new Map<string, number>();
  text.split('\n').forEach((l, i) => {
    const m = /^msgctxt\s+"((?:[^"\\]|\\.)*)"/.exec(l);
    if (m) out.set(JSON.parse(`"${m[1]}"`) as string, i + 1);
  });
  return out;
}

/** A language's PO file read from the repository, or an empty map when it has none yet. */
export function readInterfacePo(
  root: string,
  language: string,
): { file: string; messages: Map<string, PoMessage> } {
  const file = interfacePoPath(root, language);
  const rel = join(TRANSLATIONS_DIR, language, 'interface.po');
  if (!existsSync(file)) return { file: rel, messages: new Map() };
  return { file: rel, messages: readPo(readFileSync(file, 'utf8'), rel) };
}

export interface PoUpdate {
  text: string;
  added: number;
  /** Translated entries whose English changed: now fuzzy. */
  stale: number;
  /** Entries whose key left the catalog: kept as obsolete `#~` entries. */
  removed: number;
}

/**
 * The PO file for `language` made from the catalog, keeping what `previous` (the file's current
 * text, or null) holds: translations stay, an entry whose English changed becomes fuzzy with the
 * old English as `#| msgid`, and keys no longer in the catalog become obsolete entries.
 */
export function updatePo(
  catalog: Readonly<Record<string, CatalogEntry>>,
  language: string,
  previous: string | null,
): PoUpdate {
  const old = previous ? readPo(previous, language) : new Map<string, PoMessage>();
  const oldObsolete = previous ? po.parse(previous, { validation: false }).obsolete : undefined;
  const translations: GetTextTranslations['translations'] = {};
  const headers = {
    Language: language,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'X-Generator':
      'Rapport npm run strings:interface (messages are ICU MessageFormat: plurals inside msgstr)',
  };
  let added = 0;
  let stale = 0;
  for (const [key, entry] of Object.entries(catalog)) {
    const was = old.get(key);
    const e: GetTextTranslation = { msgctxt: key, msgid: entry.msg, msgstr: [''], comments: {} };
    if (entry.note) e.comments!.extracted = entry.note;
    if (!was) added++;
    else if (was.source === entry.msg) {
      e.msgstr = [was.translation];
      if (was.fuzzy) e.comments!.flag = 'fuzzy';
      if (was.fuzzy && was.previous) e.comments!.previous = was.previous;
    } else if (was.translation) {
      stale++;
      e.msgstr = [was.translation];
      e.comments!.flag = 'fuzzy';
      e.comments!.previous = `msgid ${JSON.stringify(was.source)}`;
    }
    translations[key] = { [entry.msg]: e };
  }
  const obsolete: GetTextTranslations['translations'] = {};
  let removed = 0;
  for (const was of old.values()) {
    if (was.key in catalog || !was.translation) continue;
    removed++;
    obsolete[was.key] = { [was.source]: { msgctxt: was.key, msgid: was.source, msgstr: [was.translation] } };
  }
  for (const [ctx, entries] of Object.entries(oldObsolete ?? {}))
    if (!(ctx in catalog) && !(ctx in obsolete)) obsolete[ctx] = entries;
  const text = po
    .compile({ charset: 'utf-8', headers, translations, obsolete }, { foldLength: 0, sort: false })
    .toString('utf8');
  return { text: text.endsWith('\n') ? text : `${text}\n`, added, stale, removed };
}
