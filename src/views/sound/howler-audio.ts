/**
 * The browser's sound: a `SoundDesk` driving howler. howler is imported dynamically on the first
 * `unlock()` (or `preload()`), so it costs the first line of dialogue nothing, and the Web Audio
 * context is created only then — inside or after the learner's first gesture, as browsers require,
 * so Chromium never logs "The AudioContext was not allowed to start".
 *
 * Files are Ogg Opus (`public/audio/*.ogg`, see docs/sound.md); howler is told the codec so it
 * checks Opus support rather than guessing from the extension. Load and play errors are swallowed:
 * a browser without Opus, or a missing file, is silent and quiet in the console.
 */
import type { Howl as HowlInstance, HowlOptions } from 'howler';
import type { SoundInfo } from '../../core/sound-catalog.ts';
import { SOUND_IDS, soundInfo } from '../../core/sound-catalog.ts';
import type { AudioPort } from './port.ts';
import { SoundDesk, type AudioEngine, type LoopVoice, type SoundDeskOptions } from './sound-desk.ts';
import { yieldToMain } from '../../platform/schedule.ts';
import { warmAudioOutput } from './warm-output.ts';

/** The parts of howler this engine uses (a stand-in can be passed for tests). */
export interface HowlerModule {
  Howl: new (options: HowlOptions) => HowlInstance;
  /** `volume()` with no value makes Web Audio's context if there is none yet (howler's own setup). */
  Howler: { mute(muted: boolean): unknown; volume(): unknown };
}

export interface HowlerAudioOptions extends Omit<SoundDeskOptions, 'createEngine'> {
  /** Where the sound files are served; defaults to `<base>/audio/`. */
  baseUrl?: string;
  /** How to get howler; defaults to a dynamic `import('howler')`. */
  loadHowler?: () => Promise<HowlerModule>;
  /** Milliseconds after which a UI sound that is still loading is no longer worth playing. */
  staleUiMs?: number;
}

export interface HowlerAudio extends AudioPort {
  /** Where the sound is: locked until the first gesture, then loading, ready or failed. */
  readonly status: SoundDesk['status'];
  /**
   * Fetch howler's code ahead of the first gesture (e.g. once the first line is on screen), so
   * `unlock()` can start audio within the gesture itself. Creates no audio context.
   */
  preload(): Promise<void>;
}

async function importHowler(): Promise<HowlerModule> {
  const m = (await import('howler')) as unknown as HowlerModule & { default?: HowlerModule };
  return m.Howl ? m : m.default!;
}

function defaultBaseUrl(): string {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  return `${base.endsWith('/') ? base : `${base}/`}audio/`;
}

interface Loaded {
  howl: HowlInstance;
  /** Resolves true once decoded, false if the file could not be loaded or decoded. */
  ready: Promise<boolean>;
}

class HowlerLoop implements LoopVoice {
  private id: number | null = null;
  private stopped = false;

  constructor(
    private readonly howl: HowlInstance,
    ready: Promise<boolean>,
    private volume: number,
    fadeMs: number,
  ) {
    void ready.then((ok) => {
      if (!ok || this.stopped) return;
      const id = howl.play();
      this.id = id;
      howl.volume(0, id);
      howl.fade(0, this.volume, fadeMs, id);
    });
  }

  setVolume(volume: number): void {
    this.volume = volume;
    if (this.id !== null && !this.stopped) this.howl.volume(volume, this.id);
  }

  fadeOutAndStop(ms: number): void {
    if (this.stopped) return;
    this.stopped = true;
    const id = this.id;
    if (id === null) return;
    if (ms <= 0) {
      this.howl.stop(id);
      return;
    }
    const from = this.howl.volume(id) as unknown as number;
    this.howl.once('fade', () => this.howl.stop(id), id);
    this.howl.fade(from, 0, ms, id);
  }
}

export class HowlerEngine implements AudioEngine {
  private readonly loaded = new Map<string, Loaded>();

  constructor(
    private readonly howler: HowlerModule,
    private readonly baseUrl: string,
    private readonly staleUiMs = 250,
    private readonly now: () => number = () => performance.now(),
  ) {
    // UI sounds and cues are tiny: decode them now so the first click is heard on time.
    for (const id of SOUND_IDS) {
      const info = soundInfo(id);
      if (info.kind !== 'ambience') this.load(info);
    }
  }

  private load(info: SoundInfo): Loaded {
    const known = this.loaded.get(info.id);
    if (known) return known;
    let settle: (ok: boolean) => void = () => {};
    const ready = new Promise<boolean>((resolve) => (settle = resolve));
    const howl = new this.howler.Howl({
      src: [this.baseUrl + info.file],
      format: ['opus'],
      loop: info.loop,
      preload: true,
      html5: false,
      volume: 0,
      onload: () => settle(true),
      onloaderror: () => settle(false),
      // Play errors (a context the browser still holds back) are left to howler's own unlock.
      onplayerror: () => {},
    });
    const entry = { howl, ready };
    this.loaded.set(info.id, entry);
    return entry;
  }

  playOnce(info: SoundInfo, volume: number, rate: number): void {
    const { howl, ready } = this.load(info);
    const asked = this.now();
    void ready.then((ok) => {
      if (!ok) return;
      if (info.kind === 'ui' && this.now() - asked > this.staleUiMs) return;
      const id = howl.play();
      howl.volume(volume, id);
      if (rate !== 1) howl.rate(rate, id);
    });
  }

  startLoop(info: SoundInfo, volume: number, fadeMs: number): LoopVoice {
    const { howl, ready } = this.load(info);
    return new HowlerLoop(howl, ready, volume, fadeMs);
  }

  setMuted(muted: boolean): void {
    this.howler.Howler.mute(muted);
  }

  dispose(): void {
    for (const { howl } of this.loaded.values()) howl.unload();
    this.loaded.clear();
  }
}

/** The game's `AudioPort` in the browser. Create it at start-up; call `unlock()` on the first gesture. */
export function createHowlerAudio(options: HowlerAudioOptions = {}): HowlerAudio {
  const load = options.loadHowler ?? importHowler;
  const baseUrl = options.baseUrl ?? defaultBaseUrl();
  let module: Promise<HowlerModule> | null = null;
  let loadedModule: HowlerModule | null = null;
  const fetchHowler = () => {
    module ??= load().then((m) => (loadedModule = m));
    return module;
  };
  const desk = new SoundDesk({
    ...options,
    // Synchronous when `preload()` already fetched howler: the context is then created inside
    // the gesture itself, which Safari needs; otherwise right after, which Chromium accepts.
    createEngine: () =>
      loadedModule
        ? new HowlerEngine(loadedModule, baseUrl, options.staleUiMs)
        : Promise.all([fetchHowler(), warmAudioOutput()]).then(async ([m]) => {
            // Three tasks, not one: howler's module evaluated; then Web Audio's context made; then
            // the sounds' loading begun. In one microtask checkpoint they made a task of 60-97 ms.
            // The context is made once the browser's audio output runs (warm-output.ts): made
            // first, it was one native call of 55-440 ms in a fresh browser (bench/STAGE.md).
            await yieldToMain();
            m.Howler.volume();
            await yieldToMain();
            return new HowlerEngine(m, baseUrl, options.staleUiMs);
          }),
  });
  return Object.assign(desk, {
    preload: async () => {
      try {
        await fetchHowler();
      } catch {
        // Offline without the chunk, or blocked: the game stays silent.
      }
    },
  });
}
