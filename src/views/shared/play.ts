/**
 * The play screen: the stage (a view that joins when Phaser has loaded), the conversation as
 * page text in a polite live region, the choices as real buttons in a group named "Choices"
 * (number keys 1–9 too), the coach's note after a choice, the meters, and the ending.
 * The first line never waits for the stage.
 */
import type { CatalogEntry } from '../../app/catalog.ts';
import type { Explained, SessionView } from '../../core/session/types.ts';
import { explanationText } from './explanation.ts';
import type { Settings, SettingsStore } from '../../app/stores/settings.ts';
import { EndingView } from './ending.ts';
import { english, fill, h, wordsLang } from './dom.ts';
import { MetersView } from './meters.ts';
import { settingsButton } from './settings-button.ts';
import { hasMessage, t } from '../../l10n/index.ts';
import { afterNextPaint, yieldToMain } from '../../platform/schedule.ts';
import { PressedChoice, renderLine } from './pressed-choice.ts';

export interface Presentation {
  metersVisible: boolean;
  revealed: boolean;
  paused: boolean;
}

export interface PlayActions {
  /** Take choice `index`; false when it was not taken (no longer offered, or the step failed). */
  choose(index: number): boolean;
  restart(): void;
  toMenu(): void;
  replayFrom(path: number[]): void;
}

export class PlayScreen {
  readonly element: HTMLElement;
  private host: HTMLElement;
  private readonly transcript: HTMLOListElement;
  private readonly choices: HTMLElement;
  private readonly coach: HTMLElement;
  private readonly ending: EndingView;
  private readonly sceneLabel: HTMLElement;
  /** The step (its path) whose choices are on screen: the same ones drawn again keep the focus. */
  private choicesStep: string | null = null;
  private readonly meters = new MetersView();
  private shown = 0;
  private lastStep: SessionView | null = null;
  /** Who the learner plays. Folds away after the first choice on a phone, where it would take
   * a third of the screen on every step; the summary opens it again. */
  private readonly role: HTMLDetailsElement | null;

  private coachOn = true;

  /**
   * The choice being taken (docs/performance.md, "A choice's press"): marked, and the learner's
   * answer shown, in the press's own task; the story's step after that paint. Until the step's
   * view is shown another press takes nothing: it would be on a list that is about to go.
   */
  private picking: PressedChoice | null = null;
  /**
   * The step a press led to, its lines shown and its choices not yet (they come in the task after,
   * so neither half holds a key or click for long); the old choices, still marked, take nothing.
   */
  private settling: SessionView | null = null;
  /** The step a press led to, taken, to be drawn in the next task (the latest one if several). */
  private stepping: SessionView | null = null;

  /** Set in presenter mode's projector view: large type, no controls, the facilitator decides what shows. */
  private presentation: Presentation | null = null;
  private readonly pausedBanner = h('p', { class: 'paused-banner', role: 'status' });

  /** The story's title in the top bar, and who the learner plays: their words follow the menu's language. */
  private readonly titleText: HTMLElement;
  private readonly roleText: HTMLElement | null;

  constructor(
    public entry: CatalogEntry,
    private readonly actions: PlayActions,
    settings: SettingsStore,
    options: { projector?: boolean } = {},
  ) {
    this.coachOn = settings.getState().coach;
    if (options.projector) this.presentation = { metersVisible: true, revealed: false, paused: false };
    this.host = h('div', { class: 'stage', role: 'img', 'aria-label': t('play.stage') });
    this.sceneLabel = h('p', { class: 'scene-label' });
    this.transcript = h('ol', {
      class: 'transcript',
      'aria-live': 'polite',
      'aria-relevant': 'additions',
      'aria-label': t('play.conversation'),
    });
    this.coach = h('aside', { class: 'coach', 'aria-live': 'polite', 'aria-label': t('play.coach') });
    this.choices = h('div', { class: 'choices', role: 'group', 'aria-label': t('play.choices') });
    this.ending = new EndingView(entry, actions, () => this.element.querySelector('.play'));
    this.titleText = h('h1', { class: 'story-title', ...english(entry) }, entry.title);
    this.roleText = entry.role ? h('p', english(entry), entry.role) : null;
    this.role = this.roleText
      ? h(
          'details',
          { class: 'learner-role', open: true },
          h('summary', {}, t('play.yourRole')),
          this.roleText,
        )
      : null;
    this.element = h(
      'div',
      { class: 'screen play-screen' },
      options.projector
        ? h('header', { class: 'topbar' }, this.titleText, this.pausedBanner)
        : h(
            'header',
            { class: 'topbar' },
            h(
              'button',
              { class: 'ghost', type: 'button', onclick: () => actions.toMenu() },
              t('common.toScenarios'),
            ),
            this.titleText,
            settingsButton(settings),
          ),
      h(
        'main',
        { id: 'main', class: 'play', tabindex: -1 },
        h(
          'div',
          { class: 'stage-column' },
          h('div', { class: 'stage-frame' }, this.host, this.sceneLabel),
          this.meters.element,
        ),
        h(
          'section',
          { class: 'dialogue', 'aria-label': t('play.dialogue') },
          this.role,
          h(
            'div',
            // Scrollable, so keyboard users must be able to focus it to scroll (WCAG 2.1.1).
            {
              class: 'transcript-scroll',
              tabindex: 0,
              role: 'region',
              'aria-label': t('play.conversationSoFar'),
            },
            this.transcript,
          ),
          this.coach,
          this.choices,
          this.ending.element,
        ),
      ),
    );
  }

  /** Where the stage is drawn. */
  get stageHost(): HTMLElement {
    return this.host;
  }

  /** Take over a stage already drawn (a new play-through of the same story keeps its stage). */
  adoptStage(host: HTMLElement): void {
    this.host.replaceWith(host);
    this.host = host;
  }

  /**
   * The stage's code could not load (a dropped connection before the game was cached): say so in
   * the empty frame, in words, instead of leaving a dark box. The conversation needs nothing of it.
   */
  stageUnavailable(cause: unknown): void {
    console.warn('[Rapport] The stage could not load; the conversation goes on without it.', cause);
    const message = t('play.stageMissing');
    this.host.classList.add('stage-missing');
    this.host.setAttribute('aria-label', message);
    this.host.replaceChildren(h('p', {}, message));
  }

  /**
   * The same story's entry in another language (the menu's words arrive after a deep link's first
   * line): the title and the role change in place, nothing else is drawn again.
   */
  relabelEntry(entry: CatalogEntry): void {
    if (entry.id !== this.entry.id) return;
    this.entry = entry;
    const say = (el: HTMLElement, text: string) => {
      el.textContent = text;
      if (entry.untranslated) el.lang = 'en';
      else el.removeAttribute('lang');
    };
    say(this.titleText, entry.title);
    if (this.roleText && entry.role) say(this.roleText, entry.role);
  }

  /** The stage's words (place names) have arrived: say the scene with them. */
  sayScene(): void {
    if (this.lastStep) this.updateScene(this.lastStep);
  }

  update(view: SessionView): void {
    // The app calls this on every store change (a notice, the saved record); the view is immutable,
    // so the same view means nothing on screen changes.
    if (view === this.lastStep) return;
    const picked = this.picking;
    if (picked && view.path.length > picked.step.path.length) {
      // A pressed choice's step, taken in this task (ink, the model): its lines are drawn in the
      // next, so no task of the press's holds a key's release or a click for long.
      const first = this.stepping === null;
      this.stepping = view;
      if (first)
        void yieldToMain().then(() => {
          const latest = this.stepping;
          this.stepping = null;
          if (latest) this.show(latest);
        });
      return;
    }
    this.stepping = null;
    this.show(view);
  }

  private show(view: SessionView): void {
    if (this.role?.open && view.path.length === 1 && matchMedia('(max-width: 40rem)').matches)
      this.role.open = false;
    // The story shown in another language (docs/translating.md): the lines already on screen, in it.
    const before = this.lastStep?.lines;
    if (before)
      for (let i = 0; i < Math.min(this.shown, view.lines.length, before.length); i++) {
        const line = view.lines[i]!;
        const was = before[i]!;
        if (line.seq === was.seq && (line.text !== was.text || line.speakerName !== was.speakerName))
          this.transcript.querySelector(`[data-seq="${line.seq}"]`)?.replaceWith(renderLine(line));
      }
    let fresh = view.lines.slice(this.shown);
    const picked = this.picking;
    const answered = !!picked && view.path.length > picked.step.path.length;
    this.settling = null;
    if (picked && answered) {
      // The step of the choice being taken: its answer line is on screen already (and said by the
      // live region).
      this.picking = null;
      fresh = picked.confirm(fresh);
    }
    const firstRender = this.shown === 0;
    this.shown = view.lines.length;
    for (const line of fresh) this.transcript.append(renderLine(line));
    this.updateScene(view);
    this.meters.update(view.counterparts);
    if (this.presentation && !this.presentation.metersVisible) this.meters.element.hidden = true;
    this.updateCoach(view);
    this.lastStep = view;
    const scroll = fresh.length > 0 && !(firstRender && view.path.length === 0);
    if (answered && !view.ended) {
      // A pressed choice's step: its new choices (buttons made, the first focused — the browser
      // works out the page's style for that) in a task of their own, after the lines.
      this.settling = view;
      void yieldToMain().then(() => {
        if (this.settling !== view) return; // shown meanwhile by a later update
        this.settling = null;
        this.showChoices(view);
        if (scroll) this.scrollToLast();
      });
      return;
    }
    if (view.ended) this.showEnding(view);
    else this.showChoices(view, firstRender);
    // Still at the choice being taken (the same step shown again, e.g. in another language): its
    // answer stays last, in the words now shown, and its choice marked.
    if (this.picking && !view.ended && !this.picking.show(view)) this.picking = null;
    if (scroll) this.scrollToLast();
  }

  /**
   * Last, once everything is in place: scrolling makes the browser lay the page out, and doing it
   * before the choices are added would lay it out twice. A story's opening is read from its top
   * (and is not scrolled, so its first paint lays the page out once); a resumed play-through opens
   * where the learner left off.
   */
  private scrollToLast(): void {
    this.transcript.lastElementChild?.scrollIntoView?.({ block: 'end' });
  }

  /** Number keys 1–9 choose, as shown on the buttons. */
  onKey(event: KeyboardEvent): void {
    if (this.presentation) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const n = Number(event.key);
    if (!Number.isInteger(n) || n < 1 || n > 9) return;
    if (!this.lastStep || this.lastStep.ended || n > this.lastStep.choices.length) return;
    event.preventDefault();
    this.pick(n - 1);
  }

  /**
   * A choice pressed (its number key, or its button by click or Enter). In this task only what the
   * learner must see at once: the choice marked, the others unavailable, their answer in the
   * conversation (the live region says it). The story's step — ink, the relationship model, the
   * new lines, their choices — runs after the frame showing that is drawn, so the press paints in
   * a few milliseconds, not after the whole step (interaction to next paint, bench/STAGE.md).
   */
  private pick(index: number): void {
    const step = this.lastStep;
    if (this.presentation || this.picking || this.settling || !step || step.ended || !step.choices[index])
      return;
    const mine = new PressedChoice(index, step, this.transcript, this.choices);
    this.picking = mine;
    mine.show(step);
    void afterNextPaint().then(() => {
      // Another step was shown meanwhile, or the screen left: this press is over.
      if (this.picking !== mine || !this.element.isConnected) return;
      let taken = false;
      try {
        taken = this.actions.choose(index);
      } finally {
        // Not taken (no longer offered; a failure is reported by the game): offered again.
        if (!taken && this.picking === mine) {
          mine.cancel();
          this.picking = null;
        }
      }
    });
  }

  private updateScene(view: SessionView): void {
    const { place, location, date, day } = view.scene;
    // A place the stage draws is named in the learner's language once the stage's words are here.
    const placeKey = `stage.place.${place ?? ''}`;
    const placeWords = place
      ? hasMessage(placeKey)
        ? t(placeKey)
        : sentenceCase(place.replace(/-/g, ' '))
      : null;
    const where = [location, placeWords].filter(Boolean).join(' — ');
    const when = date ?? t('play.day', { n: day + 1 });
    this.sceneLabel.textContent = where ? t('play.sceneLabel', { where, when }) : '';
    // Until the stage is drawn, a short description; then the stage keeps its own (who is on it and
    // every face they show), which this would only make less complete. A stage that could not load
    // keeps saying so (the scene's words arriving after that must not replace it).
    if (this.host.classList.contains('stage-ready') || this.host.classList.contains('stage-missing')) return;
    const speaker = view.counterparts.find((c) => c.id === view.speaker);
    const mood = view.mood ?? speaker?.expression;
    const params = { where: where || t('play.stage'), name: speaker?.name ?? '', mood: mood ?? 'neutral' };
    this.host.setAttribute(
      'aria-label',
      t(
        !speaker
          ? 'play.sceneAlt'
          : mood && mood !== 'neutral'
            ? 'play.sceneAlt.speakingMood'
            : 'play.sceneAlt.speaking',
        params,
      ),
    );
  }

  applySettings(s: Settings): void {
    this.coachOn = s.coach;
    if (this.lastStep) this.updateCoach(this.lastStep);
  }

  private updateCoach(view: SessionView): void {
    const c = view.coach;
    const allowed = this.presentation ? this.presentation.revealed : this.coachOn;
    this.coach.hidden = !allowed || !c || (!c.note && c.effects.length === 0);
    if (!c) return this.coach.replaceChildren();
    const names = namesOf(view);
    fill(
      this.coach,
      h('h2', { class: 'coach-title' }, t('play.coach')),
      c.note ? h('p', { class: 'coach-note' }, c.note) : null,
      c.effects.length
        ? h(
            'ul',
            { class: 'coach-effects' },
            (c.explained ?? c.effects.map((explanation) => ({ explanation }) as Explained)).map((e) =>
              h('li', {}, explanationText(e, names)),
            ),
          )
        : null,
    );
  }

  /** Projector view: what the facilitator lets the room see. */
  setPresentation(p: Presentation): void {
    this.presentation = p;
    this.element.classList.add('projector');
    this.meters.element.hidden = !p.metersVisible;
    this.pausedBanner.textContent = p.paused ? t('play.paused') : '';
    if (this.lastStep) this.updateCoach(this.lastStep);
  }

  /** `opening`: the screen's first drawing (its first choice is focused once it is painted). */
  private showChoices(view: SessionView, opening = false): void {
    this.ending.element.hidden = true;
    this.choices.hidden = false;
    if (this.presentation) {
      // The room reads the options; the facilitator takes them from the console.
      this.choices.replaceChildren(
        h(
          'ol',
          { class: 'choice-list' },
          view.choices.map((c, i) =>
            h('li', { 'data-index': i }, h('span', { class: 'num' }, String(i + 1)), ` ${c.text}`),
          ),
        ),
      );
      return;
    }
    const hadFocus = this.choices.contains(document.activeElement);
    const focusedIndex = hadFocus ? (document.activeElement as HTMLElement).dataset.index : undefined;
    // The same choices again (the story's words arriving in the learner's language, a language
    // changed): the focus stays on the choice it was on, and stays away if it was elsewhere — a key
    // user who had moved to the second choice must not find Enter taking the first.
    const step = view.path.join(',');
    const again = this.choicesStep === step;
    this.choicesStep = step;
    const buttons = view.choices.map((choice, i) =>
      h(
        'button',
        {
          type: 'button',
          class: 'choice',
          'data-index': i,
          'aria-keyshortcuts': i < 9 ? String(i + 1) : null,
          onclick: () => this.pick(i),
        },
        i < 9 ? h('kbd', { 'aria-hidden': 'true' }, String(i + 1)) : null,
        h('span', { class: 'choice-text', ...wordsLang(choice.lang) }, choice.text),
      ),
    );
    this.choices.replaceChildren(...buttons);
    if (again) {
      if (hadFocus) (buttons[Number(focusedIndex)] ?? buttons[0])?.focus({ preventScroll: true });
      return;
    }
    // Keep keyboard users in the flow: after choosing, focus the first new choice.
    const first = buttons[0];
    if (!first) return;
    if (!opening || hadFocus) {
      first.focus({ preventScroll: true });
      return;
    }
    // On the screen's first drawing, once it is painted: focusing makes the browser lay the page out
    // at once, and the first layout of the whole screen (12–21 ms here) then ran inside the task
    // that drew it, making it a long one (bench/STAGE.md). Not if the learner has put the focus
    // somewhere meanwhile.
    void afterNextPaint().then(() => {
      const focused = document.activeElement;
      if (first.isConnected && (!focused || focused === document.body)) first.focus({ preventScroll: true });
    });
  }

  private showEnding(view: SessionView): void {
    this.choices.replaceChildren();
    this.choices.hidden = true;
    this.ending.show(view, !!this.presentation, () => this.lastStep === view);
  }
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The counterparts' names as the view shows them (in the story's language), by id. */
function namesOf(view: SessionView): Record<string, string> {
  return Object.fromEntries(view.counterparts.map((c) => [c.id, c.name]));
}
