/**
 * A small synthesiser in plain TypeScript, sfxr-style: a seeded random source, oscillators, noise,
 * envelopes, biquad filters and a Freeverb-style reverb, all working on Float32Array buffers at
 * 48 kHz. Everything is deterministic: the same seed and parameters give the same samples.
 *
 * Loops: `periodic` runs a stateful process over a buffer twice and keeps the second pass, so the
 * filter's memory at the start already holds the end — the output is exactly periodic and a loop
 * built from it has no seam. Events added with `addAt(…, wrap)` wrap around the end the same way.
 */
import { fnv1a, seededRandom } from '../../src/core/hash.ts';

export const RATE = 48_000;

export const samples = (seconds: number): number => Math.round(seconds * RATE);

/** mulberry32 (src/core/hash.ts): small, fast, and good enough for noise and choices. */
export const rng = seededRandom;

/** FNV-1a of a string: turns a sound's id into its seed. */
export function seedOf(text: string): number {
  return fnv1a(text);
}

export type Random = () => number;
export const between = (r: Random, lo: number, hi: number): number => lo + (hi - lo) * r();
export const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

// ---------------------------------------------------------------- noise

export function white(n: number, r: Random): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = r() * 2 - 1;
  return out;
}

/** Pink (1/f) noise, Paul Kellet's economy filter over white noise. */
export function pink(n: number, r: Random): Float32Array {
  const out = new Float32Array(n);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < n; i++) {
    const w = r() * 2 - 1;
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.2;
  }
  return out;
}

// ---------------------------------------------------------------- filters

export interface Process {
  step(x: number): number;
}

/** RBJ cookbook biquad. Coefficients can be changed while running (`set*`) for sweeps. */
export class Biquad implements Process {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;

  static lowpass(f: number, q = Math.SQRT1_2): Biquad {
    return new Biquad().setLowpass(f, q);
  }
  static highpass(f: number, q = Math.SQRT1_2): Biquad {
    return new Biquad().setHighpass(f, q);
  }
  static bandpass(f: number, q: number): Biquad {
    return new Biquad().setBandpass(f, q);
  }

  private coefficients(f: number, q: number): { cos: number; alpha: number } {
    const w = (2 * Math.PI * Math.min(f, RATE * 0.49)) / RATE;
    return { cos: Math.cos(w), alpha: Math.sin(w) / (2 * q) };
  }

  private setAll(b0: number, b1: number, b2: number, a0: number, a1: number, a2: number): this {
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = a1 / a0;
    this.a2 = a2 / a0;
    return this;
  }

  setLowpass(f: number, q = Math.SQRT1_2): this {
    const { cos, alpha } = this.coefficients(f, q);
    return this.setAll((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
  }
  setHighpass(f: number, q = Math.SQRT1_2): this {
    const { cos, alpha } = this.coefficients(f, q);
    return this.setAll((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
  }
  /** Band-pass with 0 dB peak gain. */
  setBandpass(f: number, q: number): this {
    const { cos, alpha } = this.coefficients(f, q);
    return this.setAll(alpha, 0, -alpha, 1 + alpha, -2 * cos, 1 - alpha);
  }

  step(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
}

export function chain(...stages: Process[]): Process {
  return { step: (x) => stages.reduce((v, s) => s.step(v), x) };
}

/** Run a process over a one-shot buffer (in place). */
export function run(buf: Float32Array, p: Process): Float32Array {
  for (let i = 0; i < buf.length; i++) buf[i] = p.step(buf[i]!);
  return buf;
}

/**
 * Run a process over a loop so that the result is exactly periodic: warm-up passes fill its
 * memory with the loop's end, then the last pass is kept. Three passes by default, so even a long
 * hall's tail from before the warm-up has died away.
 */
export function periodic(buf: Float32Array, p: Process, passes = 3): Float32Array {
  const out = new Float32Array(buf.length);
  for (let pass = 0; pass < passes; pass++) {
    const keep = pass === passes - 1;
    for (let i = 0; i < buf.length; i++) {
      const y = p.step(buf[i]!);
      if (keep) out[i] = y;
    }
  }
  return out;
}

class Comb implements Process {
  private buf: Float32Array;
  private at = 0;
  private store = 0;
  constructor(
    size: number,
    private feedback: number,
    private damp: number,
  ) {
    this.buf = new Float32Array(size);
  }
  step(x: number): number {
    const y = this.buf[this.at]!;
    this.store = y * (1 - this.damp) + this.store * this.damp;
    this.buf[this.at] = x + this.store * this.feedback;
    this.at = (this.at + 1) % this.buf.length;
    return y;
  }
}

class Allpass implements Process {
  private buf: Float32Array;
  private at = 0;
  constructor(size: number) {
    this.buf = new Float32Array(size);
  }
  step(x: number): number {
    const b = this.buf[this.at]!;
    this.buf[this.at] = x + b * 0.5;
    this.at = (this.at + 1) % this.buf.length;
    return b - x;
  }
}

/**
 * Mono Freeverb (Jezar's public-domain design; tunings scaled from 44.1 to 48 kHz).
 * `size` 0–1 sets the decay (0.98 ≈ a long hall), `damp` 0–1 darkens the tail, `wet`/`dry` mix.
 */
export function reverb(opts: { size: number; damp: number; wet: number; dry: number }): Process {
  const scale = RATE / 44_100;
  const feedback = 0.7 + 0.28 * opts.size;
  const combs = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617].map(
    (n) => new Comb(Math.round(n * scale), feedback, opts.damp * 0.4),
  );
  const allpasses = [556, 441, 341, 225].map((n) => new Allpass(Math.round(n * scale)));
  return {
    step(x) {
      let y = 0;
      for (const c of combs) y += c.step(x * 0.015);
      for (const a of allpasses) y = a.step(y);
      return x * opts.dry + y * opts.wet;
    },
  };
}

// ---------------------------------------------------------------- shaping and mixing

/** Multiply by an envelope given as a function of the time in seconds. */
export function shape(buf: Float32Array, env: (t: number) => number): Float32Array {
  for (let i = 0; i < buf.length; i++) buf[i] = buf[i]! * env(i / RATE);
  return buf;
}

/** Attack-then-exponential-decay envelope; reaches zero exactly at `length` seconds. */
export function pluck(attack: number, decay: number, length: number): (t: number) => number {
  return (t) => {
    if (t <= 0 || t >= length) return 0;
    const a = t < attack ? Math.sin((t / attack) * (Math.PI / 2)) : 1;
    const tail = Math.exp(-(t - Math.min(t, attack)) / decay);
    const end = Math.min(1, (length - t) / Math.min(0.02, length / 4));
    return a * tail * end;
  };
}

/** Add `src` into `dst` at `offset` samples; with `wrap`, what runs past the end re-enters at 0. */
export function addAt(dst: Float32Array, src: Float32Array, offset: number, gain = 1, wrap = false): void {
  for (let i = 0; i < src.length; i++) {
    let j = offset + i;
    if (wrap) j = ((j % dst.length) + dst.length) % dst.length;
    else if (j < 0 || j >= dst.length) continue;
    dst[j] = dst[j]! + src[i]! * gain;
  }
}

export function mix(n: number, ...layers: [Float32Array, number][]): Float32Array {
  const out = new Float32Array(n);
  for (const [buf, gain] of layers)
    for (let i = 0; i < n; i++) out[i] = out[i]! + buf[i % buf.length]! * gain;
  return out;
}

export function peak(buf: Float32Array): number {
  let m = 0;
  for (const v of buf) m = Math.max(m, Math.abs(v));
  return m;
}

export function rms(buf: Float32Array): number {
  let s = 0;
  for (const v of buf) s += v * v;
  return Math.sqrt(s / Math.max(1, buf.length));
}

/** Scale to a peak level (files are stored loud; the manifest's gain sets the level in play). */
export function normalize(buf: Float32Array, to = 0.89): Float32Array {
  const p = peak(buf);
  if (p > 0) for (let i = 0; i < buf.length; i++) buf[i] = (buf[i]! / p) * to;
  return buf;
}

/** Short raised-cosine fades at both ends of a one-shot, so it starts and stops at zero. */
export function fadeEdges(buf: Float32Array, inSeconds = 0.002, outSeconds = 0.01): Float32Array {
  const a = Math.max(1, samples(inSeconds));
  const b = Math.max(1, samples(outSeconds));
  for (let i = 0; i < a && i < buf.length; i++) buf[i] = buf[i]! * 0.5 * (1 - Math.cos((Math.PI * i) / a));
  for (let i = 0; i < b && i < buf.length; i++) {
    const j = buf.length - 1 - i;
    buf[j] = buf[j]! * 0.5 * (1 - Math.cos((Math.PI * i) / b));
  }
  return buf;
}

/** The nearest frequency that fits a whole number of cycles into `n` samples (keeps loops seamless). */
export function fitFrequency(f: number, n: number): number {
  const cycles = Math.max(1, Math.round((f * n) / RATE));
  return (cycles * RATE) / n;
}

// ---------------------------------------------------------------- tones

/** A sine with harmonics (`partials[k]` is the level of harmonic k+1) and a pitch glide. */
export function tone(
  seconds: number,
  freq: (t: number) => number,
  partials: readonly number[] = [1],
  phase = 0,
): Float32Array {
  const n = samples(seconds);
  const out = new Float32Array(n);
  let ph = phase;
  for (let i = 0; i < n; i++) {
    const f = freq(i / RATE);
    let v = 0;
    for (let k = 0; k < partials.length; k++) {
      if (f * (k + 1) < RATE * 0.45) v += partials[k]! * Math.sin(ph * (k + 1));
    }
    out[i] = v;
    ph += (2 * Math.PI * f) / RATE;
  }
  return out;
}

/** A struck bell or glass: inharmonic partials (ratio, level, decay seconds). */
export function bell(
  seconds: number,
  base: number,
  partials: readonly (readonly [ratio: number, level: number, decay: number])[],
): Float32Array {
  const n = samples(seconds);
  const out = new Float32Array(n);
  for (const [ratio, level, decay] of partials) {
    const f = base * ratio;
    if (f >= RATE * 0.45) continue;
    const w = (2 * Math.PI * f) / RATE;
    for (let i = 0; i < n; i++) out[i] = out[i]! + level * Math.sin(w * i) * Math.exp(-i / RATE / decay);
  }
  return out;
}

/** Scale to an RMS level (ambience beds are matched by loudness, not by their peaks). */
export function toRms(buf: Float32Array, target: number): Float32Array {
  const level = rms(buf);
  if (level > 0) for (let i = 0; i < buf.length; i++) buf[i] = (buf[i]! / level) * target;
  return buf;
}

/** A gain that changes over the loop; `lfo(t)` is sampled at t in seconds from the loop's start. */
export function modulate(buf: Float32Array, lfo: (t: number) => number): Float32Array {
  return shape(buf, lfo);
}

/** A feedback delay (slap echo off a far wall), as a process for `periodic` or `run`. */
export function echo(seconds: number, feedback: number, wet: number): Process {
  const line = new Float32Array(Math.max(1, samples(seconds)));
  let at = 0;
  return {
    step(x) {
      const y = line[at]!;
      line[at] = x + y * feedback;
      at = (at + 1) % line.length;
      return x + y * wet;
    },
  };
}
