/**
 * Starting a cmi5 package (the cmi5 side of startLms): read the launch, do the handshake, and
 * hand back the reporter — or, when the launch is bad, show a page that says what happened and
 * what to do, and wait (for "Try again" when trying again can help). Then what the LMS asked for:
 * the learner's audio preference at startup (§11.2), the language preference weighed against the
 * content's one language (§11.1), a word in Browse and Review modes, and a way back to the LMS's
 * returnURL (§10.2.6).
 *
 * A package opened with no launch parameters at all (someone opened index.html) plays with local
 * progress, as the other formats do without an LMS, and says so.
 */
import { isLaunchProblem, parseCmi5Params, type Cmi5Session, type LaunchProblem } from './cmi5-launch.ts';
import { openCmi5Session } from './cmi5-handshake.ts';
import { Cmi5Reporter } from './cmi5.ts';
import { NoLms, type LmsReporter } from './report.ts';
import type { PackagedLms } from './package-config.ts';
import type { Game } from '../controller.ts';
import type { SettingsStore } from '../stores/settings.ts';
import { LocalStorageStore } from '../../platform/storage/local-storage.ts';
import { say } from './say.ts';

/** What the page shows for the LMS: implemented by a view (views/page/lms-page.ts), loaded only in a package. */
export interface LmsUi {
  /** A launch that cannot go on: a page of its own, with "Try again" when `retry` is given. */
  launchProblem(problem: LaunchProblem, retry?: () => void): void;
  /** The problem is over (Try again worked). */
  clearProblem(): void;
  /** A button that takes the learner back to the LMS. */
  exitButton(label: string, onExit: () => void): void;
}

export interface Cmi5StartOptions {
  config: PackagedLms;
  window: Window;
  game: Game;
  ui?: LmsUi;
  settings?: SettingsStore;
  fetch?: typeof fetch;
  /** Where the queue is kept; default the page's localStorage. */
  storage?: ConstructorParameters<typeof Cmi5Reporter>[0]['storage'];
  /** Leave for the LMS (default: location.assign). */
  navigate?: (url: string) => void;
}

const NO_LAUNCH =
  'This module was opened without a launch from a learning platform, so nothing is recorded there; progress is kept on this device only.';

/** The reporter for this launch; resolves only once the launch works (a bad one waits on its page). */
export async function cmi5ReporterFor(o: Cmi5StartOptions): Promise<LmsReporter> {
  const params = parseCmi5Params(o.window.location.search);
  if (params === null) return new NoLms(say('lms.notice.noLaunch', NO_LAUNCH));
  const ui = o.ui ?? consoleUi;
  if (isLaunchProblem(params)) {
    ui.launchProblem(params);
    return new Promise<never>(() => undefined); // the page says what to do; the game does not start
  }
  const http = o.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const tokens = new Map<string, string>();
  const session = await new Promise<Cmi5Session>((resolve) => {
    const attempt = async () => {
      const opened = await openCmi5Session(params, http, tokens);
      if (!isLaunchProblem(opened)) {
        ui.clearProblem();
        resolve(opened);
      } else ui.launchProblem(opened, opened.retry ? () => void attempt() : undefined);
    };
    void attempt();
  });
  const reporter = new Cmi5Reporter({
    session,
    moduleName: o.config.module.title,
    moduleNames: Object.fromEntries(Object.entries(o.config.texts ?? {}).map(([l, t]) => [l, t.title])),
    iriBase: o.config.iriBase,
    storage: o.storage === undefined ? browserStorage() : o.storage,
    fetch: http,
    notify: (text) => o.game.notify({ kind: 'warning', text, actions: ['dismiss'] }),
    events: o.window,
  });
  reporter.notice = honourPreferences(o, session);
  // The language is chosen by startLms (learner-language.ts), with SCORM's the same way.
  reporter.languages = session.preferences.languages;
  const returnURL = session.launchData.returnURL;
  if (returnURL) {
    const navigate = o.navigate ?? ((url: string) => o.window.location.assign(url));
    ui.exitButton(say('lms.exitToCourse', 'Exit to the course'), () => {
      void reporter.exit().then(() => navigate(returnURL));
    });
  }
  return reporter;
}

/** What the LMS says of the learner, and of this launch, as the game can honour it. */
function honourPreferences(o: Cmi5StartOptions, session: Cmi5Session): string | null {
  const { audio } = session.preferences;
  if (audio && o.settings) o.settings.setState({ muted: audio === 'off' });
  const words: string[] = [];
  const mode = session.launchData.launchMode;
  if (mode !== 'Normal')
    words.push(
      mode === 'Browse'
        ? say('lms.notice.browse', 'You are browsing: look around freely — nothing you do here is recorded.')
        : say('lms.notice.review', 'You are reviewing: nothing you do here changes your recorded result.'),
    );
  return words.length ? words.join(' ') : null;
}

/** Without a page (tests, a build without views): the problem goes to the console. */
const consoleUi: LmsUi = {
  launchProblem: (p) => console.error(`[Rapport cmi5] ${p.title}: ${p.detail} ${p.fix}`),
  clearProblem: () => undefined,
  exitButton: () => undefined,
};

function browserStorage(): LocalStorageStore | null {
  if (typeof localStorage === 'undefined') return null;
  const store = new LocalStorageStore();
  return store.status().available ? store : null;
}
