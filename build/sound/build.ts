/**
 * Render, level and encode the sounds of `src/core/sound-catalog.ts`, and describe them in a manifest.
 * No file system access here (that is `build/sounds.ts`), so tests can build in memory.
 */
import { SOUND_IDS, soundInfo, type SoundId, type SoundInfo } from '../../src/core/sound-catalog.ts';
import { encodeOggOpus, OPUS_RATE } from './opus.ts';
import { recipeFor } from './recipes.ts';
import { RATE, fadeEdges, normalize, peak, rng, rms, seedOf } from './synth.ts';

/** Loops are matched by loudness (then the manifest's gain sets their level in play). */
const LOOP_RMS = 0.16;
const ONE_SHOT_PEAK = 0.89;
const BITRATE: Record<SoundInfo['kind'], number> = { ui: 32_000, cue: 32_000, ambience: 24_000 };

export interface BuiltSound {
  info: SoundInfo;
  /** The levelled samples that were encoded (mono, 48 kHz). */
  pcm: Float32Array;
  /** The `.ogg` file's bytes. */
  bytes: Uint8Array;
}

export interface ManifestEntry extends SoundInfo {
  seconds: number;
  bytes: number;
}

export interface Manifest {
  /** Bump when the manifest's shape changes. */
  version: 1;
  generator: string;
  licence: string;
  format: { container: 'ogg'; codec: 'opus'; sampleRate: number; channels: 1 };
  sounds: ManifestEntry[];
}

/** The samples of one sound, levelled: loops by RMS (peaks kept below full scale), one-shots by peak. */
export function renderSound(id: SoundId): Float32Array {
  const info = soundInfo(id);
  const pcm = recipeFor(id)(rng(seedOf(id)));
  if (pcm.length === 0 || pcm.some((v) => !Number.isFinite(v))) {
    throw new Error(`Sound "${id}" rendered no usable samples: check its recipe in build/sound/recipes.ts.`);
  }
  if (!info.loop) return normalize(fadeEdges(pcm), ONE_SHOT_PEAK);
  const level = rms(pcm);
  const scale = Math.min(LOOP_RMS / level, 0.97 / peak(pcm));
  for (let i = 0; i < pcm.length; i++) pcm[i] = pcm[i]! * scale;
  return pcm;
}

export function buildSound(id: SoundId): BuiltSound {
  const info = soundInfo(id);
  const pcm = renderSound(id);
  const bytes = encodeOggOpus(pcm, {
    bitrate: BITRATE[info.kind],
    loop: info.loop,
    serial: seedOf(id),
    title: id,
  });
  return { info, pcm, bytes };
}

export function buildAll(ids: readonly SoundId[] = SOUND_IDS): BuiltSound[] {
  return ids.map(buildSound);
}

export function manifestOf(built: readonly BuiltSound[]): Manifest {
  return {
    version: 1,
    generator: 'build/sounds.ts (rebuild with `npx tsx build/sounds.ts`)',
    licence: 'CC0-1.0: synthesised from code in this repository; no recordings or samples are used.',
    format: { container: 'ogg', codec: 'opus', sampleRate: OPUS_RATE, channels: 1 },
    sounds: built.map((b) => ({
      ...b.info,
      seconds: Math.round((b.pcm.length / RATE) * 1000) / 1000,
      bytes: b.bytes.length,
    })),
  };
}
