/**
 * One LMS attempt at a module: turns what the learner does in the game into what the LMS records.
 *
 * It watches the game store (never drives the game): a play view that appears is a scenario
 * opened, a path one step longer is a decision, an ending is a scenario finished. From those it
 * reports each decision (with whether the relationship gained or lost, and Rapport and Trust
 * after it), keeps the resume point and the finished scenarios' best scores in the suspend data,
 * and when every scenario of the module is finished reports the module's score — the average of
 * the best scores, as the module summary computes it — and passed or failed against its pass mark.
 *
 * Scenarios outside the module (free play from the menu) are not reported.
 */
import {
  moduleProgress,
  type ModuleDefinition,
  type ModuleProgress,
  type ScenarioResult,
} from '../../core/modules/module.ts';
import { fingerprintChoice } from '../persist/fingerprint.ts';
import type { SessionView } from '../../core/session/types.ts';
import type { GameState } from '../stores/game-store.ts';
import { choiceLetter, slug } from './datatypes.ts';
import type { DecisionResult, LmsReporter } from './report.ts';
import { decodeSuspend, encodeSuspend, type Dropped, type ResumePoint } from './suspend.ts';

/** What `watch` needs of the game store (a zustand store has it). */
export interface StoreLike {
  getState(): GameState;
  subscribe(listener: (state: GameState, previous: GameState) => void): () => void;
}

export interface AttemptOptions {
  reporter: LmsReporter;
  module: ModuleDefinition;
  now?: () => Date;
  warn?: (message: string) => void;
  /**
   * The session's view in English (`Session.english`): the decisions' words are reported in
   * English whatever the learner reads, with the learner's as a translation (xAPI language maps).
   * Absent: the words on the learner's screen.
   */
  english?: () => SessionView | null;
  /** The learner's language now (default: English). */
  language?: () => string;
}

/**
 * The identifier of an option: its letter and its line id (`b-lf-0007`) — the same in every
 * language, and after a rewording — or, for a story without ids, its words in ASCII
 * (`b-ask-him-privately`).
 */
export function responseId(index: number, text: string, id?: string | null): string {
  const letter = choiceLetter(index) ?? `o${index}`;
  if (id) return `${letter}-${slug(id, 40)}`;
  const words = slug(text, 40);
  return words ? `${letter}-${words}` : letter;
}

const idOf = (c: { tags?: readonly { name: string; value: string }[] } | undefined) =>
  c?.tags?.find((t) => t.name === 'id')?.value ?? null;

export class LmsAttempt {
  readonly reporter: LmsReporter;
  readonly module: ModuleDefinition;
  /** Where the LMS says the learner left off (null: start the module's next scenario afresh). */
  readonly resume: ResumePoint | null;
  private readonly best = new Map<string, number>();
  private readonly finishedAt = new Map<string, string>();
  private readonly hashes = new Map<string, string>();
  private current: ResumePoint | null = null;
  /** The module's checks as answered, kept in the suspend data (another device asks none again). */
  checks: { before?: number[]; after?: number[] } = {};
  private readonly now: () => Date;
  private readonly warn: (message: string) => void;
  private readonly english: () => SessionView | null;
  private readonly language: () => string;
  /** The options on screen, in English (captured with each view: the next choice is among them). */
  private englishChoices: SessionView['choices'] | null = null;
  private lastDropped = '';
  private terminated = false;
  /** The suspend data as last sent (for tests and diagnosis). */
  lastSuspendData = '';

  private constructor(options: AttemptOptions, stored: string | null) {
    this.reporter = options.reporter;
    this.module = options.module;
    this.now = options.now ?? (() => new Date());
    this.warn = options.warn ?? ((m) => console.warn(`[Rapport LMS] ${m}`));
    this.english = options.english ?? (() => null);
    this.language = options.language ?? (() => 'en');
    const state = stored ? decodeSuspend(stored) : null;
    if (stored && !state)
      this.warn('the stored suspend data is not ours or is damaged; starting the module afresh');
    const mine = state && (state.moduleId === null || state.moduleId === this.module.id) ? state : null;
    if (state && !mine)
      this.warn(`the stored suspend data belongs to module "${state.moduleId}"; starting afresh`);
    for (const r of mine?.results ?? [])
      if (this.module.scenarios.includes(r.storyId)) this.best.set(r.storyId, r.score);
    this.checks = mine?.checks ?? {};
    const cur = mine?.current;
    this.resume = cur && this.module.scenarios.includes(cur.storyId) ? cur : null;
    this.current = this.resume;
  }

  /** Start the LMS session and read where the learner left off. */
  static async open(options: AttemptOptions): Promise<LmsAttempt> {
    let stored: string | null = null;
    try {
      stored = (await options.reporter.start()).resume;
    } catch (e) {
      (options.warn ?? console.warn)(
        `[Rapport LMS] start failed: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    return new LmsAttempt(options, stored);
  }

  /** The content hash of each scenario (for the resume point); unknown hashes are stored empty. */
  setHash(storyId: string, hash: string): void {
    this.hashes.set(storyId, hash);
  }

  /** This attempt's result for a scenario, in the shape the module progress takes. */
  result = (storyId: string): ScenarioResult => ({
    best: this.best.get(storyId) ?? null,
    finishedAt: this.finishedAt.get(storyId) ?? null,
  });

  progress(): ModuleProgress {
    return moduleProgress(this.module, this.result);
  }

  /** The scenario to open: the one under way, else the first not finished; null when all are. */
  nextScenario(): string | null {
    if (this.current) return this.current.storyId;
    return this.module.scenarios.find((id) => !this.best.has(id)) ?? null;
  }

  /** Follow the game store; returns the unsubscribe function. */
  watch(store: StoreLike): () => void {
    const first = store.getState().session;
    if (first) this.opened(first);
    this.englishChoices = first ? this.englishOptions(first) : null;
    return store.subscribe((state, previous) => {
      const view = state.session;
      const before = previous.session;
      if (!view || view === before) return;
      // Reporting must never break the game: whatever goes wrong here is logged, not thrown.
      try {
        if (state.runId !== previous.runId || !before || before.storyId !== view.storyId) this.opened(view);
        else if (view.path.length === before.path.length + 1) this.chose(before, view);
        else this.opened(view);
      } catch (e) {
        this.warn(`reporting failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      this.englishChoices = this.englishOptions(view);
    });
  }

  /** The options of `view` in English, when the English view is at the same place. */
  private englishOptions(view: SessionView): SessionView['choices'] | null {
    const e = this.english();
    return e && e.storyId === view.storyId && e.path.length === view.path.length ? e.choices : null;
  }

  /** A scenario was opened (fresh, resumed, restarted, replayed from a moment). */
  opened(view: SessionView): void {
    if (!this.module.scenarios.includes(view.storyId)) return;
    if (view.ended) return this.ended(view);
    this.current = this.pointOf(view);
    this.save();
  }

  /** The learner took a choice: `before` is the view that offered it, `after` the one that followed. */
  chose(before: SessionView, after: SessionView): void {
    if (!this.module.scenarios.includes(after.storyId)) return;
    const index = after.path.at(-1)!;
    const taken = after.taken.at(-1);
    const offered = before.choices[index];
    // Identity by the choice's line id; the words are the English ones (`taken` is English in every
    // language, and so is the English view's options), as the statements' `{lang=en}` says.
    const english = this.englishChoices?.length === before.choices.length ? this.englishChoices : null;
    const englishOf = (c: SessionView['choices'][number], i: number) => english?.[i]?.text ?? c.text;
    const text = taken?.text ?? english?.[index]?.text ?? offered?.text ?? '';
    const lang = this.language();
    const shown = offered?.text ?? text;
    const translated =
      english && (shown !== text || before.choices.some((c, i) => c.text !== english[i]!.text))
        ? { lang, description: shown, options: before.choices.map((c) => c.text) }
        : undefined;
    const id = taken?.id ?? idOf(offered);
    const source = id ?? taken?.source ?? offered?.source ?? `step-${after.path.length}`;
    const mean = (f: (c: SessionView['counterparts'][number]) => number) =>
      after.counterparts.length
        ? after.counterparts.reduce((s, c) => s + f(c), 0) / after.counterparts.length
        : 0;
    this.reporter.decision({
      id: `${after.storyId}/${source}`,
      storyId: after.storyId,
      choiceIndex: index,
      choiceText: text,
      learnerResponse: responseId(index, text, id),
      result: resultOf(before, after),
      description: text,
      timestamp: this.now(),
      rapport: mean((c) => c.rapport),
      trust: mean((c) => c.trust),
      options: before.choices.map((c, i) => ({
        response: responseId(c.index, englishOf(c, i), idOf(c)),
        text: englishOf(c, i),
      })),
      ...(translated ? { translated } : {}),
    });
    if (after.ended) this.ended(after);
    else {
      this.current = this.pointOf(after);
      this.save();
    }
  }

  /** A scenario reached an ending: keep its best score, and report the module when all are done. */
  ended(view: SessionView): void {
    if (!this.module.scenarios.includes(view.storyId)) return;
    const score = Math.round(view.outcome?.score ?? 0);
    this.best.set(view.storyId, Math.max(score, this.best.get(view.storyId) ?? 0));
    this.finishedAt.set(view.storyId, this.now().toISOString());
    if (this.current?.storyId === view.storyId) this.current = null;
    this.save();
    const p = this.progress();
    if (p.complete) {
      const sum = this.module.scenarios.reduce((s, id) => s + (this.best.get(id) ?? 0), 0);
      this.reporter.finish({
        scoreRaw: sum / this.module.scenarios.length,
        scoreMin: 0,
        scoreMax: 100,
        passed: p.passed,
        completed: true,
      });
    }
  }

  /** A check was answered: keep its responses in the suspend data. */
  checkAnswered(phase: 'before' | 'after', answers: readonly number[]): void {
    this.checks = { ...this.checks, [phase]: [...answers] };
    this.save();
  }

  /** Send what is waiting (the page is being hidden). */
  flush(): void {
    this.reporter.flush();
  }

  /** End the LMS session: once, whatever calls it (pagehide, the game). */
  terminate(): void {
    if (this.terminated) return;
    this.terminated = true;
    this.reporter.flush();
    this.reporter.terminate();
  }

  private pointOf(view: SessionView): ResumePoint {
    return {
      storyId: view.storyId,
      contentHash: (this.hashes.get(view.storyId) ?? '').slice(0, 8),
      path: [...view.path],
      fingerprints: view.taken.map((t) => fingerprintChoice(t.text)),
    };
  }

  private save(): void {
    const results = this.module.scenarios
      .filter((id) => this.best.has(id))
      .map((id) => ({ storyId: id, score: this.best.get(id)! }));
    const { data, dropped } = encodeSuspend(
      { moduleId: this.module.id, current: this.current, results, checks: this.checks },
      this.reporter.suspendLimit,
    );
    this.noteDropped(dropped);
    this.lastSuspendData = data;
    const p = this.progress();
    this.reporter.progress(data, p.total ? p.finished / p.total : 0);
  }

  private noteDropped(dropped: Dropped[]): void {
    const key = dropped.join(',');
    if (key && key !== this.lastDropped) {
      this.warn(
        `the resume point did not fit the LMS's ${this.reporter.suspendLimit} characters; dropped: ${key} (see docs/lms.md)`,
      );
    }
    this.lastDropped = key;
  }
}

/** Positive when Rapport and Trust rose in sum over the counterparts in both views, negative when they fell. */
export function resultOf(before: SessionView, after: SessionView): DecisionResult {
  let delta = 0;
  for (const c of after.counterparts) {
    const b = before.counterparts.find((x) => x.id === c.id);
    if (b) delta += c.rapport - b.rapport + (c.trust - b.trust);
  }
  return delta > 0 ? 'positive' : delta < 0 ? 'negative' : 'neutral';
}
