/**
 * The attempt's own State API document in a cmi5 session (per AU activity, learner and
 * registration): the resume point, and whether "completed" and "passed" have been sent in this
 * registration (cmi5 allows each once per registration, §9.3). Never LMS.LaunchData, which belongs
 * to the LMS (§10.2.1).
 *
 * Written with optimistic concurrency (xAPI 1.0.3, Communication §3.1): `If-Match` with the ETag
 * last seen, or `If-None-Match: *` when there was no document. A 412 means the document changed
 * since — or only that our idea of its ETag was off: the document is read again, and if it still
 * holds what we last wrote the write is retried with its ETag; otherwise another window has taken
 * the attempt over, and this one stops writing (412 goes back to the queue, which sets it aside).
 * The ETag after a write is the LRS's when it says it, else the SHA-1 of the content, as xAPI 1.0.3
 * has the LRS compute it; when neither can be had, writes go without a precondition (the State
 * API allows that).
 */
import type { Cmi5Session } from './cmi5-launch.ts';
import { timeout, xapiHeaders } from './cmi5-launch.ts';

export interface AttemptRecord {
  suspendData: string;
  completed: boolean;
  passed: boolean;
}

/** What the ETag of the document is believed to be: a value, none (no document), or not known. */
type Tag = { kind: 'etag'; value: string } | { kind: 'absent' } | { kind: 'unknown' };

export class Cmi5State {
  private tag: Tag = { kind: 'unknown' };
  /** The body of our last successful write (what the document holds unless someone else wrote). */
  private written: string | null = null;
  private takenOver = false;

  constructor(private readonly o: { session: Cmi5Session; http: typeof fetch; stateId: string }) {}

  private url(): string {
    const p = this.o.session.params;
    const q = new URLSearchParams({
      activityId: p.activityId,
      agent: JSON.stringify(p.actor),
      registration: p.registration,
      stateId: this.o.stateId,
    });
    return `${p.endpoint}activities/state?${q}`;
  }

  /** The stored record (null when there is none); `conflict` when it could not be read. */
  async read(): Promise<{ record: AttemptRecord | null; conflict: boolean }> {
    try {
      const res = await this.o.http(this.url(), {
        method: 'GET',
        headers: xapiHeaders(this.o.session.auth),
        ...timeout(8000),
      });
      if (res.status === 404) {
        this.tag = { kind: 'absent' };
        return { record: null, conflict: false };
      }
      if (res.status !== 200) return { record: null, conflict: true };
      const text = await res.text();
      const etag = res.headers.get('ETag');
      this.tag = etag ? { kind: 'etag', value: etag } : { kind: 'unknown' };
      this.written = text;
      return { record: parseRecord(text), conflict: false };
    } catch {
      return { record: null, conflict: true };
    }
  }

  async write(record: AttemptRecord, keepalive: boolean): Promise<number> {
    if (this.takenOver) return 412;
    const body = JSON.stringify(record);
    for (let attempt = 0; attempt < 2; attempt++) {
      const precondition: Record<string, string> =
        this.tag.kind === 'etag'
          ? { 'If-Match': this.tag.value }
          : this.tag.kind === 'absent'
            ? { 'If-None-Match': '*' }
            : {};
      const res = await this.o.http(this.url(), {
        method: 'PUT',
        headers: xapiHeaders(this.o.session.auth, { 'Content-Type': 'application/json', ...precondition }),
        body,
        keepalive: keepalive && body.length < 60_000,
      });
      if (res.status === 200 || res.status === 204) {
        this.written = body;
        const etag = res.headers.get('ETag') ?? (await sha1Etag(body));
        this.tag = etag ? { kind: 'etag', value: etag } : { kind: 'unknown' };
        return res.status;
      }
      if (res.status !== 412 || !(await this.recheck())) {
        if (res.status === 412) this.takenOver = true;
        return res.status;
      }
    }
    return 412;
  }

  /** After a 412: true when the document is still ours (the tag is corrected), false when it is not. */
  private async recheck(): Promise<boolean> {
    const res = await this.o.http(this.url(), { method: 'GET', headers: xapiHeaders(this.o.session.auth) });
    if (res.status === 404) {
      if (this.written !== null) return false;
      this.tag = { kind: 'absent' };
      return true;
    }
    const text = res.status === 200 ? await res.text() : null;
    if (text === null || text !== this.written) return false;
    const etag = res.headers.get('ETag');
    this.tag = etag ? { kind: 'etag', value: etag } : { kind: 'unknown' };
    return true;
  }
}

export function parseRecord(text: string): AttemptRecord | null {
  try {
    const r = JSON.parse(text) as Partial<AttemptRecord>;
    if (!r || typeof r !== 'object') return null;
    return {
      suspendData: typeof r.suspendData === 'string' ? r.suspendData : '',
      completed: r.completed === true,
      passed: r.passed === true,
    };
  } catch {
    return null;
  }
}

/** `"<sha1 hex>"` of the text, as xAPI 1.0.3 has an LRS compute an ETag; null without WebCrypto. */
async function sha1Etag(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = await subtle.digest('SHA-1', new TextEncoder().encode(text));
    return `"${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
  } catch {
    return null;
  }
}
