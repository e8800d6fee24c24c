/**
 * An LRS in memory that checks what a real one checks (xAPI 1.0.3, Part Three): the version
 * header (400 without it, or with another major/minor), the credentials (401 when the
 * Authorization header is not one it issued), statement ids (PUT needs `statementId`, a UUID equal
 * to the body's id; the same id with other content is a 409, with the same content a no-op), every
 * statement through Learning Locker's validator (400 with its findings), batches all or nothing,
 * and the documents' optimistic concurrency: an ETag (the SHA-1 of the content) on every GET,
 * `If-Match` / `If-None-Match: *` honoured with 412, and — for agent profiles, not state, as 1.0.3
 * has it — 409 for a PUT over an existing document without either header.
 *
 * It can be taken down ('down': the request fails; a number: every request answers that), or made
 * to hang. `rules` lets an LMS built on it (cmi5-lms.ts) look at each request first.
 */
import { createHash } from 'node:crypto';
import type { Statement } from '../../../../src/app/lms/xapi-statements.ts';
import { statementProblems } from './statement-validator.ts';

export interface LrsRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string;
  keepalive: boolean;
}

/** A reason to refuse a request (status and words), or null to let it through. */
export type Gate = (req: LrsRequest, lrs: TestLrs) => { status: number; why: string } | null;

export interface TestLrs {
  statements: Map<string, { body: string; statement: Statement }>;
  /** State documents by `activityId|agent|registration|stateId`. */
  state: Map<string, string>;
  profiles: Map<string, string>;
  requests: LrsRequest[];
  /** Requests refused, with why (what a test reads when something was not stored). */
  refusals: { req: LrsRequest; status: number; why: string }[];
  mode: 'up' | 'down' | number;
  hang: boolean;
  /** Authorization header values the LRS accepts; null accepts any (and none). */
  credentials: Set<string> | null;
  gates: Gate[];
  fetch: typeof fetch;
  /** Store a statement as the LMS itself would (no checks). */
  record(s: Statement): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('hex')}"`;
export const stateKey = (q: URLSearchParams) =>
  ['activityId', 'agent', 'registration', 'stateId'].map((k) => q.get(k)).join('|');

export function testLrs(options: { credentials?: string[] } = {}): TestLrs {
  const lrs: TestLrs = {
    statements: new Map(),
    state: new Map(),
    profiles: new Map(),
    requests: [],
    refusals: [],
    mode: 'up',
    hang: false,
    credentials: options.credentials ? new Set(options.credentials) : null,
    gates: [],
    record(s) {
      lrs.statements.set(s.id, { body: JSON.stringify(s), statement: s });
    },
    fetch: (async (input: string | URL, init: RequestInit = {}) => {
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((v, k) => (headers[k] = v));
      const req: LrsRequest = {
        method: init.method ?? 'GET',
        url: new URL(String(input)),
        headers: (init.headers as Record<string, string>) ?? {},
        body: typeof init.body === 'string' ? init.body : '',
        keepalive: !!init.keepalive,
      };
      lrs.requests.push(req);
      if (lrs.hang) return new Promise(() => {});
      if (lrs.mode === 'down') throw new TypeError('Failed to fetch');
      if (typeof lrs.mode === 'number') return new Response(null, { status: lrs.mode });
      const refuse = (status: number, why: string) => {
        lrs.refusals.push({ req, status, why });
        return new Response(why, { status, headers: { 'X-Experience-API-Version': '1.0.3' } });
      };
      for (const gate of lrs.gates) {
        const r = gate(req, lrs);
        if (r) return refuse(r.status, r.why);
      }
      if (!/^1\.0(\.\d+)?$/.test(headers['x-experience-api-version'] ?? ''))
        return refuse(400, 'X-Experience-API-Version must be 1.0.x');
      if (lrs.credentials && !lrs.credentials.has(headers.authorization ?? ''))
        return refuse(401, 'unknown credentials');
      return handle(lrs, req, headers, refuse);
    }) as unknown as typeof fetch,
  };
  return lrs;
}

function handle(
  lrs: TestLrs,
  req: LrsRequest,
  headers: Record<string, string>,
  refuse: (status: number, why: string) => Response,
): Response {
  const path = req.url.pathname;
  const q = req.url.searchParams;
  const ok = (status = 204, body: string | null = null, extra: Record<string, string> = {}) =>
    new Response(body, { status, headers: { 'X-Experience-API-Version': '1.0.3', ...extra } });
  if (path.endsWith('/statements')) {
    if (req.method !== 'PUT' && req.method !== 'POST') return refuse(405, 'statements: PUT or POST');
    let parsed: unknown;
    try {
      parsed = JSON.parse(req.body);
    } catch {
      return refuse(400, 'not JSON');
    }
    const batch = (Array.isArray(parsed) ? parsed : [parsed]) as Statement[];
    if (req.method === 'PUT') {
      const id = q.get('statementId');
      if (!id || !UUID.test(id)) return refuse(400, 'PUT needs a statementId that is a UUID');
      if (Array.isArray(parsed) || (batch[0]!.id && batch[0]!.id !== id))
        return refuse(400, 'statementId must be the id of the one statement sent');
    }
    for (const s of batch) {
      const problems = statementProblems(s);
      if (problems.length) return refuse(400, problems.join('; '));
    }
    const fresh: Statement[] = [];
    for (const s of batch) {
      const existing = lrs.statements.get(s.id);
      if (existing && existing.body !== JSON.stringify(s)) return refuse(409, `statement ${s.id} exists`);
      if (!existing) fresh.push(s);
    }
    for (const s of fresh) lrs.record(s);
    return req.method === 'PUT' ? ok(204) : ok(200, JSON.stringify(batch.map((s) => s.id)));
  }
  const doc = path.endsWith('/activities/state')
    ? { store: lrs.state, key: stateKey(q), strict: false }
    : path.endsWith('/agents/profile')
      ? { store: lrs.profiles, key: `${q.get('agent')}|${q.get('profileId')}`, strict: true }
      : null;
  if (!doc) return refuse(404, `no resource ${path}`);
  const current = doc.store.get(doc.key);
  if (req.method === 'GET') {
    return current === undefined
      ? refuse(404, 'no such document')
      : ok(200, current, { ETag: etagOf(current), 'Content-Type': 'application/json' });
  }
  const ifMatch = headers['if-match'];
  const ifNoneMatch = headers['if-none-match'];
  if (ifMatch && (current === undefined || etagOf(current) !== ifMatch))
    return refuse(412, 'If-Match: the document changed');
  if (ifNoneMatch === '*' && current !== undefined) return refuse(412, 'If-None-Match: the document exists');
  if (req.method === 'PUT' && doc.strict && current !== undefined && !ifMatch && !ifNoneMatch)
    return refuse(409, 'a PUT over an existing profile needs If-Match or If-None-Match');
  if (req.method === 'DELETE') doc.store.delete(doc.key);
  else if (req.method === 'PUT' || req.method === 'POST') doc.store.set(doc.key, req.body);
  else return refuse(405, `${req.method} on a document`);
  return ok(204);
}
