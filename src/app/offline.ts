/**
 * Offline play: registers the service worker (precached by vite-plugin-pwa) once the first line
 * is on screen and the page is idle, so it never delays the first line. When a new deployment is
 * ready, the learner is asked ("update available") instead of the game changing under them
 * mid-scenario. Once the worker is active, the CJK faces the page fetched are kept for offline play
 * too (offline-fonts.ts).
 */
import { whenIdle } from '../platform/schedule.ts';
export function registerOffline(
  onUpdateReady: (apply: () => void) => void,
  /** Not before this (the first line and its choices on screen): the page is often idle before. */
  after: Promise<unknown> = Promise.resolve(),
): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const start = () =>
    import('virtual:pwa-register')
      .then(({ registerSW }) => {
        const update = registerSW({
          immediate: false,
          onNeedRefresh: () => onUpdateReady(() => void update(true)),
          onRegisterError: (e: unknown) => console.warn('[Rapport] Offline play is not available:', e),
        });
        void navigator.serviceWorker.ready
          .then(() => import('./offline-fonts.ts'))
          .then((fonts) => fonts.keepFetchedFonts());
      })
      .catch((e) => console.warn('[Rapport] Offline play is not available:', e));
  void after
    .catch(() => {})
    .then(() => whenIdle({ timeout: 5000, otherwiseAfter: 2000 }))
    .then(start);
}
