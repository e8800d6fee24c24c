/**
 * The modules' and checks' words in the translator's workflow (build/l10n/module-strings.ts,
 * docs/translating.md "Modules and checks"): `--extract` writes translations/<lang>/modules.po and
 * checks.po from stories/modules and stories/checks (a second run changes no byte), an English edit
 * makes a translation fuzzy and stale, `--status` counts them, `--merge` takes a returned file,
 * and the tables the game loads hold only current translations — the module's words in the
 * menu's chunk, each module's checks in a chunk of their own.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSources, merge, statusOfSources, textSources } from '../../../build/l10n/cli.ts';
import { entriesOf, isFuzzy, parsePo, previousSource, writePo } from '../../../build/l10n/po.ts';
import { checkStrings, moduleStrings } from '../../../build/l10n/module-strings.ts';
import { checkTextCode, loadersCode, menuCode, tableOf } from '../../../build/l10n/plugin.ts';
import { sourceHash } from '../../../build/l10n/units.ts';

const STORIES = resolve('stories');

/** A root with the real modules, checks and sources, and an empty .ink per story (only their names count). */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'rapport-l10n-modules-'));
  mkdirSync(join(root, 'stories'));
  for (const d of ['modules', 'checks'])
    cpSync(join(STORIES, d), join(root, 'stories', d), { recursive: true });
  cpSync(join(STORIES, 'sources.json'), join(root, 'stories', 'sources.json'));
  for (const f of readdirSync(STORIES).filter((f) => f.endsWith('.ink')))
    writeFileSync(join(root, 'stories', f), '');
  const out: string[] = [];
  const err: string[] = [];
  const o = { root, log: (l: string) => out.push(l), error: (l: string) => err.push(l) };
  const sources = () => textSources(['stories/modules', 'stories/checks'], root);
  const po = (lang: string, name: string) => join(root, 'translations', lang, `${name}.po`);
  const read = (lang: string, name: string) => readFileSync(po(lang, name), 'utf8');
  const entry = (lang: string, name: string, key: string) =>
    entriesOf(parsePo(read(lang, name))).find((t) => t.msgctxt === key);
  const fill = (lang: string, name: string, texts: Record<string, string>) => {
    const parsed = parsePo(read(lang, name));
    for (const t of entriesOf(parsed)) if (t.msgctxt && t.msgctxt in texts) t.msgstr = [texts[t.msgctxt]!];
    return writePo(parsed);
  };
  const edit = (file: string, from: string, to: string) => {
    const path = join(root, 'stories', file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  return { root, out, err, o, sources, po, read, entry, fill, edit };
}

describe('modules and checks in the PO workflow', () => {
  it('names only modules and checks when asked, and everything when nothing is named', () => {
    const w = workspace();
    expect(textSources(['stories/modules'], w.root).map((s) => s.name)).toEqual(['modules']);
    expect(textSources(['stories/checks/asia-partners.yaml'], w.root).map((s) => s.name)).toEqual(['checks']);
    const all = textSources([], w.root).map((s) => s.name);
    expect(all).toContain('lost-face');
    expect(all.slice(-2)).toEqual(['modules', 'checks']);
  });

  it('extracts every module text and check text with keys, notes and the source hash; a second run changes nothing', () => {
    const w = workspace();
    expect(extractSources(w.sources(), ['ja'], w.o)).toBe(0);
    const modules = w.read('ja', 'modules');
    expect(modules).toContain('msgctxt "asia-partners#title"\nmsgid "Working with partners in Asia"');
    expect(modules).toContain('msgctxt "asia-partners#objective:face"');
    expect(modules).toMatch(/#: stories\/modules\/asia-partners\.json:3\n/);
    expect(modules).toContain(`#. source-hash: ${sourceHash('Working with partners in Asia')}`);
    const checks = w.read('ja', 'checks');
    const situation = w.entry('ja', 'checks', 'asia-partners:card-order#situation')!;
    // As the page shows it: a paragraph on one line, not the YAML file's line breaks.
    expect(situation.msgid).toMatch(
      /^You are a sales director at a Canadian maker .* introductions can begin\.$/,
    );
    expect(situation.comments?.reference).toMatch(/^stories\/checks\/asia-partners\.yaml:\d+$/);
    expect(situation.comments?.extracted).toContain('check: the opening check');
    expect(w.entry('ja', 'checks', 'asia-partners:card-order#response-2')!.comments?.extracted).toContain(
      'the best response',
    );
    expect(w.entry('ja', 'checks', 'asia-partners:card-order#response-1')!.comments?.extracted).not.toContain(
      'the best response',
    );
    expect(checks).toContain('msgctxt "asia-partners:card-order#why"');
    const entries = checkStrings(w.root).entries;
    // Every item: situation, four responses, why.
    expect(entries.filter((e) => e.key.endsWith('#situation')).length * 6).toBe(entries.length);
    expect(entries.length).toBeGreaterThan(250);
    const again = extractSources(w.sources(), ['ja'], w.o);
    expect(again).toBe(0);
    expect(w.read('ja', 'modules')).toBe(modules);
    expect(w.read('ja', 'checks')).toBe(checks);
  });

  it('marks a translation fuzzy when the English changes, and --status reports it stale until reviewed', () => {
    const w = workspace();
    extractSources(w.sources(), ['es'], w.o);
    writeFileSync(
      w.po('es', 'modules'),
      w.fill('es', 'modules', { 'asia-partners#title': 'Trabajar con socios en Asia' }),
    );
    writeFileSync(
      w.po('es', 'checks'),
      w.fill('es', 'checks', { 'asia-partners:card-order#response-1': 'Da la mano a todos.' }),
    );
    w.out.length = 0;
    statusOfSources(w.sources(), ['es'], w.o);
    expect(w.out.find((l) => l.startsWith('es modules:'))).toMatch(
      /^es modules: 1 translated, 23 missing, 0 stale/,
    );
    expect(w.out.find((l) => l.startsWith('es checks:'))).toMatch(
      /^es checks: 1 translated, \d+ missing, 0 stale/,
    );
    w.edit(
      'modules/asia-partners.json',
      'Working with partners in Asia',
      'Working with partners across Asia',
    );
    w.edit(
      'checks/asia-partners.yaml',
      'Shake hands around the table, starting with whoever is nearest',
      'Shake hands around the table, starting with whoever stands nearest',
    );
    // Before the next --extract, the status already sees it.
    w.out.length = 0;
    const open = statusOfSources(w.sources(), ['es'], w.o);
    expect(w.out.find((l) => l.startsWith('es modules:'))).toMatch(/0 translated, 23 missing, 1 stale/);
    expect(w.out).toContain('  stale: asia-partners#title');
    expect(w.out).toContain('  stale: asia-partners:card-order#response-1');
    expect(open).toBeGreaterThan(2);
    // And the game's table leaves it out: the learner sees the new English.
    const table = tableOf(w.root, 'es', 'modules', moduleStrings(w.root).entries);
    expect(table.strings['asia-partners#title']).toBeUndefined();
    extractSources(w.sources(), ['es'], w.o);
    const title = w.entry('es', 'modules', 'asia-partners#title')!;
    expect(isFuzzy(title)).toBe(true);
    expect(title.msgstr[0]).toBe('Trabajar con socios en Asia');
    expect(previousSource(title)).toBe('Working with partners in Asia');
    expect(isFuzzy(w.entry('es', 'checks', 'asia-partners:card-order#response-1')!)).toBe(true);
  });

  it('merges a returned modules.po, refusing a placeholder the English has not and keys it does not know', () => {
    const w = workspace();
    extractSources(w.sources(), ['ja'], w.o);
    let text = w.fill('ja', 'modules', {
      'partners-abroad#title': '初めての海外パートナー',
      'partners-abroad#summary': '{name}との三つの会話',
    });
    text += '\nmsgctxt "gone#title"\nmsgid "Gone"\nmsgstr "消えた"\n';
    mkdirSync(join(w.root, 'returned'));
    writeFileSync(join(w.root, 'returned', 'modules-ja.po'), text);
    expect(merge(['returned'], w.o)).toBe(1);
    expect(w.entry('ja', 'modules', 'partners-abroad#title')!.msgstr[0]).toBe('初めての海外パートナー');
    expect(w.entry('ja', 'modules', 'partners-abroad#summary')!.msgstr[0]).toBe('');
    expect(w.err.join('\n')).toContain(
      'skipped partners-abroad#summary: placeholder {name} is not in the source',
    );
    expect(w.err.join('\n')).toContain('skipped gone#title');
  });

  it('compiles only current translations into the menu chunk (module keys prefixed) and per-module check chunks', () => {
    const w = workspace();
    extractSources(w.sources(), ['ja'], w.o);
    writeFileSync(
      w.po('ja', 'modules'),
      w.fill('ja', 'modules', {
        'asia-partners#title': 'アジアのパートナーと働く',
        'asia-partners#summary': 'ケーススタディ',
      }),
    );
    writeFileSync(
      w.po('ja', 'checks'),
      w.fill('ja', 'checks', {
        'asia-partners:card-order#situation': '横浜の製薬会社です。',
        'partners-abroad:price-cut#why': '理由',
      }),
    );
    const modules = tableOf(w.root, 'ja', 'modules', moduleStrings(w.root).entries);
    const menu = JSON.parse(menuCode([], modules).replace(/^export default |;$/g, '')) as Record<
      string,
      string
    >;
    expect(menu).toEqual({
      'module:asia-partners#title': 'アジアのパートナーと働く',
      'module:asia-partners#summary': 'ケーススタディ',
    });
    const checks = tableOf(w.root, 'ja', 'checks', checkStrings(w.root).entries);
    const chunk = JSON.parse(
      checkTextCode('ja', 'asia-partners', checks).replace(/^export default |;$/g, ''),
    ) as {
      strings: Record<string, string>;
    };
    expect(chunk.strings).toEqual({ 'asia-partners:card-order#situation': '横浜の製薬会社です。' });
    // The pseudo-locale covers every module and check string.
    const pseudo = tableOf(w.root, 'en-XA', 'checks', checkStrings(w.root).entries);
    expect(Object.keys(pseudo.strings).length).toBe(checkStrings(w.root).entries.length);
  });

  it('gives the page a loader per module with checks and language, and none for others', async () => {
    const code = loadersCode(new Map([['ja', ['lost-face']]]), (s) => `/stories/${s}.ink`, ['asia-partners']);
    expect(code).toContain('case "asia-partners\\nja":return import("virtual:check-text/asia-partners/ja");');
    const url = `data:text/javascript,${encodeURIComponent(code.replace(/import\("[^"]+"\)/g, 'Promise.resolve({default: 1})'))}`;
    const m = (await import(/* @vite-ignore */ url)) as {
      checkText(m: string, l: string): Promise<number> | null;
    };
    expect(await m.checkText('asia-partners', 'ja')).toBe(1);
    expect(m.checkText('asia-partners', 'es')).toBeNull();
    expect(m.checkText('partners-abroad', 'ja')).toBeNull();
  });

  it('refuses a story named like one of the shared files', () => {
    const w = workspace();
    writeFileSync(join(w.root, 'stories', 'checks.ink'), 'Hello # id: c-0001\n');
    const sources = textSources(['stories/checks.ink'], w.root);
    expect(sources.map((s) => s.name)).toEqual(['checks']);
    expect(sources[0]!.strings().errors[0]).toMatch(
      /stories\/checks\.ink: error: a story may not be called "checks": translations\/<lang>\/checks\.po holds the checks' words/,
    );
  });
});
