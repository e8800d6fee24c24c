/**
 * The stage's words, drawn large enough to read on a phone: name plates (amber for whoever is
 * speaking), the transition card between meetings ("Shanghai — day 3"), and the short floating
 * cue of a big moment. Sizes are in stage pixels, set from the displayed width by `resize`.
 * Every word here is also on the page as text; these only echo it on the picture.
 */
import Phaser from 'phaser';
import { fontStack } from '../shared/fonts.ts';
import { language } from '../../l10n/index.ts';
import { fontPx, STAGE_HEIGHT, STAGE_WIDTH } from './layout.ts';
import { PALETTE, hex } from './svg.ts';

/** The canvas text's font stack, in the learner's language (CJK fonts for Chinese and Japanese). */
export const font = (): string => fontStack(language());

/** A name in a rounded pill; the container's position is the pill's bottom centre, left or right. */
export class Plate {
  readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private speaking = false;
  private size = 30;

  constructor(
    scene: Phaser.Scene,
    text: string,
    private readonly align: 'center' | 'left' | 'right' = 'center',
  ) {
    this.bg = scene.add.graphics();
    this.label = scene.add.text(0, 0, text, {
      fontFamily: font(),
      fontSize: '30px',
      color: '#ffffff',
      fontStyle: '600',
    });
    this.label.setOrigin(align === 'center' ? 0.5 : 0, 1);
    this.container = scene.add.container(0, 0, [this.bg, this.label]).setDepth(40);
    this.redraw();
  }

  /** Fit the font to the displayed width; `maxWidth` keeps it inside a call tile. */
  resize(displayWidth: number, maxWidth = Infinity): void {
    let size = fontPx(30, 13, displayWidth);
    const estimate = (s: number) => this.label.text.length * s * 0.56 + s * 1.4;
    while (size > 16 && estimate(size) > maxWidth) size -= 2;
    if (size !== this.size) {
      this.size = size;
      this.redraw();
    }
  }

  setSpeaking(speaking: boolean): void {
    if (speaking === this.speaking) return;
    this.speaking = speaking;
    this.redraw();
  }

  setText(text: string): void {
    if (text === this.label.text) return;
    this.label.setText(text);
    this.redraw();
  }

  private redraw(): void {
    const s = this.size;
    const padX = s * 0.5;
    const padY = s * 0.22;
    const dot = this.speaking ? s * 0.7 : 0;
    this.label.setFontSize(s).setColor(this.speaking ? hex(PALETTE.ink) : '#ffffff');
    const w = this.label.width + padX * 2 + dot;
    const h = this.label.height + padY * 2;
    const left = this.align === 'center' ? -w / 2 : this.align === 'right' ? -w : 0;
    this.label.setPosition(left + padX + dot + (this.align === 'center' ? this.label.width / 2 : 0), -padY);
    this.bg.clear();
    this.bg.fillStyle(0x000000, 0.25).fillRoundedRect(left + 2, -h + 4, w, h, h / 2);
    this.bg
      .fillStyle(this.speaking ? PALETTE.amber : PALETTE.ink, this.speaking ? 1 : 0.86)
      .fillRoundedRect(left, -h, w, h, h / 2);
    if (this.speaking) {
      // A small "speaking" mark: three bars, so the highlight is not colour alone.
      const bx = left + padX * 0.9;
      const by = -h / 2;
      this.bg.fillStyle(PALETTE.ink, 1);
      [0.45, 0.8, 0.55].forEach((k, i) =>
        this.bg.fillRoundedRect(bx + i * s * 0.2, by - (s * k) / 2, s * 0.12, s * k, s * 0.06),
      );
    }
  }

  destroy(): void {
    this.container.destroy();
  }
}

/** The card between meetings: where and when, over a wash in the place's colour. */
export class TransitionCard {
  readonly container: Phaser.GameObjects.Container;
  private readonly wash: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly subtitle: Phaser.GameObjects.Text;
  private readonly rule: Phaser.GameObjects.Graphics;

  constructor(scene: Phaser.Scene) {
    this.wash = scene.add.graphics();
    this.title = scene.add
      .text(STAGE_WIDTH / 2, STAGE_HEIGHT / 2 - 10, '', {
        fontFamily: font(),
        fontSize: '60px',
        color: '#ffffff',
        fontStyle: '700',
        align: 'center',
      })
      .setOrigin(0.5, 1);
    this.subtitle = scene.add
      .text(STAGE_WIDTH / 2, STAGE_HEIGHT / 2 + 34, '', {
        fontFamily: font(),
        fontSize: '28px',
        color: '#f6d7a7',
        align: 'center',
      })
      .setOrigin(0.5, 0);
    this.rule = scene.add.graphics();
    this.container = scene.add
      .container(0, 0, [this.wash, this.rule, this.title, this.subtitle])
      .setAlpha(0)
      .setVisible(false);
  }

  private text = { title: '', subtitle: '' };
  private color: number = PALETTE.ink;
  private banner = false;

  /**
   * `banner`: a band across the foot of the picture instead of a wash over all of it — the first
   * scene opens with its place and people in view at once, the card's words along the bottom.
   */
  set(title: string, subtitle: string, color: number, displayWidth: number, banner = false): void {
    this.text = { title, subtitle };
    this.color = color;
    this.banner = banner;
    this.resize(displayWidth);
  }

  /** Lay the card out for the displayed size: on a phone the place and date take two lines. */
  resize(displayWidth: number): void {
    const maxW = STAGE_WIDTH - 120;
    const size = fontPx(this.banner ? 44 : 60, 20, displayWidth);
    this.title.setFontSize(size).setWordWrapWidth(maxW, true).setText(this.text.title);
    if (this.title.width > maxW * 0.98 || this.title.height > size * 1.6)
      this.title.setText(this.text.title.replace(' — ', '\n'));
    this.subtitle
      .setText(this.text.subtitle.toUpperCase())
      .setFontSize(fontPx(this.banner ? 24 : 28, 13, displayWidth))
      .setLetterSpacing(4);
    const gap = size * 0.35;
    const ruleH = Math.max(8, size * 0.12);
    const total = this.title.height + gap + ruleH + gap + (this.text.subtitle ? this.subtitle.height : 0);
    const pad = size * 0.6;
    const top = this.banner ? STAGE_HEIGHT - total - pad : Math.max(20, STAGE_HEIGHT * 0.46 - total / 2);
    this.wash.clear();
    if (this.banner) {
      const bandTop = Math.max(0, top - pad);
      this.wash.fillStyle(this.color, 0.86).fillRect(0, bandTop, STAGE_WIDTH, STAGE_HEIGHT - bandTop);
    } else {
      this.wash.fillStyle(this.color, 0.93).fillRect(0, 0, STAGE_WIDTH, STAGE_HEIGHT);
      this.wash.fillStyle(0x000000, 0.18).fillRect(0, STAGE_HEIGHT * 0.72, STAGE_WIDTH, STAGE_HEIGHT * 0.28);
    }
    this.title.setOrigin(0.5, 0).setPosition(STAGE_WIDTH / 2, top);
    const ruleY = top + this.title.height + gap;
    const ruleW = Math.min(STAGE_WIDTH - 200, Math.max(160, this.title.width * 0.4));
    this.rule
      .clear()
      .fillStyle(PALETTE.amber, 1)
      .fillRoundedRect(STAGE_WIDTH / 2 - ruleW / 2, ruleY, ruleW, ruleH, ruleH / 2);
    this.subtitle.setOrigin(0.5, 0).setPosition(STAGE_WIDTH / 2, ruleY + ruleH + gap);
  }
}

/** Where a floating cue is drawn, in stage pixels (its shadow included), at its lowest and largest. */
export interface CueBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The gap between stacked cues and the top of the stage (stage px). */
export const CUE_TOP = 28;
const CUE_GAP = 12;

/**
 * Run `then` after `ms` of real time, with the stage's loop asleep meanwhile (a tween's `delay`
 * keeps the loop drawing the same picture, 30 times a second, for the whole wait).
 */
export type Later = (ms: number, then: () => void) => void;

/**
 * A caption for a big moment that floats up and fades (or simply shows, with reduced motion), the
 * `index`-th under the top edge; `below` is where the cues above it end (stage px). `onGone` runs
 * when it has faded. Returns where it is drawn: the page keeps the sound captions clear of it.
 */
export function floatCue(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  text: string,
  below: number,
  displayWidth: number,
  reduced: boolean,
  onGone: () => void,
  later: Later,
): CueBox {
  const size = fontPx(32, 15, displayWidth);
  const label = scene.add
    .text(0, 0, text, {
      fontFamily: font(),
      fontSize: `${size}px`,
      color: hex(PALETTE.ink),
      fontStyle: '700',
      align: 'center',
    })
    .setOrigin(0.5)
    .setWordWrapWidth(STAGE_WIDTH - 220, true);
  const w = label.width + size * 1.6;
  const h = label.height + size * 0.8;
  const bg = scene.add.graphics();
  bg.fillStyle(0x000000, 0.28).fillRoundedRect(-w / 2 + 4, -h / 2 + 6, w, h, Math.min(h / 2, size));
  bg.fillStyle(0xfff4e0, 1).fillRoundedRect(-w / 2, -h / 2, w, h, Math.min(h / 2, size));
  bg.fillStyle(PALETTE.amber, 1).fillRoundedRect(-w / 2, -h / 2, size * 0.36, h, {
    tl: Math.min(h / 2, size),
    bl: Math.min(h / 2, size),
    tr: 0,
    br: 0,
  });
  const y = Math.max(CUE_TOP, below + CUE_GAP) + h / 2;
  const cue = scene.add.container(STAGE_WIDTH / 2, y, [bg, label]);
  layer.add(cue);
  const end = () => {
    cue.destroy();
    onGone();
  };
  // It starts at 92 % and rises as it fades: its lowest, largest place is where it settles.
  const box = { x: STAGE_WIDTH / 2 - w / 2, y: y - h / 2, w: w + 4, h: h + 6 };
  if (reduced) {
    later(3200, end);
    return box;
  }
  cue.setAlpha(0).setScale(0.92);
  scene.tweens.add({
    targets: cue,
    alpha: 1,
    scale: 1,
    duration: 260,
    ease: 'Back.easeOut',
    onComplete: () =>
      later(2600, () =>
        scene.tweens.add({
          targets: cue,
          y: y - 50,
          alpha: 0,
          duration: 700,
          ease: 'Sine.easeIn',
          onComplete: end,
        }),
      ),
  });
  return box;
}
