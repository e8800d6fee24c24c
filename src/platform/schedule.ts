/**
 * Scheduling against the page's frames: when it is idle, and after it has painted. The one place
 * the game waits for the browser (the controller, the page, sound and the stage all use these).
 */

/**
 * Resolves when the page is idle: no input waiting, the frame drawn (where requestIdleCallback is
 * missing, as in Safari, a moment later).
 */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve())
      : setTimeout(resolve, 50),
  );
}

/** Resolves after the page has painted what is on screen now (the next frame, then a task). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
