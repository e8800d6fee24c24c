/**
 * The one interface the rest of the game uses for sound. The page and the stage call it; the
 * browser build gets the howler implementation (`howler-audio.ts`), tests get `FakeAudio`.
 *
 * Contract shared by every implementation:
 * - Nothing is audible, and no AudioContext exists, before `unlock()` — call it from inside the
 *   learner's first click, tap or key press. Calls before it are remembered (ambience, volumes,
 *   mute) or, for one-shot sounds, dropped.
 * - Captions follow what the game means to sound, not what the speakers do: `play` and
 *   `setAmbience` emit a sound's caption even while muted or locked, so a learner with the sound
 *   off still gets them. Whether to show them is the page's choice (the `captions` setting).
 * - Unknown ids and failed loads are silent: sound is never worth an error on screen or a line
 *   in the console.
 */
import type { SoundId, SoundKind, VolumeChannel } from '../../core/sound-catalog.ts';

export type { SoundId, SoundKind, VolumeChannel } from '../../core/sound-catalog.ts';

export interface Caption {
  /** The sound that carries this caption. */
  sound: SoundId;
  kind: SoundKind;
  /** Bracketed text for the screen, e.g. "[a rising chime: the relationship grew]". */
  text: string;
}

export type CaptionListener = (caption: Caption) => void;

export interface AudioPort {
  /** Play a one-shot sound (UI sound, cue, ending chime). */
  play(id: SoundId): void;
  /**
   * The place whose ambience should sound (a `# place:` id), or null for silence. The same place
   * again changes nothing; a new one crossfades. Unknown places get a neutral room tone.
   */
  setAmbience(place: string | null): void;
  /** 0–1; `music` scales ambience, `effects` scales UI sounds and cues. */
  setVolume(channel: VolumeChannel, volume: number): void;
  setMuted(muted: boolean): void;
  /** Call from a user gesture's handler; idempotent. Starts loading the audio engine. */
  unlock(): void;
  /** Subscribe to captions; returns the function that unsubscribes. */
  onCaption(listener: CaptionListener): () => void;
  /** Stop everything and release the engine; the port is not used again. */
  dispose(): void;
}

/** Volumes are clamped into 0–1; anything not a number counts as 0. */
export function clampVolume(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
