/**
 * Presenter mode's link between the console and the projector (src/views/present/link.ts): state
 * kept in the game's storage so either window can reload, and validated wherever it comes from.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  PresenterLink,
  validatePresenterState,
  type PresenterState,
} from '../../../../src/views/present/link.ts';
import { MemoryStore } from '../../../../src/platform/storage/kv-store.ts';

const state: PresenterState = {
  key: 'abc123xyz0',
  storyId: 'lost-face',
  path: [0, 2, 1],
  metersVisible: true,
  paused: false,
  revealed: true,
};

const links: PresenterLink[] = [];
const link = (key: string, storage: MemoryStore | null) => {
  const l = new PresenterLink(key, storage);
  links.push(l);
  return l;
};
afterEach(() => {
  links.splice(0).forEach((l) => l.close());
});

describe('the presenter link', () => {
  it('accepts only a well-formed state', () => {
    expect(validatePresenterState(state)).toEqual(state);
    expect(validatePresenterState({ ...state, key: 'A!' })).toBeNull();
    expect(validatePresenterState({ ...state, path: [0, -1] })).toBeNull();
    expect(validatePresenterState({ ...state, path: new Array(501).fill(0) })).toBeNull();
    expect(validatePresenterState({ ...state, storyId: '../x' })).toBeNull();
    expect(validatePresenterState({ ...state, paused: 'no' })).toBeNull();
    expect(validatePresenterState('{"key":"x"}')).toBeNull();
  });

  it('keeps the state for a reload and tells the other window, through storage', () => {
    const consoleTab = new MemoryStore();
    const projectorTab = consoleTab.openAnotherTab();
    const seen: PresenterState[] = [];
    link(state.key, projectorTab).subscribe((s) => seen.push(s));
    link(state.key, consoleTab).publish(state);
    expect(seen.at(-1)).toEqual(state);
    // Either window reloaded: the state is there.
    expect(link(state.key, projectorTab).load()).toEqual(state);
    // Another session's key, or something that is not a state, is ignored.
    expect(link('other00000', projectorTab).load()).toBeNull();
    consoleTab.setItem(`rapport:present:${state.key}`, '{broken');
    expect(link(state.key, projectorTab).load()).toBeNull();
  });

  it('still links the windows when the browser gives no storage', () => {
    const l = link(state.key, null);
    expect(() => l.publish(state)).not.toThrow();
    expect(l.load()).toBeNull();
  });
});
