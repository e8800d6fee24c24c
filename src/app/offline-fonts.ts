/**
 * The CJK faces (build/fonts/) kept for offline play: once the service worker is active, each face
 * this page has fetched goes into the worker's font cache, which answers for it from then on
 * (vite.config.ts). Only what the page fetched is kept — the faces of the learner's language, and
 * only when their system had no CJK font of its own — so an English learner keeps none. The worker
 * keeps what it fetches itself; this covers the first visit, whose page the worker does not yet
 * control.
 */

/** The worker's cache of the faces (vite.config.ts's runtime caching names it too). */
export const FONT_CACHE = 'rapport-fonts';

/** A bundled face's address: `<base>fonts/rapport-<lang>-<weight>-<hash>.woff2`. */
export function isBundledFace(url: string): boolean {
  return /\/fonts\/[^/]+\.woff2$/.test(new URL(url).pathname);
}

/** Keep the faces fetched so far, and those fetched later (a bold face first drawn in a scene). */
export function keepFetchedFonts(): void {
  if (typeof caches === 'undefined') return;
  const keep = () => {
    const urls = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter(isBundledFace);
    if (urls.length === 0) return;
    void caches
      .open(FONT_CACHE)
      .then(async (cache) => {
        for (const url of urls) if (!(await cache.match(url))) await cache.add(url);
      })
      .catch((e: unknown) => console.warn('[Rapport] A font could not be kept for offline play:', e));
  };
  keep();
  document.fonts.addEventListener('loadingdone', keep);
}
