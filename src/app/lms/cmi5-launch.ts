/**
 * A cmi5 launch (cmi5 §8): the launch URL's five parameters and one POST to the `fetch` URL for
 * the session's auth token; the words for each way a launch can fail; the session the handshake
 * (cmi5-handshake.ts: LMS.LaunchData and the learner's preferences) ends with.
 *
 * Anything that stops the launch comes back as a `LaunchProblem` — what happened, why, and what
 * the learner can do — for a page that says so; never a blank page or a console error only.
 */
import { isAbsoluteIri, UUID } from './launch.ts';

export const CMI5_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;
export const XAPI_VERSION = '1.0.3';
export const LAUNCH_DATA = 'LMS.LaunchData';
export const PREFERENCES = 'cmi5LearnerPreferences';

export interface Cmi5Params {
  /** The LRS's base URL, ending with `/`. */
  endpoint: string;
  fetch: string;
  /** The actor exactly as the LMS gave it (an Agent with an account). */
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

export type LaunchMode = 'Normal' | 'Browse' | 'Review';

export interface LaunchData {
  /** The context every statement starts from (session id, publisher id grouping, …). */
  contextTemplate: Record<string, unknown>;
  launchMode: LaunchMode;
  moveOn: string | null;
  /** 0–1, or null when the LMS gives none. */
  masteryScore: number | null;
  returnURL: string | null;
  launchParameters: string | null;
}

export interface LearnerPreferences {
  /** RFC 5646 tags in the learner's order ([] when none). */
  languages: string[];
  audio: 'on' | 'off' | null;
}

export interface Cmi5Session {
  params: Cmi5Params;
  /** The Authorization header value for every xAPI request of this session. */
  auth: string;
  sessionId: string;
  launchData: LaunchData;
  preferences: LearnerPreferences;
}

export interface LaunchProblem {
  /** A stable name, for tests and logs. */
  code:
    | 'missing-parameters'
    | 'bad-parameters'
    | 'fetch-used'
    | 'fetch-refused'
    | 'fetch-unreadable'
    | 'unreachable'
    | 'refused'
    | 'no-launch-data';
  title: string;
  detail: string;
  fix: string;
  /** Trying again in this page may work (the LRS was unreachable; the token is kept). */
  retry: boolean;
}

/** The launch parameters; null when none is there (not a cmi5 launch), or the problem with them. */
export function parseCmi5Params(query: string | URLSearchParams): Cmi5Params | LaunchProblem | null {
  const p = typeof query === 'string' ? new URLSearchParams(query) : query;
  const missing = CMI5_PARAMS.filter((k) => !p.get(k)?.trim());
  if (missing.length === CMI5_PARAMS.length) return null;
  if (missing.length)
    return problem(
      'missing-parameters',
      'This module was not launched correctly',
      `The launch address lacks ${missing.join(', ')} (a cmi5 launch gives endpoint, fetch, actor, registration and activityId).`,
      'Close this window and launch the module again from your learning platform. If it happens again, tell its administrator: the platform did not launch it as a cmi5 AU.',
    );
  const bad: string[] = [];
  const url = (raw: string, name: string) => {
    try {
      const u = new URL(raw);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.href;
    } catch {
      /* below */
    }
    bad.push(`${name} is not an http(s) address`);
    return '';
  };
  const endpoint = url(p.get('endpoint')!, 'endpoint');
  const fetchUrl = url(p.get('fetch')!, 'fetch');
  let actor: unknown = null;
  try {
    actor = JSON.parse(p.get('actor')!);
  } catch {
    /* below */
  }
  const a = actor as { objectType?: unknown; account?: { homePage?: unknown; name?: unknown } } | null;
  if (
    !a ||
    typeof a !== 'object' ||
    (a.objectType !== undefined && a.objectType !== 'Agent') ||
    typeof a.account?.homePage !== 'string' ||
    typeof a.account.name !== 'string'
  )
    bad.push('actor is not an Agent with an account (cmi5 §9.2)');
  const registration = p.get('registration')!.trim();
  if (!UUID.test(registration)) bad.push('registration is not a UUID');
  const activityId = p.get('activityId')!.trim();
  if (!isAbsoluteIri(activityId)) bad.push('activityId is not an IRI');
  if (bad.length)
    return problem(
      'bad-parameters',
      'This module was not launched correctly',
      `The launch address is damaged: ${bad.join('; ')}.`,
      'Close this window and launch the module again from your learning platform.',
    );
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    fetch: fetchUrl,
    actor: actor as Record<string, unknown>,
    registration,
    activityId,
  };
}

export const isLaunchProblem = (x: unknown): x is LaunchProblem =>
  !!x && typeof x === 'object' && 'code' in x && 'fix' in x;

export function problem(
  code: LaunchProblem['code'],
  title: string,
  detail: string,
  fix: string,
  retry = false,
): LaunchProblem {
  return { code, title, detail, fix, retry };
}

const FETCH_ERRORS: Record<string, string> = {
  '1': 'the launch link has already been used, or its session has expired',
  '2': 'the learning platform refused it for security reasons',
  '3': 'the learning platform met an error of its own',
};

/** POST to the fetch URL, once: the auth token, or why there is none. */
export async function fetchAuthToken(
  params: Cmi5Params,
  http: typeof fetch,
): Promise<string | LaunchProblem> {
  let res: Response;
  try {
    res = await http(params.fetch, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      ...timeout(),
    });
  } catch (e) {
    return unreachable(e);
  }
  let body: Record<string, unknown> | null = null;
  try {
    body = (await res.json()) as Record<string, unknown>;
  } catch {
    /* below */
  }
  const token = body?.['auth-token'];
  if (res.status === 200 && typeof token === 'string' && token) return token;
  const code = body?.['error-code'];
  if (code !== undefined) {
    const text = typeof body?.['error-text'] === 'string' ? ` (“${body['error-text']}”)` : '';
    return problem(
      code === '1' || code === 1 ? 'fetch-used' : 'fetch-refused',
      'This launch cannot start',
      `The learning platform gave no session for it: ${FETCH_ERRORS[String(code)] ?? `error ${String(code)}`}${text}.`,
      'Close this window and launch the module again from your learning platform (a cmi5 launch link works once: reloading this page does not start a new session).',
    );
  }
  return problem(
    'fetch-unreadable',
    'This launch cannot start',
    `The learning platform answered the request for a session with ${res.status} and no token.`,
    'Launch the module again from your learning platform; if it happens again, tell its administrator.',
  );
}

export function unreachable(e: unknown): LaunchProblem {
  return problem(
    'unreachable',
    'The learning platform cannot be reached',
    `Starting the module needs the learning platform, and it did not answer (${e instanceof Error ? e.message : String(e)}).`,
    'Check your connection, then press Try again.',
    true,
  );
}

export const xapiHeaders = (auth: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'X-Experience-API-Version': XAPI_VERSION,
  Authorization: auth,
  ...extra,
});

export function refused(status: number): LaunchProblem {
  return problem(
    'refused',
    'The learning platform refused this session',
    `Its record store answered ${status} (${status === 401 ? 'the session’s credentials were not accepted' : 'this session may not do that'}).`,
    'Close this window and launch the module again from your learning platform; if it happens again, tell its administrator.',
  );
}

/** How long a launch request may take before the launch is said to be unreachable. */
export const LAUNCH_TIMEOUT_MS = 15_000;
export const timeout = (ms = LAUNCH_TIMEOUT_MS): { signal?: AbortSignal } =>
  typeof AbortSignal !== 'undefined' && typeof AbortSignal.timeout === 'function'
    ? { signal: AbortSignal.timeout(ms) }
    : {};

export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
