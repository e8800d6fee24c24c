/**
 * Entry to presenter mode (loaded only when the URL asks for it):
 *   ?present=<story>[&key=<k>]  the facilitator's console (the key is added so a reload resumes)
 *   ?projector=<k>              the projector view for that console
 */
import type { CatalogEntry } from '../../app/catalog.ts';
import { language, t } from '../../l10n/index.ts';
import { storyTextSource } from '../../app/story-language.ts';
import type { StoryText } from '../../core/session/story-text.ts';
import type { SettingsStore } from '../../app/stores/settings.ts';
import type { KeyValueStore } from '../../platform/storage/kv-store.ts';
import { h } from '../shared/dom.ts';
import { mountConsole } from './presenter-console.ts';
import { newPresenterKey, PresenterLink, type PresenterState } from './link.ts';
import { missingPresenterSession, mountProjector } from './projector.ts';

/**
 * The story's words in this window's language (the interface's: `?lang=`, else Settings, else the
 * browser's). The console opens the projector with its own `?lang=`, so the room reads the
 * facilitator's language unless the projector's address names another. Null: English.
 */
async function inLanguage(entry: CatalogEntry): Promise<{ entry: CatalogEntry; text: StoryText | null }> {
  const lang = language();
  const source = storyTextSource(() => lang);
  const [text, [shown]] = await Promise.all([source.text(entry.id, lang), source.catalog([entry], lang)]);
  return { entry: shown ?? entry, text };
}

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
    const [story, words] = await Promise.all([entry.load(), inLanguage(entry)]);
    document.title = t('present.title', { title: words.entry.title });
    mountConsole(root, words.entry, story, link, state, words.text);
    return;
  }
  const key = params.get('projector') ?? '';
  if (!/^[a-z0-9]{4,16}$/.test(key)) return fail(root, t('present.badProjector'));
  const link = new PresenterLink(key, storage);
  const open = async (state: PresenterState) => {
    const entry = catalog.find((e) => e.id === state.storyId);
    if (!entry) return fail(root, t('present.unknownStory', { id: state.storyId }));
    const [story, words] = await Promise.all([entry.load(), inLanguage(entry)]);
    document.title = t('app.title.screen', { title: words.entry.title });
    mountProjector(root, words.entry, story, link, settings, state, words.text);
  };
  const state = link.load();
  if (state) return open(state);
  missingPresenterSession(root);
  const stop = link.subscribe((s) => {
    stop();
    void open(s);
  });
}
