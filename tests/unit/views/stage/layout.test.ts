import { describe, expect, it } from 'vitest';
import {
  callTiles,
  closeUp,
  fontPx,
  LEARNER,
  roomSlots,
  SELF_VIEW,
  STAGE_HEIGHT,
  STAGE_WIDTH,
  tileSlot,
  type Tile,
} from '../../../../src/views/stage/layout.ts';
import { BUST_H, BUST_W, HEAD_Y } from '../../../../src/views/stage/portrait.ts';

const overlaps = (a: Tile, b: Tile) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('room slots', () => {
  for (const standing of [false, true]) {
    it(`puts 1–3 people ${standing ? 'standing' : 'seated'} on stage, heads apart and clear of the learner`, () => {
      for (let n = 1; n <= 3; n++) {
        const slots = roomSlots(n, standing);
        expect(slots).toHaveLength(n);
        for (const s of slots) {
          const headY = s.y + HEAD_Y * s.scale;
          expect(headY).toBeGreaterThan(150);
          expect(headY).toBeLessThan(STAGE_HEIGHT * 0.7);
          expect(s.x - 90 * s.scale).toBeGreaterThan(LEARNER.x + 110);
          expect(s.x + (BUST_W / 2) * s.scale).toBeLessThanOrEqual(STAGE_WIDTH + 40);
        }
        for (let i = 1; i < n; i++)
          expect(slots[i]!.x - slots[i - 1]!.x).toBeGreaterThan(2 * 100 * slots[i]!.scale);
      }
    });
  }
});

describe('video-call tiles', () => {
  it('are inside the monitor, never overlap, and hold a whole bust', () => {
    for (let n = 0; n <= 3; n++) {
      const tiles = callTiles(n);
      expect(tiles).toHaveLength(Math.max(1, n));
      tiles.forEach((t, i) => {
        expect(t.x).toBeGreaterThanOrEqual(116);
        expect(t.x + t.w).toBeLessThanOrEqual(116 + 1048);
        expect(t.y).toBeGreaterThanOrEqual(80);
        expect(t.y + t.h).toBeLessThanOrEqual(40 + 564 - 56);
        for (const other of tiles.slice(i + 1)) expect(overlaps(t, other)).toBe(false);
        const s = tileSlot(t);
        expect(s.y).toBe(t.y + t.h);
        expect(BUST_H * s.scale).toBeLessThanOrEqual(t.h);
        expect(BUST_W * s.scale).toBeLessThanOrEqual(t.w);
      });
      if (n >= 2) for (const t of tiles) expect(overlaps(t, SELF_VIEW)).toBe(false);
    }
  });
});

describe('legible text', () => {
  it('draws text larger when the stage is shown small, so it stays ≥ the minimum on screen', () => {
    for (const displayWidth of [336, 360, 742, 1060, 1280, 1920]) {
      const px = fontPx(30, 13, displayWidth);
      expect(px).toBeGreaterThanOrEqual(30);
      expect((px * displayWidth) / STAGE_WIDTH).toBeGreaterThanOrEqual(13);
    }
    expect(fontPx(30, 13, 336)).toBeGreaterThan(fontPx(30, 13, 742));
    expect(fontPx(30, 13, 0)).toBe(30);
  });

  it('frames closer on a phone and not at all on a laptop or projector', () => {
    expect(closeUp(336)).toBeGreaterThan(1.2);
    expect(closeUp(600)).toBeGreaterThan(1);
    expect(closeUp(742)).toBe(1);
    expect(closeUp(1060)).toBe(1);
  });
});
