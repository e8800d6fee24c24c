/**
 * Rehearsal: play a story once on the side, in idle moments (a step, or a few milliseconds of one,
 * in each), and drop it. The first time a part of ink's runtime or the model runs, the JavaScript
 * engine compiles it, and a press that met new kinds of ink (a new scene's tunnels, a function, a
 * list) paid for it: up to 10 ms of a 16 ms frame. Played through once, every press after finds
 * the code compiled. Choices rotate (the first, the second…) so more of the story's kinds of
 * content are met. Once per story and page; it stops when the learner leaves the story, and the
 * next start of that story rehearses it again. `make` gives the side session: from the learner's
 * opening where there is one, so that making it runs no ink and the first idle moment stays short
 * (the first step is the first run of ink).
 */
import type { Session } from '../core/session/session.ts';
import type { LoadedStory } from '../core/session/types.ts';

/** At most this many steps (a story whose choices loop would never end). */
const REHEARSAL_STEPS = 60;

/**
 * A step runs a line at a time, and waits for the next idle moment once this much time has gone
 * in one: a step is 8-33 ms (30-130 ms at 4x CPU throttle), and a key pressed during one waited
 * for all of it (bench/STAGE.md, session 16).
 */
const SLICE_MS = 4;

export class Rehearsal {
  /** Stories rehearsed on the side on this page. */
  private readonly done = new Set<string>();

  constructor(
    private readonly whenIdle: () => Promise<void>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Rehearse `story` with sessions made by `make`, while `stillHere()` says the learner is on it. */
  async run(story: LoadedStory, make: () => Session, stillHere: () => boolean): Promise<void> {
    if (this.done.has(story.id)) return;
    this.done.add(story.id);
    const left = () => {
      if (stillHere()) return false;
      this.done.delete(story.id); // left early: the next start of this story rehearses it
      return true;
    };
    try {
      await this.whenIdle();
      if (left()) return;
      const side = make();
      // ink's check of the story's externals, a walk over the whole story, in a moment of its own:
      // with the first run of ink it made the first step one task of 15-75 ms.
      await this.whenIdle();
      if (left()) return;
      side.prepare();
      for (let step = 0; step < REHEARSAL_STEPS && !side.current.ended; step++) {
        const count = side.current.choices.length;
        if (count === 0) return;
        await this.whenIdle();
        if (left()) return;
        const lines = side.chooseInSteps(step % count);
        let since = this.now();
        while (!lines.next().done) {
          if (this.now() - since < SLICE_MS) continue;
          await this.whenIdle();
          if (left()) return;
          since = this.now();
        }
      }
    } catch {
      // the real session reports any story error when it gets there
    }
  }
}
