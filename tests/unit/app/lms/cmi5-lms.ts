/**
 * A cmi5 LMS in memory, launching an AU as a real one does (cmi5 §8, §10, §11): for each launch a
 * session id, a one-time fetch URL and its token, the LMS.LaunchData state document (context
 * template with the session id and the publisher id, launch mode, moveOn, masteryScore, returnURL)
 * and a "launched" statement of its own; a second launch of a registration abandons the session
 * before it. Its LRS is the test LRS (test-lrs.ts); in front of it, the LMS holds every request and
 * statement to the cmi5 rules (cmi5-rules.ts) and refuses what breaks one, keeping each violation
 * with its requirement id.
 */
import type { Statement } from '../../../../src/app/lms/xapi-statements.ts';
import type { LaunchMode } from '../../../../src/app/lms/cmi5-launch.ts';
import {
  checkSessionEnd,
  checkStatement,
  SESSION_ID,
  type SessionFacts,
  type Violation,
} from './cmi5-rules.ts';
import { stateKey, testLrs, type LrsRequest } from './test-lrs.ts';

export const ENDPOINT = 'https://lms.example.com/lrs/';
export const PUBLISHER_ID = 'https://w3id.org/rapport/xapi/modules/test-module';
export const ACTOR = {
  objectType: 'Agent',
  account: { homePage: 'https://lms.example.com', name: 'learner-1625378' },
};

export interface LaunchOptions {
  registration?: string;
  launchMode?: LaunchMode;
  masteryScore?: number | null;
  moveOn?: string;
  returnURL?: string | null;
  activityId?: string;
}

interface Session {
  facts: SessionFacts;
  token: string;
  fetchUrl: string;
  fetches: number;
  prefsRead: boolean;
  statements: Statement[];
  state: 'launched' | 'ended' | 'abandoned';
}

let counter = 0;
const uuidOf = (n: number) => `6f1c0d2e-3b4a-4c5d-8e9f-${n.toString(16).padStart(12, '0')}`;

export function cmi5Lms(
  o: {
    preferences?: { languagePreference?: string; audioPreference?: string } | null;
    /** Where the LMS is (a test server's address in the browser tests). */
    base?: string;
  } = {},
) {
  const base = o.base ?? 'https://lms.example.com';
  const endpoint = o.base ? `${base}/lrs/` : ENDPOINT;
  const lrs = testLrs({ credentials: [] });
  const sessions = new Map<string, Session>();
  const violations: (Violation & { session: string })[] = [];
  const byToken = (req: LrsRequest) => {
    const auth = Object.entries(req.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1] ?? '';
    return [...sessions.values()].find((s) => `Basic ${s.token}` === auth && s.fetches > 0);
  };
  const agentString = JSON.stringify(ACTOR);
  if (o.preferences) lrs.profiles.set(`${agentString}|cmi5LearnerPreferences`, JSON.stringify(o.preferences));

  lrs.gates.push((req) => {
    const s = byToken(req);
    const note = (id: string, why: string, status = 400) => {
      violations.push({ id, why, session: s?.facts.sessionId ?? '?' });
      return { status, why: `${id}: ${why}` };
    };
    if (!s) return note('8.1.2.0-5', 'no token of a launched session in Authorization', 401);
    if (s.state === 'abandoned') return note('9.3.6.0-2', 'the session was abandoned', 403);
    const q = req.url.searchParams;
    const path = req.url.pathname;
    if (path.endsWith('/activities/state') || path.endsWith('/agents/profile')) {
      const agent = q.get('agent');
      if (!agent || JSON.stringify(JSON.parse(agent)) !== agentString)
        return note('8.1.3.0-3', 'agent is not the actor');
      if (path.endsWith('/agents/profile')) {
        if (q.get('profileId') === 'cmi5LearnerPreferences' && req.method === 'GET') s.prefsRead = true;
        return null;
      }
      if (q.get('registration') !== s.facts.registration)
        return note('8.1.4.0-3', 'registration is not the launch one');
      if (q.get('stateId') === 'LMS.LaunchData' && req.method !== 'GET')
        return note('10.2.1.0-5', `${req.method} of LMS.LaunchData`, 403);
      return null;
    }
    if (!path.endsWith('/statements')) return null;
    let batch: Statement[];
    try {
      const parsed = JSON.parse(req.body) as Statement | Statement[];
      batch = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      return null; // the LRS answers 400
    }
    const seen = [...s.statements];
    for (const st of batch) {
      if (lrs.statements.get(st.id)?.body === JSON.stringify(st)) continue; // a retry: nothing new
      const isInit = st.verb.id.endsWith('/initialized');
      if (isInit && !s.prefsRead)
        return note('11.0.0.0-3', 'initialized before the learner preferences were read');
      const found = checkStatement(st, s.facts, { session: seen, registration: earlier(s) });
      if (found.length) {
        for (const f of found) violations.push({ ...f, session: s.facts.sessionId });
        return { status: 400, why: found.map((f) => `${f.id}: ${f.why}`).join('; ') };
      }
      seen.push(st);
    }
    return null;
  });

  const earlier = (s: Session) =>
    [...sessions.values()]
      .filter((x) => x !== s && x.facts.registration === s.facts.registration)
      .flatMap((x) => x.statements);

  const fetchFn = (async (input: string | URL, init: RequestInit = {}) => {
    const url = String(input);
    const session = [...sessions.values()].find((s) => s.fetchUrl === url);
    if (session) {
      if ((init.method ?? 'GET') !== 'POST') {
        violations.push({ id: '8.2.1.0-2', why: 'fetch URL not POSTed', session: session.facts.sessionId });
        return new Response(null, { status: 405 });
      }
      session.fetches++;
      if (session.fetches === 1) lrs.credentials?.add(`Basic ${session.token}`);
      const body =
        session.fetches === 1 && session.state === 'launched'
          ? { 'auth-token': session.token }
          : { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    if (!url.startsWith(endpoint)) {
      violations.push({ id: '8.1.1.0-3', why: `a request outside the endpoint: ${url}`, session: '?' });
      throw new TypeError('Failed to fetch');
    }
    const res = await lrs.fetch(input, init);
    if (res.status < 300 && new URL(url).pathname.endsWith('/statements')) {
      const s = [...sessions.values()].find(
        (x) => x.statements !== null && `Basic ${x.token}` === authOf(init),
      );
      const parsed = JSON.parse(String(init.body)) as Statement | Statement[];
      for (const st of Array.isArray(parsed) ? parsed : [parsed])
        if (s && !s.statements.some((x) => x.id === st.id)) s.statements.push(st);
    }
    return res;
  }) as unknown as typeof fetch;

  return {
    lrs,
    sessions,
    violations,
    fetch: fetchFn,
    /** Launch the AU: the query string an LMS appends to its URL. */
    launch(l: LaunchOptions = {}) {
      const n = ++counter;
      const registration = l.registration ?? uuidOf(n);
      for (const s of sessions.values())
        if (s.facts.registration === registration && s.state === 'launched') s.state = 'abandoned';
      const sessionId = uuidOf(1_000_000 + n);
      const activityId = l.activityId ?? 'https://lms.example.com/activities/au/1';
      const template = {
        platform: 'Example LMS',
        contextActivities: { grouping: [{ id: PUBLISHER_ID, objectType: 'Activity' }] },
        extensions: { [SESSION_ID]: sessionId },
      };
      const masteryScore = l.masteryScore === undefined ? 0.28 : l.masteryScore;
      const launchData = {
        contextTemplate: template,
        launchMode: l.launchMode ?? 'Normal',
        moveOn: l.moveOn ?? 'CompletedAndPassed',
        ...(masteryScore === null ? {} : { masteryScore }),
        ...(l.returnURL ? { returnURL: l.returnURL } : {}),
      };
      const q = new URLSearchParams({
        activityId,
        agent: agentString,
        registration,
        stateId: 'LMS.LaunchData',
      });
      lrs.state.set(stateKey(q), JSON.stringify(launchData));
      const fetchUrl = `${base}/fetch?k=${n}`;
      const session: Session = {
        facts: {
          actor: ACTOR,
          registration,
          activityId,
          sessionId,
          template,
          launchMode: launchData.launchMode,
          masteryScore,
        },
        token: Buffer.from(`session-${n}:secret`).toString('base64'),
        fetchUrl,
        fetches: 0,
        prefsRead: false,
        statements: [],
        state: 'launched',
      };
      sessions.set(sessionId, session);
      const query = new URLSearchParams({
        endpoint,
        fetch: fetchUrl,
        actor: agentString,
        registration,
        activityId,
      }).toString();
      return { query, sessionId, registration, session };
    },
    /** The session is over: what must have happened (each broken rule is kept as a violation). */
    end(sessionId: string): Violation[] {
      const s = sessions.get(sessionId)!;
      s.state = 'ended';
      const found = checkSessionEnd(s.facts, s.statements);
      for (const f of found) violations.push({ ...f, session: sessionId });
      return found;
    },
  };
}

const authOf = (init: RequestInit) =>
  Object.entries((init.headers ?? {}) as Record<string, string>).find(
    ([k]) => k.toLowerCase() === 'authorization',
  )?.[1];

export type Cmi5Lms = ReturnType<typeof cmi5Lms>;
