/**
 * The controller's record keeper: what is written about a play-through, and when.
 *
 * Saves the play-through after every choice, once the answer is painted (a choice must feel
 * instant); records a finished attempt in the learner's profile and drops its save; resumes a
 * saved play-through or says why it cannot; exports and imports the profile. Every refusal of
 * storage becomes a notice with the cause — progress that cannot be kept is never silent.
 * It writes only the profile, the saves list and notices into the game store; what is on screen
 * is the controller's.
 */
import type { Persistence, SaveLoad } from './persist/index.ts';
import { persistenceNow, type PersistenceSource } from './persist/later.ts';
import type { CheckPhase } from '../core/modules/checks.ts';
import type { GameStore, Notice, Words } from './stores/game-store.ts';
import type { StorageProblem } from '../platform/storage/problems.ts';
import type { Session, SessionOptions } from '../core/session/session.ts';
import type { LoadedStory } from '../core/session/types.ts';

/** What the keeper needs of the engine to resume a save (loaded with the first story). */
export interface ResumeEngine {
  restoreSession: typeof import('./persist/restore.ts').restoreSession;
  Session: typeof import('../core/session/session.ts').Session;
}

export interface Keeper {
  /** Write the play-through's save now (a new run, a resumed one, a replay). */
  save(s: Session, startAt?: string): void;
  /** After a choice: save once the answer is painted. */
  afterChoice(s: Session, startAt?: string): void;
  /** The play-through ended: record the attempt once the ending is painted. */
  finished(s: Session): void;
  /** Write whatever is still waiting (call on pagehide). */
  flush(): void;
  /** A new play-through on screen: it has not been recorded yet. */
  newRun(): void;
  /**
   * The save of `storyId` (null without persistence, or when storage holds none — then the
   * persistence code is not even loaded: the first line does not wait for it).
   */
  load(storyId: string): Promise<SaveLoad | null>;
  clear(storyId: string): Promise<void>;
  /** The persistence loaded (now, if it is not yet): before a choice is taken, so it saves at once. */
  ready(): Promise<void>;
  /** Re-read the save another tab wrote. */
  reload(storyId: string): void;
  /** Resume a saved play-through of `story`, or null to start fresh (with a notice why). */
  resume(
    engine: ResumeEngine,
    story: LoadedStory,
    options: SessionOptions,
    loaded: SaveLoad | null,
  ): Session | null;
  /** Progress will not be kept: say so (storage unavailable). */
  warnIfUnsaved(): void;
  /** Re-read the learner's record and saves into the store. */
  /** Re-read the learner's record and saves into the store (resolves once they are there). */
  refreshRecord(): Promise<void>;
  /** Keep a module check's answers in the learner's record (in memory only when storage is not there). */
  recordCheck(
    moduleId: string,
    phase: CheckPhase,
    items: readonly string[],
    answers: readonly number[],
  ): void;
  exportProfile(): Promise<string | null>;
  importProfile(text: string): Promise<void>;
}

export function createKeeper(
  store: GameStore,
  given: Persistence | PersistenceSource | null,
  nextFrame: () => Promise<void>,
): Keeper {
  const source = given && ('holdsSave' in given ? given : persistenceNow(given));
  /** Run `use` with the persistence: at once when it is loaded, else when it is. */
  const withPersistence = (use: (p: Persistence) => void): Promise<void> => {
    if (!source) return Promise.resolve();
    const p = source.now();
    if (p) {
      use(p);
      return Promise.resolve();
    }
    return source
      .ready()
      .then(use, (e: unknown) =>
        warn(
          'Your progress could not be read or kept: part of the game did not load. Reload the page to try again.',
          { key: 'problem.storage.notLoaded' },
          String(e),
        ),
      );
  };
  const notify = (notice: Notice | null) => store.setState({ notice });
  const warn = (text: string, words?: Words, detail?: string) =>
    notify({
      kind: 'warning',
      text: detail ? `${text} ${detail}` : text,
      ...(words ? { words } : {}),
      ...(detail ? { detail } : {}),
      actions: ['dismiss'],
    });
  const warnOf = (problem: StorageProblem) => warn(problem.message, problem.words);
  let recorded = false;

  const refreshRecord = () =>
    withPersistence((persistence) => {
      const { profile } = persistence.record.load();
      const saved = persistence.saves.list().saves.map((s) => s.storyId);
      // A record read again but unchanged (the first read of a new learner's empty record, another
      // tab's write of something this page does not show) keeps its objects: the menu is not drawn
      // again under the learner's focus for nothing.
      const st = store.getState();
      const sameProfile = JSON.stringify(profile) === JSON.stringify(st.profile);
      const sameSaved = saved.length === st.saved.length && saved.every((id, i) => id === st.saved[i]);
      if (!sameProfile || !sameSaved)
        store.setState({ profile: sameProfile ? st.profile : profile, saved: sameSaved ? st.saved : saved });
    });

  const save = (s: Session, startAt?: string) => {
    const persistence = source?.now();
    if (!persistence) return void (source && withPersistence(() => save(s, startAt)));
    const view = s.current;
    if (view.ended) return;
    const written = persistence.saves.write({
      storyId: s.story.id,
      contentHash: s.story.hash,
      path: view.path,
      choiceSources: view.taken.map((t) => t.source),
      choiceIds: view.taken.map((t) => t.id ?? ''),
      choiceTexts: view.taken.map((t) => t.text),
      ...(startAt ? { startAt } : {}),
    });
    if (!written.ok) {
      const conflict = written.problem.kind === 'conflict';
      notify({
        kind: 'warning',
        text: written.problem.message,
        words: written.problem.words,
        actions: conflict ? ['reload', 'dismiss'] : ['dismiss'],
      });
    }
  };

  /** The finished attempt into the learner's record; the play-through's save is done with. */
  const recordAttempt = (s: Session) => {
    // The record is the same in every language: the English view, choices by their line ids.
    const view = s.english;
    const persistence = source?.now();
    if (!persistence) return void (source && withPersistence(() => recordAttempt(s)));
    const result = persistence.record.recordAttempt(s.story.id, {
      date: new Date().toISOString(),
      ending: view.ending?.id ?? 'end',
      endingTitle: view.ending?.title ?? 'The end',
      score: view.outcome?.score ?? 0,
      rapport: view.outcome?.rapport ?? 0,
      trust: view.outcome?.trust ?? 0,
      path: view.path,
      choiceSources: view.taken.map((t) => t.id ?? t.source),
    });
    if (!result.ok) warnOf(result.problem);
    persistence.saves.clear(s.story.id);
    void refreshRecord();
  };

  // Saving waits until the next line is painted (a timer alone often ran before the frame), and
  // so does recording a finished attempt; whatever is still waiting is written at the latest on
  // pagehide (flush).
  let pendingSave: { s: Session; startAt?: string } | null = null;
  let pendingRecord: Session | null = null;
  let flushQueued = false;
  const flush = () => {
    const waiting = pendingSave;
    pendingSave = null;
    if (waiting) save(waiting.s, waiting.startAt);
    const r = pendingRecord;
    pendingRecord = null;
    if (r) recordAttempt(r);
  };
  const afterPaint = () => {
    if (flushQueued) return;
    flushQueued = true;
    void nextFrame().then(() => {
      flushQueued = false;
      flush();
    });
  };

  const recordCheck = (
    moduleId: string,
    phase: CheckPhase,
    items: readonly string[],
    answers: readonly number[],
  ) => {
    const persistence = source?.now();
    if (source && !persistence)
      return void withPersistence(() => recordCheck(moduleId, phase, items, answers));
    if (!persistence) {
      void import('./persist/profile.ts').then(({ addCheck }) => {
        const added = addCheck(store.getState().profile, moduleId, phase, {
          date: new Date().toISOString(),
          items,
          answers,
        });
        if (added.ok) store.setState({ profile: added.profile });
        else warn(added.reason);
      });
      return;
    }
    const result = persistence.record.recordCheck(moduleId, phase, { items, answers });
    if (!result.ok) warnOf(result.problem);
    else if (!result.kept && result.problems[0]) warnOf(result.problems[0]);
    store.setState({ profile: result.profile });
  };

  return {
    save,
    flush,
    refreshRecord,
    recordCheck,
    afterChoice(s, startAt) {
      pendingSave = startAt ? { s, startAt } : { s };
      afterPaint();
    },
    finished(s) {
      if (!s.current.ended || recorded) return;
      recorded = true;
      pendingSave = null;
      pendingRecord = s;
      afterPaint();
    },
    newRun() {
      recorded = false;
    },
    async load(storyId) {
      if (!source || !(source.now() || source.holdsSave(storyId))) return null;
      return (await source.ready()).saves.load(storyId);
    },
    async clear(storyId) {
      if (source && (source.now() || source.holdsSave(storyId))) (await source.ready()).saves.clear(storyId);
    },
    async ready() {
      await source?.ready();
    },
    reload: (storyId) => void withPersistence((p) => p.saves.reload(storyId)),
    resume(engine, story, options, loaded) {
      if (!loaded || loaded.status === 'none') return null;
      if (loaded.status !== 'found') {
        warnOf(loaded.problem);
        return null;
      }
      const { restoreSession, Session } = engine;
      const restored = restoreSession(
        loaded.snapshot,
        story,
        (st, o) => new Session(st, { ...options, ...o }),
      );
      if (!restored.ok) {
        warn(restored.message, { key: restored.messageKey });
        void withPersistence((p) => p.saves.clear(story.id));
        return null;
      }
      if (restored.session.current.path.length === 0) return null;
      notify({
        kind: 'info',
        text: restored.notice ?? 'Welcome back — you are where you left off.',
        words: { key: restored.noticeKey ?? 'problem.restore.resumed' },
        actions: ['restart', 'dismiss'],
      });
      return restored.session;
    },
    warnIfUnsaved() {
      const problem = source?.status().available === false ? source.status().problem : null;
      if (problem) warnOf(problem);
      else if (source && !source.status().available)
        warn('Progress will not be kept: the browser refused to store it.', {
          key: 'problem.storage.failed',
        });
    },
    exportProfile: async () => (source ? (await source.ready()).exportProfile() : null),
    async importProfile(text) {
      if (!source) return;
      const result = (await source.ready()).importProfile(text);
      if (result.ok) {
        const s = result.summary;
        notify({
          kind: 'info',
          text: `Imported ${s.attemptsAdded} attempt(s) and ${s.savesAdded.length} saved play-through(s)${s.problems.length ? ` — ${s.problems.length} item(s) set aside` : ''}.`,
          words: {
            key: 'problem.import.done',
            params: { attempts: s.attemptsAdded, saves: s.savesAdded.length, aside: s.problems.length },
          },
          actions: ['dismiss'],
        });
      } else {
        warn(result.message, result.words, result.errors.slice(0, 3).join('; '));
      }
      await refreshRecord();
    },
  };
}
