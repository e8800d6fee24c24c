/**
 * The sound desk: everything about playing sound that is decision, not audio. It keeps the
 * learner's levels and mute, the place's ambience and the accents over it, emits captions, and
 * gates the engine behind `unlock()` — the engine (howler in the browser, a recorder in tests) is
 * not even created before the first user gesture, so no AudioContext can start too early.
 *
 * It never touches Web Audio, the DOM or the clock directly: the engine and the timers are given.
 */
import {
  ACCENTS,
  ambienceFor,
  channelOf,
  isSoundId,
  soundInfo,
  type AccentPlan,
  type SoundId,
  type SoundInfo,
  type VolumeChannel,
} from '../../core/sound-catalog.ts';
import { clampVolume, type AudioPort, type Caption, type CaptionListener } from './port.ts';
import { realTimers, type Timers } from '../../platform/schedule.ts';

/** A playing loop, as the desk sees it. */
export interface LoopVoice {
  setVolume(volume: number): void;
  /** Fade to silence over `ms`, then stop and forget the loop. */
  fadeOutAndStop(ms: number): void;
}

/** What actually makes sound. Created once, after unlock. */
export interface AudioEngine {
  playOnce(sound: SoundInfo, volume: number, rate: number): void;
  /** Start a loop from silence and fade it in to `volume` over `fadeMs`. */
  startLoop(sound: SoundInfo, volume: number, fadeMs: number): LoopVoice;
  setMuted(muted: boolean): void;
  dispose(): void;
}

export interface SoundDeskOptions {
  /** Called once, from the first `unlock()`. A rejected promise leaves the game silent. */
  createEngine: () => AudioEngine | Promise<AudioEngine>;
  /** Ambience crossfade between places, in ms. */
  crossfadeMs?: number;
  /** Accents over each ambience; pass `{}` for none. */
  accents?: Partial<Record<SoundId, AccentPlan>>;
  random?: () => number;
  timers?: Timers;
  /** Initial levels (e.g. from the settings store), so nothing plays at a wrong level first. */
  volumes?: Partial<Record<VolumeChannel, number>>;
  muted?: boolean;
}

export const DEFAULT_CROSSFADE_MS = 1500;
/** One-shots asked for while the engine loads are kept, up to this many. */
const PENDING_LIMIT = 4;

export class SoundDesk implements AudioPort {
  private readonly listeners = new Set<CaptionListener>();
  private readonly volumes: Record<VolumeChannel, number> = { music: 0.5, effects: 0.7 };
  private muted: boolean;
  private ambience: SoundId | null = null;
  private loop: { id: SoundId; voice: LoopVoice } | null = null;
  private engine: AudioEngine | null = null;
  private state: 'locked' | 'loading' | 'ready' | 'failed' | 'disposed' = 'locked';
  private pending: SoundId[] = [];
  private accentTimer: unknown = null;
  private readonly crossfadeMs: number;
  private readonly accents: Partial<Record<SoundId, AccentPlan>>;
  private readonly random: () => number;
  private readonly timers: Timers;

  constructor(private readonly options: SoundDeskOptions) {
    this.crossfadeMs = options.crossfadeMs ?? DEFAULT_CROSSFADE_MS;
    this.accents = options.accents ?? ACCENTS;
    this.random = options.random ?? Math.random;
    this.timers = options.timers ?? realTimers;
    for (const channel of ['music', 'effects'] as const) {
      const v = options.volumes?.[channel];
      if (v !== undefined) this.volumes[channel] = clampVolume(v);
    }
    this.muted = options.muted ?? false;
  }

  /** Where the desk is: locked until the first gesture, then loading, ready (or failed). */
  get status(): 'locked' | 'loading' | 'ready' | 'failed' | 'disposed' {
    return this.state;
  }

  play(id: SoundId): void {
    if (!isSoundId(id) || this.state === 'disposed') return;
    this.caption(id);
    if (this.state === 'ready') this.sound(id);
    else if (this.state === 'loading' && this.pending.length < PENDING_LIMIT) this.pending.push(id);
  }

  setAmbience(place: string | null): void {
    if (this.state === 'disposed') return;
    const id = ambienceFor(place);
    if (id === this.ambience) return;
    this.ambience = id;
    if (id) this.caption(id);
    if (this.state === 'ready') this.switchLoop();
  }

  setVolume(channel: VolumeChannel, volume: number): void {
    if (channel !== 'music' && channel !== 'effects') return;
    this.volumes[channel] = clampVolume(volume);
    if (channel === 'music' && this.loop) this.loop.voice.setVolume(this.level(soundInfo(this.loop.id)));
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.engine?.setMuted(muted);
  }

  unlock(): void {
    if (this.state !== 'locked') return;
    this.state = 'loading';
    let made: AudioEngine | Promise<AudioEngine>;
    try {
      made = this.options.createEngine();
    } catch {
      this.fail();
      return;
    }
    if ('then' in made)
      made.then(
        (e) => this.ready(e),
        () => this.fail(),
      );
    else this.ready(made);
  }

  onCaption(listener: CaptionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    if (this.state === 'disposed') return;
    this.state = 'disposed';
    this.stopAccents();
    this.loop?.voice.fadeOutAndStop(0);
    this.loop = null;
    this.engine?.dispose();
    this.engine = null;
    this.pending = [];
    this.listeners.clear();
  }

  private ready(engine: AudioEngine): void {
    if (this.state !== 'loading') {
      engine.dispose(); // disposed while loading
      return;
    }
    this.engine = engine;
    this.state = 'ready';
    engine.setMuted(this.muted);
    this.switchLoop();
    const pending = this.pending;
    this.pending = [];
    for (const id of pending) this.sound(id);
  }

  private fail(): void {
    if (this.state === 'loading') this.state = 'failed';
    this.pending = [];
  }

  private level(info: SoundInfo): number {
    return info.gain * this.volumes[channelOf(info.kind)];
  }

  private caption(id: SoundId): void {
    const info = soundInfo(id);
    if (!info.caption) return;
    const caption: Caption = { sound: id, kind: info.kind, text: info.caption };
    for (const listener of [...this.listeners]) listener(caption);
  }

  private sound(id: SoundId, rate = 1): void {
    const info = soundInfo(id);
    const volume = this.level(info);
    if (!this.engine || this.muted || volume <= 0) return;
    this.engine.playOnce(info, volume, rate);
  }

  private switchLoop(): void {
    if (!this.engine || this.loop?.id === this.ambience) return;
    this.stopAccents();
    this.loop?.voice.fadeOutAndStop(this.crossfadeMs);
    this.loop = null;
    if (!this.ambience) return;
    const info = soundInfo(this.ambience);
    this.loop = { id: this.ambience, voice: this.engine.startLoop(info, this.level(info), this.crossfadeMs) };
    this.scheduleAccent();
  }

  private scheduleAccent(): void {
    const plan = this.ambience ? this.accents[this.ambience] : undefined;
    if (!plan || plan.sounds.length === 0) return;
    const [lo, hi] = plan.every;
    const delay = (lo + (hi - lo) * this.random()) * 1000;
    this.accentTimer = this.timers.setTimeout(() => {
      this.accentTimer = null;
      const id = plan.sounds[Math.floor(this.random() * plan.sounds.length)]!;
      // A slightly different pitch each time, so a repeated accent is not the same sound twice.
      this.sound(id, 0.92 + 0.16 * this.random());
      this.scheduleAccent();
    }, delay);
  }

  private stopAccents(): void {
    if (this.accentTimer !== null) this.timers.clearTimeout(this.accentTimer);
    this.accentTimer = null;
  }
}
