/**
 * The stage's Phaser scene: draws the place, the people present (the speaker lit and named in
 * amber, each face showing the model's expression or the line's mood), the learner over the
 * shoulder, a transition card between meetings ("Shanghai — day 3") and floating cues. It is
 * given session views (see stage.ts, which feeds it from the store) and reports what it shows;
 * its loop sleeps when nothing moves, and holds for a frame while the page answers a press.
 */
import Phaser from 'phaser';
import { hasMessage, t, type MessageKey } from '../../l10n/index.ts';
import type { SessionView } from '../../core/session/types.ts';
import { Cast, describePeople, describeScene, type StagePlan } from './cast.ts';
import { Insets, insetKeys, insetSvg } from './insets.ts';
import { closeUp, fontPx, LEARNER, STAGE_HEIGHT, STAGE_WIDTH } from './layout.ts';
import { learnerSvg } from './learner.ts';
import { floatCue, font, TransitionCard, type CueBox } from './overlays.ts';
import { bustKeys, bustSvg, glowSvg, People, type Focus } from './people.ts';
import { placeUrl, prefetchPlaces } from './prefetch.ts';
import {
  isKnownPlace,
  placeArtKey,
  placeFile,
  placeInfo,
  placeName,
  PLAQUE,
  type PlaceArt,
  type PlaceInfo,
} from './places/index.ts';
import { PALETTE, hex } from './svg.ts';
import { SvgTextures, type Art } from './textures.ts';

/**
 * Where a place's two layers come from: the files drawn at build time, or, for a video call (its
 * tiles depend on who is in it), the call's own code, loaded the first time a call is shown.
 */
function placeSource(artKey: string, people: readonly string[]): (key: string) => Art | Promise<Art> {
  let call: Promise<PlaceArt> | undefined;
  return (key) => {
    const layer = key.endsWith(':back') ? 'back' : 'front';
    if (!artKey.startsWith('video-call')) return placeUrl(placeFile(artKey, layer)).then((url) => ({ url }));
    call ??= import('./places/video-call.ts').then((m) => m.videoCall(people));
    return call.then((art) => ({ svg: art[layer] }));
  };
}

/** How long after the last movement the loop goes to sleep. */
const IDLE_MS = 120;

/** What the page learns from the stage (data attributes on the host, for tests and tools). */
export interface StageReport {
  /** Everyone drawn with a face: in the room or the call's tiles, and on the phone. */
  people: string;
  /** Those of them on the phone or a screen (a card in the corner). */
  remote: string;
  /** A line read from a message: `email:claire` (medium and sender), or empty. */
  message: string;
  /** Who is speaking: a counterpart's id, `you`, or empty. */
  speaker: string;
  place: string;
  transition: string | null;
  /** The stage's text alternative (see `describeScene`). */
  label: string;
  /** The learner over the shoulder in the shot, or left out of it (three people on a phone). */
  learner: 'in' | 'out';
  /** The floating cues on screen and where each is drawn (stage px): the page keeps captions clear. */
  cues: readonly FloatingCue[];
}

export interface FloatingCue {
  text: string;
  box: CueBox;
}

export class StageScene extends Phaser.Scene {
  reducedMotion = false;
  ready = false;
  onReady: (() => void) | null = null;
  onReport: ((report: Partial<StageReport>) => void) | null = null;

  private art!: SvgTextures;
  private back!: Phaser.GameObjects.Image;
  private front!: Phaser.GameObjects.Image;
  private plaque!: Phaser.GameObjects.Text;
  private people: People | null = null;
  private insets: Insets | null = null;
  private card!: TransitionCard;
  /** Card and cues: drawn over everything at screen scale, whatever the camera's framing. */
  private overlay!: Phaser.GameObjects.Container;
  private framing = { zoom: 1, x: STAGE_WIDTH / 2, y: STAGE_HEIGHT / 2 };
  private focus: Focus = { x: STAGE_WIDTH / 2, y: 400, call: false, left: 0, right: STAGE_WIDTH };
  private cast = new Cast();
  private latest: SessionView | null = null;
  private cues: string[] = [];
  private applying = false;
  private again = false;
  private shownScene = '';
  private cardOpening = false;
  private drawLater: (() => void) | null = null;
  private lastActivity = 0;
  private displayWidth = STAGE_WIDTH;
  /** Text sizes as if the canvas were this much smaller: > 1 on a projector, read from afar. */
  textBoost = 1;
  private gone = false;

  constructor() {
    super('stage');
  }

  create(): void {
    this.art = new SvgTextures(this.textures, this.game.renderer.type === Phaser.WEBGL);
    const leave = () => {
      this.gone = true;
      this.art.close();
      for (const timer of this.waits) this.unwait(timer);
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, leave);
    this.events.once(Phaser.Scenes.Events.DESTROY, leave);
    this.back = this.add.image(0, 0, '__WHITE').setOrigin(0).setDepth(0).setVisible(false);
    this.front = this.add.image(0, 0, '__WHITE').setOrigin(0).setDepth(20).setVisible(false);
    this.plaque = this.add
      .text(PLAQUE.x, PLAQUE.y, '', {
        fontFamily: font(),
        fontSize: '30px',
        color: hex(PALETTE.ink),
        fontStyle: '600',
        align: 'center',
      })
      .setOrigin(0.5)
      .setDepth(1);
    this.card = new TransitionCard(this);
    this.overlay = this.add.container(0, 0, [this.card.container]).setDepth(60).setScrollFactor(0);
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.resized());
    this.displayWidth = this.scale.displaySize.width || STAGE_WIDTH;
    // The learner's shoulder and the speaker's light are drawn side by side with the first scene's
    // place and people (apply waits for all of them), not before them.
    this.booted = this.art
      .ensure(['learner', 'fx:glow'], (key) => ({ svg: key === 'learner' ? learnerSvg() : glowSvg() }))
      .then(() => {
        if (this.gone) return;
        this.people = new People(this);
        this.insets = new Insets(this);
        // Under the transition card, over the picture.
        this.overlay.addAt(this.insets.container, 0);
      });
    this.ready = true;
    this.onReady?.();
  }

  private booted: Promise<void> = Promise.resolve();

  /** A new play-through of the same story on the same stage: who was seen, and where, starts over. */
  newRun(): void {
    this.cast = new Cast();
    this.shownScene = '';
    this.cues = [];
  }

  /** Called on every store change with the current view. */
  show(view: SessionView): void {
    this.latest = view;
    this.cues.push(...view.cues);
    this.cast.feed(view);
    if (this.applying) {
      this.again = true;
      return;
    }
    this.applying = true;
    void this.applyLatest();
  }

  private async applyLatest(): Promise<void> {
    try {
      do {
        this.again = false;
        if (this.latest) await this.apply(this.latest);
      } while (this.again && !this.gone);
    } catch (e) {
      console.warn('[Rapport] The stage could not draw this moment; the conversation goes on.', e);
    } finally {
      this.applying = false;
    }
  }

  private async apply(view: SessionView): Promise<void> {
    const plan = this.cast.plan(view);
    const info = placeInfo(plan.place);
    const ids = plan.people.map((p) => p.id);
    const artKey = placeArtKey(plan.place, info.call ? ids : []);
    const placeKeys = [`place:${artKey}:back`, `place:${artKey}:front`];
    // Textures are taken in on the game's loop: keep it awake while this moment's art loads.
    this.touch();
    // The place, the people and the cards in the corner load side by side: a scene is drawn
    // once all of it is there, with nothing on stage missing.
    await Promise.all([
      this.art.ensure(placeKeys, placeSource(artKey, ids)),
      this.art.ensure([...bustKeys(plan), ...insetKeys(plan)], (key) => ({
        svg: key.startsWith('inset:') ? insetSvg(key) : bustSvg(key),
      })),
      this.booted,
    ]);
    const people = this.people;
    const insets = this.insets;
    // A newer moment came while this one's art was drawn: go straight to it. A learner who plays
    // fast sees the scene they are in, not every scene they passed on the way (each with its card).
    if (!people || !insets || this.gone || this.again) return;
    // The story's next places, fetched while the learner reads (prefetch.ts).
    prefetchPlaces(view.storyId, plan.place);

    const draw = () => this.draw(people, insets, plan, info, placeKeys);
    const changed = plan.sceneKey !== this.shownScene;
    const first = this.shownScene === '';
    this.shownScene = plan.sceneKey;
    if (changed && (!first || plan.where)) this.showCard(plan, info, first, draw);
    else if (this.cardOpening) this.drawLater = draw;
    else draw();

    for (const cue of this.cues.splice(0)) this.floatCue(cueText(cue));
    this.touch();
  }

  /** Whether the learner's shoulder is in the camera's shot ('' before the first framing). */
  private learnerShot: 'in' | 'out' | '' = '';

  /** Cues on screen now, top to bottom. */
  private floating: FloatingCue[] = [];

  /** A cue under those still floating, reported with where it is drawn until it has faded. */
  private floatCue(text: string): void {
    const below = Math.max(0, ...this.floating.map((c) => c.box.y + c.box.h));
    const gone = () => {
      this.floating = this.floating.filter((c) => c !== cue);
      this.onReport?.({ cues: this.floating });
    };
    const box = floatCue(
      this,
      this.overlay,
      text,
      below,
      this.textWidth,
      this.reducedMotion,
      gone,
      this.later,
    );
    const cue = { text, box };
    this.floating = [...this.floating, cue];
    this.onReport?.({ cues: this.floating });
  }

  private draw(people: People, insets: Insets, plan: StagePlan, info: PlaceInfo, placeKeys: string[]): void {
    // A new place is drawn whole, with everyone in it at once: the first scene (which the learner
    // is looking at) and every later one (drawn under its card). Fades are for someone joining or
    // leaving a scene already on screen; at a new place they only kept the loop drawing.
    const still = this.reducedMotion || !this.back.visible || this.back.texture.key !== placeKeys[0];
    this.back.setTexture(placeKeys[0]!).setVisible(true);
    this.front.setTexture(placeKeys[1]!).setVisible(true);
    this.plaque.setText(isKnownPlace(plan.place) ? '' : placeName(plan.place) || t('stage.meeting'));
    this.focus = people.update(plan, info, still, this.textWidth);
    insets.update(plan, still, this.textWidth);
    this.resized();
    const inUse = new Set(placeKeys);
    this.art.evict(
      (key) =>
        (key.startsWith('place:') && !inUse.has(key)) ||
        (key.startsWith('bust:') && !people.uses(key)) ||
        (key.startsWith('inset:') && !insets.uses(key)),
    );
    const faces = [...plan.people, ...plan.remote];
    this.onReport?.({
      people: describePeople(faces),
      remote: describePeople(plan.remote),
      message: plan.message ? `${plan.message.medium}:${plan.message.id ?? ''}` : '',
      speaker: faces.find((p) => p.speaking)?.id ?? (plan.learnerSpeaking ? 'you' : ''),
      place: plan.place ?? '',
      label: describeScene(plan),
    });
    this.touch();
  }

  private showCard(plan: StagePlan, info: PlaceInfo, first: boolean, draw: () => void): void {
    const card = this.card.container;
    this.tweens.killTweensOf(card);
    this.unwait(this.cardWait);
    // The first scene's card is a band along the foot: the place and people are in view at once.
    this.card.set(plan.title, plan.subtitle, info.card, this.textWidth, first);
    card.setVisible(true);
    this.onReport?.({ transition: plan.title });
    const hide = () => {
      card.setVisible(false);
      this.onReport?.({ transition: null });
    };
    const opened = () => {
      this.cardOpening = false;
      const later = this.drawLater ?? draw;
      this.drawLater = null;
      later();
    };
    if (this.reducedMotion) {
      card.setAlpha(1);
      opened();
      this.cardWait = this.later(2600, () => (card.setAlpha(0), hide()));
      return;
    }
    this.cardOpening = true;
    this.drawLater = draw;
    const hold = first ? 1900 : 1700;
    const fadeOut = () =>
      (this.cardWait = this.later(hold, () =>
        this.tweens.add({ targets: card, alpha: 0, duration: 550, ease: 'Sine.easeIn', onComplete: hide }),
      ));
    if (first) {
      card.setAlpha(1);
      opened();
      fadeOut();
    } else {
      this.tweens.add({
        targets: card,
        alpha: 1,
        duration: 280,
        ease: 'Sine.easeOut',
        onComplete: () => (opened(), fadeOut()),
      });
    }
  }

  private get textWidth(): number {
    return this.displayWidth / this.textBoost;
  }

  /** Text is redrawn for the size the canvas is shown at, and a small canvas frames closer. */
  private resized(): void {
    const width = this.scale.displaySize.width;
    if (width > 0) this.displayWidth = width;
    this.frame();
    const worldWidth = this.textWidth * this.framing.zoom;
    this.plaque.setFontSize(fontPx(30, 12, worldWidth)).setWordWrapWidth(PLAQUE.width, true);
    this.card.resize(this.textWidth);
    this.people?.layoutPlates(worldWidth);
    this.insets?.resize(this.textWidth);
    this.touch();
  }

  /**
   * On a phone the stage is a few hundred pixels wide: the camera moves in on the people so faces
   * stay readable, keeping the learner's shoulder in the corner of the shot.
   */
  private frame(): void {
    // Close, but never so close that someone present is cut off (three people on a phone).
    const span = this.focus.right - this.focus.left;
    const zoom = Math.max(1, Math.min(closeUp(this.displayWidth), STAGE_WIDTH / Math.max(1, span)));
    const viewW = STAGE_WIDTH / zoom;
    const viewH = STAGE_HEIGHT / zoom;
    const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
    // The learner's shoulder stays in the corner of the shot when everyone else still fits.
    const withShoulder = Math.max(
      Math.min(this.focus.x, LEARNER.x + viewW / 2 - 40),
      this.focus.right - viewW / 2,
    );
    const x = clamp(this.focus.call ? STAGE_WIDTH / 2 : withShoulder, viewW / 2, STAGE_WIDTH - viewW / 2);
    const y = clamp(this.focus.y, viewH / 2, STAGE_HEIGHT - viewH / 2);
    if (this.people) {
      const learner = this.people.frameFrom(x - viewW / 2) ? 'in' : 'out';
      if (learner !== this.learnerShot) this.onReport?.({ learner: (this.learnerShot = learner) });
    }
    if (zoom === this.framing.zoom && x === this.framing.x && y === this.framing.y) return;
    this.framing = { zoom, x, y };
    const cam = this.cameras.main;
    cam.setZoom(zoom);
    cam.setScroll(x - STAGE_WIDTH / 2, y - STAGE_HEIGHT / 2);
    // Undo the zoom for the overlay, so cards and cues keep their size and place on screen.
    this.overlay
      .setScale(1 / zoom)
      .setPosition((STAGE_WIDTH / 2) * (1 - 1 / zoom), (STAGE_HEIGHT / 2) * (1 - 1 / zoom));
  }

  /** Timers waiting to change the picture (see `later`). */
  private readonly waits = new Set<ReturnType<typeof setTimeout>>();
  private cardWait: ReturnType<typeof setTimeout> | undefined;

  /**
   * `then` after `ms`, the loop asleep meanwhile and woken for what `then` starts. A card or a cue
   * held on screen by a tween's delay kept the loop drawing an unchanged picture for 2-3 s after
   * each scene change: where WebGL runs in software, 60-80 % of a throttled main thread, and the
   * learner's first press waited behind those frames.
   */
  private readonly later = (ms: number, then: () => void): ReturnType<typeof setTimeout> => {
    const timer = setTimeout(() => {
      this.waits.delete(timer);
      if (this.gone) return;
      then();
      this.touch();
    }, ms);
    this.waits.add(timer);
    return timer;
  };

  /** A `later` that is no longer wanted. */
  private unwait(timer: ReturnType<typeof setTimeout> | undefined): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    this.waits.delete(timer);
  }

  /** Keep the loop awake while something moves; let the stage sleep when idle. */
  touch(): void {
    this.lastActivity = performance.now();
    if (this.held) this.wakeAfterHold = true;
    else if (!this.game.loop.running) this.game.loop.wake();
  }

  private held = false;
  private wakeAfterHold = false;

  /**
   * A key or a press has come in: the page is about to show the answer. The stage draws nothing
   * until that frame is painted — where WebGL runs in software a stage frame costs several
   * milliseconds, and in the same frame it would delay the line the learner is waiting for.
   * At 30 fps one skipped frame does not show.
   */
  hold(until: Promise<void>): void {
    // Before the scene has booted (or once it is gone) there is no loop to hold.
    if (this.held || this.gone || !this.ready) return;
    this.held = true;
    this.wakeAfterHold = this.game.loop.running;
    this.game.loop.sleep();
    void until.then(() => {
      this.held = false;
      if (this.wakeAfterHold && !this.gone) this.game.loop.wake(true);
    });
  }

  override update(time: number): void {
    if (this.tweens.getTweens().length > 0 || this.applying) this.lastActivity = performance.now();
    else if (performance.now() - this.lastActivity > IDLE_MS && time > 0) this.game.loop.sleep();
  }
}

/** The model's cues (core/model/handlers.ts) in the learner's language; a story's own cue as written. */
const MODEL_CUES: Record<string, MessageKey> = {
  'Face lost in front of others': 'stage.cue.faceLostPublic',
  'Face threatened': 'stage.cue.faceThreatened',
  'Too early for business': 'stage.cue.tooEarly',
};
function cueText(cue: string): string {
  const key = MODEL_CUES[cue];
  return key && hasMessage(key) ? t(key) : cue;
}
