/**
 * The bundled CJK faces (build/fonts/): which characters need one, what a language's text holds,
 * the faces cut from it (every character of the translations in the cut face's cmap), the check
 * that fails with the missing characters listed, and the plugin's output.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cjkCharacters, missingFrom, needsCjkFont, unicodeRange } from '../../../build/fonts/cjk.ts';
import {
  buildFonts,
  cmapOf,
  cutFace,
  faceProblem,
  fontFaceCss,
  languageText,
  otherText,
  sourceFile,
} from '../../../build/fonts/faces.ts';
import { cjkFontsPlugin } from '../../../build/fonts/plugin.ts';
import { CJK_FONTS } from '../../../build/fonts/sources.ts';
import { isBundledFace } from '../../../src/app/offline-fonts.ts';

const ROOT = process.cwd();
const CACHE = resolve(ROOT, 'node_modules/.cache/rapport-fonts');
const JP = CJK_FONTS.find((f) => f.lang === 'ja')!;

/** A translations folder with one PO file for `lang`. */
function translations(lang: string, po: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-fonts-'));
  mkdirSync(join(dir, lang));
  writeFileSync(join(dir, lang, 'story.po'), po);
  return dir;
}

const entry = (key: string, source: string, text: string) =>
  `msgctxt "${key}"\nmsgid "${source}"\nmsgstr "${text}"\n\n`;
const HEADER = 'msgid ""\nmsgstr ""\n"Language: ja\\n"\n\n';

describe('which characters need a CJK face', () => {
  it('takes Han, kana, CJK punctuation and full-width forms, and leaves Latin text to the page', () => {
    for (const ch of ['日', '語', 'あ', 'ア', '、', '。', '「', '（', '４', '𠮷'])
      expect(needsCjkFont(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of ['a', '4', '—', '“', '…', 'é', '←', ' '])
      expect(needsCjkFont(ch.codePointAt(0)!), ch).toBe(false);
    expect(cjkCharacters(['日本語 and 日本', '（本）'])).toEqual(['日', '本', '語', '（', '）']);
    expect(missingFrom(['日', '本'], ['日'.codePointAt(0)!])).toEqual(['本']);
    expect(unicodeRange()).toMatch(/^U\+2E80-2FFF, U\+3000-33FF, .*U\+4E00-9FFF.*U\+20000-3FFFF$/);
  });

  it("reads a language's PO text — sources, plurals, translations — but not comments or obsolete entries", () => {
    const dir = translations(
      'ja',
      HEADER +
        "#. a translator's note: 猫\n" +
        entry('a', 'Hello', '今日は') +
        'msgctxt "b"\nmsgid "one day"\nmsgid_plural "# days"\nmsgstr[0] "日々"\n\n' +
        '#~ msgctxt "gone"\n#~ msgid "Gone"\n#~ msgstr "犬"\n',
    );
    const text = languageText(dir, 'ja', [{ text: '日本語', file: 'elsewhere.ts' }]);
    expect(text.characters.join('')).toBe('々は今日本語');
    expect(text.where('今')).toEqual({ file: relative(ROOT, join(dir, 'ja', 'story.po')), line: 8 });
    expect(text.where('語')).toEqual({ file: 'elsewhere.ts', line: 1 });
    expect(otherText('ja')).toEqual([{ text: '日本語', file: 'src/l10n/languages.ts' }]);
    expect(otherText('ko')).toEqual([]); // no such language yet
  });
});

describe('the cut faces', () => {
  it('cover every CJK character Rapport shows in zh-Hans and ja: each in the built face’s cmap', async () => {
    const { faces, licences } = await buildFonts({ root: ROOT, cacheDir: CACHE });
    expect(faces.map((f) => `${f.font.lang} ${f.weight}`)).toEqual([
      'zh-Hans 400',
      'zh-Hans 700',
      'ja 400',
      'ja 700',
    ]);
    for (const face of faces) {
      const text = languageText(resolve(ROOT, 'translations'), face.font.lang, otherText(face.font.lang));
      expect(text.characters.length).toBeGreaterThan(500);
      expect(await faceProblem(face.woff2, text, face.fileName)).toBeNull();
      expect(face.fileName).toMatch(
        new RegExp(`^fonts/rapport-${face.font.lang}-${face.weight}-[0-9a-f]{8}\\.woff2$`),
      );
      // Cut to the text: a few hundred kB, not the source's 5–10 MB.
      expect(face.woff2.length).toBeLessThan(400 * 1024);
    }
    expect(licences.map((l) => l.fileName)).toEqual([
      'fonts/noto-sans-sc.LICENSE.txt',
      'fonts/noto-sans-jp.LICENSE.txt',
    ]);
    for (const l of licences) {
      expect(l.text).toContain('SIL OPEN FONT LICENSE Version 1.1');
      expect(l.text).toContain('Adobe');
    }
  }, 180_000);

  it('has teeth: a PO with a character outside the cut face fails, naming it and where it is', async () => {
    const before = translations('ja', HEADER + entry('a', 'Japanese', '日本語'));
    const text = languageText(before, 'ja');
    const woff2 = await cutFace(readFileSync(sourceFile(JP, 400)), text.characters, 'Noto Sans JP 400');
    expect(await faceProblem(woff2, text, 'the ja face')).toBeNull();
    // A translator adds a line with a character the face was not cut with.
    const after = translations('ja', HEADER + entry('a', 'Japanese', '日本語') + entry('b', 'Cat', '猫です'));
    const problem = await faceProblem(woff2, languageText(after, 'ja'), 'the ja face');
    expect(problem).toContain('the ja face has no glyph for 3 characters');
    expect(problem).toMatch(/猫 \(U\+732B\) first at .*story\.po:11/);
    expect(problem).toContain('で (U+3067)');
    expect(problem).toContain('す (U+3059)');
  }, 60_000);

  it('fails the build on a character the source font does not have, naming it', async () => {
    const dir = translations('ja', HEADER + entry('a', 'Rare', '𪛖'));
    await expect(
      buildFonts({ root: ROOT, cacheDir: null, fonts: [JP], translationsDir: dir }),
    ).rejects.toThrow(
      /Noto Sans JP 400 has no glyph for 1 character:\n {2}𪛖 \(U\+2A6D6\) first at .*story\.po:7/,
    );
  }, 60_000);

  it('is cut again when the translations change: a new character, a new file', async () => {
    const dir = translations('ja', HEADER + entry('a', 'Japanese', '日本語'));
    const first = await buildFonts({ root: ROOT, cacheDir: null, fonts: [JP], translationsDir: dir });
    writeFileSync(
      join(dir, 'ja', 'story.po'),
      HEADER + entry('a', 'Japanese', '日本語') + entry('b', 'Cat', '猫'),
    );
    const second = await buildFonts({ root: ROOT, cacheDir: null, fonts: [JP], translationsDir: dir });
    expect(second.faces[0]!.fileName).not.toBe(first.faces[0]!.fileName);
    const cmap = cmapOf(
      await import('fontverter').then((m) => m.default.convert(second.faces[0]!.woff2, 'sfnt')),
    );
    expect(cmap).toContain('猫'.codePointAt(0));
    expect(second.faces[0]!.characters).toContain('猫');
  }, 60_000);
});

describe("the faces' CSS and the plugin", () => {
  it("declares each face with the learner's fonts first, swap, and the CJK range only", async () => {
    const { faces } = await buildFonts({ root: ROOT, cacheDir: CACHE });
    const css = fontFaceCss(faces, './');
    const ja400 = css
      .split('\n')
      .find((rule) => rule.includes('"Rapport JP"') && rule.includes('font-weight:400'))!;
    expect(ja400).toContain('font-display:swap');
    expect(ja400.indexOf('local("HiraginoSans-W3")')).toBeLessThan(ja400.indexOf('url('));
    expect(ja400).toContain('local("NotoSansCJKjp-Regular")');
    expect(ja400).toMatch(/url\("\.\/fonts\/rapport-ja-400-[0-9a-f]{8}\.woff2"\) format\("woff2"\)/);
    expect(ja400).toContain(`unicode-range:${unicodeRange().replace(/ /g, '')}`);
    expect(css.split('\n')).toHaveLength(4);
  }, 180_000);

  it('writes the faces and licences into the build and declares them in each page’s head', async () => {
    const plugin = cjkFontsPlugin();
    (plugin.configResolved as (c: { root: string; base: string }) => void)({ root: ROOT, base: '/' });
    const files = new Map<string, string | Uint8Array>();
    const context = {
      addWatchFile: () => {},
      emitFile: (f: { fileName: string; source: string | Uint8Array }) => (
        files.set(f.fileName, f.source),
        f.fileName
      ),
    };
    await (plugin.buildStart as unknown as (this: typeof context) => Promise<void>).call(context);
    await (plugin.generateBundle as unknown as (this: typeof context) => Promise<void>).call(context);
    expect([...files.keys()].filter((f) => f.endsWith('.woff2'))).toHaveLength(4);
    expect(files.has('fonts/noto-sans-jp.LICENSE.txt')).toBe(true);
    const transform = plugin.transformIndexHtml as { handler: (html: string) => Promise<string> };
    const html = await transform.handler('<html><head><title>x</title></head><body></body></html>');
    expect(html).toMatch(
      /<style id="rapport-cjk-fonts">\n@font-face\{font-family:"Rapport SC"[^]*<\/style>\n<\/head>/,
    );
    for (const file of files.keys()) if (file.endsWith('.woff2')) expect(html).toContain(`url("/${file}")`);
  }, 180_000);

  it("recognises a face's address for the offline cache", () => {
    expect(isBundledFace('https://x.test/fonts/rapport-ja-400-81629137.woff2')).toBe(true);
    expect(isBundledFace('https://x.test/lms/pkg/fonts/rapport-ja-700-81629137.woff2')).toBe(true);
    expect(isBundledFace('https://x.test/assets/index-abc.js')).toBe(false);
    expect(isBundledFace('https://x.test/fonts/noto-sans-jp.LICENSE.txt')).toBe(false);
  });
});
