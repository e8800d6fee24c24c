/**
 * The places the stories use, drawn in code on a 1280×720 stage: wall, floor, light and the few
 * objects that say where we are. Each place is original art made here (no assets to load), so the
 * stage shows the scene the moment Phaser is ready. Unknown places get a neutral room.
 */
import type Phaser from 'phaser';

type G = Phaser.GameObjects.Graphics;
const W = 1280;
const H = 720;

export const PLACE_NAMES: Record<string, string> = {
  'meeting-room': 'Meeting room',
  office: 'Office',
  lobby: 'Lobby',
  restaurant: 'Restaurant',
  banquet: 'Banquet',
  'video-call': 'Video call',
  ballpark: 'Ballpark',
  sightseeing: 'Sightseeing',
  'hotel-bar': 'Hotel bar',
  airport: 'Airport',
};

function room(g: G, wallTop: number, wallBottom: number, floor: number, floorLine = 470): void {
  g.fillGradientStyle(wallTop, wallTop, wallBottom, wallBottom, 1);
  g.fillRect(0, 0, W, floorLine);
  g.fillStyle(floor, 1);
  g.fillRect(0, floorLine, W, H - floorLine);
  g.fillStyle(0x000000, 0.12);
  g.fillRect(0, floorLine, W, 6);
}

function windowPane(g: G, x: number, y: number, w: number, h: number, sky: number, city = true): void {
  g.fillStyle(0x2b2d42, 1);
  g.fillRect(x - 8, y - 8, w + 16, h + 16);
  g.fillGradientStyle(sky, sky, 0xdfe9f3, 0xdfe9f3, 1);
  g.fillRect(x, y, w, h);
  if (city) {
    g.fillStyle(0x8d99ae, 0.7);
    for (let i = 0; i < 9; i++) {
      const bw = 30 + ((i * 37) % 40);
      const bh = 60 + ((i * 53) % 120);
      g.fillRect(x + 10 + i * (w / 9), y + h - bh, bw, bh);
    }
  }
  g.fillStyle(0x2b2d42, 1);
  g.fillRect(x + w / 2 - 4, y, 8, h);
}

function table(g: G, color: number, y = 560): void {
  g.fillStyle(0x000000, 0.18);
  g.fillEllipse(W / 2, y + 70, 1000, 70);
  g.fillStyle(color, 1);
  g.fillRoundedRect(120, y, W - 240, 46, 10);
  g.fillStyle(0xffffff, 0.08);
  g.fillRect(140, y + 4, W - 280, 6);
}

const DRAW: Record<string, (g: G) => void> = {
  'meeting-room': (g) => {
    room(g, 0xe9e4da, 0xcfc8bb, 0x7b6d5d);
    windowPane(g, 760, 70, 420, 300, 0x9fc5e8);
    g.fillStyle(0xffffff, 1);
    g.fillRect(110, 90, 380, 230);
    g.lineStyle(4, 0x9aa5b1, 1);
    g.strokeRect(110, 90, 380, 230);
    g.lineStyle(3, 0x3a86ff, 0.7);
    g.lineBetween(140, 140, 330, 140);
    g.lineBetween(140, 180, 420, 180);
    g.lineStyle(3, 0xe63946, 0.6);
    g.lineBetween(140, 220, 290, 220);
    table(g, 0x5b4636);
  },
  office: (g) => {
    room(g, 0xdde5ed, 0xbfcad6, 0x5e6472);
    windowPane(g, 80, 80, 360, 280, 0xa9d6e5);
    g.fillStyle(0x6b4f3a, 1);
    g.fillRect(900, 140, 260, 320);
    g.fillStyle(0x8a6a4f, 1);
    for (let i = 0; i < 4; i++) g.fillRect(910, 160 + i * 75, 240, 8);
    g.fillStyle(0x2a9d8f, 1);
    g.fillRect(930, 110 + 75, 20, 48);
    g.fillStyle(0xe9c46a, 1);
    g.fillRect(960, 118 + 75, 18, 40);
    table(g, 0x3d405b);
  },
  lobby: (g) => {
    room(g, 0xf4f1de, 0xd8d2b8, 0xb7b7a4, 500);
    g.fillStyle(0xc9c3a8, 1);
    for (let x = 60; x < W; x += 240) g.fillRect(x, 40, 40, 460);
    g.fillStyle(0x3d5a80, 1);
    g.fillRoundedRect(420, 330, 440, 170, 12);
    g.fillStyle(0xe0fbfc, 1);
    g.fillRect(450, 360, 380, 18);
    g.fillStyle(0x52796f, 1);
    g.fillCircle(200, 420, 60);
    g.fillCircle(1080, 420, 60);
  },
  restaurant: (g) => {
    room(g, 0x6d2e2e, 0x4a1f1f, 0x3b2418);
    for (let i = 0; i < 5; i++) {
      const x = 160 + i * 240;
      g.lineStyle(2, 0x2b1a12, 1);
      g.lineBetween(x, 0, x, 90);
      g.fillStyle(0xf4a261, 1);
      g.fillEllipse(x, 110, 70, 44);
      g.fillStyle(0xffd6a5, 0.25);
      g.fillCircle(x, 130, 90);
    }
    g.fillStyle(0xffffff, 1);
    g.fillEllipse(W / 2, 585, 980, 90);
    g.fillStyle(0xd62828, 0.85);
    g.fillEllipse(W / 2, 585, 600, 40);
  },
  banquet: (g) => {
    room(g, 0x9d0208, 0x6a040f, 0x370617);
    g.fillStyle(0xffba08, 0.9);
    for (let i = 0; i < 6; i++) g.fillCircle(110 + i * 212, 70, 26);
    g.lineStyle(6, 0xffba08, 0.8);
    g.strokeRect(70, 150, W - 140, 260);
    g.fillStyle(0xffffff, 1);
    g.fillEllipse(W / 2, 600, 1100, 120);
    g.fillStyle(0xe85d04, 1);
    g.fillCircle(W / 2, 590, 40);
    g.fillStyle(0xfaa307, 1);
    g.fillCircle(W / 2 - 160, 600, 26);
    g.fillCircle(W / 2 + 160, 600, 26);
  },
  'video-call': (g) => {
    g.fillGradientStyle(0x1b263b, 0x1b263b, 0x0d1b2a, 0x0d1b2a, 1);
    g.fillRect(0, 0, W, H);
    g.fillStyle(0x415a77, 1);
    g.fillRoundedRect(60, 40, W - 120, 560, 18);
    g.fillGradientStyle(0xd8e2dc, 0xd8e2dc, 0xb8c4bb, 0xb8c4bb, 1);
    g.fillRoundedRect(76, 56, W - 152, 528, 12);
    g.fillStyle(0x1b263b, 1);
    g.fillRoundedRect(W - 330, 410, 230, 150, 10);
    g.fillStyle(0xe63946, 1);
    g.fillCircle(W / 2, 650, 26);
    g.fillStyle(0x778da9, 1);
    g.fillCircle(W / 2 - 80, 650, 26);
    g.fillCircle(W / 2 + 80, 650, 26);
  },
  ballpark: (g) => {
    g.fillGradientStyle(0x48cae4, 0x48cae4, 0xcaf0f8, 0xcaf0f8, 1);
    g.fillRect(0, 0, W, 360);
    g.fillStyle(0x5c677d, 1);
    g.fillRect(0, 200, W, 160);
    g.fillStyle(0x7d8597, 1);
    for (let y = 210; y < 350; y += 24) g.fillRect(0, y, W, 6);
    g.fillStyle(0x2d6a4f, 1);
    g.fillRect(0, 360, W, 360);
    g.fillStyle(0xc8a27a, 1);
    g.fillTriangle(W / 2, 420, W / 2 - 320, 720, W / 2 + 320, 720);
    g.fillStyle(0x40916c, 1);
    g.fillTriangle(W / 2, 500, W / 2 - 170, 720, W / 2 + 170, 720);
  },
  sightseeing: (g) => {
    g.fillGradientStyle(0xffb4a2, 0xffb4a2, 0xffe8d6, 0xffe8d6, 1);
    g.fillRect(0, 0, W, 470);
    g.fillStyle(0x6d6875, 0.5);
    g.fillTriangle(0, 470, 300, 180, 620, 470);
    g.fillTriangle(500, 470, 860, 220, 1280, 470);
    g.fillStyle(0x9d0208, 1);
    g.fillRect(880, 250, 180, 16);
    g.fillRect(860, 290, 220, 14);
    g.fillRect(900, 266, 14, 200);
    g.fillRect(1026, 266, 14, 200);
    g.fillStyle(0x6c757d, 1);
    g.fillRect(0, 470, W, 250);
    g.fillStyle(0x495057, 1);
    for (let x = 0; x < W; x += 80) g.fillRect(x, 470, 4, 250);
  },
  'hotel-bar': (g) => {
    room(g, 0x22223b, 0x1a1a2e, 0x2b2118);
    g.fillStyle(0x4a4e69, 1);
    g.fillRect(80, 120, W - 160, 210);
    g.fillStyle(0xc9ada7, 0.9);
    for (let i = 0; i < 14; i++) g.fillRect(110 + i * 78, 150 + (i % 3) * 10, 22, 60 - (i % 3) * 10);
    g.fillStyle(0xf2e9e4, 0.15);
    g.fillRect(80, 120, W - 160, 8);
    g.fillStyle(0x5e3023, 1);
    g.fillRoundedRect(60, 540, W - 120, 60, 10);
  },
  airport: (g) => {
    room(g, 0xedf2f4, 0xd6dde3, 0xadb5bd, 520);
    windowPane(g, 60, 60, W - 120, 340, 0x90e0ef, false);
    g.fillStyle(0xf8f9fa, 1);
    g.fillEllipse(700, 250, 420, 50);
    g.fillTriangle(640, 250, 760, 250, 700, 150);
    g.fillStyle(0x212529, 1);
    g.fillRoundedRect(160, 430, 300, 60, 8);
    g.fillStyle(0xffd166, 1);
    g.fillRect(180, 450, 220, 8);
  },
};

export function drawPlace(g: G, place: string | null): void {
  g.clear();
  const draw = (place && DRAW[place]) || DRAW['meeting-room']!;
  draw(g);
  // A soft vignette so people stand out from any background.
  g.fillGradientStyle(0x000000, 0x000000, 0x000000, 0x000000, 0, 0, 0.35, 0.35);
  g.fillRect(0, H * 0.55, W, H * 0.45);
}

export const STAGE_WIDTH = W;
export const STAGE_HEIGHT = H;
