/**
 * The frame every facilitator's guide page shares: a standalone HTML page with its own small
 * stylesheet (guide.css, beside the pages) and no script, a way back to the game, and a footer
 * naming what the page was made from.
 */
import { cjkFamilies, NATIVE_NAMES, type Language } from '../../src/l10n/languages.ts';
import { escapeXml } from '../xml.ts';
import type { GuideWords } from './words.ts';

export const esc = escapeXml;

/** Where the pages live, under the site's root (dist/guides/, the dev server's /guides/). */
export const GUIDE_DIR = 'guides';
export const GUIDE_CSS = 'guide.css';

export const scenarioGuideFile = (id: string) => `${id}.html`;
export const moduleGuideFile = (id: string) => `module-${id}.html`;
/** A page's path under guides/: English at the top (`lost-face.html`), a language in its folder
 * (`ja/lost-face.html`). */
export const guidePath = (lang: string, file: string) => (lang === 'en' ? file : `${lang}/${file}`);

/** A language's bundled faces for its guide pages: `@font-face` rules and the family they name. */
export interface GuideFonts {
  css: string;
  family: string;
}

/** What a page is written with: its language's words, and the way up to guides/. */
export interface PageContext {
  w: GuideWords;
  /** A story's words as HTML: escaped, and marked `lang="en"` when a translated guide shows them
   * in English (no current translation, or words that are English in every guide). */
  s(text: string): string;
  /** From the page to guides/: `''` for English, `'../'` for a language's folder. */
  up: string;
  /** The game's own faces for the language (Chinese and Japanese), when the build has them. */
  fonts?: GuideFonts;
}

export function pageContext(w: GuideWords, english: ReadonlySet<string>, fonts?: GuideFonts): PageContext {
  return {
    w,
    ...(fonts && { fonts }),
    s: (text) => (w.lang !== 'en' && english.has(text) ? `<span lang="en">${esc(text)}</span>` : esc(text)),
    up: w.lang === 'en' ? '' : '../',
  };
}

/** The other languages a page is made in, and its path under guides/ in each. */
export type Alternates = readonly { lang: string; path: string }[];

export function guidePage(
  ctx: PageContext,
  options: {
    /** The page's title as HTML (story words, through `ctx.s`). */
    title: string;
    /** The same title as text, for the browser's tab. */
    titleText: string;
    /** What the page says it is, above the title (`Facilitator's guide`). */
    kicker: string;
    /** Under the title: the summary and figures. */
    lead: string;
    contents: readonly { id: string; label: string }[];
    main: string;
    madeFrom: string;
    /** The same page in the other languages it is made in. */
    alternates?: Alternates;
  },
): string {
  const { w, up } = ctx;
  const nav = options.contents.length
    ? `<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">${w.h('guide.frame.contents')}</h2><ol>${options.contents
        .map((c) => `<li><a href="#${esc(c.id)}">${esc(c.label)}</a></li>`)
        .join('')}</ol></nav>`
    : '';
  const others = options.alternates?.length
    ? `\n<p class="languages">${w.h('guide.frame.languages')} ${options.alternates
        .map(
          (a) =>
            `<a href="${up}${esc(a.path)}" lang="${esc(a.lang)}" hreflang="${esc(a.lang)}">${esc(NATIVE_NAMES[a.lang as Language] ?? a.lang)}</a>`,
        )
        .join(' · ')}</p>`
    : '';
  // The printed footer in the page's language (guide.css says it in English), and for Chinese and
  // Japanese each platform's own CJK fonts, as the game names them (src/l10n/languages.ts).
  // With the game's own face first (build/fonts: cut to the translations' characters, fetched only
  // for a CJK character), so a machine without a CJK font shows and prints the page, not boxes.
  const cjk = cjkFamilies(w.lang as Language);
  const own = ctx.fonts ? `${JSON.stringify(ctx.fonts.family)}, ` : '';
  const fonts = cjk
    ? `${ctx.fonts ? `\n${ctx.fonts.css}\n` : ''} :root { font-family: ${own}system-ui, -apple-system, 'Segoe UI', ${cjk}, sans-serif; }`
    : '';
  const footer =
    w.lang === 'en'
      ? ''
      : `\n<style>@page { @bottom-left { content: ${cssString(w.t('guide.frame.footer'))}; } @bottom-right { content: ${pageOf(w)}; } }${fonts}</style>`;
  const game = w.lang === 'en' ? `${up}../` : `${up}../?lang=${encodeURIComponent(w.lang)}`;
  return `<!doctype html>
<html lang="${esc(w.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(w.t('guide.frame.title', { kicker: options.kicker, title: options.titleText }))}</title>
<link rel="icon" href="${up}../favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${up}${GUIDE_CSS}">${footer}
</head>
<body>
<a class="skip" href="#main">${w.h('guide.frame.skip')}</a>
<header class="guide-head">
<p class="back"><a href="${esc(game)}">← Rapport</a> · <span>${w.h('guide.frame.print')}</span></p>${others}
<p class="kicker">${esc(options.kicker)}</p>
<h1>${options.title}</h1>
${options.lead}
${nav}
</header>
<main id="main" tabindex="-1">
${options.main}
</main>
<footer class="guide-foot"><p>${options.madeFrom}</p></footer>
</body>
</html>
`;
}

/** A CSS string: `"…"` with `"`, `\` and `<` escaped (it is inside a <style> element). */
const cssString = (text: string) =>
  `"${text.replace(/[\\"<]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** `Page {page} of {pages}` as CSS content: its words around the printer's two counters. */
function pageOf(w: GuideWords): string {
  const marked = w.t('guide.frame.pageOf', { page: '\uE000', pages: '\uE001' });
  return marked
    .split(/(\uE000|\uE001)/)
    .filter(Boolean)
    .map((part) =>
      part === '\uE000' ? 'counter(page)' : part === '\uE001' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

/** A top-level section of a guide: its `h2` names it for assistive technology too. */
export function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${esc(title)}</h2>\n${body}\n</section>`;
}

/** A signed change as the guide prints it (and the presenter's console): `+6`, `−3`, `±0`. */
export function signed(x: number): string {
  const r = Math.round(x);
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '±0';
}

/** A range as `12–30`, or `12` when it is one value (`num`: the language's numbers). */
export function span(r: { min: number; max: number }, num: (n: number) => string = String): string {
  const a = Math.round(r.min);
  const b = Math.round(r.max);
  return a === b ? num(a) : `${num(a)}–${num(b)}`;
}
