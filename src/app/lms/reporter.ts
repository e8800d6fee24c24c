/**
 * The discovery that picks, at launch, how a module reports to a learning platform — SCORM 1.2,
 * SCORM 2004, xAPI, or nothing at all (the one interface they share is in report.ts).
 *
 * Discovery follows the SCORM rule: the LMS's API object lives on a window above the content
 * (a parent frame) or on the window that opened it; we look up each chain a bounded number of
 * steps, and a window of another origin (reading it throws) is simply not it. With no API, the
 * launch parameters may name an xAPI LRS (the "tincan launch" convention). Otherwise the module
 * plays with local progress only.
 *
 * A reporter never throws to the game and never blocks it: an LMS that refuses a call is logged
 * as a warning and the learner plays on.
 */
import { parseLaunchParams, type XapiLaunch } from './launch.ts';
import { Scorm12Reporter, type Scorm12Api } from './scorm12.ts';
import { Scorm2004Reporter, type Scorm2004Api } from './scorm2004.ts';
import { XapiReporter, type XapiOptions } from './xapi.ts';
import { NoLms, type LmsKind, type LmsReporter } from './report.ts';
import { say } from './say.ts';

/** How far up a chain of parents (and then of the opener's parents) to look for the API. */
export const MAX_SEARCH_DEPTH = 10;

type WindowLike = { parent?: unknown; opener?: unknown; top?: unknown };

/** Read a property of a window that may belong to another origin (which throws). */
function read(win: unknown, key: string): unknown {
  try {
    return win && (typeof win === 'object' || typeof win === 'function')
      ? (win as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

const hasFunctions = (api: unknown, names: string[]) =>
  !!api && typeof api === 'object' && names.every((n) => typeof read(api, n) === 'function');

export const isScorm2004Api = (api: unknown): api is Scorm2004Api =>
  hasFunctions(api, ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError']);
export const isScorm12Api = (api: unknown): api is Scorm12Api =>
  hasFunctions(api, [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
  ]);

/** The windows to search, nearest first: this one, its parents, then the opener and its parents. */
export function windowsToSearch(win: unknown, depth = MAX_SEARCH_DEPTH): unknown[] {
  const out: unknown[] = [];
  const climb = (start: unknown) => {
    let w = start;
    for (let i = 0; w && i <= depth; i++) {
      if (out.includes(w)) break;
      out.push(w);
      const parent = read(w, 'parent');
      if (!parent || parent === w) break;
      w = parent;
    }
  };
  climb(win);
  let opener = read(win, 'opener');
  // An opener's own top may have an opener too (a launch window opened from a popup).
  for (let hops = 0; opener && hops < 3; hops++) {
    climb(opener);
    opener = read(read(opener, 'top'), 'opener');
  }
  return out;
}

export type FoundApi =
  | { kind: 'scorm2004'; api: Scorm2004Api; depth: number }
  | { kind: 'scorm12'; api: Scorm12Api; depth: number };

/**
 * The nearest SCORM API. With `prefer`, that version is looked for through every window first
 * (a package built for 1.2 talks 1.2 even where the LMS also offers 2004).
 */
export function findScormApi(
  win: unknown,
  prefer: 'scorm12' | 'scorm2004' = 'scorm2004',
  depth = MAX_SEARCH_DEPTH,
): FoundApi | null {
  const windows = windowsToSearch(win, depth);
  const look = (kind: 'scorm12' | 'scorm2004'): FoundApi | null => {
    for (const [i, w] of windows.entries()) {
      const api = read(w, kind === 'scorm2004' ? 'API_1484_11' : 'API');
      if (kind === 'scorm2004' && isScorm2004Api(api)) return { kind, api, depth: i };
      if (kind === 'scorm12' && isScorm12Api(api)) return { kind, api, depth: i };
    }
    return null;
  };
  return prefer === 'scorm12'
    ? (look('scorm12') ?? look('scorm2004'))
    : (look('scorm2004') ?? look('scorm12'));
}

export interface FindOptions {
  /** The standard the package was built for: searched first. */
  prefer?: LmsKind;
  /** xAPI: the module's activity id when the launch does not give one, its name, and more. */
  xapi?: Omit<XapiOptions, 'launch'>;
  depth?: number;
  lang?: string;
  /** The clock (tests pass a fixed one). */
  now?: () => number;
}

/**
 * The reporter for this launch. `launchParams` is the page's query string (or its parsed form):
 * an xAPI launch is used only when no SCORM API is found, or when the package is an xAPI one.
 */
export function findReporter(
  win: unknown,
  launchParams: string | URLSearchParams,
  options: FindOptions = {},
): LmsReporter {
  const prefer = options.prefer ?? 'scorm2004';
  const launch: XapiLaunch | null = parseLaunchParams(launchParams);
  const xapi = () =>
    launch && options.xapi ? new XapiReporter({ ...options.xapi, launch, lang: options.lang }) : null;
  if (prefer === 'xapi') {
    const reporter = xapi();
    if (reporter) return reporter;
  }
  const found = findScormApi(win, prefer === 'scorm12' ? 'scorm12' : 'scorm2004', options.depth);
  const timing = { now: options.now, lang: options.lang };
  if (found?.kind === 'scorm2004') return new Scorm2004Reporter(found.api, timing);
  if (found?.kind === 'scorm12') return new Scorm12Reporter(found.api, timing);
  const reporter = xapi();
  if (reporter) return reporter;
  if (launch === null && hasLaunchHints(launchParams)) {
    return new NoLms(
      say(
        'lms.notice.incompleteLrs',
        'The launch named a learning record store, but not completely (endpoint and actor are needed); progress is kept on this device only.',
      ),
    );
  }
  return new NoLms();
}

function hasLaunchHints(params: string | URLSearchParams): boolean {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  return p.has('endpoint') || p.has('actor');
}

/** Parent-window shape the tests build. */
export type { WindowLike };
