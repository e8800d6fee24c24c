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

/**
 * Resolves once the frame that shows what an input handler just changed has been drawn: the next
 * frame, then a task (as afterPaint). The work after it no longer holds that paint back, which is
 * what interaction to next paint measures (web.dev, "Optimize Interaction to Next Paint": "yield
 * to allow rendering work to occur sooner" — requestAnimationFrame, then setTimeout). Not
 * scheduler.yield(): its continuation runs ahead of other tasks, and nothing makes the browser
 * render in between. Where no frame comes (a hidden tab) it resolves `fallbackMs` later anyway,
 * so a choice is never left waiting for a paint that will not happen.
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(finish, fallbackMs);
    requestAnimationFrame(() => setTimeout(finish, 0));
  });
}

interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a new task, so a long piece of work split here lets input and frames in between:
 * scheduler.yield() where the browser has it (Chromium 129 and later: the rest of the work
 * keeps its place ahead of other queued tasks), otherwise a MessageChannel message (a task without
 * setTimeout's clamping to 4 ms after nesting).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
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
