/**
 * Turns the stage's SVG art into Phaser textures: each SVG is decoded once by the browser,
 * rasterised into an ImageBitmap and registered under a key; textures no longer shown are removed
 * (and their bitmaps freed) so memory stays flat however long the story runs. All of it is
 * asynchronous — callers await `ensure` before drawing.
 *
 * Why a bitmap, and why in idle time: handing WebGL an SVG image makes the upload rasterise it
 * there and then, in one block on the main thread (10–35 ms for a 1280×720 place where WebGL runs
 * in software, measured in headless Chromium). `createImageBitmap` rasterises it in a shorter
 * block of its own (an SVG is drawn on the main thread), and the upload of a ready bitmap is a few
 * milliseconds. Building the SVG, decoding it, rasterising and uploading each wait for idle time,
 * which keeps them out of the frame that answers a learner's press.
 */
import type Phaser from 'phaser';
import { whenIdle } from '../../platform/schedule.ts';

/** A picture's SVG: drawn here (a string), or a file beside the page (a place drawn at build time). */
export type Art = { svg: string } | { url: string };

export class SvgTextures {
  private pending = new Map<string, Promise<void>>();
  private closed = false;

  /**
   * `flipY`: the renderer wants pictures upside down (Phaser's WebGL textures are flipped on
   * upload, and WebGL leaves bitmaps as they are, so the bitmap is made flipped).
   */
  constructor(
    private readonly textures: Phaser.Textures.TextureManager,
    private readonly flipY: boolean,
  ) {}

  has(key: string): boolean {
    return this.textures.exists(key);
  }

  /**
   * Make sure every key has a texture, building missing ones from `art(key)` (an SVG string, or
   * the URL of an SVG file).
   */
  async ensure(keys: readonly string[], art: (key: string) => Art | Promise<Art>): Promise<void> {
    await Promise.all(keys.map((key) => this.one(key, art)));
  }

  private one(key: string, art: (key: string) => Art | Promise<Art>): Promise<void> {
    if (this.textures.exists(key)) return Promise.resolve();
    let job = this.pending.get(key);
    if (!job) {
      // Each step in its own idle time: a new scene's art is asked for in the same moment as the
      // answer to a press, and rasterising an SVG runs on the main thread (5–10 ms for a place).
      job = idle(key)
        .then(() => art(key))
        .then(decode)
        .then(idle)
        .then((img) => raster(img, this.flipY))
        .then(idle)
        .then((picture) => {
          if (this.closed || this.textures.exists(key)) return release(picture);
          // Phaser's types name only HTML images; its WebGL and Canvas renderers take a bitmap too.
          this.textures.addImage(key, picture as HTMLImageElement);
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, job);
    }
    return job;
  }

  /** The game is going: pictures still decoding are dropped (and freed) when they arrive. */
  close(): void {
    this.closed = true;
  }

  /** Remove the textures `unused` picks (never one still being built). */
  evict(unused: (key: string) => boolean): void {
    for (const key of this.textures.getTextureKeys()) {
      if (this.pending.has(key) || !unused(key)) continue;
      const picture = this.textures.get(key).getSourceImage();
      this.textures.remove(key);
      release(picture);
    }
  }
}

function decode(art: Art): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'async';
  img.src = 'url' in art ? art.url : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(art.svg)}`;
  return img.decode().then(
    () => img,
    () => {
      throw new Error(
        'url' in art
          ? `The stage could not load ${art.url} (check the connection; the conversation goes on).`
          : 'The stage could not draw one of its pictures (the browser refused an SVG).',
      );
    },
  );
}

type Picture = HTMLImageElement | ImageBitmap;

/**
 * The picture as a bitmap, premultiplied and flipped as Phaser would upload an image (WebGL
 * ignores its unpack flags for bitmaps). Where a browser cannot make one, the image itself does.
 */
function raster(img: HTMLImageElement, flipY: boolean): Promise<Picture> {
  if (typeof createImageBitmap !== 'function') return Promise.resolve(img);
  return createImageBitmap(img, {
    premultiplyAlpha: 'premultiply',
    imageOrientation: flipY ? 'flipY' : 'from-image',
  }).catch(() => img);
}

/** Resolves when the page is idle (at the latest after a second): the art waits for input. */
function idle<T>(value: T): Promise<T> {
  return whenIdle({ timeout: 1000, otherwiseAfter: 0 }).then(() => value);
}

function release(picture: unknown): void {
  if (typeof ImageBitmap === 'function' && picture instanceof ImageBitmap) picture.close();
}
