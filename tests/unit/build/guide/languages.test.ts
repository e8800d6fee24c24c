// @vitest-environment happy-dom
/**
 * The facilitator's guides in other languages (docs/guides.md, "Languages"), on the guide fixture
 * (fixtures/good/guide.ink) with its translations in fixtures/translations/: ja translates nearly
 * everything — but not the coach note of gf-0004 nor the author's note on Lee, and its gf-0005 is
 * fuzzy (stale); es translates only the title; zh-Hans has no file. The guide's own words are the
 * project's translations/<lang>/interface.po.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideLanguages, GuideLanguageError, makeGuide, makeGuides } from '../../../../build/guide/guides.ts';
import { guideWords } from '../../../../build/guide/words.ts';
import { compileInkFile } from '../../../../build/ink/compile.ts';
import { compileTable } from '../../../../build/l10n/tables.ts';
import { updateCatalog } from '../../../../build/l10n/po.ts';
import { storyStrings } from '../../../../build/l10n/units.ts';

const ROOT = resolve(__dirname, '../../../..');
const FIXTURES = resolve(__dirname, 'fixtures');
const OPTIONS = {
  root: ROOT,
  storiesDir: join(FIXTURES, 'good'),
  seedsDir: join(FIXTURES, 'seeds'),
  translationsDir: join(FIXTURES, 'translations'),
};
const INK = join(FIXTURES, 'good', 'guide.ink');
const WHERE = relative(ROOT, INK);

let made: ReturnType<typeof makeGuides> | null = null;
const guides = () => (made ??= makeGuides(OPTIONS));

function page(file: string): Document {
  const html = guides().pages.find((p) => p.file === file)?.html;
  if (html === undefined) throw new Error(`no page ${file}`);
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The fixture's strings, and the ja translations the game would use (current ones only). */
function strings() {
  const compiled = compileInkFile(INK, ROOT);
  const entries = storyStrings(compiled.parsed, readFileSync(INK, 'utf8'), WHERE, 'guide').entries;
  const po = readFileSync(join(FIXTURES, 'translations', 'ja', 'guide.po'), 'utf8');
  return { entries, ja: compileTable(entries, po, 'guide', { guide: true }).strings };
}

describe("a scenario's guide in another language", () => {
  it('is made for each language the story is translated into, beside the English, and a module guide with it', () => {
    expect(
      guides()
        .pages.map((p) => p.file)
        .sort(),
    ).toEqual([
      'es/guide.html',
      'es/module-fixture-module.html',
      'guide.html',
      'ja/guide.html',
      'ja/module-fixture-module.html',
      'module-fixture-module.html',
    ]);
    expect(Object.fromEntries(guideLanguages(OPTIONS))).toEqual({
      guide: ['ja', 'es'],
      'module-fixture-module': ['ja', 'es'],
    });
  });

  it('says its language, and its own words are that language’s', () => {
    const doc = page('ja/guide.html');
    expect(doc.documentElement.getAttribute('lang')).toBe('ja');
    expect(doc.title).toBe('ファシリテーター用ガイド：ガイドのフィクスチャ｜Rapport');
    expect([...doc.querySelectorAll('main h2')].map(words)).toEqual([
      '学習目標',
      '所要時間',
      '役割と状況',
      '決定ポイント',
      'ディスカッションの問い',
      'エンディングと到達条件',
      '配布資料：出典の抜粋',
    ]);
    // The stylesheet one folder up; the printed footer in Japanese.
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('../guide.css');
    expect(doc.querySelector('style')?.textContent).toContain('ファシリテーター用ガイド');
    expect(doc.querySelector('.back a')?.getAttribute('href')).toBe('../../?lang=ja');
  });

  it('shows the ja coach note of a known option and no English story line that has a translation', () => {
    const doc = page('ja/guide.html');
    const first = doc.querySelector('#decision-1')!;
    expect(words(first)).toContain('キムにチームのことを尋ねる');
    expect(words(first)).toContain('この選択肢の学び：まず人と過ごす時間が、信頼の貯金をつくります。');
    // Every translated English string is gone from what is not marked as English.
    const { entries, ja } = strings();
    for (const e of doc.querySelectorAll('[lang="en"]')) e.remove();
    const shown = words(doc.body);
    const translated = entries.filter((e) => ja[e.key] !== undefined);
    expect(translated.length).toBeGreaterThan(20);
    for (const e of entries) {
      if (e.key.includes('#learn:') || e.key.includes('#discuss') || e.key.includes('#ending_title'))
        continue;
      if (ja[e.key] === undefined) continue;
      expect(shown, e.key).not.toContain(e.source);
    }
    // The lines before a decision, the options, the names, the learner's role: in Japanese.
    for (const key of [
      'gf-0001',
      'gf-0002',
      'gf-0003',
      'gf-0004',
      'gf-0006',
      'gf-0007',
      'guide#role',
      'guide:lee#name',
    ])
      expect(shown, key).toContain(ja[key]);
    for (const text of ['Who in the room wants what', 'Partners', 'Goodwill built early'])
      expect(shown).not.toContain(text);
    expect(shown).toContain('この部屋で誰が何を求めていて');
    expect(shown).toContain('「パートナー」');
    // The endings' conditions in Japanese, with the translated names.
    expect(words(doc.querySelector('#ending-partner'))).toContain(
      'キム・パクの信頼 ≥ 40 かつ リー・チェンの信頼 ≥ 40',
    );
  });

  it('falls back to the English string by string, marked lang="en", and says so for an author’s note', () => {
    const doc = page('ja/guide.html');
    const english = [...doc.querySelectorAll('[lang="en"]')].map(words);
    // No translation: the coach note of gf-0004; a stale (fuzzy) one: the line gf-0005.
    expect(english).toContain('A direct question suits a direct engineer.');
    expect(english).toContain('A week later you need a faster delivery.');
    // Lee's note is untranslated: in English, with a label saying so; Kim's is translated.
    const notes = [...doc.querySelectorAll('.person')].map(words);
    expect(notes[0]).toContain('キム・パク、40歳、工場長。');
    expect(notes[1]).toContain('Lee Chen, 30, test engineer.');
    expect(notes[1]).toContain('（英語の原文：未翻訳）');
    expect(notes[0]).not.toContain('未翻訳');
    // es translates only the title: the rest of the story is English, the guide's words Spanish.
    const es = page('es/guide.html');
    expect(words(es.querySelector('h1'))).toBe('El caso de la guía');
    expect(words(es.querySelector('#decisions h2'))).toBe('Puntos de decisión');
    expect(es.querySelector('#decision-1 .option strong span[lang="en"]')?.textContent).toBe(
      'Ask Kim about her team',
    );
  });

  it('formats numbers for its language', () => {
    const rows = (doc: Document) =>
      [...doc.querySelectorAll('.profiles tbody tr')].map((tr) => [...tr.children].map(words).join(' '));
    expect(rows(page('es/guide.html'))[0]).toBe('Kim Park 0,80 0,60 0,70 0,30 0,50');
    expect(rows(page('ja/guide.html'))[0]).toBe('キム・パク 0.80 0.60 0.70 0.30 0.50');
    expect(words(page('es/guide.html').querySelector('#ending-partner'))).toContain('el 25 % de las veces');
  });

  it('links to its other languages, and the English guide to its translations', () => {
    const links = (doc: Document) =>
      [...doc.querySelectorAll('.languages a')].map(
        (a) => `${a.getAttribute('lang')} ${a.getAttribute('href')}`,
      );
    expect(links(page('ja/guide.html'))).toEqual(['en ../guide.html', 'es ../es/guide.html']);
    expect(links(page('guide.html'))).toEqual(['ja ja/guide.html', 'es es/guide.html']);
  });

  it("a module's guide links to the scenario's guide in its language, its own words marked English", () => {
    const doc = page('ja/module-fixture-module.html');
    expect(doc.documentElement.getAttribute('lang')).toBe('ja');
    const link = doc.querySelector('#scenarios tbody a')!;
    expect(link.getAttribute('href')).toBe('guide.html');
    expect(words(link)).toBe('ガイドのフィクスチャ');
    expect(doc.querySelector('h1 [lang="en"]')?.textContent).toBe('A module of one');
    expect(words(doc.querySelector('#pass'))).toContain('50点に達するとモジュール合格です');
  });

  it('is made alone for the dev server, the same as in the build', () => {
    for (const file of ['ja/guide.html', 'es/module-fixture-module.html'])
      expect(makeGuide(OPTIONS, file)?.html).toBe(guides().pages.find((p) => p.file === file)!.html);
    // A language the story has no translation in: no page (the link goes to English).
    expect(makeGuide(OPTIONS, 'zh-Hans/guide.html')).toBeNull();
    expect(makeGuide(OPTIONS, 'en/guide.html')).toBeNull();
  });

  it('refuses a language no guide is made in, saying which are', () => {
    const expected =
      /^There is no facilitator's guide in "fr": guides are made in en, zh-Hans, ja, es\. Use one of these tags/;
    expect(() => makeGuide(OPTIONS, 'fr/guide.html')).toThrow(GuideLanguageError);
    expect(() => makeGuide(OPTIONS, 'fr/guide.html')).toThrow(expected);
    expect(() => guideWords(ROOT, 'zh-CN')).toThrow(/"zh-CN".*\(zh-Hans, not zh-CN\)/);
  });
});

describe("the authors' notes as translatable strings", () => {
  it('are keyed by their text, for the guide only: the game’s tables leave them out', () => {
    const { entries } = strings();
    const notes = entries.filter((e) => e.key.includes('#note:'));
    expect(notes.map((e) => e.key)).toEqual([
      expect.stringMatching(/^guide:kim#note:[0-9a-f]{6}$/),
      expect.stringMatching(/^guide:lee#note:[0-9a-f]{6}$/),
    ]);
    expect(notes[0]!.source).toBe(
      'Kim Park, 40, plant manager. Proud of her line and of her people. Profile: relationship-based, and indirect in front of her team.',
    );
    const po = readFileSync(join(FIXTURES, 'translations', 'ja', 'guide.po'), 'utf8');
    expect(compileTable(entries, po, 'guide').strings[notes[0]!.key]).toBeUndefined();
    expect(compileTable(entries, po, 'guide', { guide: true }).strings[notes[0]!.key]).toMatch(/^キム・パク/);
  });

  it('an edited note is a new key: the guide shows its English, and --extract keeps the old translation as fuzzy', () => {
    const compiled = compileInkFile(INK, ROOT);
    const source = readFileSync(INK, 'utf8').replace('Proud of her line', 'Proud of her new line');
    const edited = storyStrings(compiled.parsed, source, WHERE, 'guide').entries;
    const po = readFileSync(join(FIXTURES, 'translations', 'ja', 'guide.po'), 'utf8');
    const key = edited.find((e) => e.key.startsWith('guide:kim#note:'))!.key;
    expect(strings().entries.some((e) => e.key === key)).toBe(false);
    const table = compileTable(edited, po, 'guide', { guide: true });
    expect(table.missingKeys).toContain(key);
    expect(Object.values(table.strings).some((t) => t.startsWith('キム・パク、40歳'))).toBe(false);
    // The translator gets the old translation back, marked fuzzy, with the English it was made from.
    const updated = updateCatalog(po, edited, 'ja', 'guide');
    const entry = updated.slice(
      updated.indexOf(`msgctxt "${key}"`) - 400,
      updated.indexOf(`msgctxt "${key}"`) + 400,
    );
    expect(entry).toContain('#, fuzzy');
    expect(entry).toContain('#| msgid "Kim Park, 40, plant manager. Proud of her line');
    expect(entry).toContain('msgstr "キム・パク、40歳');
  });
});

describe("a module's guide in a language its module is translated into", () => {
  it('says the module’s title, summary and objectives in it (translations/<lang>/modules.po)', () => {
    const page = makeGuide({ root: ROOT }, 'ja/module-asia-partners.html');
    expect(page).not.toBeNull();
    const doc = new DOMParser().parseFromString(page!.html, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toContain('アジアのパートナーと働く');
    expect(doc.querySelector('h1 [lang="en"]')).toBeNull();
    const objectives = [...doc.querySelectorAll('#objectives li')].map((li) => li.textContent ?? '');
    expect(objectives.length).toBe(4);
    for (const o of objectives) expect(o).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(doc.body.textContent).not.toContain('shown in English until the module is translated');
  }, 120_000);
});

describe("a scenario's guide in a language its modules are translated into", () => {
  it('names the modules and their objectives in it, in its learning objectives', () => {
    const page = makeGuide({ root: ROOT }, 'ja/lost-face.html');
    expect(page).not.toBeNull();
    const doc = new DOMParser().parseFromString(page!.html, 'text/html');
    const section = doc.querySelector('#objectives');
    expect(section?.textContent).toContain('アジアのパートナーと働く');
    expect(section?.textContent).not.toContain('Working with partners in Asia');
  }, 120_000);
});
