/**
 * Cards in the corner of the picture for people who are in the scene without being in the room:
 * someone on the phone or a screen (`# remote:`) — their face in a circle, "On the phone" and
 * their name — and a line read from a message (`# via: email`) — an envelope, "Email" and who it
 * is from. Whoever is speaking gets an amber ring and the three "speaking" bars, as on the name
 * plates. Drawn at screen scale in the corner, whatever the camera's framing, under the
 * transition card; text sized for the displayed width like every word on the stage.
 */
import Phaser from 'phaser';
import { t } from '../../l10n/index.ts';
import type { MessageCard, Remote, StagePlan } from './cast.ts';
import { lookOf } from './casting.ts';
import { fontPx, STAGE_WIDTH } from './layout.ts';
import { FACES } from './look.ts';
import { font } from './overlays.ts';
import { headshotSvg } from './portrait.ts';
import { PALETTE } from './svg.ts';
import type { Mood } from '../../core/story/tags.ts';

const MARGIN = 24;
const GAP = 12;

export const insetKey = (id: string, mood: Mood) => `inset:${id}:${mood}`;

/** The SVG behind an inset texture key (`inset:<id>:<mood>`). */
/** Headshot textures the plan needs. */
export function insetKeys(plan: StagePlan): string[] {
  return plan.remote.map((p) => insetKey(p.id, p.mood));
}

export function insetSvg(key: string): string {
  const [, id = '', mood = 'neutral'] = /^inset:(.*):(\w+)$/.exec(key) ?? [];
  return headshotSvg(lookOf(id), FACES[mood as Mood] ?? FACES.neutral);
}

type Kind = 'phone' | 'screen' | 'message';

interface CardContent {
  kind: Kind;
  label: string;
  name: string;
  speaking: boolean;
  /** Headshot texture, for a person. */
  texture: string | null;
}

class Card {
  readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly marks: Phaser.GameObjects.Graphics;
  private readonly face: Phaser.GameObjects.Image;
  private readonly label: Phaser.GameObjects.Text;
  private readonly name: Phaser.GameObjects.Text;
  private content: CardContent | null = null;
  private compact = false;
  private width = 0;
  height = 0;

  constructor(scene: Phaser.Scene) {
    this.bg = scene.add.graphics();
    this.marks = scene.add.graphics();
    this.face = scene.add.image(0, 0, '__WHITE').setOrigin(0.5).setVisible(false);
    const style = { fontFamily: font(), color: '#ffffff' };
    this.label = scene.add.text(0, 0, '', { ...style, color: '#f6d7a7' }).setOrigin(0, 0);
    this.name = scene.add.text(0, 0, '', { ...style, fontStyle: '600' }).setOrigin(0, 0);
    this.container = scene.add.container(0, 0, [this.bg, this.face, this.marks, this.label, this.name]);
  }

  get texture(): string | null {
    return this.content?.texture ?? null;
  }

  set(content: CardContent, displayWidth: number, compact: boolean): void {
    this.content = content;
    this.compact = compact;
    this.layout(displayWidth);
  }

  /**
   * Lay the card out for the displayed width; its position is its top-right corner. Compact (a
   * phone's width, with people in the room whose name plates it would cover): the face or the
   * envelope alone, with the icon as a badge — the words are on the page.
   */
  layout(displayWidth: number): void {
    const c = this.content;
    if (!c) return;
    const compact = this.compact;
    const nameSize = fontPx(26, 13, displayWidth);
    const labelSize = fontPx(20, 13, displayWidth);
    const pad = Math.round(nameSize * (compact ? 0.25 : 0.5));
    const d = Math.round(compact ? Math.max(96, nameSize * 2.2) : nameSize * 2.6);
    this.label.setFontSize(labelSize).setText(c.label).setVisible(!compact);
    this.name
      .setFontSize(nameSize)
      .setText(c.name)
      .setVisible(!compact && c.name !== '');
    const bars = c.speaking ? nameSize * 0.8 : 0;
    const textW = compact
      ? 0
      : Math.max(this.label.width + labelSize * 1.3, this.name.visible ? this.name.width + bars : 0);
    const textH = compact ? 0 : this.label.height + (this.name.visible ? this.name.height : 0);
    this.width = compact ? pad + d + pad : pad + d + pad + textW + pad;
    this.height = Math.max(d, textH) + pad * 2 + (compact && c.speaking ? nameSize * 0.9 : 0);
    const left = -this.width;
    const cx = left + pad + d / 2;
    const cy = pad + d / 2 + (compact ? 0 : (this.height - pad * 2 - d) / 2);
    const ring = (g: Phaser.GameObjects.Graphics) =>
      g
        .lineStyle(Math.max(3, d * 0.05), c.speaking ? PALETTE.amber : 0xffffff, c.speaking ? 1 : 0.5)
        .strokeCircle(cx, cy, d / 2);
    // The card, with an amber edge while its person (or message) speaks.
    this.bg.clear();
    this.bg.fillStyle(0x000000, 0.3).fillRoundedRect(left + 3, 5, this.width, this.height, pad);
    this.bg.fillStyle(PALETTE.ink, 0.9).fillRoundedRect(left, 0, this.width, this.height, pad);
    if (c.speaking)
      this.bg
        .lineStyle(Math.max(3, nameSize * 0.14), PALETTE.amber, 1)
        .strokeRoundedRect(left, 0, this.width, this.height, pad);
    // The face in its circle (or, for a message, an envelope in one).
    this.marks.clear();
    if (c.texture) {
      this.face.setTexture(c.texture).setPosition(cx, cy).setDisplaySize(d, d).setVisible(true);
      ring(this.marks);
    } else {
      this.face.setVisible(false);
      this.marks.fillStyle(PALETTE.ink2, 1).fillCircle(cx, cy, d / 2);
      ring(this.marks);
      envelope(this.marks, cx, cy, d * 0.5);
    }
    // Three bars for whoever speaks, so the highlight is not colour alone.
    const speakingBars = (x: number, y: number) => {
      this.marks.fillStyle(PALETTE.amber, 1);
      [0.45, 0.8, 0.55].forEach((k, i) =>
        this.marks.fillRoundedRect(
          x + i * nameSize * 0.2,
          y - (nameSize * k) / 2,
          nameSize * 0.12,
          nameSize * k,
          nameSize * 0.06,
        ),
      );
    };
    if (compact) {
      // The icon as a badge on the circle's lower right.
      if (c.texture) {
        const r = d * 0.2;
        const bx = cx + d * 0.34;
        const by = cy + d * 0.34;
        this.marks.fillStyle(PALETTE.ink, 1).fillCircle(bx, by, r);
        icon(this.marks, c.kind, bx, by, r * 1.1);
      }
      if (c.speaking) speakingBars(cx - nameSize * 0.3, pad + d + nameSize * 0.45);
      return;
    }
    // "On the phone" with its small icon, and the name under it.
    const tx = left + pad + d + pad;
    const ty = cy - textH / 2;
    icon(this.marks, c.kind, tx + labelSize * 0.45, ty + this.label.height / 2, labelSize * 0.9);
    this.label.setPosition(tx + labelSize * 1.3, ty);
    if (c.speaking) speakingBars(tx, ty + this.label.height + this.name.height / 2);
    this.name.setPosition(tx + bars, ty + this.label.height);
  }

  relayout(displayWidth: number, compact: boolean): void {
    this.compact = compact;
    this.layout(displayWidth);
  }

  destroy(): void {
    this.container.destroy();
  }
}

/** A small white line icon: a mobile phone, a screen, or an envelope. */
function icon(g: Phaser.GameObjects.Graphics, kind: Kind, x: number, y: number, size: number): void {
  g.lineStyle(Math.max(2, size * 0.12), 0xf6d7a7, 1);
  if (kind === 'phone') {
    const w = size * 0.56;
    g.strokeRoundedRect(x - w / 2, y - size / 2, w, size, size * 0.12);
    g.fillStyle(0xf6d7a7, 1).fillCircle(x, y + size * 0.32, size * 0.07);
  } else if (kind === 'screen') {
    g.strokeRoundedRect(x - size / 2, y - size * 0.42, size, size * 0.64, size * 0.08);
    g.lineBetween(x, y + size * 0.22, x, y + size * 0.42);
    g.lineBetween(x - size * 0.25, y + size * 0.44, x + size * 0.25, y + size * 0.44);
  } else envelope(g, x, y, size, 0xf6d7a7);
}

function envelope(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  size: number,
  color = 0xffffff,
): void {
  const w = size;
  const h = size * 0.68;
  g.lineStyle(Math.max(2, size * 0.1), color, 1);
  g.strokeRect(x - w / 2, y - h / 2, w, h);
  g.lineBetween(x - w / 2, y - h / 2, x, y + h * 0.1);
  g.lineBetween(x, y + h * 0.1, x + w / 2, y - h / 2);
}

export class Insets {
  readonly container: Phaser.GameObjects.Container;
  private cards = new Map<string, Card>();
  /** Cards fading out: still drawn, so their faces' textures are still in use. */
  private leaving = new Set<Card>();
  /** People in the room, whose name plates a full card could cover on a narrow stage. */
  private crowded = false;
  constructor(private readonly scene: Phaser.Scene) {
    this.container = scene.add.container(0, 0);
  }

  uses(key: string): boolean {
    return [...this.cards.values(), ...this.leaving].some((c) => c.texture === key);
  }

  /** `reduced`: cards come and go at once (reduced motion, or a new place drawn whole). */
  update(plan: StagePlan, reduced: boolean, displayWidth: number): void {
    this.crowded = plan.people.length > 0;
    const compact = this.isCompact(displayWidth);
    const wanted = new Map<string, CardContent>();
    for (const p of plan.remote) wanted.set(`remote:${p.id}`, remoteCard(p));
    if (plan.message) wanted.set('message', messageCard(plan.message));
    for (const [key, card] of this.cards) {
      if (wanted.has(key)) continue;
      this.cards.delete(key);
      if (reduced) card.destroy();
      else {
        this.leaving.add(card);
        this.scene.tweens.add({
          targets: card.container,
          alpha: 0,
          duration: 220,
          onComplete: () => {
            this.leaving.delete(card);
            card.destroy();
          },
        });
      }
    }
    for (const [key, content] of wanted) {
      let card = this.cards.get(key);
      if (!card) {
        card = new Card(this.scene);
        this.container.add(card.container);
        this.cards.set(key, card);
        if (!reduced) {
          card.container.setAlpha(0);
          this.scene.tweens.add({ targets: card.container, alpha: 1, duration: 320 });
        }
      }
      card.set(content, displayWidth, compact);
    }
    this.place();
  }

  /** Re-lay the cards for a new displayed width. */
  resize(displayWidth: number): void {
    const compact = this.isCompact(displayWidth);
    for (const card of this.cards.values()) card.relayout(displayWidth, compact);
    this.place();
  }

  /** On a phone's width a full card would cover the name plates of the people in the room. */
  private isCompact(displayWidth: number): boolean {
    return displayWidth < 640 && this.crowded;
  }

  /** Stacked down from the top-right corner. */
  private place(): void {
    let y = MARGIN;
    for (const card of this.cards.values()) {
      card.container.setPosition(STAGE_WIDTH - MARGIN, y);
      y += card.height + GAP;
    }
  }
}

function remoteCard(p: Remote): CardContent {
  const screen = p.how === 'on screen';
  return {
    kind: screen ? 'screen' : 'phone',
    label: t(screen ? 'stage.onScreen' : 'stage.onPhone'),
    name: p.name,
    speaking: p.speaking,
    texture: insetKey(p.id, p.mood),
  };
}

function messageCard(m: MessageCard): CardContent {
  return {
    kind: 'message',
    label: m.medium.charAt(0).toUpperCase() + m.medium.slice(1),
    name: m.name ?? '',
    speaking: m.speaking,
    texture: null,
  };
}
