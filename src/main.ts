/**
 * Entry point: build the catalog and the store, mount the page. Deliberately small — Phaser and
 * each story's JSON load later, so the menu and the first line of dialogue come fast.
 */
import { catalog, checks, modules } from 'virtual:story-catalog';
import { persistenceLater } from './app/persist/later.ts';
import { packagedLms } from './app/lms/package-config.ts';
import { registerOffline } from './app/offline.ts';
import { createGame } from './app/controller.ts';
import { parseRoute } from './app/address.ts';
import { openRoute, startRouter } from './app/router.ts';
import { sortCatalog } from './app/catalog.ts';
import { storyTextSource } from './app/story-language.ts';
import { createGameStore } from './app/stores/game-store.ts';
import { createSettingsStore } from './app/stores/settings.ts';
import { startLanguage } from './app/language.ts';
import { allMessages, hasMessage, onLanguageChange, t, type MessageKey } from './l10n/index.ts';
import { LocalStorageStore } from './platform/storage/local-storage.ts';
import { mountApp } from './views/page/app.ts';
import { said } from './views/page/banners.ts';
import { afterPaint, whenIdle } from './platform/schedule.ts';
import { wireSound } from './views/sound/wire.ts';
import './views/shared/styles.css';

const store = createGameStore(sortCatalog(catalog), modules, checks);
// One storage port for everything the game keeps in this browser: saves, the record, settings.
const storage = new LocalStorageStore();
// Saves and the learner's record: their code loads after the first line (app/persist/later.ts).
const persistence = persistenceLater(storage);
const settings = createSettingsStore(storage);
// The learner's language (app/language.ts): its first-line words are a small chunk that index.html
// preloads beside the story's opening; the page is drawn once it is here.
const opening = startLanguage(window, settings);
// The stories speak the interface's language (docs/translating.md): the starting one until the
// learner picks another in Settings. An English learner loads no story text at all.
let storyLanguage: string = opening.language;
const storyTexts = storyTextSource(() => storyLanguage);
// A story's opening is painted first; the session behind it is asked for right after that paint
// (asking for it in the frame itself delayed the paint: the import adds preload links) — and so
// after the page is drawn, which waits for the language's words.
const game = createGame(store, persistence, {
  nextFrame: () => opening.ready.then(afterPaint),
  whenIdle,
  text: storyTexts,
});
onLanguageChange((picked) => {
  // The starting language arriving is not a change: its story words come with the first screen
  // (asking for them here loaded the story-text code before a deep link's first line).
  if (picked === storyLanguage) return;
  storyLanguage = picked;
  void game.applyLanguage();
});
// Another tab's change: only once this tab's persistence is loaded (until then it has read nothing).
void persistence.loaded().then((p) => p.onExternalChange(() => game.refreshRecord()));
/**
 * Once the first screen is there (a scenario's first line and its choices) — the page is often idle
 * before, waiting for it: the service worker, and every story's text in this language when nothing
 * waits, there for offline play.
 */
const offline = (firstScreen: Promise<unknown>) => {
  void firstScreen
    .catch(() => {})
    .then(() => whenIdle({ timeout: 8000, otherwiseAfter: 4000 }))
    .then(() =>
      storyTexts.prefetch(
        catalog.map((e) => e.id),
        storyTexts.language(),
      ),
    );
  registerOffline(
    (apply) =>
      game.notify({
        kind: 'info',
        text: t('app.update.ready'),
        actions: ['update', 'dismiss'],
        update: apply,
      }),
    firstScreen.then(() => opening.ready),
  );
};
const root = document.getElementById('app')!;
/** Why progress cannot be kept here, in the learner's language (null: it can). */
const storageProblem = () => {
  const problem = persistence.status().problem;
  return problem ? said(problem.words, problem.message) : null;
};
const params = new URLSearchParams(location.search);

// Set only in an LMS package (build/package.ts): in a normal build this is undefined and the LMS
// code is dropped from the bundle.
const lms = import.meta.env.VITE_RAPPORT_LMS ? packagedLms() : null;
if (lms) {
  const mount = () => mountApp(root, store, game, settings, storageProblem);
  void opening.ready.then(mount);
  wireSound(store, settings);
  addEventListener('pagehide', () => game.flushSaves());
  void game.applyLanguage();
  offline(opening.ready);
  // The LMS code and the page's LMS parts (a bad launch's page, the way back) come in this branch only.
  void Promise.all([
    import('./app/lms/start.ts'),
    import('./views/page/lms-page.ts'),
    persistence.ready(),
    allMessages(),
  ]).then(([m, page, kept]) =>
    m.startLms({ config: lms, window, store, game, persistence: kept, settings, ui: page.lmsPage(root) }),
  );
} else if (params.has('present') || params.has('projector')) {
  // Presenter mode: the facilitator's console or the projector view (loaded only when asked for).
  document.documentElement.classList.toggle('reduce-motion', settings.getState().motion === 'reduced');
  void Promise.all([import('./views/present/start.ts'), opening.ready.then(allMessages)]).then(([m]) =>
    m.startPresenter(root, params, store.getState().catalog, settings, storage),
  );
  offline(opening.ready);
} else {
  // Every screen has an address (app/address.ts): the one the page was opened at opens its screen —
  // a scenario (?story=<id>[&at=<knot>]) starts loading before anything is drawn, so the first line
  // is not behind the menu — and from then on Back and Forward move between screens.
  // (The menu, progress and module screens read the learner's record as they open; a scenario's
  // first line does not wait for it.)
  const opened = openRoute(game, parseRoute(location.search));
  offline(Promise.resolve(opened));
  // The menu's words in the learner's language: behind a scenario's first line (which has its own
  // words in its opening) when the page opens on one; otherwise before the page is drawn, so the
  // menu, progress or a module never shows its titles in English first (a small chunk; none in English).
  const menuWords = params.has('story')
    ? Promise.resolve(opened).then(() => game.applyLanguage())
    : game.applyLanguage();
  startRouter(window, store, game, settings.dialog);
  const mount = () => mountApp(root, store, game, settings, storageProblem);
  void Promise.all([opening.ready, params.has('story') ? null : menuWords.catch(() => {})]).then(mount);
  wireSound(store, settings); // silent until the learner's first press or key
  addEventListener('pagehide', () => game.flushSaves());
}

/** An error before the interface's words have loaded (a chunk that failed) is still said, in English. */
const say = (key: MessageKey, english: string) => (hasMessage(key) ? t(key) : english);

window.addEventListener('error', (e) => {
  // The browser's note that a resize observer's work spilled into the next frame (the stage and
  // the charts watch their size) is not a failure: nothing was lost, and the learner need not know.
  if (/^ResizeObserver loop/.test(e.message ?? '')) return;
  game.report({
    title: say('app.error.generic.title', 'Something went wrong'),
    detail: e.message,
    fix: say(
      'app.error.generic.fixScenario',
      'Reload the page; your choices in this scenario will need to be made again.',
    ),
  });
});
window.addEventListener('unhandledrejection', (e) => {
  const detail = e.reason instanceof Error ? e.reason.message : String(e.reason);
  game.report({
    title: say('app.error.generic.title', 'Something went wrong'),
    detail,
    fix: say('app.error.generic.fix', 'Reload the page and try again.'),
  });
});
