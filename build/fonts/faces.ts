/**
 * The bundled CJK faces, cut at build time to exactly the characters Rapport shows in each language
 * (docs/translating.md, "A language with a new script"; docs/performance.md, "Fonts").
 *
 * For each language of sources.ts: every CJK character (cjk.ts) of its translations
 * (translations/<lang>/*.po: the interface and the stories, source and translated text) and of the
 * other text shown in it (the language's own name in the picker) is cut out of the source font
 * with HarfBuzz's subsetter (subset-font, WebAssembly: nothing compiled, nothing downloaded), once
 * per weight, and compressed to WOFF2. A character the source font lacks, or one the cut face does
 * not map, fails the build with the character, its code point and where it was found.
 *
 * Cutting a face takes a few seconds, so each is kept in node_modules/.cache/rapport-fonts/, keyed
 * by the source file and the characters: a build whose translations did not change cuts nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { po } from 'gettext-parser';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import fontverter from 'fontverter';
import { NATIVE_NAMES, type Language } from '../../src/l10n/languages.ts';
import {
  cjkCharacters,
  coverageProblem,
  missingFrom,
  needsCjkFont,
  unicodeRange,
  type Found,
} from './cjk.ts';
import { CJK_FONTS, WEIGHTS, type CjkFont, type Weight } from './sources.ts';

const require = createRequire(import.meta.url);

/** The characters a language's face must have, and where each was first found. */
export interface LanguageText {
  characters: string[];
  /** The files read (the build watches them). */
  files: string[];
  where(ch: string): Found | undefined;
}

/** Every string a PO file can show: sources, plurals and translations (not comments, not obsolete). */
function poStrings(text: string): string[] {
  const out: string[] = [];
  for (const entries of Object.values(po.parse(text).translations))
    for (const entry of Object.values(entries)) {
      if (entry.msgid === '' || entry.obsolete) continue; // the header
      out.push(entry.msgid, entry.msgid_plural ?? '', ...entry.msgstr);
    }
  return out;
}

/**
 * The CJK characters shown in `lang`: `translationsDir/<lang>/*.po` and `extra` (text shown in
 * that language from elsewhere, with the file it is in).
 */
export function languageText(
  translationsDir: string,
  lang: string,
  extra: readonly { text: string; file: string }[] = [],
  root = process.cwd(),
): LanguageText {
  const dir = join(translationsDir, lang);
  const poFiles = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.po'))
        .sort()
        .map((f) => join(dir, f))
    : [];
  const first = new Map<string, Found>();
  const note = (text: string, file: string) =>
    text.split('\n').forEach((line, i) => {
      for (const ch of line)
        if (needsCjkFont(ch.codePointAt(0)!) && !first.has(ch)) first.set(ch, { file, line: i + 1 });
    });
  const texts: string[] = [];
  for (const file of poFiles) {
    const text = readFileSync(file, 'utf8');
    texts.push(...poStrings(text));
    note(text, relative(root, file));
  }
  for (const e of extra) {
    texts.push(e.text);
    const source = existsSync(join(root, e.file)) ? readFileSync(join(root, e.file), 'utf8') : e.text;
    note(source, e.file);
  }
  return { characters: cjkCharacters(texts), files: poFiles, where: (ch) => first.get(ch) };
}

/** The text shown in `lang` outside its translations: its name in the language picker. */
export function otherText(lang: string): { text: string; file: string }[] {
  const name = NATIVE_NAMES[lang as Language];
  return name ? [{ text: name, file: 'src/l10n/languages.ts' }] : [];
}

/** The code points a font (SFNT) maps. */
export function cmapOf(sfnt: Uint8Array): number[] {
  return [...new Face(new Blob(sfnt)).collectUnicodes()];
}

/** A name from a font's `name` table (0: copyright, 5: version). */
function nameOf(sfnt: Uint8Array, id: number): string {
  return new Face(new Blob(sfnt)).getName(id, 'en');
}

/** The source font file of `font` at `weight`, from its npm package. */
export function sourceFile(font: CjkFont, weight: Weight): string {
  try {
    return require.resolve(`${font.pkg}/${font.files[weight]}`);
  } catch {
    throw new Error(
      `The source of ${font.family}, ${font.source} ${weight}, is not installed (${font.pkg}/${font.files[weight]}). Run \`npm install\`.`,
    );
  }
}

/**
 * Cut `characters` out of the font `source` (SFNT) as WOFF2, checking the cut face maps every one.
 * `what` names the face in messages.
 */
export async function cutFace(
  source: Uint8Array,
  characters: readonly string[],
  what: string,
  where: (ch: string) => Found | undefined = () => undefined,
): Promise<Buffer> {
  const fix = `Use a character ${what} has, or cut the face from a source font that has it (build/fonts/sources.ts).`;
  const lacking = coverageProblem(what, missingFrom(characters, cmapOf(source)), where, fix);
  if (lacking) throw new Error(lacking);
  const sfnt = await subsetFont(Buffer.from(source), characters.join(''), { targetFormat: 'sfnt' });
  const cut = coverageProblem(`The cut of ${what}`, missingFrom(characters, cmapOf(sfnt)), where, fix);
  if (cut) throw new Error(cut);
  return fontverter.convert(sfnt, 'woff2');
}

/**
 * What a built face (WOFF2) lacks of a language's text: the message naming each missing character
 * and where it was found, or null when the face maps every one.
 */
export async function faceProblem(woff2: Buffer, text: LanguageText, what: string): Promise<string | null> {
  const cmap = cmapOf(await fontverter.convert(woff2, 'sfnt'));
  return coverageProblem(
    what,
    missingFrom(text.characters, cmap),
    text.where,
    'Build again (`npx vite build` cuts the faces from the translations as they are now; build/fonts/).',
  );
}

/** One face of the build: a language's family at one weight. */
export interface BuiltFace {
  font: CjkFont;
  weight: Weight;
  /** Under dist/: fonts/rapport-<lang>-<weight>-<hash>.woff2. */
  fileName: string;
  woff2: Buffer;
  characters: string[];
}

export interface BuiltFonts {
  faces: BuiltFace[];
  /** Each source font's licence, with its copyright line: under dist/fonts/. */
  licences: { fileName: string; text: string }[];
  /** What the faces were made from (the dev server and the build watch them). */
  files: string[];
}

const OFL = () => readFileSync(new URL('./OFL-1.1.txt', import.meta.url), 'utf8');
const hash = (...parts: (string | Uint8Array)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

export interface BuildOptions {
  root: string;
  /** Where cut faces are kept between builds (null: not kept). */
  cacheDir: string | null;
  fonts?: readonly CjkFont[];
  /** The translations (default `<root>/translations`). */
  translationsDir?: string;
}

/** Every language's faces and licences, cut now or taken from the cache. */
export async function buildFonts({
  root,
  cacheDir,
  fonts = CJK_FONTS,
  translationsDir = join(root, 'translations'),
}: BuildOptions): Promise<BuiltFonts> {
  const faces: BuiltFace[] = [];
  const licences: BuiltFonts['licences'] = [];
  const files: string[] = [];
  for (const font of fonts) {
    const text = languageText(translationsDir, font.lang, otherText(font.lang), root);
    files.push(...text.files);
    if (text.characters.length === 0) continue; // nothing in this language shows a CJK character
    for (const weight of WEIGHTS) {
      const file = sourceFile(font, weight);
      const source = readFileSync(file);
      const key = hash(source.length.toString(), file, text.characters.join(''));
      const cached = cacheDir ? join(cacheDir, `${key.slice(0, 32)}.woff2`) : null;
      let woff2: Buffer;
      if (cached && existsSync(cached)) woff2 = readFileSync(cached);
      else {
        woff2 = await cutFace(source, text.characters, `${font.source} ${weight}`, text.where);
        if (cached) {
          // Written aside and renamed: a build running beside this one never reads half a face.
          mkdirSync(cacheDir!, { recursive: true });
          writeFileSync(`${cached}.${process.pid}`, woff2);
          renameSync(`${cached}.${process.pid}`, cached);
        }
      }
      const fileName = `fonts/rapport-${font.lang}-${weight}-${hash(woff2).slice(0, 8)}.woff2`;
      faces.push({ font, weight, fileName, woff2, characters: text.characters });
      if (weight === WEIGHTS[0])
        licences.push({ fileName: `fonts/${font.licence}`, text: licenceText(font, source) });
    }
  }
  return { faces, licences, files };
}

/** The licence that travels with a face: what it is cut from, the copyright, the OFL. */
export function licenceText(font: CjkFont, source: Uint8Array): string {
  return [
    `${font.family} (fonts/rapport-${font.lang}-*.woff2) is ${font.source}, cut by Rapport's build to the characters`,
    `Rapport shows in ${font.lang} (build/fonts/). ${font.source} is from ${font.pkg} on npm;`,
    `${nameOf(source, 5)}.`,
    '',
    nameOf(source, 0),
    '',
    'This Font Software is licensed under the SIL Open Font License, Version 1.1.',
    'This license is copied below, and is also available with a FAQ at: https://openfontlicense.org',
    '',
    OFL(),
  ].join('\n');
}

/**
 * The `@font-face` rules of the faces, with URLs under `base`: the learner's own fonts first
 * (`local()`), then the cut face; `font-display: swap` so a face never holds the first line back;
 * `unicode-range` so a face is fetched only for a CJK character, and only where the CSS names its
 * family (`:root:lang(…)`): an English page fetches none.
 */
export function fontFaceCss(faces: readonly BuiltFace[], base: string): string {
  const q = (s: string) => JSON.stringify(s);
  return faces
    .map(({ font, weight, fileName }) =>
      [
        `@font-face{font-family:${q(font.family)}`,
        'font-style:normal',
        `font-weight:${weight}`,
        'font-display:swap',
        `src:${[...font.local[weight].map((n) => `local(${q(n)})`), `url(${q(base + fileName)}) format("woff2")`].join(',')}`,
        `unicode-range:${unicodeRange().replace(/ /g, '')}}`,
      ].join(';'),
    )
    .join('\n');
}
