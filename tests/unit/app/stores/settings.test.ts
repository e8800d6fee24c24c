import { describe, expect, it } from 'vitest';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  validateSettings,
} from '../../../../src/app/stores/settings.ts';
import { MemoryStore } from '../../../../src/platform/storage/kv-store.ts';
import { LocalStorageStore } from '../../../../src/platform/storage/local-storage.ts';

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
    expect(validateSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ musicVolume: 0, effectsVolume: 1, captions: false })).toEqual({
      ...DEFAULT_SETTINGS,
      musicVolume: 0,
      effectsVolume: 1,
      captions: false,
    });
  });

  it('persists changes and reads them back', () => {
    const storage = new MemoryStore();
    const a = createSettingsStore(storage);
    a.setState({ coach: false, textScale: 1.25 });
    const b = createSettingsStore(storage);
    expect(b.getState()).toMatchObject({ coach: false, textScale: 1.25 });
  });

  it('survives corrupt data and storage that throws', () => {
    const storage = new MemoryStore();
    storage.setItem('rapport:v1:settings', '{');
    expect(createSettingsStore(storage).getState()).toEqual(DEFAULT_SETTINGS);
    // A browser whose localStorage throws on every touch (site data blocked).
    const refusing = {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    const store = createSettingsStore(new LocalStorageStore(refusing as never));
    store.setState({ muted: true });
    expect(store.getState().muted).toBe(true);
    expect(store.persisted()).toBe(false);
  });
});
