/**
 * The Phaser stage: a view on the store. It draws the place, the people present (the speaker
 * highlighted, each face showing the model's expression or the line's mood), the learner, scene
 * transitions ("Shanghai — day 3") and floating cues. It never calls ink or the model, and it
 * sleeps its loop when nothing moves so the page stays cheap at rest.
 * Loaded lazily after the first line of dialogue (see src/ui/app.ts).
 */
import Phaser from 'phaser';
import type { SessionView } from '../session/types.ts';
import type { GameStore } from '../store/game-store.ts';
import { reducedMotion, type SettingsStore } from '../store/settings.ts';
import type { Mood } from '../story/tags.ts';
import { appearanceFor, FACES } from './look.ts';
import { drawPlace, PLACE_NAMES, STAGE_HEIGHT, STAGE_WIDTH } from './places.ts';
import { drawLearner, drawPerson } from './portrait.ts';

interface Person {
  id: string;
  container: Phaser.GameObjects.Container;
  body: Phaser.GameObjects.Graphics;
  plate: Phaser.GameObjects.Text;
  mood: Mood | null;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const IDLE_MS = 400;

class StageScene extends Phaser.Scene {
  private background!: Phaser.GameObjects.Graphics;
  private learner!: Phaser.GameObjects.Container;
  private banner!: Phaser.GameObjects.Container;
  private bannerText!: Phaser.GameObjects.Text;
  private people = new Map<string, Person>();
  private present: string[] = [];
  private place: string | null | undefined = undefined;
  private sceneKey = '';
  private seenLines = 0;
  reducedMotion = false;
  private lastActivity = 0;
  ready = false;
  onReady: (() => void) | null = null;
  /** Called after each redraw with who is on stage and the face each shows (for tests and tools). */
  onDrawn: ((people: string) => void) | null = null;

  constructor() {
    super('stage');
  }

  create(): void {
    this.background = this.add.graphics();
    const learnerBody = this.add.graphics();
    drawLearner(learnerBody);
    const youPlate = this.add
      .text(0, -300, 'You', {
        fontFamily: FONT,
        fontSize: '34px',
        color: '#ffffff',
        backgroundColor: '#14213dcc',
        padding: { x: 12, y: 4 },
      })
      .setOrigin(0.5);
    this.learner = this.add.container(190, STAGE_HEIGHT + 10, [learnerBody, youPlate]).setDepth(10);
    this.bannerText = this.add
      .text(0, 0, '', { fontFamily: FONT, fontSize: '40px', color: '#ffffff', fontStyle: 'bold' })
      .setOrigin(0.5);
    const bannerBg = this.add.graphics();
    bannerBg.fillStyle(0x14213d, 0.82);
    bannerBg.fillRoundedRect(-360, -44, 720, 88, 18);
    this.banner = this.add
      .container(STAGE_WIDTH / 2, 110, [bannerBg, this.bannerText])
      .setDepth(20)
      .setAlpha(0);
    this.ready = true;
    this.onReady?.();
  }

  /** Called on every store change with the current view. */
  show(view: SessionView): void {
    const fresh = view.lines.slice(this.seenLines);
    this.seenLines = view.lines.length;
    for (const line of fresh) {
      const place = line.tags.find((t) => t.name === 'place')?.value;
      if (place !== undefined && place !== this.place) {
        this.place = place;
        this.present = [];
      }
      if (line.speaker && line.kind === 'line' && !['you', 'narrator'].includes(line.speaker.toLowerCase())) {
        if (!this.present.includes(line.speaker)) this.present.push(line.speaker);
      }
    }
    if (this.place === undefined) this.place = view.scene.place;
    if (this.present.length === 0 && view.counterparts[0]) this.present = [view.counterparts[0].id];
    this.present = this.present.slice(-3);
    drawPlace(this.background, this.place ?? null);

    const key = `${view.scene.location ?? ''}|${view.scene.place ?? ''}|${view.scene.day}|${view.scene.date ?? ''}`;
    if (key !== this.sceneKey) {
      const first = this.sceneKey === '';
      this.sceneKey = key;
      this.showBanner(view, first);
    }
    this.layoutPeople(view);
    for (const cue of view.cues) this.floatCue(cue);
    this.touch();
  }

  private layoutPeople(view: SessionView): void {
    const slots =
      this.present.length === 1 ? [780] : this.present.length === 2 ? [600, 980] : [480, 800, 1110];
    for (const [id, person] of this.people) {
      if (!this.present.includes(id)) {
        person.container.destroy();
        this.people.delete(id);
      }
    }
    this.present.forEach((id, i) => {
      const cp = view.counterparts.find((c) => c.id === id);
      const mood: Mood = (view.speaker === id ? view.mood : null) ?? cp?.expression ?? 'neutral';
      let person = this.people.get(id);
      if (!person) {
        const body = this.add.graphics();
        const plate = this.add
          .text(0, -462, cp?.name ?? id, {
            fontFamily: FONT,
            fontSize: '34px',
            color: '#ffffff',
            backgroundColor: '#14213dcc',
            padding: { x: 12, y: 4 },
          })
          .setOrigin(0.5, 1);
        const container = this.add.container(slots[i]!, STAGE_HEIGHT + 6, [body, plate]);
        person = { id, container, body, plate, mood: null };
        this.people.set(id, person);
      }
      if (person.mood !== mood) {
        drawPerson(person.body, appearanceFor(id), FACES[mood]);
        person.mood = mood;
      }
      const speaking = view.speaker === id;
      const target = { x: slots[i]!, alpha: speaking || !view.speaker ? 1 : 0.6, scale: speaking ? 1 : 0.94 };
      this.moveTo(person.container, target);
      person.plate
        .setBackgroundColor(speaking ? '#fca311' : '#14213dcc')
        .setColor(speaking ? '#14213d' : '#ffffff');
    });
    this.onDrawn?.([...this.people.values()].map((p) => `${p.id}:${p.mood}`).join(' '));
    const learnerSpeaking = view.speaker?.toLowerCase() === 'you';
    this.moveTo(this.learner, { x: 190, alpha: learnerSpeaking ? 1 : 0.85, scale: 1 });
  }

  private moveTo(
    target: Phaser.GameObjects.Container,
    to: { x: number; alpha: number; scale: number },
  ): void {
    if (this.reducedMotion) {
      target.setPosition(to.x, target.y).setAlpha(to.alpha).setScale(to.scale);
      return;
    }
    this.tweens.add({
      targets: target,
      x: to.x,
      alpha: to.alpha,
      scale: to.scale,
      duration: 260,
      ease: 'Sine.easeOut',
    });
  }

  private showBanner(view: SessionView, first: boolean): void {
    const place = view.scene.place
      ? (PLACE_NAMES[view.scene.place] ?? view.scene.place.replace(/-/g, ' '))
      : '';
    const where = view.scene.location ?? place;
    const when = view.scene.date ?? `day ${view.scene.day + 1}`;
    if (!where && first) return;
    this.bannerText.setText(where ? `${where} — ${when}` : when);
    this.tweens.killTweensOf(this.banner);
    this.banner.setAlpha(this.reducedMotion ? 1 : 0);
    if (this.reducedMotion) {
      this.tweens.add({ targets: this.banner, alpha: 0, delay: 2200, duration: 0 });
      return;
    }
    this.tweens.chain({
      targets: this.banner,
      tweens: [
        { alpha: 1, duration: 300 },
        { alpha: 1, duration: 1800 },
        { alpha: 0, duration: 500 },
      ],
    });
  }

  private floatCue(text: string): void {
    const cue = this.add
      .text(STAGE_WIDTH / 2, 250, text, {
        fontFamily: FONT,
        fontSize: '30px',
        color: '#14213d',
        backgroundColor: '#fca311',
        padding: { x: 16, y: 8 },
      })
      .setOrigin(0.5)
      .setDepth(30);
    const end = () => cue.destroy();
    if (this.reducedMotion) {
      this.tweens.add({ targets: cue, alpha: 0, delay: 2500, duration: 0, onComplete: end });
      return;
    }
    this.tweens.add({
      targets: cue,
      y: 190,
      alpha: { from: 1, to: 0 },
      delay: 1600,
      duration: 900,
      onComplete: end,
    });
  }

  /** Keep the loop awake while something moves; let the stage sleep when idle. */
  touch(): void {
    this.lastActivity = performance.now();
    if (!this.game.loop.running) this.game.loop.wake();
  }

  override update(time: number): void {
    const busy = this.tweens.getTweens().length > 0;
    if (busy) this.lastActivity = performance.now();
    else if (performance.now() - this.lastActivity > IDLE_MS && time > 0) this.game.loop.sleep();
  }
}

export function mountStage(
  host: HTMLElement,
  store: GameStore,
  settings: SettingsStore,
): { destroy(): void } {
  const scene = new StageScene();
  scene.reducedMotion = reducedMotion(settings.getState());
  const unsubscribeSettings = settings.subscribe((s) => (scene.reducedMotion = reducedMotion(s)));
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: host,
    width: STAGE_WIDTH,
    height: STAGE_HEIGHT,
    backgroundColor: '#14213d',
    banner: false,
    audio: { noAudio: true },
    fps: { target: 30 },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene,
  });
  host.classList.add('stage-ready');
  let latest = store.getState().session;
  scene.onReady = () => latest && scene.show(latest);
  // What the stage shows, readable from the page: `data-people="liwei:uneasy"`.
  scene.onDrawn = (people) => (host.dataset.people = people);
  const unsubscribe = store.subscribe((state) => {
    if (state.session && state.session !== latest) {
      latest = state.session;
      if (scene.ready) scene.show(latest);
    }
  });
  const onResize = () => scene.ready && scene.touch();
  window.addEventListener('resize', onResize);
  return {
    destroy() {
      unsubscribe();
      unsubscribeSettings();
      window.removeEventListener('resize', onResize);
      // Phaser tears down on its next step: a sleeping loop would never get there and the whole
      // game (canvas, WebGL context, textures) would leak. Wake it first.
      if (!game.loop.running) game.loop.wake();
      game.destroy(true);
    },
  };
}
