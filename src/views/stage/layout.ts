/**
 * Where things go on the 1280 × 720 stage: slots for the people present (in a room, or in the
 * tiles of a video call), the learner's over-the-shoulder place, and how big text must be drawn
 * so it stays legible when the canvas is shown small (a phone's 360 px). Pure numbers.
 */
import { BUST_H, BUST_W } from './portrait.ts';

export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 720;

/** A person's bust: bottom centre and scale. */
export interface Slot {
  x: number;
  y: number;
  scale: number;
}

export interface Tile {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Seated places put people behind a table (bottom hidden by it); standing ones run off the stage. */
export function roomSlots(count: number, standing = false): Slot[] {
  const y = standing ? 772 : 690;
  if (count <= 1) return [{ x: 770, y, scale: 1 }];
  if (count === 2)
    return [
      { x: 610, y, scale: 0.93 },
      { x: 1000, y, scale: 0.93 },
    ];
  return [
    { x: 520, y: y - 6, scale: 0.84 },
    { x: 800, y: y - 12, scale: 0.8 },
    { x: 1080, y: y - 6, scale: 0.84 },
  ];
}

/** The call's tiles inside the monitor (at least one: an empty call waits for people). */
export function callTiles(count: number): Tile[] {
  if (count <= 1) return [{ x: 150, y: 92, w: 980, h: 446 }];
  if (count === 2)
    return [
      { x: 150, y: 130, w: 484, h: 300 },
      { x: 646, y: 130, w: 484, h: 300 },
    ];
  return [0, 1, 2].map((i) => ({ x: 150 + i * 330, y: 150, w: 320, h: 240 }));
}

/** The learner's own camera, picture-in-picture. */
export const SELF_VIEW: Tile = { x: 990, y: 444, w: 140, h: 96 };

/** A bust standing in a tile: bottom on the tile's bottom edge, as large as fits. */
export function tileSlot(tile: Tile): Slot {
  const scale = Math.min((tile.h - 18) / (BUST_H - 20), (tile.w - 24) / BUST_W);
  return { x: tile.x + tile.w / 2, y: tile.y + tile.h, scale };
}

/** The learner, seen from behind at the bottom left. */
export const LEARNER: Slot = { x: 170, y: 1010, scale: 0.96 };

/**
 * The font size (stage px) to draw text at so it shows at least `minCss` CSS px when the
 * 1280-px stage is displayed `displayWidth` CSS px wide; never below `base`.
 */
export function fontPx(base: number, minCss: number, displayWidth: number): number {
  if (!(displayWidth > 0)) return base;
  return Math.max(base, Math.ceil((minCss * STAGE_WIDTH) / displayWidth));
}

/** How much closer the camera frames people when the canvas is shown small (a phone). */
export function closeUp(displayWidth: number): number {
  return displayWidth < 440 ? 1.32 : displayWidth < 640 ? 1.16 : 1;
}
