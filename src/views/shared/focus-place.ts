/**
 * The learner's place when a screen is drawn again under them (their record changed in another
 * tab, the page's language changed): which control had the focus, and its counterpart in the new
 * drawing. Without it the focus falls to the page's top, and a keyboard or screen-reader user
 * starts over from the first link.
 */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
/** Attributes that name what a control is for, the same in every drawing of a screen. */
const NAMING = ['id', 'data-story', 'data-module', 'data-index', 'name', 'href'];

/**
 * Note the focused control inside `root`; the function returned focuses its counterpart once the
 * screen is drawn again (does nothing when the control is still on the page, or focus moved on).
 */
export function keepFocus(root: HTMLElement): () => void {
  const was = document.activeElement;
  if (!(was instanceof HTMLElement) || !root.contains(was)) return () => {};
  const selector = selectorOf(was);
  const nthMatch = [...root.querySelectorAll(selector)].indexOf(was);
  const nthFocusable = [...root.querySelectorAll(FOCUSABLE)].indexOf(was);
  return () => {
    if (was.isConnected) return;
    const now = document.activeElement;
    if (now && now !== document.body && now !== document.documentElement) return; // focus moved on
    const again =
      root.querySelectorAll<HTMLElement>(selector)[nthMatch] ??
      root.querySelectorAll<HTMLElement>(FOCUSABLE)[nthFocusable];
    if (again && again.tagName === was.tagName) again.focus({ preventScroll: true });
  };
}

function selectorOf(el: HTMLElement): string {
  const named = NAMING.filter((a) => el.hasAttribute(a)).map(
    (a) => `[${a}="${CSS.escape(el.getAttribute(a) ?? '')}"]`,
  );
  return el.tagName.toLowerCase() + named.join('');
}
