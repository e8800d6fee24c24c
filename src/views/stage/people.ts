/**
 * The people on stage as Phaser objects: each counterpart's bust (texture per expression), their
 * name plate, the speaker's light, the call's tile frames, and the learner over the shoulder with
 * a "You" plate. Given a plan (who, which mood, who speaks), it places and lights everyone.
 */
import Phaser from 'phaser';
import { t } from '../../l10n/index.ts';
import type { StagePlan } from './cast.ts';
import {
  callTiles,
  LEARNER,
  roomSlots,
  SELF_VIEW,
  STAGE_WIDTH,
  tileSlot,
  type Slot,
  type Tile,
} from './layout.ts';
import { LEARNER_H } from './learner.ts';
import { lookOf } from './casting.ts';
import { FACES } from './look.ts';
import { Plate } from './overlays.ts';
import type { PlaceInfo } from './places/index.ts';
import { BUST_W, HEAD_Y, personSvg } from './portrait.ts';
import { mix, PALETTE, radial, svgDoc } from './svg.ts';
import type { Mood } from '../../core/story/tags.ts';

interface PersonView {
  image: Phaser.GameObjects.Image;
  plate: Plate;
  mood: Mood;
  slot: Slot;
  tile: Tile | null;
}

/** Where the camera should look: the people's centre, and how far they reach left and right. */
export interface Focus {
  x: number;
  y: number;
  call: boolean;
  left: number;
  right: number;
}

export const bustKey = (id: string, mood: Mood) => `bust:${id}:${mood}`;

/** Bust textures the plan needs. */
export function bustKeys(plan: StagePlan): string[] {
  return plan.people.map((p) => bustKey(p.id, p.mood));
}

/** The SVG behind a bust texture key (`bust:<id>:<mood>`). */
export function bustSvg(key: string): string {
  const [, id = '', mood = 'neutral'] = /^bust:(.*):(\w+)$/.exec(key) ?? [];
  return personSvg(lookOf(id), FACES[mood as Mood] ?? FACES.neutral);
}

/** A soft pool of warm light, put behind whoever speaks. */
export function glowSvg(): string {
  return svgDoc(
    512,
    512,
    radial('l', [
      [0, 0xfff1d6, 0.85],
      [0.45, 0xffe2b0, 0.35],
      [1, 0xffe2b0, 0],
    ]),
    '<rect width="512" height="512" fill="url(#l)"/>',
  );
}

export class People {
  private views = new Map<string, PersonView>();
  private readonly glow: Phaser.GameObjects.Image;
  private readonly frames: Phaser.GameObjects.Graphics;
  private readonly learner: Phaser.GameObjects.Image;
  private readonly youRoom: Plate;
  private readonly youCall: Plate;
  private call = false;
  private readonly leaving = new Set<Phaser.GameObjects.Image>();
  private readonly moving = new WeakMap<Phaser.GameObjects.Image, Phaser.Tweens.Tween>();

  constructor(private readonly scene: Phaser.Scene) {
    this.glow = scene.add
      .image(0, 0, 'fx:glow')
      .setDepth(5)
      .setAlpha(0)
      .setBlendMode(Phaser.BlendModes.SCREEN);
    this.frames = scene.add.graphics().setDepth(35);
    this.learner = scene.add
      .image(LEARNER.x, LEARNER.y, 'learner')
      .setOrigin(0.5, 1)
      .setScale(LEARNER.scale)
      .setDepth(30);
    this.youRoom = new Plate(scene, t('play.you'));
    this.youCall = new Plate(scene, t('play.you'), 'right');
  }

  private learnerInShot = true;

  /**
   * The camera's shot begins at `left` (stage px). A shot that does not reach the middle of the
   * learner's head (three people on a phone) leaves the learner out, with their plate, rather than
   * showing a sliver of hair at the edge. Returns whether the learner is in the shot.
   */
  frameFrom(left: number): boolean {
    this.learnerInShot = left < LEARNER.x;
    this.learner.setVisible(this.learnerInShot);
    this.youRoom.container.setVisible(!this.call && this.learnerInShot);
    return this.learnerInShot;
  }

  /** Whether a texture key is (or may soon be) in use: every mood of everyone present. */
  uses(key: string): boolean {
    return (
      [...this.views.keys()].some((id) => key.startsWith(`bust:${id}:`)) ||
      [...this.leaving].some((image) => image.texture.key === key)
    );
  }

  /**
   * Place and light everyone; returns where the camera should look (the people's centre).
   * `reduced`: everything at once, nothing fades or moves (reduced motion, or a new place drawn whole).
   */
  update(plan: StagePlan, info: PlaceInfo, reduced: boolean, displayWidth: number): Focus {
    this.call = info.call;
    const n = plan.people.length;
    const tiles = info.call ? callTiles(n) : null;
    const slots = tiles ? tiles.map(tileSlot) : roomSlots(n, info.standing);
    for (const [id, view] of this.views) {
      if (plan.people.some((p) => p.id === id)) continue;
      this.views.delete(id);
      view.plate.destroy();
      if (reduced) view.image.destroy();
      else {
        // Its texture must outlive the fade: `uses` keeps it until the image is gone.
        this.leaving.add(view.image);
        this.scene.tweens.add({
          targets: view.image,
          alpha: 0,
          duration: 220,
          onComplete: () => {
            this.leaving.delete(view.image);
            view.image.destroy();
          },
        });
      }
    }
    const someoneSpeaks = plan.learnerSpeaking || plan.people.some((p) => p.speaking);
    plan.people.forEach((p, i) => {
      const slot = slots[i]!;
      const key = bustKey(p.id, p.mood);
      let view = this.views.get(p.id);
      if (!view) {
        const image = this.scene.add.image(slot.x, slot.y, key).setOrigin(0.5, 1).setScale(slot.scale);
        view = {
          image,
          plate: new Plate(this.scene, p.name, tiles ? 'left' : 'center'),
          mood: p.mood,
          slot,
          tile: null,
        };
        this.views.set(p.id, view);
        if (!reduced) {
          image.setAlpha(0);
          this.scene.tweens.add({ targets: image, alpha: 1, duration: 320 });
        }
      } else if (view.mood !== p.mood) {
        view.image.setTexture(key);
        view.mood = p.mood;
        // A small lean as the face changes, so the change catches the eye.
        if (!reduced)
          this.scene.tweens.add({
            targets: view.image,
            angle: p.mood === 'pleased' ? 1.6 : -1.6,
            duration: 150,
            yoyo: true,
            ease: 'Sine.easeOut',
          });
      }
      view.slot = slot;
      view.tile = tiles?.[i] ?? null;
      const lit = p.speaking || !someoneSpeaks;
      view.image.setTint(lit ? info.light : tiles ? mix(info.light, info.dim, 0.4) : info.dim);
      view.image.setDepth(p.speaking ? 12 : n === 3 && i === 1 ? 9 : 10);
      this.move(
        view.image,
        { x: slot.x, y: slot.y, scale: slot.scale * (p.speaking && !tiles ? 1.035 : 1) },
        reduced,
      );
      view.plate.setText(p.name);
      view.plate.setSpeaking(p.speaking);
    });
    this.light(plan, tiles, slots, reduced);
    this.learner.setTint(plan.learnerSpeaking ? 0xffffff : 0xd8d8d8);
    this.youRoom.setSpeaking(plan.learnerSpeaking);
    this.youCall.setSpeaking(plan.learnerSpeaking);
    this.youRoom.container.setVisible(!info.call && this.learnerInShot);
    this.youCall.container.setVisible(info.call);
    this.layoutPlates(displayWidth);
    if (tiles || slots.length === 0)
      return { x: STAGE_WIDTH / 2, y: tiles ? 318 : 400, call: !!tiles, left: 0, right: STAGE_WIDTH };
    const xs = slots.map((s) => s.x);
    const head = slots[0]!.y + HEAD_Y * slots[0]!.scale;
    // Shoulders and name plates reach about a third of a bust's width either side of its centre.
    const reach = Math.max(...slots.map((s) => BUST_W * s.scale * 0.36));
    return {
      x: (Math.min(...xs) + Math.max(...xs)) / 2,
      y: head + 60,
      call: false,
      left: Math.min(...xs) - reach,
      right: Math.max(...xs) + reach,
    };
  }

  private light(plan: StagePlan, tiles: Tile[] | null, slots: Slot[], reduced: boolean): void {
    const i = plan.people.findIndex((p) => p.speaking);
    this.frames.clear();
    if (tiles) {
      this.glow.setAlpha(0);
      tiles.forEach((t, k) => {
        if (k !== i) return;
        this.frames.lineStyle(7, PALETTE.amber, 1).strokeRoundedRect(t.x - 2, t.y - 2, t.w + 4, t.h + 4, 6);
      });
      if (plan.learnerSpeaking) {
        const s = SELF_VIEW;
        this.frames.lineStyle(5, PALETTE.amber, 1).strokeRoundedRect(s.x - 3, s.y - 3, s.w + 6, s.h + 6, 8);
      }
      return;
    }
    const slot = slots[i];
    if (!slot) {
      this.fade(this.glow, 0, reduced);
      return;
    }
    this.glow.setPosition(slot.x, slot.y + (HEAD_Y + 60) * slot.scale).setScale(1.5 * slot.scale);
    this.fade(this.glow, 0.55, reduced);
  }

  /** Plates are sized for the displayed width: legible on a phone, modest on a projector. */
  layoutPlates(displayWidth: number): void {
    const views = [...this.views.values()];
    const spacing = views.length > 1 ? Math.abs(views[1]!.slot.x - views[0]!.slot.x) - 16 : Infinity;
    for (const v of views) {
      if (v.tile) {
        v.plate.resize(displayWidth, v.tile.w - 24);
        v.plate.container.setPosition(v.tile.x + 12, v.tile.y + v.tile.h - 12);
      } else {
        v.plate.resize(displayWidth, spacing);
        v.plate.container.setPosition(v.slot.x, v.slot.y + (HEAD_Y - 150) * v.slot.scale);
      }
    }
    this.youRoom.resize(displayWidth);
    this.youRoom.container.setPosition(LEARNER.x + 10, LEARNER.y - LEARNER_H * LEARNER.scale * 0.93);
    this.youCall.resize(displayWidth);
    this.youCall.container.setPosition(SELF_VIEW.x - 10, SELF_VIEW.y + SELF_VIEW.h);
  }

  private move(
    image: Phaser.GameObjects.Image,
    to: { x: number; y: number; scale: number },
    reduced: boolean,
  ): void {
    if (reduced) {
      image.setPosition(to.x, to.y).setScale(to.scale);
      return;
    }
    if (image.x === to.x && image.y === to.y && image.scale === to.scale) return;
    this.moving.get(image)?.stop();
    this.moving.set(
      image,
      this.scene.tweens.add({
        targets: image,
        x: to.x,
        y: to.y,
        scale: to.scale,
        duration: 300,
        ease: 'Sine.easeOut',
      }),
    );
  }

  private fade(target: Phaser.GameObjects.Image, alpha: number, reduced: boolean): void {
    if (reduced || target.alpha === alpha) {
      target.setAlpha(alpha);
      return;
    }
    this.scene.tweens.add({ targets: target, alpha, duration: 300 });
  }

  get isCall(): boolean {
    return this.call;
  }
}
