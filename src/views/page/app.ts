/**
 * The page: mounts the screen the store asks for (menu, loading, play) and any problem report,
 * and wires learner input to the game controller. The Phaser stage is loaded only after the
 * first line is on screen, so it never delays the conversation.
 */
import type { Game } from '../../app/controller.ts';
import { allMessages, onLanguageChange, t } from '../../l10n/index.ts';
import type { GameState, GameStore } from '../../app/stores/game-store.ts';
import { NoticeView, ProblemView } from './banners.ts';
import { reducedMotion, type SettingsStore } from '../../app/stores/settings.ts';
import { applyPageSettings } from '../shared/settings-button.ts';
import { createStore } from 'zustand/vanilla';
import { disposeCharts } from '../shared/charts.ts';
import { h } from '../shared/dom.ts';
import { afterPaint, nextFrame, whenIdle } from '../../platform/schedule.ts';
import { checksOf } from '../../app/persist/profile-read.ts';
import { PlayScreen } from '../shared/play.ts';
import { keepFocus } from '../shared/focus-place.ts';

export interface MountedStage {
  destroy(): void;
  /** A new play-through of the same story: keep the canvas and art, start the run over. */
  restart(): void;
}

export interface StageModule {
  mountStage(host: HTMLElement, store: GameStore, settings: SettingsStore): MountedStage;
}

export function mountApp(
  root: HTMLElement,
  store: GameStore,
  game: Game,
  settings: SettingsStore,
  storageProblem: () => string | null = () => null,
  loadStage: () => Promise<StageModule> = () => import('../stage/load.ts').then((m) => m.loadStage()),
): () => void {
  let play: PlayScreen | null = null;
  let stage: MountedStage | null = null;
  let shownScreen: GameState['screen'] | null = null;
  let shownStory: string | null = null;
  let shownRun = -1;
  const problems = new ProblemView(game);
  const problemSlot = problems.element;
  const notices = new NoticeView(game);
  // In the page flow above the screen (never fixed over it, so it can never hide the focus).
  root.before(notices.element);

  const destroyStage = () => {
    stage?.destroy();
    stage = null;
  };

  let shownRecord: unknown = null;
  let shownCatalog: unknown = null;
  let shownModules: unknown = null;
  let shownSaved: unknown = null;
  /** Set while re-drawing the screen in a new language: the stage is kept as it is, not restarted. */
  let relabelling = false;
  const menu = lazyModule(() => import('./menu.ts'));
  /** The latest drawing of the menu asked for (an earlier one still waiting for the code is dropped). */
  let menuAsks = 0;
  /** Focus the learner's control again once the screen drawn again under them is there. */
  let refocus: (() => void) | null = null;
  const drawn = () => {
    const r = refocus;
    refocus = null;
    r?.();
  };
  const render = (state: GameState) => {
    // The learner's record (attempts, saved play-throughs), or the menu's words (the stories in
    // another language), changed.
    const recordChanged =
      state.screen !== 'play' &&
      state.screen !== 'loading' &&
      (shownRecord !== state.profile ||
        shownSaved !== state.saved ||
        shownCatalog !== state.catalog ||
        shownModules !== state.modules);
    shownRecord = state.profile;
    shownSaved = state.saved;
    shownCatalog = state.catalog;
    shownModules = state.modules;
    if (
      relabelling ||
      recordChanged ||
      state.screen !== shownScreen ||
      (state.screen === 'play' && state.current?.id !== shownStory) ||
      (state.screen === 'play' && (!play || state.runId !== shownRun))
    ) {
      // Play again (or replay from a moment) keeps the drawn stage: Phaser booting again would
      // cost the first choices of the new run their responsiveness, and memory each time.
      const kept =
        stage &&
        play &&
        state.session &&
        state.screen === 'play' &&
        shownScreen === 'play' &&
        state.current?.id === shownStory
          ? { stage, host: play.stageHost }
          : null;
      if (kept) stage = null;
      else destroyStage();
      // The same screen drawn again (a new record or language): the focus stays where it was.
      refocus =
        state.screen === shownScreen && (state.screen !== 'play' || state.current?.id === shownStory)
          ? keepFocus(root)
          : null;
      disposeCharts(root);
      play = null;
      shownScreen = state.screen;
      shownStory = state.current?.id ?? null;
      shownRun = state.runId;
      if (state.screen === 'menu') {
        const draw = ({ renderMenu }: MenuModule, state: GameState) => {
          root.replaceChildren(
            renderMenu({
              catalog: state.catalog,
              modules: state.modules,
              withChecks: Object.keys(state.checks),
              profile: state.profile,
              saved: state.saved,
              settings,
              onPlay: (id) => void game.start(id),
              onProfile: () => game.openProfile(),
              onModule: (id) => game.openModule(id),
              onCheck: (id, phase) => game.openCheck(id, phase),
            }),
            problemSlot,
          );
          drawn();
        };
        // The menu's code is not in the first bundle (a deep link's first line does not need it);
        // index.html preloads it for a page opened on the menu. Once here, it draws at once.
        const ask = ++menuAsks;
        if (menu.loaded) draw(menu.loaded, state);
        else {
          const run = shownRun;
          root.replaceChildren(problemSlot);
          void menu
            .load()
            .then((m) => {
              if (shownScreen === 'menu' && shownRun === run && ask === menuAsks) draw(m, store.getState());
            })
            .catch((e: unknown) =>
              game.report({
                title: t('app.error.pageLoad.title'),
                detail: e instanceof Error ? e.message : String(e),
                fix: t('app.error.pageLoad.fix'),
              }),
            );
        }
        document.title = t('app.title.menu');
      } else if (state.screen === 'profile') {
        // Screens away from the conversation load on first use, keeping the first line's bundle small.
        lazyScreen(t('app.loading.progress'), import('./profile.ts'), ({ renderProfile }) =>
          renderProfile({
            catalog: state.catalog,
            profile: state.profile,
            settings,
            storageProblem: storageProblem(),
            onBack: () => game.toMenu(),
            onPlay: (id) => void game.start(id),
            onExport: () => game.exportProfile(),
            onImport: (text) => game.importProfile(text),
          }),
        );
        document.title = t('app.title.progress');
      } else if (state.screen === 'module') {
        const def = state.modules.find((m) => m.id === state.moduleId);
        if (!def) return game.toMenu();
        // The checks in the learner's language (English where not translated).
        lazyScreen(
          t('app.loading.screen', { title: def.title }),
          Promise.all([import('./module-summary.ts'), state.checks[def.id] ? game.loadChecks(def.id) : null]),
          ([{ renderModuleSummary }, checks]) =>
            renderModuleSummary({
              def,
              checks,
              catalog: state.catalog,
              profile: state.profile,
              onBack: () => game.toMenu(),
              onPlay: (id) => void game.start(id),
              onCheck: (phase) => game.openCheck(def.id, phase),
            }),
        );
        document.title = t('app.title.screen', { title: def.title });
      } else if (state.screen === 'check') {
        const def = state.modules.find((m) => m.id === state.moduleId);
        const phase = state.checkPhase ?? 'before';
        if (!def || !state.checks[def.id]) return game.toMenu();
        lazyScreen(
          t('app.loading.check', { phase }),
          Promise.all([import('./check.ts'), game.loadChecks(def.id)]),
          ([{ renderCheck }, checks]) =>
            renderCheck({
              def,
              checks: checks!,
              phase,
              record: () => checksOf(store.getState().profile, def.id),
              titleOf: (id) => state.catalog.find((e) => e.id === id)?.title ?? id,
              onSubmit: (items, answers) => game.answerCheck(def.id, phase, items, answers),
              onBack: () => game.openModule(def.id),
              onPlay: (id) => void game.start(id),
              onSummary: () => game.openModule(def.id),
            }),
        );
        document.title = t('app.title.check', { phase, module: def.title });
      } else if (state.screen === 'loading') {
        root.replaceChildren(
          loadingScreen(
            state.current
              ? t('app.loading.screen', { title: state.current.title })
              : t('app.loading.scenario'),
          ),
          problemSlot,
        );
        drawn();
      } else if (state.current && state.session) {
        const screen = new PlayScreen(
          state.current,
          {
            choose: (i) => game.choose(i),
            restart: () => void game.restart(),
            toMenu: () => game.toMenu(),
            replayFrom: (path) => void game.replayFrom(path),
          },
          settings,
        );
        play = screen;
        root.replaceChildren(screen.element, problemSlot);
        document.title = t('app.title.screen', { title: state.current.title });
        if (kept) {
          screen.adoptStage(kept.host);
          stage = kept.stage;
          if (!relabelling) kept.stage.restart();
        }
        screen.update(state.session);
        drawn();
        notices.show(state.notice);
        if (kept) return problems.show(state.problem);
        // The stage joins after the first line is painted, and after the session behind it (which
        // must be there to answer the first choice; Phaser is ten times its size).
        const host = screen.stageHost;
        whenPainted(async () => {
          // The rest of the interface's words (the coach's explanations, the debrief) come behind
          // the first line, beside the engine.
          void allMessages()
            .then(() => play === screen && screen.sayScene())
            .catch(() => {});
          await game.whenReady();
          if (play !== screen) return;
          loadStage()
            .then((m) => {
              if (play !== screen) return;
              const mirror = stageMirror(store);
              let mounted: MountedStage;
              try {
                mounted = m.mountStage(host, mirror.store, settings);
              } catch (e) {
                mirror.stop(); // nothing of a stage that never came may keep listening to the game
                throw e;
              }
              stage = {
                restart: () => mounted.restart(),
                destroy() {
                  mirror.stop();
                  mounted.destroy();
                },
              };
            })
            .catch((e) => play === screen && screen.stageUnavailable(e));
        });
        notices.show(state.notice);
        return problems.show(state.problem);
      }
    } else if (play && state.session) {
      if (state.current && state.current !== play.entry && state.current.id === play.entry.id) {
        play.relabelEntry(state.current);
        document.title = t('app.title.screen', { title: state.current.title });
      }
      play.update(state.session);
    }
    notices.show(state.notice);
    problems.show(state.problem);
  };

  /** Show a loading line, then the screen once its module is here (if the learner is still on it). */
  function lazyScreen<M>(loading: string, module: Promise<M>, draw: (m: M) => HTMLElement): void {
    const screen = shownScreen;
    const run = shownRun;
    root.replaceChildren(loadingScreen(loading), problemSlot);
    // The screen's words (the `more` group, src/l10n/groups.ts) come with its code.
    Promise.all([module, allMessages()])
      .then(([m]) => {
        if (shownScreen !== screen || shownRun !== run) return;
        root.replaceChildren(draw(m), problemSlot);
        drawn();
      })
      .catch((e: unknown) =>
        game.report({
          title: t('app.error.pageLoad.title'),
          detail: e instanceof Error ? e.message : String(e),
          fix: t('app.error.pageLoad.fix'),
        }),
      );
  }

  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))
      return;
    play?.onKey(e);
  };
  window.addEventListener('keydown', onKey);
  const applySettings = () => {
    const s = settings.getState();
    applyPageSettings(document.documentElement, s, reducedMotion(s));
    play?.applySettings(s);
  };
  applySettings();
  const unsubscribeSettings = settings.subscribe(applySettings);
  const skipLink = document.querySelector('.skip-link');
  const relabel = () => {
    if (skipLink) skipLink.textContent = t('app.skipLink');
  };
  relabel();
  render(store.getState());
  const unsubscribe = store.subscribe(render);
  // A new language re-draws the screen on show from the store: the learner's place is in the store
  // (the session, the screen), so nothing is lost; a scenario's stage stays as it is.
  const unsubscribeLanguage = onLanguageChange(() => {
    relabel();
    relabelling = true;
    try {
      render(store.getState());
    } finally {
      relabelling = false;
    }
  });
  return () => {
    unsubscribe();
    unsubscribeLanguage();
    unsubscribeSettings();
    notices.element.remove();
    window.removeEventListener('keydown', onKey);
    destroyStage();
  };
}

/**
 * The stage follows the store after the paint, once input is handled: a choice's text is painted
 * first, the drawing after.
 * (Returns a store that mirrors `store` after each paint.)
 */
function stageMirror(store: GameStore): { store: GameStore; stop: () => void } {
  const mirror = createStore<GameState>()(() => store.getState());
  let queued = false;
  const stop = store.subscribe(() => {
    if (queued) return;
    queued = true;
    afterPaintWhenIdle(() => {
      queued = false;
      mirror.setState(store.getState(), true);
    });
  });
  return { store: mirror, stop };
}

type MenuModule = typeof import('./menu.ts');

/** A module imported when first asked for, and held once here (`loaded`), so it can be used at once. */
function lazyModule<M>(load: () => Promise<M>): { loaded: M | null; load(): Promise<M> } {
  let loading: Promise<M> | null = null;
  const lazy = {
    loaded: null as M | null,
    load() {
      loading ??= load().then(
        (m) => (lazy.loaded = m),
        (e: unknown) => {
          loading = null;
          throw e;
        },
      );
      return loading;
    },
  };
  return lazy;
}

function whenPainted(run: () => void): void {
  void afterPaint().then(run);
}

/**
 * After the paint, once the page has nothing more urgent to do (a key or a click waiting goes
 * first): drawing a new scene uploads its art to the GPU, tens of milliseconds where WebGL runs in
 * software, and a press arriving meanwhile had to wait for it. At the latest 250 ms later.
 */
function afterPaintWhenIdle(run: () => void): void {
  void nextFrame()
    .then(() => whenIdle({ timeout: 250, otherwiseAfter: 0 }))
    .then(run);
}

function loadingScreen(text: string): HTMLElement {
  return h(
    'main',
    { id: 'main', class: 'screen loading', 'aria-busy': 'true' },
    h('p', { role: 'status' }, text),
  );
}
