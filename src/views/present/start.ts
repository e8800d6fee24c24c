/**
 * Entry to presenter mode (loaded only when the URL asks for it):
 *   ?present=<story>[&key=<k>]  the facilitator's console (the key is added so a reload resumes)
 *   ?projector=<k>              the projector view for that console
 */
import type { CatalogEntry } from '../../app/catalog.ts';
import { t } from '../../l10n/index.ts';
import type { SettingsStore } from '../../app/stores/settings.ts';
import type { KeyValueStore } from '../../platform/storage/kv-store.ts';
import { h } from '../shared/dom.ts';
import { mountConsole } from './presenter-console.ts';
import { newPresenterKey, PresenterLink, type PresenterState } from './link.ts';
import { missingPresenterSession, mountProjector } from './projector.ts';

function fail(root: HTMLElement, text: string): void {
  root.replaceChildren(h('main', { id: 'main', class: 'screen loading' }, h('p', { role: 'alert' }, text)));
}

export async function startPresenter(
  root: HTMLElement,
  params: URLSearchParams,
  catalog: readonly CatalogEntry[],
  settings: SettingsStore,
  storage: KeyValueStore,
): Promise<void> {
  const storyId = params.get('present');
  if (storyId !== null) {
    const entry = catalog.find((e) => e.id === storyId);
    if (!entry) return fail(root, t('present.noScenario', { id: storyId }));
    const key =
      params.get('key') && /^[a-z0-9]{4,16}$/.test(params.get('key')!)
        ? params.get('key')!
        : newPresenterKey();
    if (params.get('key') !== key)
      history.replaceState(
        null,
        '',
        `?present=${encodeURIComponent(storyId)}&key=${key}${params.has('lang') ? `&lang=${encodeURIComponent(params.get('lang')!)}` : ''}`,
      );
    const link = new PresenterLink(key, storage);
    const saved = link.load();
    const state: PresenterState =
      saved && saved.storyId === storyId
        ? saved
        : { key, storyId, path: [], metersVisible: true, paused: false, revealed: false };
    document.title = t('present.title', { title: entry.title });
    mountConsole(root, entry, await entry.load(), link, state);
    return;
  }
  const key = params.get('projector') ?? '';
  if (!/^[a-z0-9]{4,16}$/.test(key)) return fail(root, t('present.badProjector'));
  const link = new PresenterLink(key, storage);
  const open = async (state: PresenterState) => {
    const entry = catalog.find((e) => e.id === state.storyId);
    if (!entry) return fail(root, t('present.unknownStory', { id: state.storyId }));
    document.title = t('app.title.screen', { title: entry.title });
    mountProjector(root, entry, await entry.load(), link, settings, state);
  };
  const state = link.load();
  if (state) return open(state);
  missingPresenterSession(root);
  const stop = link.subscribe((s) => {
    stop();
    void open(s);
  });
}
