/** The generated sound files: present, valid Ogg Opus, the length the manifest says, loops seamless. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMBIENCE_BY_PLACE, SOUND_IDS, soundInfo } from '../../../../src/views/sound/index.ts';
import { decodeOpus, readOpus } from './ogg-reader.ts';

const DIR = resolve(process.cwd(), 'public/audio');
interface Entry {
  id: string;
  file: string;
  loop: boolean;
  seconds: number;
  caption: string | null;
}
const manifest = JSON.parse(readFileSync(resolve(DIR, 'manifest.json'), 'utf8')) as { sounds: Entry[] };

describe('generated sounds', () => {
  it('has a file for every sound in the catalog, with the catalog’s caption', () => {
    expect(manifest.sounds.map((s) => s.id).sort()).toEqual([...SOUND_IDS].sort());
    for (const s of manifest.sounds) {
      expect(existsSync(resolve(DIR, s.file)), s.file).toBe(true);
      expect(s.caption).toBe(soundInfo(s.id as (typeof SOUND_IDS)[number]).caption);
    }
  });

  it('are what the generator makes today (build/sounds.ts: deterministic synthesis)', () => {
    // Exits 1 and names the files when a recipe changed and `npm run sounds` was not run.
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'build/sounds.ts', '--check'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(out).toMatch(/matches the generator/);
  }, 120_000);

  it('gives every place in the catalog an ambience that exists', () => {
    for (const id of Object.values(AMBIENCE_BY_PLACE)) expect(SOUND_IDS).toContain(id);
  });

  for (const s of manifest.sounds) {
    it(`${s.file}: valid Ogg Opus of ${s.seconds} s${s.loop ? ', looping without a click' : ''}`, () => {
      const bytes = new Uint8Array(readFileSync(resolve(DIR, s.file)));
      const file = readOpus(bytes);
      expect(file.pages.every((p) => p.crcOk)).toBe(true);
      expect(file.channels).toBe(1);
      const pcm = decodeOpus(bytes);
      expect(Math.abs(pcm.length / 48_000 - s.seconds)).toBeLessThan(0.02);
      let peak = 0;
      for (const v of pcm) peak = Math.max(peak, Math.abs(v));
      expect(peak).toBeGreaterThan(0.005); // not silence
      expect(peak).toBeLessThanOrEqual(1);
      if (s.loop) {
        // The end flows into the start: the jump across the seam is like any step inside the loop.
        const seam = Math.abs(pcm[0]! - pcm[pcm.length - 1]!);
        let typical = 0;
        for (let i = 1; i < pcm.length; i++) typical += Math.abs(pcm[i]! - pcm[i - 1]!);
        typical /= pcm.length - 1;
        expect(seam).toBeLessThan(Math.max(typical * 8, 0.02));
      }
    });
  }
});
