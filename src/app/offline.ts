/**
 * Offline play: registers the service worker (precached by vite-plugin-pwa) once the page is
 * idle, so it never delays the first line. When a new deployment is ready, the learner is asked
 * ("update available") instead of the game changing under them mid-scenario.
 */
export function registerOffline(onUpdateReady: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const start = () =>
    import('virtual:pwa-register')
      .then(({ registerSW }) => {
        const update = registerSW({
          immediate: false,
          onNeedRefresh: () => onUpdateReady(() => void update(true)),
          onRegisterError: (e: unknown) => console.warn('[Rapport] Offline play is not available:', e),
        });
      })
      .catch((e) => console.warn('[Rapport] Offline play is not available:', e));
  if ('requestIdleCallback' in window) requestIdleCallback(() => start(), { timeout: 5000 });
  else setTimeout(start, 2000);
}
