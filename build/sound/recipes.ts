/**
 * One recipe per sound in `src/core/sound-catalog.ts`: how its samples are made. A recipe gets its own
 * random source (seeded from the sound's id) and returns mono 48 kHz samples; `make-sounds`
 * levels, fades and encodes them. Loops come back exactly periodic (see `periodic` and `addAt`).
 */
import type { SoundId } from '../../src/core/sound-catalog.ts';
import {
  Biquad,
  RATE,
  addAt,
  bell,
  between,
  chain,
  echo,
  fitFrequency,
  mix,
  modulate,
  periodic,
  pink,
  pluck,
  reverb,
  run,
  samples,
  shape,
  tone,
  toRms,
  white,
  type Process,
  type Random,
} from './synth.ts';
import { clink, cutlery, footsteps, scatter, talk, typing } from './voices.ts';

/** Ambience loops last this long (seconds): short files, and accents hide the repetition. */
export const LOOP_SECONDS = 4;
const N = samples(LOOP_SECONDS);
const TAU = 2 * Math.PI;

type Recipe = (r: Random) => Float32Array;

// ---------------------------------------------------------------- beds

/** Ventilation: low rumble, a little air, and a faint mains hum that fits the loop exactly. */
function hvac(r: Random, hum = 0.08): Float32Array {
  const rumble = toRms(periodic(pink(N, r), chain(Biquad.lowpass(320), Biquad.highpass(30))), 1);
  const air = toRms(periodic(white(N, r), chain(Biquad.bandpass(1800, 0.5), Biquad.lowpass(5000))), 1);
  const f = fitFrequency(120, N);
  const mains = tone(LOOP_SECONDS, () => f, [1, 0.5, 0.3, 0.15]);
  return mix(N, [rumble, 1], [air, 0.18], [toRms(mains.subarray(0, N), 1), hum]);
}

function room(r: Random, opts: { size: number; damp: number; wet: number; dry: number }): Process {
  void r;
  return reverb(opts);
}

/** Through a wall or down a corridor: only the low part of the speech gets through. */
function muffled(buf: Float32Array, cutoff: number): Float32Array {
  return periodic(buf, chain(Biquad.lowpass(cutoff), Biquad.lowpass(cutoff * 1.3)));
}

/** A slow swell with whole cycles per loop: `1 + depth·(…)` around 1. */
function swell(r: Random, depth: number, cycles: readonly number[]): (t: number) => number {
  const phases = cycles.map(() => r() * TAU);
  return (t) =>
    1 +
    (depth * cycles.reduce((v, c, k) => v + Math.sin((TAU * c * t) / LOOP_SECONDS + phases[k]!), 0)) /
      cycles.length;
}

// ---------------------------------------------------------------- ambience

const ambience: Record<string, Recipe> = {
  'amb-room': (r) => hvac(r, 0.1),

  'amb-meeting-room': (r) => {
    const murmur = muffled(talk(N, r, { voices: 5, distance: [0.4, 1], busy: 0.5 }), 700);
    return mix(
      N,
      [hvac(r, 0.12), 1],
      [toRms(periodic(murmur, room(r, { size: 0.5, damp: 0.6, wet: 0.4, dry: 0.7 })), 1), 0.35],
    );
  },

  'amb-office': (r) => {
    const near = talk(N, r, { voices: 3, distance: [0.5, 1], busy: 0.45 });
    const far = muffled(talk(N, r, { voices: 5, distance: [0.4, 1], busy: 0.6 }), 1200);
    const voices = periodic(
      mix(N, [toRms(near, 1), 0.5], [toRms(far, 1), 0.6]),
      chain(Biquad.lowpass(3500), room(r, { size: 0.45, damp: 0.5, wet: 0.35, dry: 0.8 })),
    );
    const keys = periodic(typing(N, r, 2, 1), room(r, { size: 0.3, damp: 0.5, wet: 0.2, dry: 1 }));
    return mix(N, [hvac(r, 0.05), 0.5], [toRms(voices, 1), 0.75], [toRms(keys, 1), 0.3]);
  },

  'amb-lobby': (r) => {
    const voices = toRms(talk(N, r, { voices: 9, distance: [0.2, 1], busy: 0.5 }), 1);
    const steps = toRms(footsteps(N, r, 4, 1), 1);
    const dry = periodic(mix(N, [voices, 1], [steps, 0.45]), Biquad.lowpass(5000));
    const hall = periodic(dry, room(r, { size: 0.92, damp: 0.35, wet: 0.9, dry: 0.35 }));
    return mix(N, [toRms(hall, 1), 1], [hvac(r, 0.02), 0.25]);
  },

  'amb-restaurant': (r) => {
    const voices = toRms(talk(N, r, { voices: 12, distance: [0.25, 1], busy: 0.7 }), 1);
    const plates = toRms(
      scatter(N, r, 14, () => cutlery(r), [0.3, 1]),
      1,
    );
    const glass = toRms(
      scatter(N, r, 3, () => clink(r), [0.3, 0.8]),
      1,
    );
    const dry = mix(N, [voices, 1], [plates, 0.22], [glass, 0.1]);
    const wet = periodic(
      dry,
      chain(Biquad.lowpass(6000), room(r, { size: 0.6, damp: 0.5, wet: 0.45, dry: 0.8 })),
    );
    return mix(N, [toRms(wet, 1), 1], [hvac(r, 0), 0.2]);
  },

  'amb-banquet': (r) => {
    const voices = toRms(talk(N, r, { voices: 22, distance: [0.15, 1], busy: 0.8 }), 1);
    const plates = toRms(
      scatter(N, r, 22, () => cutlery(r), [0.2, 0.8]),
      1,
    );
    const glass = toRms(
      scatter(N, r, 7, () => clink(r, 1.1), [0.2, 0.8]),
      1,
    );
    const dry = mix(N, [voices, 1], [plates, 0.2], [glass, 0.14]);
    const hall = periodic(
      dry,
      chain(Biquad.lowpass(5500), room(r, { size: 0.85, damp: 0.45, wet: 0.8, dry: 0.55 })),
    );
    return toRms(hall, 1);
  },

  'amb-video-call': (r) => {
    const hiss = toRms(periodic(white(N, r), chain(Biquad.highpass(500), Biquad.lowpass(6500))), 1);
    const flutter = swell(r, 0.25, [3, 7, 11]);
    const f = fitFrequency(100, N);
    const hum = toRms(tone(LOOP_SECONDS, () => f, [1, 0.3]).subarray(0, N), 1);
    return mix(N, [modulate(hiss, flutter), 1], [hum, 0.08]);
  },

  'amb-ballpark': (r) => {
    const crowd = toRms(talk(N, r, { voices: 36, distance: [0.1, 1], busy: 0.85 }), 1);
    const wash = toRms(periodic(pink(N, r), chain(Biquad.highpass(250), Biquad.lowpass(2600))), 1);
    const outdoors = periodic(
      mix(N, [crowd, 1], [wash, 0.6]),
      chain(Biquad.lowpass(4500), echo(0.19, 0.25, 0.3)),
    );
    return modulate(toRms(outdoors, 1), swell(r, 0.3, [1]));
  },

  'amb-sightseeing': (r) => {
    const gust = swell(r, 0.6, [1, 2, 3]);
    const lp = Biquad.lowpass(400);
    let i = 0;
    const windFilter: Process = {
      step(x) {
        if (i % 64 === 0) lp.setLowpass(250 + 650 * Math.max(0, gust(i / RATE) - 0.3), 0.9);
        i = (i + 1) % N;
        return lp.step(x);
      },
    };
    const wind = toRms(
      modulate(periodic(pink(N, r), windFilter), (t) => 0.4 + 0.6 * gust(t)),
      1,
    );
    const birds = toRms(
      scatter(N, r, 3, () => chirp(r), [0.2, 0.6]),
      1,
    );
    const leaves = toRms(
      modulate(periodic(white(N, r), chain(Biquad.highpass(3000), Biquad.lowpass(8000))), (t) =>
        Math.max(0, gust(t) - 0.5),
      ),
      1,
    );
    return mix(N, [wind, 1], [leaves, 0.12], [periodic(birds, echo(0.12, 0.2, 0.2)), 0.14]);
  },

  'amb-hotel-bar': (r) => {
    const voices = muffled(talk(N, r, { voices: 5, distance: [0.3, 0.8], busy: 0.55 }), 2000);
    const glass = toRms(
      scatter(N, r, 2, () => clink(r, 0.8), [0.3, 0.6]),
      1,
    );
    const dry = mix(N, [toRms(voices, 1), 1], [glass, 0.08]);
    const warm = periodic(dry, room(r, { size: 0.55, damp: 0.75, wet: 0.4, dry: 0.8 }));
    const f = fitFrequency(60, N);
    const fridge = toRms(tone(LOOP_SECONDS, () => f, [1, 0.6, 0.3]).subarray(0, N), 1);
    return mix(N, [toRms(warm, 1), 1], [fridge, 0.05], [hvac(r, 0), 0.2]);
  },

  'amb-airport': (r) => {
    const voices = toRms(talk(N, r, { voices: 26, distance: [0.1, 0.7], busy: 0.6 }), 1);
    const steps = toRms(footsteps(N, r, 7, 1), 1);
    const wheels = toRms(
      modulate(
        periodic(pink(N, r), chain(Biquad.bandpass(220, 2), Biquad.lowpass(600))),
        swell(r, 0.9, [2, 5]),
      ),
      1,
    );
    const dry = periodic(mix(N, [voices, 1], [steps, 0.35], [wheels, 0.3]), Biquad.lowpass(4500));
    const hall = periodic(dry, room(r, { size: 0.98, damp: 0.3, wet: 1, dry: 0.25 }), 3);
    return mix(N, [toRms(hall, 1), 1], [hvac(r, 0.04), 0.35]);
  },
};

// ---------------------------------------------------------------- accents

/** A small bird's call: a fast upward or downward sweep with a flutter. */
function chirp(r: Random): Float32Array {
  const seconds = between(r, 0.04, 0.1);
  const from = between(r, 2800, 4200);
  const to = from * between(r, 0.7, 1.4);
  const flutter = between(r, 25, 45);
  const out = tone(
    seconds,
    (t) => (from + (to - from) * (t / seconds)) * (1 + 0.04 * Math.sin(TAU * flutter * t)),
    [1, 0.12],
  );
  return shape(out, (t) => Math.sin((Math.PI * t) / seconds) ** 2);
}

function birdsong(r: Random): Float32Array {
  const out = new Float32Array(samples(1.8));
  let t = 0.02;
  const notes = 5 + Math.floor(r() * 5);
  for (let k = 0; k < notes; k++) {
    addAt(out, chirp(r), samples(t), between(r, 0.5, 1));
    t += between(r, 0.09, 0.2);
  }
  return run(out, chain(echo(0.11, 0.15, 0.18), Biquad.highpass(1500)));
}

function airportChime(_r: Random): Float32Array {
  const out = new Float32Array(samples(3.2));
  const notes = [784, 659.3, 523.3]; // G5 E5 C5: the classic three-tone announcement
  notes.forEach((f, k) => {
    const note = bell(1.6, f, [
      [1, 1, 0.7],
      [2, 0.25, 0.3],
      [3.98, 0.12, 0.12],
    ]);
    addAt(out, shape(note, pluck(0.004, 10, 1.6)), samples(k * 0.42), 1);
  });
  // Through a public-address speaker, far down the hall.
  return run(
    out,
    chain(
      Biquad.highpass(350),
      Biquad.lowpass(3800),
      reverb({ size: 0.95, damp: 0.35, wet: 0.9, dry: 0.45 }),
    ),
  );
}

function cheer(r: Random): Float32Array {
  const n = samples(3.2);
  const envelope = (t: number) =>
    (t < 0.7 ? (t / 0.7) ** 1.5 : Math.exp(-(t - 0.7) / 0.9)) * Math.min(1, (3.2 - t) / 0.2);
  const roar = toRms(run(pink(n, r), chain(Biquad.highpass(350), Biquad.lowpass(3200))), 1);
  const shouts = toRms(talk(n, r, { voices: 30, distance: [0.2, 1], busy: 0.95 }), 1);
  const claps = toRms(
    scatter(
      n,
      r,
      90,
      () =>
        shape(
          run(white(samples(0.03), r), Biquad.bandpass(between(r, 1200, 2500), 1.2)),
          pluck(0.0005, 0.006, 0.03),
        ),
      [0.3, 1],
    ),
    1,
  );
  const out = mix(n, [roar, 0.8], [shouts, 0.7], [claps, 0.35]);
  shape(out, envelope);
  return run(out, echo(0.19, 0.2, 0.25));
}

const accents: Record<string, Recipe> = {
  'acc-clink': (r) => {
    const out = new Float32Array(samples(0.8));
    addAt(out, clink(r), 0, 1);
    addAt(out, clink(r), samples(between(r, 0.07, 0.12)), 0.8);
    return run(out, reverb({ size: 0.5, damp: 0.5, wet: 0.3, dry: 0.9 }));
  },
  'acc-birdsong': birdsong,
  'acc-airport-chime': airportChime,
  'acc-cheer': cheer,
};

// ---------------------------------------------------------------- cues and UI

const WARM = [1, 0.28, 0.1, 0.04] as const;

function note(
  f: number,
  seconds: number,
  decay: number,
  partials: readonly number[] = WARM,
  attack = 0.008,
): Float32Array {
  return shape(
    tone(seconds, () => f, partials),
    pluck(attack, decay, seconds),
  );
}

function cueRoom(buf: Float32Array, wet = 0.3): Float32Array {
  return run(buf, chain(Biquad.lowpass(5000), reverb({ size: 0.6, damp: 0.5, wet, dry: 1 })));
}

const cues: Record<string, Recipe> = {
  // Warm rising: C5 E5 G5 over a soft C4.
  'cue-gain': () => {
    const out = new Float32Array(samples(1.3));
    addAt(out, note(261.6, 1.1, 0.5, [1, 0.2], 0.05), 0, 0.35);
    [523.3, 659.3, 784].forEach((f, k) => addAt(out, note(f, 1.0 - k * 0.1, 0.35), samples(k * 0.09), 0.6));
    return cueRoom(out);
  },
  // Low falling: two low voices a minor third apart sliding down together.
  'cue-loss': () => {
    const seconds = 1.1;
    const fall = (f: number) => (t: number) => f * (1 - 0.22 * Math.min(1, t / 0.7) ** 1.3);
    const out = new Float32Array(samples(seconds));
    addAt(out, shape(tone(seconds, fall(220), [1, 0.35, 0.12]), pluck(0.02, 0.45, seconds)), 0, 0.7);
    addAt(out, shape(tone(seconds, fall(261.6), [1, 0.25]), pluck(0.03, 0.4, seconds)), 0, 0.45);
    return cueRoom(run(out, Biquad.lowpass(1400)), 0.25);
  },
  // Suspended, then resolved: D5+G5 settles to D5+F#5+A5.
  'cue-repaired': () => {
    const out = new Float32Array(samples(1.5));
    [587.3, 784].forEach((f) => addAt(out, note(f, 0.45, 0.25), 0, 0.45));
    [587.3, 740, 880].forEach((f, k) => addAt(out, note(f, 1.2, 0.45), samples(0.28 + k * 0.03), 0.42));
    return cueRoom(out);
  },
  // A calm close: bell strokes G5 E5, then C5 with C4 under it.
  ending: () => {
    const out = new Float32Array(samples(2.4));
    const strike = (f: number) =>
      shape(
        bell(2, f, [
          [1, 1, 0.9],
          [2, 0.4, 0.5],
          [3, 0.18, 0.3],
          [4.2, 0.08, 0.15],
        ]),
        pluck(0.003, 10, 2),
      );
    addAt(out, strike(784), 0, 0.5);
    addAt(out, strike(659.3), samples(0.25), 0.5);
    addAt(out, strike(523.3), samples(0.5), 0.55);
    addAt(out, strike(261.6), samples(0.5), 0.35);
    return cueRoom(out, 0.35);
  },
};

const ui: Record<string, Recipe> = {
  'ui-choice': (r) => {
    const seconds = 0.07;
    const out = shape(
      tone(seconds, (t) => 1150 - 3500 * t, [1, 0.15]),
      pluck(0.001, 0.018, seconds),
    );
    const tick = shape(run(white(samples(0.01), r), Biquad.bandpass(3200, 1.5)), pluck(0.0005, 0.002, 0.01));
    addAt(out, tick, 0, 0.35);
    return out;
  },
  'ui-hover': () => {
    const seconds = 0.03;
    return shape(
      tone(seconds, () => 2100, [1]),
      pluck(0.0005, 0.006, seconds),
    );
  },
  'ui-menu': (r) => {
    const seconds = 0.18;
    const n = samples(seconds);
    const bp = Biquad.bandpass(600, 1.8);
    const swoosh = white(n, r);
    for (let i = 0; i < n; i++) {
      if (i % 32 === 0) bp.setBandpass(600 * 4 ** (i / n), 1.8);
      swoosh[i] = bp.step(swoosh[i]!);
    }
    shape(swoosh, (t) => Math.sin((Math.PI * t) / seconds) ** 2);
    const out = new Float32Array(n);
    addAt(out, swoosh, 0, 0.5);
    addAt(out, note(660, 0.08, 0.03, [1, 0.2], 0.002), samples(0.03), 0.5);
    addAt(out, note(990, 0.1, 0.04, [1, 0.2], 0.002), samples(0.08), 0.45);
    return out;
  },
};

export const RECIPES: Readonly<Record<string, Recipe>> = { ...ambience, ...accents, ...cues, ...ui };

export function recipeFor(id: SoundId): Recipe {
  const recipe = RECIPES[id];
  if (!recipe) throw new Error(`No recipe for sound "${id}": add one to build/sound/recipes.ts.`);
  return recipe;
}
