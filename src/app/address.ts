/**
 * Every screen's address, as a query on the game's page — so a screen can be bookmarked, shared
 * by a trainer, opened in a new tab, reloaded, and reached with Back and Forward:
 *
 *   (none)                     the menu
 *   ?story=<id>                a scenario, at the learner's current line (its save)
 *   ?story=<id>&at=<knot>      a scenario from a scene (authors, tests, LMS jump-ins)
 *   ?story=<id>&ending         a scenario's last ending and its debrief
 *   ?progress                  My progress
 *   ?module=<id>               a module's summary
 *   ?module=<id>&check=before  a module's opening (or closing: after) check
 *   …&settings                 the settings dialog open over any of these
 *   …&lang=<tag>               the interface's language (l10n/languages.ts), kept on every move
 *
 * Pure: from the game's state to an address and back; router.ts moves the browser's history.
 */
import type { CheckPhase } from '../core/modules/checks.ts';
import type { GameState } from './stores/game-store.ts';

export type Route =
  | { screen: 'menu' }
  | { screen: 'play'; story: string; at?: string }
  | { screen: 'ending'; story: string }
  | { screen: 'profile' }
  | { screen: 'module'; module: string }
  | { screen: 'check'; module: string; phase: CheckPhase };

/** The route a query names (an unknown or empty one is the menu). */
export function parseRoute(search: string): Route {
  const q = new URLSearchParams(search);
  const story = q.get('story');
  if (story) {
    if (q.has('ending')) return { screen: 'ending', story };
    const at = q.get('at');
    return at ? { screen: 'play', story, at } : { screen: 'play', story };
  }
  if (q.has('progress')) return { screen: 'profile' };
  const module = q.get('module');
  if (module) {
    const check = q.get('check');
    return check === 'before' || check === 'after'
      ? { screen: 'check', module, phase: check }
      : { screen: 'module', module };
  }
  return { screen: 'menu' };
}

/** The route of what the game shows; null while it shows nothing to address (a problem page). */
export function routeOf(state: GameState, at?: string): Route | null {
  switch (state.screen) {
    case 'menu':
      return { screen: 'menu' };
    case 'profile':
      return { screen: 'profile' };
    case 'module':
      return state.moduleId ? { screen: 'module', module: state.moduleId } : null;
    case 'check':
      return state.moduleId && state.checkPhase
        ? { screen: 'check', module: state.moduleId, phase: state.checkPhase }
        : null;
    case 'loading':
    case 'play': {
      const story = state.current?.id;
      if (!story) return null;
      if (state.session?.ended) return { screen: 'ending', story };
      return at ? { screen: 'play', story, at } : { screen: 'play', story };
    }
  }
}

/** The query of a route (`''` for the menu). Parameters the game does not own are kept. */
export function searchOf(route: Route, keep: URLSearchParams = new URLSearchParams()): string {
  const q = new URLSearchParams();
  switch (route.screen) {
    case 'play':
      q.set('story', route.story);
      if (route.at) q.set('at', route.at);
      break;
    case 'ending':
      q.set('story', route.story);
      q.set('ending', '');
      break;
    case 'profile':
      q.set('progress', '');
      break;
    case 'module':
      q.set('module', route.module);
      break;
    case 'check':
      q.set('module', route.module);
      q.set('check', route.phase);
      break;
  }
  for (const [k, v] of keep) if (!OWN.has(k)) q.append(k, v);
  const text = q.toString().replace(/=(?=&|$)/g, '');
  return text ? `?${text}` : '';
}

/**
 * The parameters a screen's address is made of (others — `lang`, an LMS's launch — are left alone;
 * `settings` belongs to the dialog, which a move to another screen closes).
 */
const OWN = new Set(['story', 'at', 'ending', 'progress', 'module', 'check', 'settings']);

/** Whether an address has the settings dialog open over its screen. */
export function settingsOpenIn(search: string): boolean {
  return new URLSearchParams(search).has('settings');
}

/** `search` with the settings dialog open (`&settings` last) or closed, everything else kept. */
export function searchWithSettings(search: string, open: boolean): string {
  const q = new URLSearchParams(search);
  q.delete('settings');
  if (open) q.append('settings', '');
  const text = q.toString().replace(/=(?=&|$)/g, '');
  return text ? `?${text}` : '';
}

/** Two routes on the same page: moving between them replaces the history entry (play → its ending). */
export function samePage(a: Route, b: Route): boolean {
  const story = (r: Route) => (r.screen === 'play' || r.screen === 'ending' ? r.story : null);
  return (story(a) !== null && story(a) === story(b)) || searchOf(a) === searchOf(b);
}
