/** Tiny DOM helpers: build elements declaratively, never through innerHTML (story text is data). */
import { language } from '../../l10n/index.ts';

type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (key === 'class') el.className = String(value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Replace an element's children, skipping the empty ones (conditional parts of a view). */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

/**
 * `lang` for a story's words (a line, a choice) whose language is not the page's: English left
 * untranslated in a Japanese page (`lang` absent on the view: the story's English), so a screen
 * reader reads it in an English voice.
 */
export function wordsLang(lang: string | undefined): { lang?: string } {
  const theirs = lang ?? 'en';
  return theirs === language() ? {} : { lang: theirs };
}

/**
 * `lang="en"` for a story's words a view shows untranslated in another language (a story with no
 * translation into it), so a screen reader reads them in an English voice.
 */
export function english(entry: { untranslated?: boolean }): { lang?: string } {
  return entry.untranslated ? { lang: 'en' } : {};
}

/**
 * A wide table in a region of its own that scrolls sideways (named, and focusable so a keyboard can
 * scroll it), so that on a 320 px screen, in a long language, the page itself never does (WCAG 1.4.10).
 */
export function tableScroll(name: string, table: HTMLElement): HTMLElement {
  return h('div', { class: 'table-scroll', role: 'region', 'aria-label': name, tabindex: 0 }, table);
}
