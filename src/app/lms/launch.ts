/**
 * The xAPI "tincan launch" parameters an LMS appends to the launch URL: `endpoint` (the LRS),
 * `auth` (the Authorization header to send), `actor` (the learner, as JSON), `registration`
 * (this enrolment's UUID) and `activity_id`. Validated here — a half-given launch is not an
 * xAPI launch — and the actor normalised from the older TinCan 0.9 form (`{"mbox":["mailto:…"]}`)
 * that some LMSs still send.
 */

export interface XapiAgent {
  objectType: 'Agent';
  name?: string;
  mbox?: string;
  mbox_sha1sum?: string;
  openid?: string;
  account?: { homePage: string; name: string };
}

export interface XapiLaunch {
  /** The LRS's base URL, ending with `/`. */
  endpoint: string;
  /** The Authorization header value, as given (often `Basic …`); null when none was given. */
  auth: string | null;
  actor: XapiAgent;
  registration: string | null;
  activityId: string | null;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const str = (v: unknown): string | undefined => {
  const s = first(v);
  return typeof s === 'string' && s.trim() ? s.trim() : undefined;
};

/** The actor of a launch, or null when it does not identify exactly one learner. */
export function parseActor(json: string): XapiAgent | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const a = first(raw);
  if (!a || typeof a !== 'object') return null;
  const r = a as Record<string, unknown>;
  const agent: XapiAgent = { objectType: 'Agent' };
  const name = str(r.name);
  if (name) agent.name = name;
  const mbox = str(r.mbox);
  if (mbox) agent.mbox = mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}`;
  const sha = str(r.mbox_sha1sum);
  if (sha && /^[0-9a-f]{40}$/i.test(sha)) agent.mbox_sha1sum = sha.toLowerCase();
  const openid = str(r.openid);
  if (openid && isAbsoluteIri(openid)) agent.openid = openid;
  const acc = first(r.account);
  if (acc && typeof acc === 'object') {
    const ac = acc as Record<string, unknown>;
    const homePage = str(ac.homePage) ?? str(ac.accountServiceHomePage);
    const accName = str(ac.name) ?? str(ac.accountName);
    if (homePage && accName && isAbsoluteIri(homePage)) agent.account = { homePage, name: accName };
  }
  // xAPI: an Agent has exactly one inverse functional identifier.
  const ifis = (['mbox', 'mbox_sha1sum', 'openid', 'account'] as const).filter((k) => agent[k] !== undefined);
  if (ifis.length === 0) return null;
  for (const k of ifis.slice(1)) delete agent[k];
  return agent;
}

export function isAbsoluteIri(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(text) && !/\s/.test(text);
}

/** The launch, or null when the query does not carry a usable endpoint and actor. */
export function parseLaunchParams(params: string | URLSearchParams): XapiLaunch | null {
  const p = typeof params === 'string' ? new URLSearchParams(params) : params;
  const endpointRaw = p.get('endpoint');
  const actorRaw = p.get('actor');
  if (!endpointRaw || !actorRaw) return null;
  let endpoint: string;
  try {
    const url = new URL(endpointRaw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    endpoint = url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return null;
  }
  const actor = parseActor(actorRaw);
  if (!actor) return null;
  const registration = p.get('registration');
  const activityId = p.get('activity_id');
  return {
    endpoint,
    auth: p.get('auth') || null,
    actor,
    registration: registration && UUID.test(registration) ? registration.toLowerCase() : null,
    activityId: activityId && isAbsoluteIri(activityId) ? activityId : null,
  };
}
