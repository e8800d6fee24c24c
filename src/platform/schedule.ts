/**
 * Scheduling against the page's frames: the next frame, after it has painted, and when it is idle.
 * The one place the game waits for the browser (the controller, the page, sound, the stage and the
 * service worker all use these), so each fallback for a browser without requestIdleCallback (Safari)
 * is decided here.
 */

export interface IdleOptions {
  /** Run at the latest this many ms later, idle or not (requestIdleCallback's `timeout`). */
  timeout?: number;
  /** Where requestIdleCallback is missing: wait this many ms instead (default 50). */
  otherwiseAfter?: number;
}

/**
 * Resolves when the page is idle: no input waiting, the frame drawn (where requestIdleCallback is
 * missing, as in Safari, `otherwiseAfter` ms later).
 */
export function whenIdle(options: IdleOptions = {}): Promise<void> {
  return new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(
          () => resolve(),
          options.timeout === undefined ? {} : { timeout: options.timeout },
        )
      : setTimeout(resolve, options.otherwiseAfter ?? 50),
  );
}

/** Resolves at the start of the next frame, before it is painted (requestAnimationFrame). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Resolves after the page has painted what is on screen now (the next frame, then a task). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Timers behind an interface, so a test can run time by hand (a fake) instead of waiting. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real clock's timers. */
export const realTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
