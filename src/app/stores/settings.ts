/**
 * The learner's settings (text size, motion, sound, coach feedback), persisted per browser.
 *
 * Read once at start-up and validated field by field: a corrupt or foreign value falls
 * back to the default for that field only. Storage the browser refuses (private mode, quota) leaves
 * the settings working for this visit. The page and the stage subscribe; nothing here touches the DOM.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KeyValueStore } from '../../platform/storage/kv-store.ts';
import { LANGUAGES, PSEUDO, type Language } from '../../l10n/languages.ts';

export interface Settings {
  /** Text size multiplier for the page: 1 = 100 %. */
  textScale: (typeof TEXT_SCALES)[number];
  /** 'system' follows prefers-reduced-motion. */
  motion: 'system' | 'reduced' | 'full';
  musicVolume: number;
  effectsVolume: number;
  muted: boolean;
  /** Show the coach's note after each choice. */
  coach: boolean;
  /** Show captions for meaningful sounds. */
  captions: boolean;
  /** The interface's language picked in Settings; null follows the browser (`?lang=` overrides both). */
  language: Language | null;
}

export const DEFAULT_SETTINGS: Settings = {
  textScale: 1,
  motion: 'system',
  musicVolume: 0.5,
  effectsVolume: 0.7,
  muted: false,
  coach: true,
  captions: true,
  language: null,
};

export const TEXT_SCALES = [1, 1.25, 1.5, 2] as const;
const KEY = 'rapport:v1:settings';

export type SettingsStore = StoreApi<Settings> & {
  persisted: () => boolean;
  /**
   * Whether the settings dialog is open: the Settings buttons open it through this, the dialog
   * follows it, and the router gives it an address (`&settings`, app/router.ts). Not saved.
   */
  dialog: StoreApi<{ open: boolean }>;
};

/** One field's check: its value when it passes, else the field's default. */
type Field<T> = (value: unknown, fallback: T) => T;
const oneOf =
  <T>(allowed: readonly T[]): Field<T> =>
  (value, fallback) =>
    allowed.includes(value as T) ? (value as T) : fallback;
const unit: Field<number> = (value, fallback) =>
  typeof value === 'number' && value >= 0 && value <= 1 ? value : fallback;
const flag: Field<boolean> = (value, fallback) => (typeof value === 'boolean' ? value : fallback);

/**
 * Each field checked on its own: a bad or missing one takes its default, the others are kept.
 * Written out rather than with valibot (which checks every other record the game keeps): these
 * settings are read before the first line is drawn, and valibot would add ~4 kB gzip to it.
 */
const FIELDS: { [K in keyof Settings]: Field<Settings[K]> } = {
  textScale: oneOf(TEXT_SCALES),
  motion: oneOf(['system', 'reduced', 'full'] as const),
  musicVolume: unit,
  effectsVolume: unit,
  muted: flag,
  coach: flag,
  captions: flag,
  language: oneOf<Language | null>([...LANGUAGES, PSEUDO, null]),
};

/** Keep each valid field of `raw`; anything else takes its default. */
export function validateSettings(raw: unknown): Settings {
  const given = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const field = <K extends keyof Settings>(key: K): Settings[K] =>
    FIELDS[key](Object.hasOwn(given, key) ? given[key] : undefined, DEFAULT_SETTINGS[key]);
  return {
    textScale: field('textScale'),
    motion: field('motion'),
    musicVolume: field('musicVolume'),
    effectsVolume: field('effectsVolume'),
    muted: field('muted'),
    coach: field('coach'),
    captions: field('captions'),
    language: field('language'),
  };
}

/**
 * The settings over the game's storage port (the same store saves use, which never throws): a
 * refused or corrupt value gives the defaults for this visit, and the next change overwrites it.
 */
export function createSettingsStore(storage: KeyValueStore | null): SettingsStore {
  let initial = DEFAULT_SETTINGS;
  let persisted = storage !== null && storage.status().available;
  const read = storage?.getItem(KEY);
  if (read?.ok && read.value) {
    try {
      initial = validateSettings(JSON.parse(read.value));
    } catch {
      initial = DEFAULT_SETTINGS; // not JSON
    }
  }
  const store = createStore<Settings>()(() => initial) as SettingsStore;
  store.subscribe((s) => {
    if (storage) persisted = storage.setItem(KEY, JSON.stringify(s)).ok;
  });
  store.persisted = () => persisted;
  store.dialog = createStore<{ open: boolean }>()(() => ({ open: false }));
  return store;
}

export function reducedMotion(s: Settings): boolean {
  if (s.motion === 'reduced') return true;
  if (s.motion === 'full') return false;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
