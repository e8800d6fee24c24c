/**
 * The game controller: the one place that turns a learner's action into store changes.
 *
 * Loads a story from the catalog, runs a Session, saves progress after every choice, resumes a
 * saved play-through when the learner comes back, and records each finished attempt in the
 * learner's profile. Every failure — a story that does not load, an author error in the ink,
 * a runtime error, storage that refuses — becomes a problem or notice with cause and fix, never
 * a blank screen and never a lost record. Views call these methods; they never call ink or the model.
 */
import { restoreSession, type Persistence } from '../persist/index.ts';
import { StoryRuntimeError } from '../story/runner.ts';
import type { GameStore, Notice, ProblemReport } from '../store/game-store.ts';
import { Session, type SessionOptions } from './session.ts';
import type { LoadedStory, SessionView } from './types.ts';

export interface Game {
  /** Open a story: resumes its saved play-through unless `fresh` is set. */
  start(storyId: string, options?: SessionOptions & { fresh?: boolean }): Promise<void>;
  choose(index: number): void;
  restart(): Promise<void>;
  /** Start the current story afresh and replay `path`: "replay from this moment". */
  replayFrom(path: readonly number[]): Promise<void>;
  toMenu(): void;
  /** Another tab saved this story: load its progress instead of ours. */
  reloadFromOtherTab(): Promise<void>;
  dismissNotice(): void;
  openProfile(): void;
  openModule(moduleId: string): void;
  /** Re-read the learner's record and saves (after another tab changed them). */
  refreshRecord(): void;
  exportProfile(): string | null;
  importProfile(text: string): void;
  /** Write any save still waiting (call on pagehide). */
  flushSaves(): void;
  /** The running session (for tests and the debrief); null on the menu. */
  readonly session: Session | null;
}

export interface GameHooks {
  /** Called after every choice with the new view (LMS reporting listens here). */
  onChoice?(view: SessionView, choiceText: string): void;
  /** Called once when a play-through reaches an ending. */
  onFinish?(view: SessionView): void;
}

export function createGame(
  store: GameStore,
  persistence: Persistence | null = null,
  hooks: GameHooks = {},
): Game {
  let session: Session | null = null;
  let startedWith: { id: string; options: SessionOptions } | null = null;
  let recorded = false;

  const fail = (problem: ProblemReport, error?: unknown) => {
    console.error(`[Rapport] ${problem.title}: ${problem.detail}`, error ?? '');
    store.setState({ problem });
  };
  const notify = (notice: Notice | null) => store.setState({ notice });

  const refreshRecord = () => {
    if (!persistence) return;
    const { profile } = persistence.record.load();
    const saved = persistence.saves.list().saves.map((s) => s.storyId);
    store.setState({ profile, saved });
  };

  const show = (s: Session) => {
    session = s;
    recorded = false;
    store.setState((st) => ({ screen: 'play', session: s.current, runId: st.runId + 1, problem: null }));
  };

  const save = (s: Session) => {
    if (!persistence) return;
    const view = s.current;
    if (view.ended) return;
    const written = persistence.saves.write({
      storyId: s.story.id,
      contentHash: s.story.hash,
      path: view.path,
      choiceSources: view.taken.map((t) => t.source),
      choiceTexts: view.taken.map((t) => t.text),
      ...(startedWith?.options.startAt ? { startAt: startedWith.options.startAt } : {}),
    });
    if (!written.ok) {
      const conflict = written.problem.kind === 'conflict';
      notify({
        kind: 'warning',
        text: written.problem.message,
        actions: conflict ? ['reload', 'dismiss'] : ['dismiss'],
      });
    }
  };

  // Saving waits until after the next line is painted (a choice must feel instant); a pending
  // save is written at the latest on pagehide (flushSaves).
  let pendingSave: Session | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  const flushSaves = () => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    const s = pendingSave;
    pendingSave = null;
    if (s) save(s);
  };
  const scheduleSave = (s: Session) => {
    pendingSave = s;
    saveTimer ??= setTimeout(flushSaves, 0);
  };

  const finish = (s: Session) => {
    const view = s.current;
    if (!view.ended || recorded) return;
    recorded = true;
    hooks.onFinish?.(view);
    if (!persistence) return;
    const result = persistence.record.recordAttempt(s.story.id, {
      date: new Date().toISOString(),
      ending: view.ending?.id ?? 'end',
      endingTitle: view.ending?.title ?? 'The end',
      score: view.outcome?.score ?? 0,
      rapport: view.outcome?.rapport ?? 0,
      trust: view.outcome?.trust ?? 0,
      path: view.path,
      choiceSources: view.taken.map((t) => t.source),
    });
    if (!result.ok) notify({ kind: 'warning', text: result.problem.message, actions: ['dismiss'] });
    persistence.saves.clear(s.story.id);
    refreshRecord();
  };

  /** Resume a saved play-through of `story`, or null to start fresh (with a notice why). */
  const resume = (story: LoadedStory, options: SessionOptions): Session | null => {
    if (!persistence) return null;
    const loaded = persistence.saves.load(story.id);
    if (loaded.status === 'none') return null;
    if (loaded.status !== 'found') {
      notify({ kind: 'warning', text: loaded.problem.message, actions: ['dismiss'] });
      return null;
    }
    const restored = restoreSession(loaded.snapshot, story, (st, o) => new Session(st, { ...options, ...o }));
    if (!restored.ok) {
      notify({ kind: 'warning', text: restored.message, actions: ['dismiss'] });
      persistence.saves.clear(story.id);
      return null;
    }
    if (restored.session.current.path.length === 0) return null;
    notify({
      kind: 'info',
      text: restored.notice ?? 'Welcome back — you are where you left off.',
      actions: ['restart', 'dismiss'],
    });
    return restored.session;
  };

  const game: Game = {
    get session() {
      return session;
    },
    flushSaves,
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
      const { fresh, ...sessionOptions } = options;
      store.setState({ screen: 'loading', current: entry, session: null, problem: null, notice: null });
      try {
        const story = await entry.load();
        startedWith = { id: storyId, options: sessionOptions };
        if (fresh) persistence?.saves.clear(storyId);
        const resumed = fresh ? null : resume(story, sessionOptions);
        if (!resumed && persistence && !persistence.status().available) {
          notify({
            kind: 'warning',
            text: persistence.status().problem?.message ?? 'Progress will not be kept.',
            actions: ['dismiss'],
          });
        }
        const s = resumed ?? new Session(story, sessionOptions);
        show(s);
        if (!resumed) save(s);
      } catch (e) {
        session = null;
        fail(describe(e, entry.title), e);
      }
    },
    choose(index) {
      if (!session) return;
      const choiceText = session.current.choices[index]?.text;
      try {
        const view = session.choose(index);
        store.setState({ session: view });
        if (choiceText !== undefined) hooks.onChoice?.(view, choiceText);
        if (view.ended) {
          pendingSave = null;
          finish(session);
        } else scheduleSave(session);
      } catch (e) {
        if (e instanceof RangeError) return; // a stale key press: nothing to do
        fail(describe(e, store.getState().current?.title ?? 'This story'), e);
      }
    },
    async restart() {
      if (startedWith) await game.start(startedWith.id, { ...startedWith.options, fresh: true });
    },
    async replayFrom(path) {
      if (!session || !startedWith) return;
      try {
        const fresh = new Session(session.story, startedWith.options);
        for (const index of path) fresh.choose(index);
        show(fresh);
        save(fresh);
      } catch (e) {
        fail(describe(e, store.getState().current?.title ?? 'This story'), e);
      }
    },
    async reloadFromOtherTab() {
      if (!startedWith || !persistence) return;
      persistence.saves.reload(startedWith.id);
      await game.start(startedWith.id, startedWith.options);
    },
    dismissNotice() {
      notify(null);
    },
    toMenu() {
      session = null;
      refreshRecord();
      store.setState({ screen: 'menu', current: null, session: null, problem: null, notice: null });
    },
    openProfile() {
      session = null;
      refreshRecord();
      store.setState({ screen: 'profile', current: null, session: null, problem: null });
    },
    openModule(moduleId) {
      session = null;
      refreshRecord();
      store.setState({ screen: 'module', moduleId, current: null, session: null, problem: null });
    },
    refreshRecord,
    exportProfile() {
      return persistence ? persistence.exportProfile() : null;
    },
    importProfile(text) {
      if (!persistence) return;
      const result = persistence.importProfile(text);
      if (result.ok) {
        const s = result.summary;
        notify({
          kind: 'info',
          text: `Imported ${s.attemptsAdded} attempt(s) and ${s.savesAdded.length} saved play-through(s)${s.problems.length ? ` — ${s.problems.length} item(s) set aside` : ''}.`,
          actions: ['dismiss'],
        });
      } else {
        notify({
          kind: 'warning',
          text: `${result.message} ${result.errors.slice(0, 3).join('; ')}`,
          actions: ['dismiss'],
        });
      }
      refreshRecord();
    },
  };
  return game;
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
