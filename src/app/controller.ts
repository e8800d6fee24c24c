/**
 * The game controller: the one place that turns a learner's action into store changes.
 *
 * Loads a story from the catalog, runs a Session, saves progress after every choice, resumes a
 * saved play-through when the learner comes back, and records each finished attempt in the
 * learner's profile. Every failure — a story that does not load, an author error in the ink,
 * a runtime error, storage that refuses — becomes a problem or notice with cause and fix, never
 * a blank screen and never a lost record. Views call these methods; they never call ink or the model.
 *
 * A new play-through opens on the story's build-time opening (its first lines and choices, a few
 * kB): the page shows it at once, while inkjs, the model and the story load behind it; the session
 * then continues from exactly that state. A choice pressed before then is taken as soon as the
 * session is there. What is written about a play-through (saves, the learner's record) is the
 * keeper's (keeper.ts).
 */
import type { Persistence } from './persist/index.ts';
import type { PersistenceSource } from './persist/later.ts';
import { scenarioOf } from './persist/profile-read.ts';
import type { CatalogEntry } from './catalog.ts';
import type { CheckPhase, ModuleChecks } from '../core/modules/checks.ts';
import type { GameState, GameStore, Notice, ProblemReport } from './stores/game-store.ts';
import { createKeeper } from './keeper.ts';
import { describeProblem } from './problem-words.ts';
import { Rehearsal } from './rehearsal.ts';
import { yieldToMain } from '../platform/schedule.ts';
import type { Session, SessionOptions, StoryOpening } from '../core/session/session.ts';
import type { SessionView } from '../core/session/types.ts';
import type { StoryTextSource } from './story-language.ts';

/** inkjs, the model and the session: loaded with the first story, not before the first line. */
type Engine = typeof import('./engine.ts');
let engineLoad: Promise<Engine> | null = null;
const loadEngine = (): Promise<Engine> => {
  const started = (engineLoad ??= import('./engine.ts'));
  started.catch(() => (engineLoad = null)); // a failed load is tried again next time
  return started;
};

export interface Game {
  /** Open a story: resumes its saved play-through unless `fresh` is set. */
  start(storyId: string, options?: SessionOptions & { fresh?: boolean }): Promise<void>;
  /** Resolves once the session behind the screen can take a choice (at once if it can). */
  whenReady(): Promise<void>;
  /**
   * Take choice `index` now (or, behind an opening, once the session is there). False when it is
   * not taken: no longer offered (a stale press), or the step failed (the problem is reported).
   */
  choose(index: number): boolean;
  restart(): Promise<void>;
  /**
   * Show a story's last ending and its debrief again (its address, reloaded or shared): the last
   * attempt in the learner's record replayed. Without one — or when the story has changed so that
   * it no longer ends that way — the story opens as from the menu.
   */
  review(storyId: string): Promise<void>;
  /** Start the current story afresh and replay `path`: "replay from this moment". */
  replayFrom(path: readonly number[]): Promise<void>;
  toMenu(): void;
  /** Another tab saved this story: load its progress instead of ours. */
  reloadFromOtherTab(): Promise<void>;
  dismissNotice(): void;
  /**
   * Show a problem the page itself met (a screen's code that did not load, an uncaught error).
   * Every surface reports through here: the controller is the only writer of the game store.
   */
  report(problem: ProblemReport): void;
  /** Show a notice over the page (a new version ready, an LMS that refused to start), or clear it. */
  notify(notice: Notice | null): void;
  openProfile(): void;
  openModule(moduleId: string): void;
  /** Show a module's opening or closing situational-judgement check. */
  openCheck(moduleId: string, phase: CheckPhase): void;
  /** A module's checks in the learner's language (null: the module has none). */
  loadChecks(moduleId: string): Promise<ModuleChecks | null>;
  /** Record a check's answers (item ids and the response chosen for each, 0-based). */
  answerCheck(
    moduleId: string,
    phase: CheckPhase,
    items: readonly string[],
    answers: readonly number[],
  ): void;
  /** Re-read the learner's record and saves (after another tab changed them). */
  refreshRecord(): Promise<void>;
  exportProfile(): Promise<string | null>;
  importProfile(text: string): Promise<void>;
  /** Write any save still waiting (call on pagehide). */
  flushSaves(): void;
  /**
   * Show the stories in the learner's language as it is now (`GameHooks.text`): the menu's titles
   * and summaries, and the story on screen at the same place. Call it when the language changes.
   */
  applyLanguage(): Promise<void>;
  /** The running session (for tests and the debrief); null on the menu. */
  readonly session: Session | null;
}

/**
 * How the controller waits for the page. What happens in the game (a choice, an ending, a resume)
 * is in the game store: saves, the LMS and sound follow it by subscribing (e.g. LmsAttempt.watch).
 */
export interface GameHooks {
  /**
   * Resolves once the page has painted what is on screen (the page passes one built on
   * requestAnimationFrame). Behind an opening, the engine and the story are asked for then, and
   * the session is built in the task after: neither delays the first line. Default: the next task.
   */
  nextFrame?(): Promise<void>;
  /**
   * Resolves when the page has nothing more urgent to do (the page passes one built on
   * requestIdleCallback): the story is rehearsed on the side then, a step at a time. Default: the
   * next task.
   */
  whenIdle?(): Promise<void>;
  /** The story text in the learner's language (app/story-language.ts); absent: English. */
  text?: StoryTextSource;
}

export function createGame(
  store: GameStore,
  persistence: Persistence | PersistenceSource | null = null,
  hooks: GameHooks = {},
): Game {
  let session: Session | null = null;
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const nextFrame = hooks.nextFrame ?? nextTask;
  const whenIdle = hooks.whenIdle ?? nextTask;
  const rehearsal = new Rehearsal(whenIdle);
  const keeper = createKeeper(store, persistence, nextFrame);
  const texts = hooks.text ?? null;
  /** The language the stories are shown in (null: English), and the menu as the build wrote it. */
  let language = texts?.language() ?? null;
  const englishCatalog = store.getState().catalog;
  const englishModules = store.getState().modules;
  const tableOf = (storyId: string) => texts?.text(storyId, language) ?? Promise.resolve(null);
  let startedWith: { id: string; options: SessionOptions } | null = null;
  const startAt = () => startedWith?.options.startAt;

  const fail = (problem: ProblemReport, error?: unknown) => {
    console.error(`[Rapport] ${problem.title}: ${problem.detail}`, error ?? '');
    store.setState({ problem });
  };
  const notify = (notice: Notice | null) => store.setState({ notice });

  const show = (s: Session) => {
    session = s;
    keeper.newRun();
    store.setState((st) => ({ screen: 'play', session: s.current, runId: st.runId + 1, problem: null }));
  };

  /** Which start is the latest: a slower earlier one must not take over the screen. */
  let runs = 0;
  /** The session being made behind an opening on screen. */
  let pending: Promise<Session | null> | null = null;
  let queued = false;
  const leave = () => {
    runs++;
    session = null;
    pending = null;
  };
  /** Leave the play screen for `screen`, with the learner's record fresh. */
  const away = (state: Partial<GameState>) => {
    leave();
    void keeper.refreshRecord();
    store.setState({ current: null, session: null, problem: null, ...state });
  };

  /** `view`: the opening's view as painted (in the learner's language). */
  const showOpening = (view: SessionView) => {
    keeper.newRun();
    store.setState((st) => ({ screen: 'play', session: view, runId: st.runId + 1, problem: null }));
  };

  /** The session behind an opening: same screen, same view, now able to take a choice. */
  const continueOpening = async (run: number, storyId: string, shown: Opening): Promise<Session | null> => {
    const entry = store.getState().catalog.find((e) => e.id === storyId)!;
    await nextFrame();
    if (run !== runs) return null;
    // The persistence comes with the engine: a choice is never taken before it can be saved.
    const [{ Session, buildInParts }, story, text, opening] = await Promise.all([
      loadEngine(),
      entry.load(),
      tableOf(storyId),
      shown.opening(),
      keeper.ready(),
    ]);
    // The engine's modules have just been evaluated and the story's JSON parsed: ink's content is
    // built a part per task (one task of 46-62 ms on this machine without a GPU), the session made
    // in a task of its own, and the screen drawn again (if it must be) in the next (bench/STAGE.md).
    await yieldToMain();
    await buildInParts(story.json, yieldToMain);
    if (run !== runs) return null;
    const s = opening ? Session.fromOpening(story, opening, text) : new Session(story, { text });
    session = s;
    // It differs when the opening was made from another version of the story (a dev edit), and in
    // another language (the whole table now, not just the opening's strings: the same words).
    if (s.english !== opening?.view || text) {
      await yieldToMain();
      if (run !== runs) return null;
      store.setState({ session: s.current });
    }
    keeper.save(s, startAt());
    // A session continued from an opening has not run ink yet: the learner's first press would
    // pay for ink's check of the story's externals (~4 ms). After the next paint, make the check
    // on the real session, then rehearse the story on the side, from the same opening: made from
    // the top instead, the side session's first run of ink was one idle task of 16-63 ms.
    void nextFrame().then(() => {
      if (run !== runs || s.current.path.length > 0) return;
      try {
        s.prepare();
      } catch (e) {
        fail(describeProblem(e, entry.title), e);
        return;
      }
      void rehearsal.run(
        story,
        () => (opening ? Session.fromOpening(story, opening) : new Session(story)),
        () => run === runs,
      );
    });
    return s;
  };

  const game: Game = {
    get session() {
      return session;
    },
    flushSaves: keeper.flush,
    async whenReady() {
      await pending?.catch(() => {});
    },
    async start(storyId, options = {}) {
      const entry = store.getState().catalog.find((e) => e.id === storyId);
      if (!entry) {
        fail({
          title: 'That scenario does not exist',
          detail: `No story with the id "${storyId}" is in the catalog.`,
          fix: 'Choose a scenario from the menu.',
          words: {
            title: { key: 'problem.scenario.missing.title' },
            fix: { key: 'problem.scenario.missing.fix' },
          },
        });
        return;
      }
      if (entry.error) {
        fail({
          title: `“${entry.title}” has an error in its ink`,
          detail: entry.error,
          fix: 'Fix the line named above in the .ink file (open it in Inky to see it in place), then reload.',
          words: {
            title: { key: 'problem.scenario.inkError.title', params: { title: entry.title } },
            fix: { key: 'problem.scenario.inkError.fix' },
          },
        });
        return;
      }
      const { fresh, ...sessionOptions } = options;
      const run = ++runs;
      pending = null;
      session = null;
      // Starting the story already on screen again (play again) keeps that screen until the new
      // run is there — it is a moment away, and the page keeps its stage for it.
      const again = store.getState().screen === 'play' && store.getState().current?.id === storyId;
      if (again) store.setState({ problem: null, notice: null });
      else store.setState({ screen: 'loading', current: entry, session: null, problem: null, notice: null });
      try {
        startedWith = { id: storyId, options: sessionOptions };
        if (fresh) await keeper.clear(storyId);
        const saved = await keeper.load(storyId);
        if (run !== runs) return;
        const nothingSaved =
          !saved || saved.status === 'none' || (saved.status === 'found' && saved.snapshot.path.length === 0);
        const shown =
          nothingSaved && !sessionOptions.startAt ? await openingOf(entry, texts, language) : null;
        if (run !== runs) return;
        if (shown) {
          keeper.warnIfUnsaved();
          showOpening(shown.view);
          pending = continueOpening(run, storyId, shown);
          await pending;
          return;
        }
        const [engine, story, text] = await Promise.all([
          loadEngine(),
          entry.load(),
          tableOf(storyId),
          keeper.ready(),
        ]);
        if (run !== runs) return;
        await engine.buildInParts(story.json, yieldToMain);
        if (run !== runs) return;
        // A save replays in English (its words are the English ones), then shows in the language.
        const resumed = fresh ? null : keeper.resume(engine, story, sessionOptions, saved);
        if (!resumed) keeper.warnIfUnsaved();
        const s = resumed ?? new engine.Session(story, sessionOptions);
        s.setText(text);
        show(s);
        if (!resumed) keeper.save(s, startAt());
      } catch (e) {
        if (run !== runs) return;
        session = null;
        fail(describeProblem(e, entry.title), e);
      }
    },
    choose(index) {
      if (!session) {
        // The opening is on screen and the session is still loading: take the first press when it
        // is there (a second press before then would be on choices the learner has not seen yet).
        if (pending && !queued) {
          queued = true;
          const run = runs;
          void pending.then(
            (s) => {
              queued = false;
              if (s && run === runs && session === s) game.choose(index);
            },
            () => (queued = false), // start() reports why the session did not load
          );
          return true;
        }
        return false;
      }
      try {
        const view = session.choose(index);
        store.setState({ session: view });
        if (view.ended) keeper.finished(session);
        else keeper.afterChoice(session, startAt());
        return true;
      } catch (e) {
        if (e instanceof RangeError) return false; // a stale key press: nothing to do
        fail(describeProblem(e, store.getState().current?.title ?? 'This story'), e);
        return false;
      }
    },
    async restart() {
      if (startedWith) await game.start(startedWith.id, { ...startedWith.options, fresh: true });
    },
    async review(storyId) {
      await keeper.refreshRecord();
      const last = scenarioOf(store.getState().profile, storyId).attempts.at(-1);
      const entry = store.getState().catalog.find((e) => e.id === storyId);
      if (!last || !entry || entry.error) return game.start(storyId);
      const run = ++runs;
      pending = null;
      session = null;
      store.setState({ screen: 'loading', current: entry, session: null, problem: null, notice: null });
      try {
        const [{ replay }, story, text] = await Promise.all([loadEngine(), entry.load(), tableOf(storyId)]);
        if (run !== runs) return;
        const replayed = replay(story, last.path, { text });
        if (!replayed.current.ended) return game.start(storyId);
        startedWith = { id: storyId, options: {} };
        show(replayed); // an ending shown again is not a new attempt: nothing is recorded
      } catch (e) {
        if (run !== runs) return;
        fail(describeProblem(e, entry.title), e);
      }
    },
    async replayFrom(path) {
      if (!session || !startedWith) return;
      try {
        const { replay } = await loadEngine();
        const fresh = replay(session.story, path, { ...startedWith.options, strict: true });
        fresh.setText(await tableOf(session.story.id));
        show(fresh);
        keeper.save(fresh, startAt());
      } catch (e) {
        fail(describeProblem(e, store.getState().current?.title ?? 'This story'), e);
      }
    },
    async reloadFromOtherTab() {
      if (!startedWith || !persistence) return;
      keeper.reload(startedWith.id);
      await game.start(startedWith.id, startedWith.options);
    },
    async applyLanguage() {
      language = texts?.language() ?? null;
      const asked = language;
      const storyId = store.getState().current?.id ?? null;
      const [catalog, text, modules] = await Promise.all([
        texts ? texts.catalog(englishCatalog, asked) : englishCatalog,
        storyId ? tableOf(storyId) : null,
        texts ? texts.modules(englishModules, asked) : englishModules,
      ]);
      if (asked !== language) return; // a later change won
      const current = store.getState().current;
      if (catalog !== store.getState().catalog)
        store.setState({
          catalog,
          current: current ? (catalog.find((e) => e.id === current.id) ?? current) : null,
        });
      // The modules' titles, summaries and objectives (the menu's cards, the module summary).
      if (modules.some((m, i) => m !== store.getState().modules[i])) store.setState({ modules });
      // The story on screen, at the same place: the same session, its words in the new language.
      if (session && storyId === session.story.id) {
        if (session.language !== (text?.language ?? null)) store.setState({ session: session.setText(text) });
      } else if (pending && storyId)
        void pending.then((s) => {
          if (s && s === session && asked === language) store.setState({ session: s.setText(text) });
        });
    },
    dismissNotice() {
      notify(null);
    },
    report(problem) {
      store.setState({ problem });
    },
    notify,
    toMenu: () => away({ screen: 'menu', notice: null }),
    openProfile: () => away({ screen: 'profile' }),
    openModule: (moduleId) => away({ screen: 'module', moduleId }),
    openCheck: (moduleId, phase) => away({ screen: 'check', moduleId, checkPhase: phase }),
    async loadChecks(moduleId) {
      const load = store.getState().checks[moduleId];
      if (!load) return null;
      const english = await load();
      return texts ? texts.checks(english, language) : english;
    },
    answerCheck: (moduleId, phase, items, answers) => keeper.recordCheck(moduleId, phase, items, answers),
    refreshRecord: keeper.refreshRecord,
    exportProfile: keeper.exportProfile,
    importProfile: keeper.importProfile,
  };
  return game;
}

/** An opening to paint at once, and the English opening the session continues from. */
interface Opening {
  view: SessionView;
  /** Null: none (the session then starts from the top: the same first screen). */
  opening(): Promise<StoryOpening | null>;
}

/**
 * The entry's build-time opening — as painted in the learner's language when there is one — or
 * null (none made, or it could not load: then play from the top).
 */
async function openingOf(
  entry: CatalogEntry,
  texts: StoryTextSource | null,
  language: string | null,
): Promise<Opening | null> {
  const english = () => entry.opening?.().catch(() => null) ?? Promise.resolve(null);
  try {
    const shown = texts ? await texts.opening(entry.id, language) : null;
    if (shown) return { view: shown.view, opening: english };
    const opening = await english();
    return opening && { view: opening.view, opening: () => Promise.resolve(opening) };
  } catch {
    return null;
  }
}
