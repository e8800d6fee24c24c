/**
 * The game controller: the one place that turns a learner's action into store changes.
 * Loads a story from the catalog, runs a Session, and reports every failure — a story that does
 * not load, an author error in the ink, a runtime error — as a problem with cause and fix,
 * never a blank screen. Views call these methods; they never call ink or the model.
 */
import { StoryRuntimeError } from '../story/runner.ts';
import type { GameStore, ProblemReport } from '../store/game-store.ts';
import { Session, type SessionOptions } from './session.ts';

export interface Game {
  start(storyId: string, options?: SessionOptions): Promise<void>;
  choose(index: number): void;
  restart(): Promise<void>;
  /** Start the current story afresh and replay `path`: "replay from this moment". */
  replayFrom(path: readonly number[]): Promise<void>;
  toMenu(): void;
  /** The running session (for tests and the debrief); null on the menu. */
  readonly session: Session | null;
}

export function createGame(store: GameStore): Game {
  let session: Session | null = null;
  let startedWith: { id: string; options: SessionOptions } | null = null;

  const fail = (problem: ProblemReport, error?: unknown) => {
    console.error(`[Rapport] ${problem.title}: ${problem.detail}`, error ?? '');
    store.setState({ problem });
  };

  return {
    get session() {
      return session;
    },
    async start(storyId, options = {}) {
      const entry = store.getState().catalog.find((e) => e.id === storyId);
      if (!entry) {
        fail({
          title: 'That scenario does not exist',
          detail: `No story with the id "${storyId}" is in the catalog.`,
          fix: 'Choose a scenario from the menu.',
        });
        return;
      }
      if (entry.error) {
        fail({
          title: `“${entry.title}” has an error in its ink`,
          detail: entry.error,
          fix: 'Fix the line named above in the .ink file (open it in Inky to see it in place), then reload.',
        });
        return;
      }
      store.setState({ screen: 'loading', current: entry, session: null, problem: null });
      try {
        const story = await entry.load();
        session = new Session(story, options);
        startedWith = { id: storyId, options };
        store.setState((s) => ({ screen: 'play', session: session!.current, runId: s.runId + 1 }));
      } catch (e) {
        session = null;
        fail(describe(e, entry.title), e);
      }
    },
    choose(index) {
      if (!session) return;
      try {
        store.setState({ session: session.choose(index) });
      } catch (e) {
        if (e instanceof RangeError) return; // a stale key press: nothing to do
        fail(describe(e, store.getState().current?.title ?? 'This story'), e);
      }
    },
    async restart() {
      if (startedWith) await this.start(startedWith.id, startedWith.options);
    },
    async replayFrom(path) {
      if (!session || !startedWith) return;
      try {
        const fresh = new Session(session.story, startedWith.options);
        for (const index of path) fresh.choose(index);
        session = fresh;
        store.setState((s) => ({
          screen: 'play',
          session: fresh.current,
          runId: s.runId + 1,
          problem: null,
        }));
      } catch (e) {
        fail(describe(e, store.getState().current?.title ?? 'This story'), e);
      }
    },
    toMenu() {
      session = null;
      store.setState({ screen: 'menu', current: null, session: null, problem: null });
    },
  };
}

function describe(e: unknown, title: string): ProblemReport {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof StoryRuntimeError || (e instanceof Error && e.name === 'AuthorError')) {
    return {
      title: `“${title}” stopped with an error in its story`,
      detail: message,
      fix: 'This is a mistake in the scenario’s ink, not in what you did. Tell the scenario’s author (the message names the place); run `npm run stories` to check every path.',
    };
  }
  if (/Failed to fetch|Loading chunk|dynamically imported module/i.test(message)) {
    return {
      title: `“${title}” could not be loaded`,
      detail: message,
      fix: 'Check your connection and reload the page.',
    };
  }
  return { title: `“${title}” stopped unexpectedly`, detail: message, fix: 'Reload the page and try again.' };
}
