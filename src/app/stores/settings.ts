/**
 * The learner's settings (text size, motion, sound, coach feedback), persisted per browser.
 *
 * Read once at start-up and validated field by field: a corrupt or foreign value falls back to the
 * default for that field only. Storage that throws (private mode, quota) leaves the settings
 * working for this visit. The page and the stage subscribe; nothing here touches the DOM.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface Settings {
  /** Text size multiplier for the page: 1 = 100 %. */
  textScale: number;
  /** 'system' follows prefers-reduced-motion. */
  motion: 'system' | 'reduced' | 'full';
  musicVolume: number;
  effectsVolume: number;
  muted: boolean;
  /** Show the coach's note after each choice. */
  coach: boolean;
  /** Show captions for meaningful sounds. */
  captions: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  textScale: 1,
  motion: 'system',
  musicVolume: 0.5,
  effectsVolume: 0.7,
  muted: false,
  coach: true,
  captions: true,
};

export const TEXT_SCALES = [1, 1.25, 1.5, 2] as const;
const KEY = 'rapport:v1:settings';

export type SettingsStore = StoreApi<Settings> & { persisted: () => boolean };

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Keep each valid field of `raw`; anything else takes its default. */
export function validateSettings(raw: unknown): Settings {
  const s = { ...DEFAULT_SETTINGS };
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  const unit = (v: unknown, d: number) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 ? v : d;
  if (typeof r.textScale === 'number' && (TEXT_SCALES as readonly number[]).includes(r.textScale))
    s.textScale = r.textScale;
  if (r.motion === 'system' || r.motion === 'reduced' || r.motion === 'full') s.motion = r.motion;
  s.musicVolume = unit(r.musicVolume, s.musicVolume);
  s.effectsVolume = unit(r.effectsVolume, s.effectsVolume);
  if (typeof r.muted === 'boolean') s.muted = r.muted;
  if (typeof r.coach === 'boolean') s.coach = r.coach;
  if (typeof r.captions === 'boolean') s.captions = r.captions;
  return s;
}

export function createSettingsStore(storage: StorageLike | null): SettingsStore {
  let initial = DEFAULT_SETTINGS;
  let persisted = storage !== null;
  try {
    const text = storage?.getItem(KEY);
    if (text) initial = validateSettings(JSON.parse(text));
  } catch {
    // Unreadable or corrupt: defaults for this visit; the next save overwrites the bad value.
    initial = DEFAULT_SETTINGS;
  }
  const store = createStore<Settings>()(() => initial) as SettingsStore;
  store.subscribe((s) => {
    if (!storage) return;
    try {
      storage.setItem(KEY, JSON.stringify(s));
      persisted = true;
    } catch {
      persisted = false;
    }
  });
  store.persisted = () => persisted;
  return store;
}

/** localStorage, or null where the browser refuses it (private mode, disabled cookies). */
export function browserStorage(): StorageLike | null {
  try {
    const s = window.localStorage;
    s.getItem(KEY);
    return s;
  } catch {
    return null;
  }
}

export function reducedMotion(s: Settings): boolean {
  if (s.motion === 'reduced') return true;
  if (s.motion === 'full') return false;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
