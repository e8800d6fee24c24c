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
import { addCheck } from './persist/profile.ts';
import type { CheckPhase } from '../core/modules/checks.ts';
import type { GameStore, Notice } from './stores/game-store.ts';
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
  /** The save of `storyId` (null without persistence). */
  load(storyId: string): SaveLoad | null;
  clear(storyId: string): void;
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
  refreshRecord(): void;
  /** Keep a module check's answers in the learner's record (in memory only when storage is not there). */
  recordCheck(
    moduleId: string,
    phase: CheckPhase,
    items: readonly string[],
    answers: readonly number[],
  ): void;
  exportProfile(): string | null;
  importProfile(text: string): void;
}

export function createKeeper(
  store: GameStore,
  persistence: Persistence | null,
  nextFrame: () => Promise<void>,
): Keeper {
  const notify = (notice: Notice | null) => store.setState({ notice });
  const warn = (text: string) => notify({ kind: 'warning', text, actions: ['dismiss'] });
  let recorded = false;

  const refreshRecord = () => {
    if (!persistence) return;
    const { profile } = persistence.record.load();
    const saved = persistence.saves.list().saves.map((s) => s.storyId);
    store.setState({ profile, saved });
  };

  const save = (s: Session, startAt?: string) => {
    if (!persistence) return;
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
        actions: conflict ? ['reload', 'dismiss'] : ['dismiss'],
      });
    }
  };

  /** The finished attempt into the learner's record; the play-through's save is done with. */
  const recordAttempt = (s: Session) => {
    // The record is the same in every language: the English view, choices by their line ids.
    const view = s.english;
    if (!persistence) return;
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
    if (!result.ok) warn(result.problem.message);
    persistence.saves.clear(s.story.id);
    refreshRecord();
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
    if (!persistence) {
      const added = addCheck(store.getState().profile, moduleId, phase, {
        date: new Date().toISOString(),
        items,
        answers,
      });
      if (added.ok) store.setState({ profile: added.profile });
      else warn(added.reason);
      return;
    }
    const result = persistence.record.recordCheck(moduleId, phase, { items, answers });
    if (!result.ok) warn(result.problem.message);
    else if (!result.kept && result.problems[0]) warn(result.problems[0].message);
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
    load: (storyId) => (persistence ? persistence.saves.load(storyId) : null),
    clear: (storyId) => persistence?.saves.clear(storyId),
    reload: (storyId) => persistence?.saves.reload(storyId),
    resume(engine, story, options, loaded) {
      if (!loaded || loaded.status === 'none') return null;
      if (loaded.status !== 'found') {
        warn(loaded.problem.message);
        return null;
      }
      const { restoreSession, Session } = engine;
      const restored = restoreSession(
        loaded.snapshot,
        story,
        (st, o) => new Session(st, { ...options, ...o }),
      );
      if (!restored.ok) {
        warn(restored.message);
        persistence?.saves.clear(story.id);
        return null;
      }
      if (restored.session.current.path.length === 0) return null;
      notify({
        kind: 'info',
        text: restored.notice ?? 'Welcome back — you are where you left off.',
        actions: ['restart', 'dismiss'],
      });
      return restored.session;
    },
    warnIfUnsaved() {
      if (persistence && !persistence.status().available)
        warn(persistence.status().problem?.message ?? 'Progress will not be kept.');
    },
    exportProfile: () => (persistence ? persistence.exportProfile() : null),
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
        warn(`${result.message} ${result.errors.slice(0, 3).join('; ')}`);
      }
      refreshRecord();
    },
  };
}
