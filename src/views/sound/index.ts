/**
 * Sound for the game, behind one small interface (`AudioPort`). Start-up creates the browser's
 * port with `createHowlerAudio()`; tests use `FakeAudio` from `./fake-audio.ts`. What to play
 * after each step of a session comes from the pure `directSound`. See docs/sound.md.
 */
export type { AudioPort, Caption, CaptionListener } from './port.ts';
export {
  ACCENTS,
  AMBIENCE_BY_PLACE,
  FALLBACK_AMBIENCE,
  SOUNDS,
  SOUND_IDS,
  ambienceFor,
  channelOf,
  isSoundId,
  soundInfo,
  type SoundId,
  type SoundInfo,
  type SoundKind,
  type VolumeChannel,
} from '../../core/sound-catalog.ts';
export {
  applyAudioCommands,
  directSound,
  LARGE_MOVE,
  relationshipCue,
  type AudioCommand,
} from './director.ts';
export { createHowlerAudio, type HowlerAudio, type HowlerAudioOptions } from './howler-audio.ts';
export { SoundDesk, type AudioEngine, type LoopVoice, type SoundDeskOptions } from './sound-desk.ts';
