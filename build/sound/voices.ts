/**
 * Textures made of many small events: talk that cannot be understood (syllables of a buzzy
 * source through vowel formants), crowds, footsteps, typing, cutlery and glass. Each builder
 * returns a loop-length buffer in which every event wraps around the end, so the texture itself
 * has no seam.
 */
import {
  Biquad,
  RATE,
  addAt,
  between,
  bell,
  normalize,
  pick,
  pluck,
  run,
  samples,
  shape,
  white,
  type Random,
} from './synth.ts';

/** First three formants (Hz) of a few vowels, roughly as a speaker of average height says them. */
const VOWELS: readonly (readonly [number, number, number])[] = [
  [800, 1200, 2500], // a
  [450, 1900, 2550], // e
  [320, 2250, 2950], // i
  [500, 850, 2450], // o
  [350, 750, 2350], // u
  [600, 1000, 2400], // schwa-ish
];

interface Speaker {
  /** Fundamental (Hz) at the start of a phrase. */
  pitch: number;
  /** Formant scale: shorter vocal tracts shift formants up. */
  tract: number;
}

/** One syllable: a glottal buzz through three formants, an optional consonant burst in front. */
function syllable(r: Random, who: Speaker, pitch: number, seconds: number): Float32Array {
  const n = samples(seconds);
  const from = pick(r, VOWELS);
  const to = pick(r, VOWELS);
  const source = new Float32Array(n);
  let phase = 0;
  const glide = between(r, -0.12, 0.08);
  for (let i = 0; i < n; i++) {
    const t = i / n;
    const f = pitch * (1 + glide * t);
    phase += f / RATE;
    phase -= Math.floor(phase);
    // A band-limited-enough glottal pulse: a sawtooth softened by squaring its ramp.
    source[i] = (1 - phase) * (1 - phase) - 0.33 + (r() - 0.5) * 0.08;
  }
  // The glottal spectrum falls steeply above the first formant: tilt the buzz before shaping it.
  run(source, Biquad.lowpass(700));
  const formants = [0, 1, 2].map((k) => Biquad.bandpass(from[k]! * who.tract, 5 + 3 * k));
  const gains = [1, 0.7, 0.35];
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    if (i % 64 === 0) {
      const t = i / n;
      formants.forEach((b, k) => b.setBandpass((from[k]! + (to[k]! - from[k]!) * t) * who.tract, 5 + 3 * k));
    }
    const x = source[i]!;
    out[i] = formants.reduce((v, b, k) => v + b.step(x) * gains[k]!, 0);
  }
  normalize(
    shape(out, (t) => Math.sin(Math.PI * Math.min(1, t / seconds)) ** 1.5),
    1,
  );
  if (r() < 0.55) {
    // s, t, k, f: a short hiss in front of the vowel.
    const burst = run(
      white(samples(between(r, 0.02, 0.06)), r),
      Biquad.bandpass(between(r, 2500, 6000), 1.2),
    );
    shape(burst, (t) => Math.sin((Math.PI * t) / (burst.length / RATE)));
    const mixed = new Float32Array(n + burst.length);
    addAt(mixed, normalize(burst, 1), 0, between(r, 0.06, 0.18));
    addAt(mixed, out, burst.length);
    return mixed;
  }
  return out;
}

export interface TalkOptions {
  /** How many people are talking (each takes turns with silence between phrases). */
  voices: number;
  /** Level of each voice relative to the nearest one: [quietest, loudest]. */
  distance: readonly [number, number];
  /** Share of the time a voice is speaking, 0–1. */
  busy: number;
}

/** Unintelligible conversation: `voices` speakers, each in phrases of a few syllables. */
export function talk(n: number, r: Random, opts: TalkOptions): Float32Array {
  const out = new Float32Array(n);
  for (let v = 0; v < opts.voices; v++) {
    const female = r() < 0.5;
    const who: Speaker = {
      pitch: female ? between(r, 175, 235) : between(r, 95, 135),
      tract: female ? between(r, 1.08, 1.18) : between(r, 0.94, 1.04),
    };
    const level = between(r, opts.distance[0], opts.distance[1]);
    let t = r() * n;
    const end = t + n;
    while (t < end) {
      const syllables = 2 + Math.floor(r() * 7);
      let pitch = who.pitch * between(r, 0.95, 1.15);
      for (let s = 0; s < syllables && t < end; s++) {
        const length = between(r, 0.09, 0.24);
        const stress = s === 0 || r() < 0.25 ? 1.3 : 1;
        addAt(
          out,
          syllable(r, who, pitch * stress ** 0.3, length),
          Math.round(t),
          level * stress * between(r, 0.6, 1),
          true,
        );
        t += samples(length * between(r, 0.85, 1.1));
        pitch *= between(r, 0.97, 1.0); // declination across the phrase
      }
      const pause = between(r, 0.15, 0.9) * (1 - opts.busy) * 2.2;
      t += samples(pause);
    }
  }
  return out;
}

/** Heels on a hard floor: a low knock and a click, in walking rhythm. */
export function footsteps(n: number, r: Random, walkers: number, level: number): Float32Array {
  const out = new Float32Array(n);
  for (let w = 0; w < walkers; w++) {
    const gap = between(r, 0.48, 0.6);
    const start = r() * n;
    const steps = Math.floor(between(r, 4, 9));
    const gain = level * between(r, 0.4, 1);
    for (let s = 0; s < steps; s++) {
      const step = run(white(samples(0.05), r), Biquad.bandpass(between(r, 900, 1800), 2));
      shape(step, pluck(0.001, 0.012, 0.05));
      const knock = run(white(samples(0.06), r), Biquad.lowpass(300));
      shape(knock, pluck(0.002, 0.02, 0.06));
      const at = Math.round(start + samples(s * gap * between(r, 0.97, 1.03)));
      addAt(out, step, at, gain * (s % 2 ? 0.85 : 1), true);
      addAt(out, knock, at, gain * 2, true);
    }
  }
  return out;
}

/** Someone typing: bursts of key clicks, with the space bar a little lower. */
export function typing(n: number, r: Random, typists: number, level: number): Float32Array {
  const out = new Float32Array(n);
  for (let p = 0; p < typists; p++) {
    let t = r() * n;
    const end = t + n * 0.8;
    while (t < end) {
      const keys = 3 + Math.floor(r() * 12);
      for (let k = 0; k < keys; k++) {
        const space = r() < 0.15;
        const key = run(white(samples(0.03), r), Biquad.bandpass(space ? 1400 : between(r, 2500, 4200), 1.5));
        shape(key, pluck(0.0008, space ? 0.01 : 0.005, 0.03));
        addAt(out, key, Math.round(t), level * between(r, 0.5, 1), true);
        t += samples(between(r, 0.08, 0.2));
      }
      t += samples(between(r, 0.4, 1.6));
    }
  }
  return out;
}

/** A glass or a cup touched: bright inharmonic partials, fast decay. */
export function clink(r: Random, bright = 1): Float32Array {
  const base = between(r, 1900, 3100) * bright;
  const out = bell(0.45, base, [
    [1, 1, 0.12],
    [2.32, 0.6, 0.08],
    [4.25, 0.35, 0.05],
    [6.63, 0.2, 0.03],
  ]);
  const tick = run(white(samples(0.004), r), Biquad.highpass(3000));
  addAt(out, tick, 0, 0.5);
  return shape(out, pluck(0.0005, 10, 0.45));
}

/** Cutlery on china: a short clatter of a few small metallic ticks. */
export function cutlery(r: Random): Float32Array {
  const out = new Float32Array(samples(0.2));
  const ticks = 1 + Math.floor(r() * 3);
  for (let k = 0; k < ticks; k++) {
    const tick = bell(0.08, between(r, 3500, 6500), [
      [1, 1, 0.02],
      [1.41, 0.6, 0.015],
      [2.73, 0.3, 0.01],
    ]);
    addAt(out, shape(tick, pluck(0.0003, 10, 0.08)), samples(k * between(r, 0.02, 0.05)), between(r, 0.4, 1));
  }
  return out;
}

/** Sprinkle `count` copies of an event (fresh each time) through a loop, wrapping at the end. */
export function scatter(
  n: number,
  r: Random,
  count: number,
  make: () => Float32Array,
  level: readonly [number, number],
): Float32Array {
  const out = new Float32Array(n);
  for (let k = 0; k < count; k++)
    addAt(out, make(), Math.floor(r() * n), between(r, level[0], level[1]), true);
  return out;
}
