/**
 * Turns the stage's SVG art into Phaser textures: each SVG is decoded once by the browser into an
 * image and registered under a key; textures no longer shown are removed so memory stays flat
 * however long the story runs. Decoding is asynchronous — callers await `ensure` before drawing.
 */
import type Phaser from 'phaser';

export class SvgTextures {
  private pending = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  has(key: string): boolean {
    return this.textures.exists(key);
  }

  /** Make sure every key has a texture, building missing ones from `svg(key)`. */
  async ensure(keys: readonly string[], svg: (key: string) => string): Promise<void> {
    await Promise.all(keys.map((key) => this.one(key, svg)));
  }

  private one(key: string, svg: (key: string) => string): Promise<void> {
    if (this.textures.exists(key)) return Promise.resolve();
    let job = this.pending.get(key);
    if (!job) {
      job = decode(svg(key))
        .then((img) => {
          if (!this.closed && !this.textures.exists(key)) this.textures.addImage(key, img);
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, job);
    }
    return job;
  }

  /** The game is going: pictures still decoding are dropped when they arrive. */
  close(): void {
    this.closed = true;
  }

  /** Remove the textures `unused` picks (never one still being built). */
  evict(unused: (key: string) => boolean): void {
    for (const key of this.textures.getTextureKeys()) {
      if (!this.pending.has(key) && unused(key)) this.textures.remove(key);
    }
  }
}

function decode(svg: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'async';
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return img.decode().then(
    () => img,
    () => {
      throw new Error('The stage could not draw one of its pictures (the browser refused an SVG).');
    },
  );
}
