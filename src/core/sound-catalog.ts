/**
 * The game's sounds as data: every id, its file under `public/audio/`, its kind, loop flag, level
 * and caption, and which ambience belongs to which place. The generator (`build/sounds.ts`)
 * renders exactly these ids and writes `public/audio/manifest.json` from this table; the player
 * reads it directly, so captions are known before any audio has loaded.
 *
 * Data only: nothing here touches audio, the DOM or the network.
 */

export type SoundKind = 'ui' | 'cue' | 'ambience';
/** The two levels the learner sets: ambience follows `music`, UI sounds and cues `effects`. */
export type VolumeChannel = 'music' | 'effects';

export interface SoundInfo {
  id: string;
  /** File name under `public/audio/`. */
  file: string;
  kind: SoundKind;
  loop: boolean;
  /** Level in the mix, 0–1, before the learner's volume for the sound's channel. */
  gain: number;
  /**
   * What the sound means, for people who cannot hear it; null for plain feedback (a click) that
   * adds nothing to what is on screen.
   */
  caption: string | null;
}

/** Ambience extras: one-shots played now and then over a loop, so a short loop never feels short. */
export interface AccentPlan {
  sounds: readonly SoundId[];
  /** Seconds between two accents, drawn uniformly from this range. */
  every: readonly [number, number];
}

function sound(
  id: string,
  kind: SoundKind,
  gain: number,
  caption: string | null,
  loop = kind === 'ambience',
): SoundInfo {
  return { id, file: `${id}.ogg`, kind, loop, gain, caption };
}

export const SOUNDS = {
  // UI: short, uncaptioned feedback for the learner's own actions.
  'ui-choice': sound('ui-choice', 'ui', 0.55, null),
  'ui-hover': sound('ui-hover', 'ui', 0.25, null),
  'ui-menu': sound('ui-menu', 'ui', 0.45, null),
  // Cues: the relationship moved a lot, or the scenario ended.
  'cue-gain': sound('cue-gain', 'cue', 0.6, '[a rising chime: the relationship grew]'),
  'cue-loss': sound('cue-loss', 'cue', 0.65, '[a falling tone: the relationship hurt]'),
  'cue-repaired': sound('cue-repaired', 'cue', 0.6, '[a settling chime: trust repaired]'),
  ending: sound('ending', 'cue', 0.6, '[a closing chime: the scenario ends]'),
  // Ambience: one seamless loop per place.
  'amb-room': sound('amb-room', 'ambience', 0.35, '[the quiet hum of a room]'),
  'amb-meeting-room': sound('amb-meeting-room', 'ambience', 0.4, '[air conditioning hums; office murmur]'),
  'amb-office': sound('amb-office', 'ambience', 0.4, '[a busy office murmurs, keys typing]'),
  'amb-lobby': sound('amb-lobby', 'ambience', 0.4, '[voices and footsteps echo in a lobby]'),
  'amb-restaurant': sound('amb-restaurant', 'ambience', 0.42, '[restaurant chatter, cutlery on plates]'),
  'amb-banquet': sound('amb-banquet', 'ambience', 0.42, '[banquet hall talk, glasses clinking]'),
  'amb-video-call': sound('amb-video-call', 'ambience', 0.25, '[the soft hiss of a call line]'),
  'amb-ballpark': sound('amb-ballpark', 'ambience', 0.42, '[a ballpark crowd rises and falls]'),
  'amb-sightseeing': sound('amb-sightseeing', 'ambience', 0.38, '[wind outdoors, birds calling]'),
  'amb-hotel-bar': sound('amb-hotel-bar', 'ambience', 0.38, '[low murmur in a hotel bar]'),
  'amb-airport': sound('amb-airport', 'ambience', 0.4, '[a large airport hall, voices echoing]'),
  // Accents over ambience: one-shots on the music channel, never captioned (the place's caption
  // already says what the learner hears).
  'acc-clink': sound('acc-clink', 'ambience', 0.3, null, false),
  'acc-birdsong': sound('acc-birdsong', 'ambience', 0.3, null, false),
  'acc-airport-chime': sound('acc-airport-chime', 'ambience', 0.28, null, false),
  'acc-cheer': sound('acc-cheer', 'ambience', 0.35, null, false),
} as const satisfies Record<string, SoundInfo>;

export type SoundId = keyof typeof SOUNDS;

export const SOUND_IDS = Object.keys(SOUNDS) as SoundId[];

export function isSoundId(id: string): id is SoundId {
  return Object.prototype.hasOwnProperty.call(SOUNDS, id);
}

export function soundInfo(id: SoundId): SoundInfo {
  return SOUNDS[id];
}

/** The places the stories use (`# place:` tags, see docs/authoring.md) and their ambience. */
export const AMBIENCE_BY_PLACE: Readonly<Record<string, SoundId>> = {
  'meeting-room': 'amb-meeting-room',
  office: 'amb-office',
  lobby: 'amb-lobby',
  restaurant: 'amb-restaurant',
  banquet: 'amb-banquet',
  'video-call': 'amb-video-call',
  ballpark: 'amb-ballpark',
  sightseeing: 'amb-sightseeing',
  'hotel-bar': 'amb-hotel-bar',
  airport: 'amb-airport',
  // Places with no loop of their own borrow the nearest one: a small warm room of voices and
  // glasses for the pub; a large hard hall of voices and footsteps for the shop floor, the factory
  // floor, the warehouse, a trade fair, a customer's reception and a hotel lobby at night; the
  // meeting room's air conditioning for a conference room with a video wall; and the quiet hum of
  // a room for the inside of a car.
  pub: 'amb-hotel-bar',
  'shop-floor': 'amb-lobby',
  'factory-floor': 'amb-lobby',
  warehouse: 'amb-lobby',
  'trade-fair': 'amb-lobby',
  reception: 'amb-lobby',
  'lobby-night': 'amb-lobby',
  'video-wall': 'amb-meeting-room',
  car: 'amb-room',
};

/** A place the stage does not know is drawn as a neutral room: it sounds like one too. */
export const FALLBACK_AMBIENCE: SoundId = 'amb-room';

/** The ambience for a place: null (silence) for no place, the neutral room for an unknown one. */
export function ambienceFor(place: string | null): SoundId | null {
  if (!place) return null;
  return Object.prototype.hasOwnProperty.call(AMBIENCE_BY_PLACE, place)
    ? AMBIENCE_BY_PLACE[place]!
    : FALLBACK_AMBIENCE;
}

export const ACCENTS: Partial<Record<SoundId, AccentPlan>> = {
  'amb-restaurant': { sounds: ['acc-clink'], every: [5, 12] },
  'amb-banquet': { sounds: ['acc-clink'], every: [3, 8] },
  'amb-hotel-bar': { sounds: ['acc-clink'], every: [9, 20] },
  'amb-sightseeing': { sounds: ['acc-birdsong'], every: [6, 14] },
  'amb-airport': { sounds: ['acc-airport-chime'], every: [25, 50] },
  'amb-ballpark': { sounds: ['acc-cheer'], every: [12, 25] },
};

export function channelOf(kind: SoundKind): VolumeChannel {
  return kind === 'ambience' ? 'music' : 'effects';
}
