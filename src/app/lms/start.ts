/**
 * Launching a packaged module: find the LMS, open the attempt, put the learner where the LMS says
 * they left off, and end the LMS session when the page goes away. The one call main.ts makes in
 * an LMS package (see docs/lms.md, "Wiring").
 *
 * Resume goes through the game's own saves: the LMS's resume point is replayed on the story here
 * (checked choice by choice, as any save is), written as the scenario's local save, and the game
 * then opens the scenario as it opens any saved one. So the game needs no LMS-specific path.
 */
import { checksOf, restoreSession, scenarioOf, type Persistence } from '../persist/index.ts';
import type { ModuleChecks } from '../../core/modules/checks.ts';
import { watchChecks, type LocalizedChecks } from './check-report.ts';
import type { SaveSnapshot } from '../persist/schema.ts';
import type { Game } from '../controller.ts';
import { Session } from '../../core/session/session.ts';
import type { LoadedStory } from '../../core/session/types.ts';
import type { GameStore } from '../stores/game-store.ts';
import { LmsAttempt } from './attempt.ts';
import type { PackagedLms } from './package-config.ts';
import { findReporter } from './reporter.ts';
import { type LmsReporter } from './report.ts';
import type { ResumePoint } from './suspend.ts';
import { cmi5ReporterFor, type LmsUi } from './start-cmi5.ts';
import type { SettingsStore } from '../stores/settings.ts';
import { applyStartingLanguage, startingLanguage } from './learner-language.ts';
import { language, onLanguageChange } from '../../l10n/index.ts';
import { languageOf } from '../../l10n/languages.ts';

export interface StartLmsOptions {
  config: PackagedLms;
  /** The page's window: where the API search starts, where the launch query and pagehide come from. */
  window: Window;
  store: GameStore;
  game: Game;
  persistence: Persistence | null;
  /** Tests: a reporter instead of discovery. */
  reporter?: LmsReporter;
  /** The page's LMS parts (a bad launch's page, the way back to the LMS); cmi5 uses them. */
  ui?: LmsUi;
  /** The learner's settings (cmi5: the LMS's audio preference is applied at startup). */
  settings?: SettingsStore;
  /** cmi5 tests: the network, and where leaving for the LMS goes. */
  fetch?: typeof fetch;
  navigate?: (url: string) => void;
}

export async function startLms(o: StartLmsOptions): Promise<LmsAttempt> {
  const { config, store, game } = o;
  const module = config.module;
  const reporter =
    o.reporter ??
    (config.format === 'cmi5'
      ? await cmi5ReporterFor(o)
      : findReporter(o.window, o.window.location.search, {
          prefer: config.format,
          // SCORM's descriptions are the English words, tagged so: `{lang=en}`.
          lang: config.lang && languageOf(config.lang) === 'en' ? config.lang : 'en',
          xapi: {
            activityId: config.activityId,
            moduleName: module.title,
            moduleNames: moduleNames(config),
            iriBase: config.iriBase,
            events: o.window,
          },
        }));
  // The learner's language: Settings, else the LMS's preference, else the package's (docs/lms.md).
  // cmi5 has read the preference in its launch; SCORM reads it as its session opens (below).
  const choose = () =>
    applyStartingLanguage(
      startingLanguage({
        saved: o.settings?.getState().language ?? null,
        search: o.window.location.search,
        lms: reporter.languages ?? [],
        packageLang: config.lang,
      }),
    );
  let unmet = await choose();
  reporter.language?.(language());
  onLanguageChange((lang) => reporter.language?.(lang));
  const attempt = await LmsAttempt.open({
    reporter,
    module,
    english: () => game.session?.english ?? null,
    language,
  });
  if (reporter.languages?.length) unmet = await choose();
  o.window.addEventListener('pagehide', () => attempt.terminate());
  o.window.addEventListener('visibilitychange', () => {
    if (o.window.document.visibilityState === 'hidden') attempt.flush();
  });
  if (reporter.problem) game.notify({ kind: 'warning', text: reporter.problem, actions: ['dismiss'] });

  const stories = await loadModuleStories(store, module.scenarios);
  for (const [id, story] of stories) attempt.setHash(id, story.hash);
  attempt.watch(store);
  const checks = await loadChecks(store, module.id);
  if (checks) {
    restoreChecks(o, attempt, checks);
    // The checks in the learner's language, for the statements' language maps (English: none).
    let localized: LocalizedChecks | null = null;
    const follow = (lang: string) => {
      if (languageOf(lang) === 'en') return void (localized = null);
      void game.loadChecks(module.id).then((c) => {
        if (c && language() === lang)
          localized = { lang, checks: c, module: store.getState().modules.find((m) => m.id === module.id) };
      });
    };
    follow(language());
    onLanguageChange(follow);
    watchChecks(
      store,
      module,
      checks,
      reporter,
      undefined,
      (phase, answers) => attempt.checkAnswered(phase, answers),
      () => localized,
    );
  }
  await openNext(o, attempt, stories);
  // After the game's own notices (opening a scenario clears them): why nothing is reported.
  if (reporter.problem) game.notify({ kind: 'warning', text: reporter.problem, actions: ['dismiss'] });
  else if (reporter.notice || unmet)
    game.notify({
      kind: 'info',
      text: [reporter.notice, unmet].filter(Boolean).join(' '),
      actions: ['dismiss'],
    });
  return attempt;
}

/** The module's title in each language it is translated into. */
function moduleNames(config: PackagedLms): Record<string, string> {
  return Object.fromEntries(Object.entries(config.texts ?? {}).map(([lang, t]) => [lang, t.title]));
}

/** Open where the learner left off, else the module's next scenario, else its summary. */
async function openNext(
  o: StartLmsOptions,
  attempt: LmsAttempt,
  stories: Map<string, LoadedStory>,
): Promise<void> {
  const { game, persistence } = o;
  const module = o.config.module;

  // A module opens with its opening check, unless the learner has answered it already.
  const answered = persistence?.record.load().profile ?? o.store.getState().profile;
  if (o.store.getState().checks[module.id] && !checksOf(answered, module.id).before) {
    game.openCheck(module.id, 'before');
    return;
  }
  if (attempt.reporter.kind === 'none') {
    // Local progress only: the learner's own record decides what comes next, saves resume as usual.
    const profile = persistence?.record.load().profile;
    const next = module.scenarios.find((id) => !profile || scenarioOf(profile, id).bestScore === null);
    if (next) await game.start(next);
    else game.openModule(module.id);
    return;
  }
  const resume = attempt.resume;
  const story = resume ? stories.get(resume.storyId) : undefined;
  if (resume && story && seedLocalSave(resume, story, persistence)) {
    await game.start(resume.storyId);
    return;
  }
  const next = attempt.nextScenario();
  if (next) await game.start(next, { fresh: true });
  else game.openModule(module.id);
}

/**
 * Checks answered on another device (the LMS's suspend data has them, this browser's record does
 * not) go into the local record — before the reporting starts, so they are not reported twice —
 * as long as the checks file still has as many items. Checks answered here go the other way.
 */
function restoreChecks(o: StartLmsOptions, attempt: LmsAttempt, checks: ModuleChecks): void {
  const local = checksOf(o.persistence?.record.load().profile ?? o.store.getState().profile, checks.moduleId);
  for (const phase of ['before', 'after'] as const) {
    const stored = attempt.checks[phase];
    const items = checks[phase].map((i) => i.id);
    if (stored && !local[phase] && stored.length === items.length)
      o.game.answerCheck(checks.moduleId, phase, items, stored);
    else if (local[phase] && !stored) attempt.checkAnswered(phase, local[phase].answers);
  }
}

/** The module's checks, or null (none, or they could not load: the module then plays without). */
async function loadChecks(store: GameStore, moduleId: string): Promise<ModuleChecks | null> {
  const load = store.getState().checks[moduleId];
  try {
    return load ? await load() : null;
  } catch (e) {
    console.warn(
      `[Rapport LMS] the module's checks did not load: ${e instanceof Error ? e.message : String(e)}`,
    );
    return null;
  }
}

async function loadModuleStories(
  store: GameStore,
  ids: readonly string[],
): Promise<Map<string, LoadedStory>> {
  const catalog = store.getState().catalog;
  const out = new Map<string, LoadedStory>();
  await Promise.all(
    ids.map(async (id) => {
      const entry = catalog.find((e) => e.id === id);
      if (!entry || entry.error) return;
      try {
        out.set(id, await entry.load());
      } catch {
        /* game.start reports a story that does not load */
      }
    }),
  );
  return out;
}

/**
 * Rebuild the LMS's resume point on the story and write it as the scenario's local save (what the
 * game resumes from). False when it cannot be rebuilt: the scenario then starts afresh.
 */
export function seedLocalSave(
  resume: ResumePoint,
  story: LoadedStory,
  persistence: Persistence | null,
): boolean {
  if (!persistence || resume.path.length === 0) return false;
  const snapshot: SaveSnapshot = {
    schema: 1,
    storyId: story.id,
    // The LMS keeps 8 characters of the hash: the same story when they match.
    contentHash:
      resume.contentHash && story.hash.startsWith(resume.contentHash)
        ? story.hash
        : `lms:${resume.contentHash}`,
    path: resume.path,
    ...(resume.fingerprints ? { choiceFingerprints: resume.fingerprints } : {}),
    savedAt: new Date().toISOString(),
    revision: 1,
    tabId: 'lms',
  };
  const restored = restoreSession(snapshot, story, (s, options) => new Session(s, options));
  if (!restored.ok) {
    console.warn(`[Rapport LMS] the LMS's resume point could not be rebuilt: ${restored.detail}`);
    persistence.saves.clear(story.id);
    return false;
  }
  persistence.saves.load(story.id); // this tab's base revision for the write below
  const written = persistence.saves.write({
    storyId: story.id,
    contentHash: story.hash,
    path: restored.path,
    choiceSources: restored.choiceSources,
    choiceIds: restored.choiceIds,
    choiceTexts: restored.choiceTexts,
  });
  return written.ok;
}
