/**
 * The translator's files (docs/translating.md): one gettext PO file per language and story,
 * `translations/<lang>/<story>.po`. Pure: text in, text out (gettext-parser 10), no files.
 *
 * Each entry: msgctxt = the stable key, msgid = the English source, msgstr = the translation;
 * `#:` the ink source line; `#.` the translator's notes and `source-hash: <8 hex>`. An English edit
 * marks a translation `#, fuzzy` with the previous source as `#| msgid "…"`; a key gone from the
 * story keeps its translation as an obsolete `#~` entry.
 *
 * `readCatalog` is what the build reads to compile per-language string tables (phase B).
 */
import { po as gettextPo } from 'gettext-parser';
import type { GetTextTranslation, GetTextTranslations } from 'gettext-parser';
import { sourceHash, type SourceEntry } from './units.ts';

export const LANGUAGES: Record<string, { name: string; plural: string }> = {
  'zh-Hans': { name: 'Chinese (Simplified)', plural: 'nplurals=1; plural=0;' },
  ja: { name: 'Japanese', plural: 'nplurals=1; plural=0;' },
  es: { name: 'Spanish', plural: 'nplurals=2; plural=(n != 1);' },
};

/** One translation as the build reads it. */
export interface Translation {
  key: string;
  source: string;
  text: string;
  fuzzy: boolean;
  /** The `source-hash:` recorded with it. */
  hash: string | null;
}

export interface Catalog {
  language: string;
  story: string;
  entries: Translation[];
}

/** A key made from the hash of its text, and the family it belongs to (`lf-0269#learn`). */
const HASHED_KEY = /^(.+#[a-z_]+):[0-9a-f]{6}$/;
const HASH_NOTE = /^source-hash: ([0-9a-f]{8})$/m;
const PLACEHOLDER = /\{([A-Za-z_][\w.]*)\}/g;

/** The `{name}` placeholders in a text, sorted (a translation may reorder them). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

const flags = (t: GetTextTranslation) =>
  (t.comments?.flag ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
export const isFuzzy = (t: GetTextTranslation) => flags(t).includes('fuzzy');
const withFlag = (t: GetTextTranslation, fuzzy: boolean): string | undefined => {
  const rest = flags(t).filter((f) => f !== 'fuzzy');
  const all = fuzzy ? ['fuzzy', ...rest] : rest;
  return all.length ? all.join(', ') : undefined;
};

const quote = (s: string) =>
  JSON.stringify(s).replace(/\\u([0-9a-f]{4})/g, (m, h: string) =>
    Number.parseInt(h, 16) < 32 ? m : String.fromCharCode(Number.parseInt(h, 16)),
  );
const unquote = (s: string): string => {
  const m = /^msgid\s+("(?:[^"\\]|\\.)*")/.exec(s.trim());
  try {
    return m ? (JSON.parse(m[1]!) as string) : s;
  } catch {
    return s;
  }
};
/** The source a fuzzy translation was made from (`#| msgid "…"`), if recorded. */
export const previousSource = (t: GetTextTranslation) =>
  t.comments?.previous ? unquote(t.comments.previous) : undefined;

export function parsePo(text: string): GetTextTranslations {
  return gettextPo.parse(text, { validation: false });
}

/** Entries of a parsed PO file (not the header, not obsolete ones), in file order. */
export function entriesOf(po: GetTextTranslations): GetTextTranslation[] {
  return Object.values(po.translations).flatMap((byId) =>
    Object.values(byId).filter((t) => t.msgid !== '' || t.msgctxt),
  );
}

export function writePo(po: GetTextTranslations): string {
  return gettextPo.compile(po, { foldLength: 0, sort: false }).toString('utf8') + '\n';
}

/** Translations of one PO file as the build reads them (phase B compiles these into tables). */
export function readCatalog(text: string, story: string): Catalog {
  const po = parsePo(text);
  return {
    language: po.headers['Language'] ?? '',
    story,
    entries: entriesOf(po).map((t) => ({
      key: t.msgctxt ?? '',
      source: t.msgid,
      text: t.msgstr[0] ?? '',
      fuzzy: isFuzzy(t),
      hash: HASH_NOTE.exec(t.comments?.extracted ?? '')?.[1] ?? null,
    })),
  };
}

function header(language: string, story: string): GetTextTranslations['headers'] {
  return {
    'Project-Id-Version': `rapport ${story}`,
    Language: language,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'Plural-Forms': LANGUAGES[language]?.plural ?? 'nplurals=2; plural=(n != 1);',
    'X-Rapport-Story': story,
  };
}

const notesOf = (e: SourceEntry) =>
  [...e.notes.map((n) => n.replace(/\s*\n\s*/g, ' ')), `source-hash: ${sourceHash(e.source)}`].join('\n');

function fresh(e: SourceEntry): GetTextTranslation {
  return {
    msgctxt: e.key,
    msgid: e.source,
    msgstr: [''],
    comments: { reference: e.reference, extracted: notesOf(e) },
  };
}

const translated = (t: GetTextTranslation | undefined) => !!t && (t.msgstr[0] ?? '') !== '';

/**
 * The PO file for `entries` (a story's strings now), keeping what `existing` (the file as it is)
 * holds: translations of unchanged sources as they are, translations of changed ones fuzzy with the
 * previous source, translations of removed keys obsolete. Untranslated removed keys are dropped.
 */
export function updateCatalog(
  existing: string | null,
  entries: SourceEntry[],
  language: string,
  story: string,
): string {
  const old = existing ? parsePo(existing) : null;
  const byKey = new Map((old ? entriesOf(old) : []).map((t) => [t.msgctxt ?? '', t]));
  const obsolete = new Map(
    Object.values(old?.obsolete ?? {})
      .flatMap((m) => Object.values(m))
      .map((t) => [t.msgctxt ?? '', t]),
  );
  const po: GetTextTranslations = {
    charset: 'utf-8',
    headers: old
      ? { ...header(language, story), ...old.headers, Language: language }
      : header(language, story),
    translations: { '': { '': { msgid: '', msgstr: [''] } } },
    obsolete: {},
  };
  const keys = new Set(entries.map((e) => e.key));
  // A learning point is keyed by the hash of its text (`lf-0269#learn:72b701`): an edited one gets
  // a new key. When, on one line, exactly one such key is new and one translated key is gone, the
  // point was edited: its translation carries over, fuzzy.
  const family = (key: string) => HASHED_KEY.exec(key)?.[1];
  const edited = new Map<string, GetTextTranslation>();
  const groups = new Map<string, { added: string[]; gone: GetTextTranslation[] }>();
  for (const e of entries) {
    const f = family(e.key);
    if (f && !byKey.has(e.key) && !obsolete.has(e.key)) {
      const g = groups.get(f) ?? { added: [], gone: [] };
      g.added.push(e.key);
      groups.set(f, g);
    }
  }
  for (const t of byKey.values()) {
    const f = family(t.msgctxt ?? '');
    if (f && !keys.has(t.msgctxt ?? '') && translated(t)) groups.get(f)?.gone.push(t);
  }
  for (const g of groups.values())
    if (g.added.length === 1 && g.gone.length === 1) {
      edited.set(g.added[0]!, g.gone[0]!);
      byKey.delete(g.gone[0]!.msgctxt ?? '');
    }
  for (const e of entries) {
    const was = byKey.get(e.key) ?? obsolete.get(e.key) ?? edited.get(e.key);
    obsolete.delete(e.key);
    const next = fresh(e);
    if (was && translated(was)) {
      next.msgstr = was.msgstr;
      if (was.comments?.translator) next.comments!.translator = was.comments.translator;
      const changed = was.msgid !== e.source;
      const fuzzy = changed || isFuzzy(was);
      const flag = withFlag(was, fuzzy);
      if (flag) next.comments!.flag = flag;
      // The source the translation was made from: kept while it stays fuzzy.
      const previous = was.comments?.previous ?? (changed ? `msgid ${quote(was.msgid)}` : undefined);
      if (fuzzy && previous && unquote(previous) !== e.source) next.comments!.previous = previous;
    }
    po.translations[e.key] = { [e.source]: next };
  }
  const gone = [...byKey.values()].filter((t) => !keys.has(t.msgctxt ?? '') && translated(t));
  for (const t of [...obsolete.values(), ...gone])
    po.obsolete![t.msgctxt ?? ''] = { [t.msgid]: { ...t, obsolete: true } };
  return writePo(po);
}

export interface MergeReport {
  merged: string[];
  unchanged: number;
  skipped: { key: string; reason: string }[];
  /** Merged, but marked fuzzy: the translator's source is not the current one. */
  stale: string[];
  text: string;
}

/**
 * Merge a translator's returned PO file (`incoming`) into the current one (`current`, as extract
 * wrote it). Unknown keys and placeholder mismatches are skipped with a reason; a translation of
 * an older source is kept but fuzzy. Returns the new text of the current file.
 */
export function mergeCatalog(current: string, incoming: string): MergeReport {
  const po = parsePo(current);
  const report: MergeReport = { merged: [], unchanged: 0, skipped: [], stale: [], text: current };
  const have = new Map(entriesOf(po).map((t) => [t.msgctxt ?? '', t]));
  for (const t of entriesOf(parsePo(incoming))) {
    const key = t.msgctxt ?? '';
    const target = have.get(key);
    if (!target) {
      report.skipped.push({
        key: key || t.msgid.slice(0, 40),
        reason: 'no such key in the story (removed, or never there): not merged',
      });
      continue;
    }
    const text = t.msgstr[0] ?? '';
    if (text === '' && !translated(target)) continue;
    if (text !== '') {
      const want = placeholders(target.msgid);
      const got = placeholders(text);
      const missing = want.filter((p) => !got.includes(p));
      const extra = got.filter((p) => !want.includes(p));
      if (missing.length || extra.length) {
        report.skipped.push({
          key,
          reason: [
            ...missing.map((p) => `placeholder {${p}} is missing from the translation`),
            ...extra.map((p) => `placeholder {${p}} is not in the source`),
          ].join('; '),
        });
        continue;
      }
    }
    const stale = t.msgid !== target.msgid;
    const fuzzy = stale || isFuzzy(t);
    const before = JSON.stringify([
      target.msgstr,
      target.comments?.flag,
      target.comments?.previous,
      target.comments?.translator,
    ]);
    target.msgstr = [text];
    const flag = withFlag(t, fuzzy);
    target.comments = { ...target.comments };
    if (flag) target.comments.flag = flag;
    else delete target.comments.flag;
    const previous = stale ? `msgid ${quote(t.msgid)}` : fuzzy ? t.comments?.previous : undefined;
    if (previous) target.comments.previous = previous;
    else delete target.comments.previous;
    if (t.comments?.translator) target.comments.translator = t.comments.translator;
    const after = JSON.stringify([
      target.msgstr,
      target.comments.flag,
      target.comments.previous,
      target.comments.translator,
    ]);
    if (before === after) report.unchanged++;
    else report.merged.push(key);
    if (stale) report.stale.push(key);
  }
  report.text = writePo(po);
  return report;
}

export interface Status {
  translated: string[];
  missing: string[];
  stale: string[];
}

/** Where a story's translation into one language stands against its current strings. */
export function statusOf(entries: SourceEntry[], text: string | null): Status {
  const have = new Map((text ? entriesOf(parsePo(text)) : []).map((t) => [t.msgctxt ?? '', t]));
  const status: Status = { translated: [], missing: [], stale: [] };
  for (const e of entries) {
    const t = have.get(e.key);
    if (!translated(t)) status.missing.push(e.key);
    else if (isFuzzy(t!) || t!.msgid !== e.source) status.stale.push(e.key);
    else status.translated.push(e.key);
  }
  return status;
}
