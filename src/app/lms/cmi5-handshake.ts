/**
 * The rest of a cmi5 launch, up to the moment the AU may say "initialized" (cmi5 §10, §11): the
 * LMS's `LMS.LaunchData` state document (context template, launch mode, moveOn, masteryScore,
 * returnURL) — read, never written — and the learner's `cmi5LearnerPreferences` agent profile
 * (404 is normal), after the one fetch of the auth token (cmi5-launch.ts).
 */
import {
  fetchAuthToken,
  isLaunchProblem,
  LAUNCH_DATA,
  PREFERENCES,
  problem,
  refused,
  SESSION_ID,
  timeout,
  unreachable,
  xapiHeaders,
  type Cmi5Params,
  type Cmi5Session,
  type LaunchData,
  type LaunchMode,
  type LaunchProblem,
  type LearnerPreferences,
} from './cmi5-launch.ts';

export interface RequestOptions {
  params: Cmi5Params;
  auth: string;
  http: typeof fetch;
}

/** GET a document of the State API (`activities/state`) or the Agent Profile API (`agents/profile`). */
export async function getDocument(
  o: RequestOptions,
  resource: 'activities/state' | 'agents/profile',
  query: Record<string, string>,
): Promise<Response> {
  const q = new URLSearchParams({ ...query, agent: JSON.stringify(o.params.actor) });
  if (resource === 'activities/state') {
    q.set('activityId', o.params.activityId);
    q.set('registration', o.params.registration);
  }
  return o.http(`${o.params.endpoint}${resource}?${q}`, {
    method: 'GET',
    headers: xapiHeaders(o.auth),
    ...timeout(),
  });
}

/** The LMS.LaunchData document, read (never written: §10.2.1). */
export async function readLaunchData(o: RequestOptions): Promise<LaunchData | LaunchProblem> {
  let res: Response;
  try {
    res = await getDocument(o, 'activities/state', { stateId: LAUNCH_DATA });
  } catch (e) {
    return unreachable(e);
  }
  if (res.status === 401 || res.status === 403) return refused(res.status);
  if (res.status >= 500 || res.status === 429)
    return { ...unreachable(new Error(`it answered ${res.status}`)) };
  let doc: Record<string, unknown> | null = null;
  try {
    if (res.status === 200) doc = (await res.json()) as Record<string, unknown>;
  } catch {
    /* below */
  }
  const template = doc?.contextTemplate;
  const mode = doc?.launchMode;
  if (!doc || !template || typeof template !== 'object' || Array.isArray(template) || !isMode(mode))
    return problem(
      'no-launch-data',
      'This launch cannot start',
      res.status === 200
        ? 'The learning platform’s launch data (LMS.LaunchData) lacks its contextTemplate or launchMode.'
        : `The learning platform has no launch data (LMS.LaunchData) for this launch (it answered ${res.status}).`,
      'Launch the module again from your learning platform; if it happens again, tell its administrator.',
    );
  const mastery = doc.masteryScore;
  return {
    contextTemplate: template as Record<string, unknown>,
    launchMode: mode,
    moveOn: typeof doc.moveOn === 'string' ? doc.moveOn : null,
    masteryScore: typeof mastery === 'number' && mastery >= 0 && mastery <= 1 ? mastery : null,
    returnURL: typeof doc.returnURL === 'string' && doc.returnURL ? doc.returnURL : null,
    launchParameters: typeof doc.launchParameters === 'string' ? doc.launchParameters : null,
  };
}

const isMode = (m: unknown): m is LaunchMode => m === 'Normal' || m === 'Browse' || m === 'Review';

/** The learner's preferences (§11): 404, 403 or an unreadable document mean none. */
export async function readPreferences(o: RequestOptions): Promise<LearnerPreferences | LaunchProblem> {
  const none: LearnerPreferences = { languages: [], audio: null };
  let res: Response;
  try {
    res = await getDocument(o, 'agents/profile', { profileId: PREFERENCES });
  } catch {
    return none;
  }
  if (res.status === 401) return refused(401);
  if (res.status !== 200) return none;
  try {
    const doc = (await res.json()) as { languagePreference?: unknown; audioPreference?: unknown };
    const languages =
      typeof doc.languagePreference === 'string'
        ? doc.languagePreference
            .split(',')
            .map((t) => t.trim())
            .filter((t) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(t))
        : [];
    const audio = doc.audioPreference === 'on' || doc.audioPreference === 'off' ? doc.audioPreference : null;
    return { languages, audio };
  } catch {
    return none;
  }
}

/**
 * The whole handshake. The token is fetched once and kept in `tokens` (keyed by the fetch URL),
 * so that "Try again" after an unreachable LRS does not spend the one-time fetch URL again.
 */
export async function openCmi5Session(
  params: Cmi5Params,
  http: typeof fetch,
  tokens: Map<string, string> = new Map(),
): Promise<Cmi5Session | LaunchProblem> {
  let token = tokens.get(params.fetch);
  if (!token) {
    const got = await fetchAuthToken(params, http);
    if (typeof got !== 'string') return got;
    tokens.set(params.fetch, got);
    token = got;
  }
  const o: RequestOptions = { params, auth: `Basic ${token}`, http };
  const launchData = await readLaunchData(o);
  if (isLaunchProblem(launchData)) return launchData;
  const preferences = await readPreferences(o);
  if (isLaunchProblem(preferences)) return preferences;
  const extensions = (launchData.contextTemplate.extensions ?? {}) as Record<string, unknown>;
  const sessionId = extensions[SESSION_ID];
  if (typeof sessionId !== 'string' || !sessionId)
    return problem(
      'no-launch-data',
      'This launch cannot start',
      'The learning platform’s launch data has no session id in its contextTemplate.',
      'Launch the module again from your learning platform; if it happens again, tell its administrator.',
    );
  return { params, auth: o.auth, sessionId, launchData, preferences };
}
