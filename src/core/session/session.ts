/**
 * A play-through: the story runner, the relationship model and the log, together.
 *
 * The session binds the ink vocabulary (stories/lib/rapport.ink) to the model, turns each step of
 * the story into a `SessionView` for the views, and records the choice path and the model's
 * explanation log — enough to rebuild the play-through exactly (the model is deterministic).
 * It never touches the DOM, the store, storage or the clock.
 */
import * as model from '../model/index.ts';
import { finish, StoryRunner, type Step } from '../story/runner.ts';
import { READERS, RelationshipBinding } from './relationship.ts';
import { MOODS, parseLearningPoint, tagValue, tagValues, type Mood } from '../story/tags.ts';
import { buildDebrief } from './debrief.ts';
import { learnKey, localizeView, type StoryText } from './story-text.ts';
import type {
  CoachFeedback,
  CounterpartView,
  Ending,
  LoadedStory,
  Outcome,
  Scene,
  SessionView,
  ShownLine,
} from './types.ts';

export interface SessionOptions {
  /** Start at a knot instead of the top (authors' and tests' jump-in). */
  startAt?: string;
  /**
   * The story's text in the learner's language (session/story-text.ts); absent: English. Only the
   * words on the view change — paths, ids, scores and the model's records are the same.
   */
  text?: StoryText | null;
}

/**
 * A session as it stands before the first choice, made at build time (vite-plugin-ink.ts) so the
 * page can show a story's first lines and choices before inkjs and the story have loaded; the
 * session then continues from exactly this state (`Session.fromOpening`). Plain JSON.
 */
export interface StoryOpening {
  id: string;
  /** The compiled story's content hash: an opening only fits the story it was made from. */
  hash: string;
  view: SessionView;
  ink: string;
  relation: model.ModelState;
  log: model.ExplanationRecord[];
}

/**
 * An opening in a language (`?opening&lang=ja`, build/l10n/plugin.ts): only what its first screen
 * paints, the English opening's view in the language. The session continues from the English
 * opening of the same `hash`.
 */
export interface ShownOpening {
  id: string;
  hash: string;
  view: SessionView;
}

export class Session {
  readonly story: LoadedStory;
  private readonly runner: StoryRunner;
  private readonly relation: RelationshipBinding;
  /** What the session shows, in English with the keys of its words (`current` localizes it). */
  private view: SessionView;
  private text: StoryText | null;
  /** `view` in the learner's language, made when first asked for. */
  private localized: { from: SessionView; text: StoryText; view: SessionView } | null = null;
  /** How much of the log earlier steps have already reported. */
  private loggedBefore = 0;
  /** For each log record, how many choices had been made when it happened. */
  private readonly choicesAtRecord: number[] = [];

  constructor(story: LoadedStory, options: SessionOptions = {}, opening?: StoryOpening) {
    this.story = story;
    this.text = options.text ?? null;
    this.relation = new RelationshipBinding(
      () => this.runner.sourceLine ?? this.runner.where,
      () => this.runner.stackPaths,
    );
    this.runner = new StoryRunner(story.json, {
      externals: this.relation.externals(),
      readers: READERS,
      placeholders: story.placeholders,
    });
    this.view = emptyView(story.id);
    if (opening) {
      this.runner.loadInkState(opening.ink);
      this.relation.state = opening.relation;
      this.relation.log.push(...opening.log);
      this.loggedBefore = opening.log.length;
      for (let i = 0; i < opening.log.length; i++) this.choicesAtRecord.push(0);
      this.view = opening.view;
      return;
    }
    if (options.startAt) this.runner.jumpTo(options.startAt);
    this.apply(this.runner.continue(), null);
  }

  /**
   * Continue from a build-time opening (see `StoryOpening`). An opening made from another version
   * of the story (its hash differs) is not used: the story starts from the top instead.
   */
  static fromOpening(story: LoadedStory, opening: StoryOpening, text: StoryText | null = null): Session {
    return opening.id === story.id && opening.hash === story.hash
      ? new Session(story, { text }, opening)
      : new Session(story, { text });
  }

  /** This session before its first choice, as an opening (for the build). */
  opening(): StoryOpening {
    if (this.view.path.length > 0 || this.view.ended)
      throw new Error('An opening is taken before the first choice of a story that has not ended.');
    return structuredClone({
      id: this.story.id,
      hash: this.story.hash,
      view: this.view,
      ink: this.runner.saveInkState(),
      relation: this.relation.state,
      log: [...this.relation.log],
    });
  }

  /**
   * Do now, while nothing waits, the checks ink would otherwise make on this session's first step
   * (see `StoryRunner.prepare`). For a session continued from an opening.
   */
  prepare(): void {
    this.runner.prepare();
  }

  /** What the learner sees now, in their language. */
  get current(): SessionView {
    if (!this.text) return this.view;
    const made = this.localized;
    if (made && made.from === this.view && made.text === this.text) return made.view;
    const view = localizeView(this.view, this.text);
    this.localized = { from: this.view, text: this.text, view };
    return view;
  }

  /** The same as `current`, in English, with the keys of its words (saves, records, tests). */
  get english(): SessionView {
    return this.view;
  }

  /** Show the story in another language from now on, at the same place (null: English). */
  setText(text: StoryText | null): SessionView {
    this.text = text;
    return this.current;
  }

  /** The language the session shows (null: English). */
  get language(): string | null {
    return this.text?.language ?? null;
  }

  /** The explanation log: every model event so far, in order. */
  get records(): readonly model.ExplanationRecord[] {
    return this.relation.log;
  }

  get relationship(): model.ModelState {
    return this.relation.state;
  }

  choose(index: number): SessionView {
    return finish(this.chooseInSteps(index));
  }

  /**
   * `choose`, a line of the story at a time (see `StoryRunner.continueInSteps`): the rehearsal
   * (app/rehearsal.ts) runs it in slices of its idle moments. The same result as `choose`; an
   * index that is not a choice throws at the first step.
   */
  *chooseInSteps(index: number): Generator<void, SessionView, void> {
    const choice = this.view.choices[index];
    if (!choice) throw new RangeError(`Choice ${index + 1} is not available now.`);
    this.relation.choose(choice);
    this.runner.choose(index);
    const step = yield* this.runner.continueInSteps();
    const id = tagValue(choice.tags, 'id');
    this.view = {
      ...this.view,
      path: [...this.view.path, index],
      taken: [
        ...this.view.taken,
        { index, source: choice.source, text: choice.text, ...(id !== undefined && { id }) },
      ],
    };
    this.apply(step, choice.text, id ?? null);
    return this.current;
  }

  private apply(step: Step, choiceText: string | null, choiceKey: string | null = null): void {
    const records = this.relation.log.slice(this.loggedBefore);
    this.loggedBefore = this.relation.log.length;
    for (let i = 0; i < records.length; i++) this.choicesAtRecord.push(this.view.path.length);
    let seq = this.view.lines.length;
    const shown: ShownLine[] = [];
    if (choiceText !== null) {
      shown.push({
        seq: seq++,
        kind: 'choice',
        text: choiceText,
        speaker: 'you',
        speakerName: 'You',
        tags: [],
        ...(choiceKey !== null && { key: choiceKey }),
      });
    }
    let scene: Scene = { ...this.view.scene, day: this.relation.state.day };
    let speaker = this.view.speaker;
    let mood: Mood | null = null;
    let ending: Ending | null = this.view.ending;
    const cues: string[] = [];
    const cueKeys: (string | null)[] = [];
    for (const line of step.lines) {
      // A choice's own text is often echoed as the first line after it: show it once.
      if (choiceText !== null && shown.length === 1 && line.text === choiceText) continue;
      // The line's id keys its words and the prose in its tags (docs/translating.md, "The keys").
      const id = tagValue(line.tags, 'id');
      const keyOf = (name: string) => (id === undefined ? null : `${id}#${name}`);
      shown.push({
        seq: seq++,
        kind: 'line',
        text: line.text,
        speaker: line.speaker,
        speakerName: this.nameOf(line.speaker),
        tags: line.tags,
        ...(id !== undefined && { key: id }),
        ...(line.vars && { vars: line.vars }),
      });
      const location = tagValue(line.tags, 'location');
      const date = tagValue(line.tags, 'date');
      scene = {
        place: tagValue(line.tags, 'place') ?? scene.place,
        location: location ?? scene.location,
        date: date ?? scene.date,
        day: scene.day,
        keys: {
          location: location !== undefined ? keyOf('location') : (scene.keys?.location ?? null),
          date: date !== undefined ? keyOf('date') : (scene.keys?.date ?? null),
        },
      };
      speaker = line.speaker;
      const m = tagValue(line.tags, 'mood') as Mood | undefined;
      mood = m && MOODS.includes(m) ? m : null;
      for (const cue of tagValues(line.tags, 'cue')) {
        cues.push(cue);
        cueKeys.push(keyOf('cue'));
      }
      const endingId = tagValue(line.tags, 'ending');
      if (endingId !== undefined) {
        const title = tagValue(line.tags, 'ending_title');
        const titleKey = title ? keyOf('ending_title') : null;
        ending = { id: endingId, title: title ?? endingId, ...(titleKey && { titleKey }), learn: [] };
      }
      if (ending)
        ending.learn.push(
          ...tagValues(line.tags, 'learn').map((value) => {
            const point = parseLearningPoint(value);
            return id === undefined ? point : { ...point, key: learnKey(id, point.text) };
          }),
        );
    }
    if (step.ended && !ending) ending = { id: 'end', title: 'The end', learn: [] };
    const coach: CoachFeedback | null =
      choiceText === null
        ? null
        : {
            choiceText,
            choiceKey,
            note: this.relation.note,
            effects: records.map((r) => r.explanation).filter(Boolean),
            explained: records
              .filter((r) => r.explanation)
              .map((r) => ({ explanation: r.explanation, words: r.words, shown: r.shown, who: r.who })),
          };
    this.relation.choose(null);
    this.view = {
      ...this.view,
      lines: [...this.view.lines, ...shown],
      choices: step.choices,
      ended: step.ended,
      ending: step.ended ? ending : null,
      scene,
      speaker,
      mood,
      counterparts: this.counterpartViews(),
      coach,
      cues: cues.concat(records.filter((r) => r.cue).map((r) => r.cue!)),
      cueKeys: cueKeys.concat(records.filter((r) => r.cue).map(() => null)),
      outcome: step.ended ? this.outcome() : null,
    };
  }

  private outcome(): Outcome {
    const state = this.relation.state;
    const views = this.counterpartViews();
    const mean = (f: (c: CounterpartView) => number) =>
      views.length ? Math.round(views.reduce((s, c) => s + f(c), 0) / views.length) : 0;
    const path = this.view.path;
    return {
      score: Math.round(model.scenarioScore(state)),
      rapport: mean((c) => c.rapport),
      trust: mean((c) => c.trust),
      debrief: buildDebrief(this.relation.log, 5, (seq) => {
        const made = this.choicesAtRecord[seq] ?? 0;
        return made > 0 ? path.slice(0, made - 1) : null;
      }),
    };
  }

  private nameOf(speaker: string | null): string | null {
    if (speaker === null) return null;
    if (speaker.toLowerCase() === 'you') return 'You';
    if (speaker.toLowerCase() === 'narrator') return null;
    return this.relation.state.counterparts[speaker]?.name ?? speaker;
  }

  private counterpartViews(): CounterpartView[] {
    const state = this.relation.state;
    return state.order.map((id: string) => {
      const cp = state.counterparts[id]!;
      return {
        id,
        name: cp.name,
        rapport: Math.round(model.shownRapport(cp)),
        trust: Math.round(model.shownTrust(cp)),
        expression: model.expression(cp),
      };
    });
  }
}

/** The view of a session that has shown nothing yet. */
export function emptyView(storyId: string): SessionView {
  return {
    storyId,
    lines: [],
    choices: [],
    ended: false,
    ending: null,
    scene: { place: null, location: null, date: null, day: 0 },
    speaker: null,
    mood: null,
    counterparts: [],
    coach: null,
    cues: [],
    path: [],
    taken: [],
    outcome: null,
  };
}
