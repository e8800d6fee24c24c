/**
 * An in-memory `AudioPort` for tests: the real `SoundDesk` (same gating, levels, crossfades and
 * captions as in the browser) over an engine that writes down what it would have played. A UI
 * test can hand it to the page and then read `calls` (what the page asked for), `sounded`
 * (what a learner would have heard), `ambience` and `captions`.
 */
import type { SoundId, VolumeChannel } from '../../core/sound-catalog.ts';
import type { AudioPort, Caption, CaptionListener } from './port.ts';
import { SoundDesk, type AudioEngine, type LoopVoice, type SoundDeskOptions } from './sound-desk.ts';

export type AudioCall =
  | { method: 'play'; id: SoundId }
  | { method: 'setAmbience'; place: string | null }
  | { method: 'setVolume'; channel: VolumeChannel; volume: number }
  | { method: 'setMuted'; muted: boolean }
  | { method: 'unlock' }
  | { method: 'dispose' };

/** What the engine was asked to do, in order. */
export type EngineEvent =
  | { event: 'play'; id: SoundId; volume: number; rate: number }
  | { event: 'loop-start'; id: SoundId; volume: number; fadeMs: number }
  | { event: 'loop-volume'; id: SoundId; volume: number }
  | { event: 'loop-stop'; id: SoundId; fadeMs: number }
  | { event: 'mute'; muted: boolean }
  | { event: 'dispose' };

class RecordingEngine implements AudioEngine {
  readonly log: EngineEvent[] = [];
  /** Loops currently sounding (a loop fading out is gone from here at once). */
  readonly loops = new Map<SoundId, number>();
  muted = false;

  playOnce(sound: { id: string }, volume: number, rate: number): void {
    this.log.push({ event: 'play', id: sound.id as SoundId, volume, rate });
  }

  startLoop(sound: { id: string }, volume: number, fadeMs: number): LoopVoice {
    const id = sound.id as SoundId;
    this.log.push({ event: 'loop-start', id, volume, fadeMs });
    this.loops.set(id, volume);
    let stopped = false;
    return {
      setVolume: (v) => {
        if (stopped) return;
        this.loops.set(id, v);
        this.log.push({ event: 'loop-volume', id, volume: v });
      },
      fadeOutAndStop: (ms) => {
        if (stopped) return;
        stopped = true;
        this.loops.delete(id);
        this.log.push({ event: 'loop-stop', id, fadeMs: ms });
      },
    };
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.log.push({ event: 'mute', muted });
  }

  dispose(): void {
    this.log.push({ event: 'dispose' });
  }
}

export type FakeAudioOptions = Omit<SoundDeskOptions, 'createEngine'>;

export class FakeAudio implements AudioPort {
  /** Every call made on the port, in order. */
  readonly calls: AudioCall[] = [];
  /** Every caption the port emitted, in order. */
  readonly captions: Caption[] = [];
  private readonly engine = new RecordingEngine();
  private readonly desk: SoundDesk;
  private readonly initiallyMuted: boolean;

  /** No accents unless asked for, so what a test sees depends only on what it did. */
  constructor(options: FakeAudioOptions = {}) {
    this.desk = new SoundDesk({ accents: {}, ...options, createEngine: () => this.engine });
    this.initiallyMuted = options.muted ?? false;
    this.desk.onCaption((c) => this.captions.push(c));
  }

  play(id: SoundId): void {
    this.calls.push({ method: 'play', id });
    this.desk.play(id);
  }
  setAmbience(place: string | null): void {
    this.calls.push({ method: 'setAmbience', place });
    this.desk.setAmbience(place);
  }
  setVolume(channel: VolumeChannel, volume: number): void {
    this.calls.push({ method: 'setVolume', channel, volume });
    this.desk.setVolume(channel, volume);
  }
  setMuted(muted: boolean): void {
    this.calls.push({ method: 'setMuted', muted });
    this.desk.setMuted(muted);
  }
  unlock(): void {
    this.calls.push({ method: 'unlock' });
    this.desk.unlock();
  }
  onCaption(listener: CaptionListener): () => void {
    return this.desk.onCaption(listener);
  }
  dispose(): void {
    this.calls.push({ method: 'dispose' });
    this.desk.dispose();
  }

  get unlocked(): boolean {
    return this.desk.status === 'ready';
  }
  get disposed(): boolean {
    return this.desk.status === 'disposed';
  }
  /** What the engine did; empty until `unlock()`. */
  get engineLog(): readonly EngineEvent[] {
    return this.engine.log;
  }
  /** One-shot sounds a learner would have heard, in order. */
  get sounded(): SoundId[] {
    return this.engine.log.flatMap((e) => (e.event === 'play' ? [e.id] : []));
  }
  /** The ambience loop sounding now (after unlock), or null. */
  get ambience(): SoundId | null {
    return [...this.engine.loops.keys()].at(-1) ?? null;
  }
  /** The mute the page asked for last (whether or not the engine exists yet). */
  get muted(): boolean {
    const last = this.calls.findLast((c) => c.method === 'setMuted');
    return last ? last.muted : this.initiallyMuted;
  }
}
