/**
 * Sound on the page, at no cost to the first line: nothing of the sound system is loaded until the
 * learner's first gesture (a press, a key), which is also what browsers require before audio may
 * start. Then `sound-live.ts` (the director, the sound desk, howler on demand) takes over. Its code
 * is fetched a few seconds after start-up, when the page is idle, so the first gesture finds it.
 */
import type { GameStore } from '../../app/stores/game-store.ts';
import type { SettingsStore } from '../../app/stores/settings.ts';
import { afterPaint, whenIdle } from '../../platform/schedule.ts';

export function wireSound(store: GameStore, settings: SettingsStore): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  const load = () => import('./running.ts');
  const start = (event: Event) => {
    // A link leaves the page: loading sound now would only be cut off by the navigation.
    if (event.target instanceof Element && event.target.closest('a[href]')) return;
    removeEventListener('pointerdown', start, true);
    removeEventListener('keydown', start, true);
    // After the press has been answered on screen, and once the page is idle: starting the sound
    // desk (howler, the audio context) in the same task made the first choice's next line ~10 ms
    // later, and right after the paint it ran beside the choice's step (views/shared/play.ts),
    // holding up the key's release. Even asking for the code waits for that paint: the import
    // adds a preload link per chunk to the page, 2-5 ms of the press's own handling at 4x CPU
    // throttle. The browser still counts the press as the gesture that lets audio start (sticky
    // activation).
    afterPaint()
      .then(load)
      .then((m) => whenIdle({ timeout: 500, otherwiseAfter: 0 }).then(() => m))
      .then((m) => {
        if (!stopped) stop = m.startSound(store, settings);
      })
      .catch((e: unknown) => console.warn('[Rapport] Sound could not load; the game plays on silently.', e));
  };
  addEventListener('pointerdown', start, true);
  addEventListener('keydown', start, true);
  const early = setTimeout(() => {
    void whenIdle({ otherwiseAfter: 0 }).then(() => load().catch(() => {}));
  }, 3000);
  return () => {
    stopped = true;
    clearTimeout(early);
    removeEventListener('pointerdown', start, true);
    removeEventListener('keydown', start, true);
    stop?.();
  };
}
