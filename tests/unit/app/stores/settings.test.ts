import { describe, expect, it } from 'vitest';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  validateSettings,
} from '../../../../src/app/stores/settings.ts';

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

describe('settings', () => {
  it('keeps valid fields and defaults the rest', () => {
    expect(
      validateSettings({ textScale: 1.5, motion: 'reduced', musicVolume: 2, coach: 'yes', muted: true }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      textScale: 1.5,
      motion: 'reduced',
      muted: true,
    });
    expect(validateSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ textScale: NaN, effectsVolume: -1 })).toEqual(DEFAULT_SETTINGS);
  });

  it('persists changes and reads them back', () => {
    const storage = new MemoryStorage();
    const a = createSettingsStore(storage);
    a.setState({ coach: false, textScale: 1.25 });
    const b = createSettingsStore(storage);
    expect(b.getState()).toMatchObject({ coach: false, textScale: 1.25 });
  });

  it('survives corrupt data and storage that throws', () => {
    const storage = new MemoryStorage();
    storage.setItem('rapport:v1:settings', '{');
    expect(createSettingsStore(storage).getState()).toEqual(DEFAULT_SETTINGS);
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createSettingsStore(throwing);
    store.setState({ muted: true });
    expect(store.getState().muted).toBe(true);
    expect(store.persisted()).toBe(false);
  });
});
