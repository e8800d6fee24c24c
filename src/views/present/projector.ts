/**
 * Presenter mode, the projector view: the stage, the dialogue and the choices in large type for
 * the room, with the meters and the coach shown only when the facilitator allows. It follows
 * the console's state and rebuilds the play-through from its path; it has no controls. Its game
 * store is its own, written only here: the projector window has no controller, the console drives it.
 */
import { createGameStore } from '../../app/stores/game-store.ts';
import { t } from '../../l10n/index.ts';
import type { SettingsStore } from '../../app/stores/settings.ts';
import type { LoadedStory } from '../../core/session/types.ts';
import type { StoryText } from '../../core/session/story-text.ts';
import type { CatalogEntry } from '../../app/catalog.ts';
import { h } from '../shared/dom.ts';
import { PlayScreen } from '../shared/play.ts';
import type { PresenterLink, PresenterState } from './link.ts';
import { replay } from '../../core/session/replay.ts';

export function mountProjector(
  root: HTMLElement,
  entry: CatalogEntry,
  story: LoadedStory,
  link: PresenterLink,
  settings: SettingsStore,
  initial: PresenterState,
  /** The story's words in the projector's language (null: English). */
  text: StoryText | null = null,
): void {
  const store = createGameStore([entry]);
  let screen: PlayScreen | null = null;
  let shownPath: number[] = [];
  let stage: { destroy(): void } | null = null;
  const noop = () => undefined;
  const show = (state: PresenterState) => {
    const view = replay(story, state.path, { text }).current;
    const extends_ =
      screen && state.path.length >= shownPath.length && shownPath.every((v, i) => state.path[i] === v);
    if (!screen || !extends_) {
      stage?.destroy();
      stage = null;
      screen = new PlayScreen(
        entry,
        { choose: () => false, restart: noop, toMenu: noop, replayFrom: noop },
        settings,
        { projector: true },
      );
      root.replaceChildren(screen.element);
      store.setState((s) => ({ runId: s.runId + 1 }));
      const host = screen.stageHost;
      const mine = screen;
      import('../stage/load.ts')
        .then((m) => m.loadStage())
        .then((m) => {
          if (screen === mine) stage = m.mountStage(host, store, settings);
        })
        .catch((e) => screen === mine && mine.stageUnavailable(e));
    }
    shownPath = [...state.path];
    screen.update(view);
    screen.setPresentation({
      metersVisible: state.metersVisible,
      revealed: state.revealed,
      paused: state.paused,
    });
    store.setState({ screen: 'play', current: entry, session: view });
  };
  document.documentElement.classList.add('projector-page');
  link.subscribe(show);
  show(initial);
}

export function missingPresenterSession(root: HTMLElement): void {
  root.replaceChildren(
    h('main', { id: 'main', class: 'screen loading' }, h('p', { role: 'status' }, t('present.waiting'))),
  );
}
