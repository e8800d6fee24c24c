/**
 * The resume point an LMS keeps for us (`cmi.suspend_data`, or an xAPI state document): which
 * scenario is under way and the choices taken in it, plus the best score of each scenario of the
 * module already finished in this LMS attempt. Compact, one line, ASCII only, and never longer
 * than the limit it is given — when it would be, detail is dropped in a fixed order (below) so
 * that what is kept still resumes correctly. Decoding validates every field and returns null on
 * anything it does not recognise; it never throws.
 *
 * Format (version 1), fields separated by `|`, ids percent-encoded:
 *
 *   r1|m=partners-abroad|s=lost-face|h=3fa9c21b|p=10*32|f=9e3c…|d=south-of-london:28
 *
 *   m  module id                      s  scenario under way      h  its content hash (8 hex)
 *   p  choice path: one base-36 digit per choice (index 0–35), `_xx` for 36–1295,
 *      `*n` repeats the previous choice to n times in all (n one base-36 digit, 2–35)
 *   f  the words of each choice taken, 8 hex each (fingerprint.ts): lets resume on an
 *      edited story find a choice that moved, or know it is gone
 *   t  set when the path was cut: how many choices it had
 *   d  finished scenarios, `id:best score` comma-separated     x  set when some of d was dropped
 *   c  the module's checks as answered: the opening check's responses, `~`, the closing one's, one
 *      digit (0–3) per item in the order of the checks file (`c=0213~`: only the opening one)
 *
 * What is dropped to fit, in order: (1) f — resume still lands exactly on an unchanged story;
 * (2) the end of p — resume lands earlier and the learner makes the later choices again;
 * (3) s/h/p — the scenario under way restarts; (4) entries of d from the end — those scenarios
 * count as not finished in this attempt.
 */

export interface ResumePoint {
  storyId: string;
  /** The first 8 characters of the story's content hash when suspended. */
  contentHash: string;
  path: number[];
  /** One fingerprint per step of `path` (8 hex digits), when they fitted. */
  fingerprints?: string[];
  /** Set when the path was cut to fit: its length before. */
  truncatedFrom?: number;
}

export interface ScenarioScore {
  storyId: string;
  score: number;
}

export interface SuspendState {
  moduleId: string | null;
  current: ResumePoint | null;
  /** Best score of each scenario finished in this attempt, in the order they were finished. */
  results: ScenarioScore[];
  /** Set when some results did not fit and were dropped. */
  resultsLost?: boolean;
  /** The module's checks as answered (core/modules/checks.ts): one response (0–3) per item. */
  checks?: { before?: number[]; after?: number[] };
}

export type Dropped = 'fingerprints' | 'path-tail' | 'current' | 'results';

export interface EncodedSuspend {
  data: string;
  /** What had to go to stay within the limit (empty when everything fitted). */
  dropped: Dropped[];
}

const VERSION = 'r1';
const MAX_INDEX = 36 * 36 - 1;
const HASH_LENGTH = 8;

export function encodePath(path: readonly number[]): string {
  let out = '';
  for (let i = 0; i < path.length;) {
    const index = path[i]!;
    let run = 1;
    while (i + run < path.length && path[i + run] === index && run < 35) run++;
    const token = index < 36 ? index.toString(36) : `_${index.toString(36).padStart(2, '0')}`;
    out += run >= 3 || (run === 2 && token.length > 1) ? `${token}*${run.toString(36)}` : token.repeat(run);
    i += run;
  }
  return out;
}

export function decodePath(text: string): number[] | null {
  const path: number[] = [];
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    let index: number;
    if (c === '_') {
      const pair = text.slice(i + 1, i + 3);
      if (!/^[0-9a-z]{2}$/.test(pair)) return null;
      index = parseInt(pair, 36);
      i += 3;
    } else if (/[0-9a-z]/.test(c)) {
      index = parseInt(c, 36);
      i += 1;
    } else return null;
    let run = 1;
    if (text[i] === '*') {
      const n = text[i + 1];
      if (!n || !/[2-9a-z]/.test(n)) return null;
      run = parseInt(n, 36);
      i += 2;
    }
    for (let k = 0; k < run; k++) path.push(index);
  }
  return path;
}

const encodeId = (id: string) =>
  encodeURIComponent(id).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function decodeId(text: string): string | null {
  if (!text || text.length > 300) return null;
  try {
    const id = decodeURIComponent(text);
    // eslint-disable-next-line no-control-regex
    if (!id || id.length > 100 || /[\u0000-\u001f\u007f]/.test(id)) return null;
    if (id === '__proto__' || id === 'constructor' || id === 'prototype') return null;
    return id;
  } catch {
    return null;
  }
}

function render(state: SuspendState, lost: boolean): string {
  const fields = [VERSION];
  if (state.moduleId) fields.push(`m=${encodeId(state.moduleId)}`);
  const cur = state.current;
  if (cur) {
    fields.push(`s=${encodeId(cur.storyId)}`, `h=${cur.contentHash}`);
    fields.push(`p=${encodePath(cur.path)}`);
    if (cur.fingerprints?.length) fields.push(`f=${cur.fingerprints.join('')}`);
    if (cur.truncatedFrom !== undefined) fields.push(`t=${cur.truncatedFrom.toString(36)}`);
  }
  if (state.results.length) {
    fields.push(`d=${state.results.map((r) => `${encodeId(r.storyId)}:${Math.round(r.score)}`).join(',')}`);
  }
  if (lost || state.resultsLost) fields.push('x=1');
  const c = state.checks;
  if (c?.before?.length || c?.after?.length)
    fields.push(`c=${(c.before ?? []).join('')}~${(c.after ?? []).join('')}`);
  return fields.join('|');
}

/** What cannot be encoded is left out, never thrown about: the caller is the game. */
function valid(state: SuspendState): SuspendState {
  const cur = state.current;
  if (!cur) return state;
  if (cur.path.some((i) => !Number.isInteger(i) || i < 0 || i > MAX_INDEX))
    return { ...state, current: null };
  const hash = /^[0-9a-f]+$/i.test(cur.contentHash)
    ? cur.contentHash.slice(0, HASH_LENGTH).toLowerCase()
    : '';
  const fp = cur.fingerprints;
  const fingerprints =
    fp && fp.length === cur.path.length && fp.every((f) => /^[0-9a-f]{8}$/.test(f)) ? fp : undefined;
  return { ...state, current: { ...cur, contentHash: hash, fingerprints } };
}

/** Encode within `limit` characters, dropping detail in the documented order when needed. */
export function encodeSuspend(input: SuspendState, limit: number): EncodedSuspend {
  let state = valid(input);
  const dropped: Dropped[] = [];
  const fits = (s: SuspendState, lost = false) => render(s, lost).length <= limit;
  const cur = state.current;
  if (!fits(state) && cur?.fingerprints?.length) {
    state = { ...state, current: { ...cur, fingerprints: undefined } };
    dropped.push('fingerprints');
  }
  if (!fits(state) && state.current && state.current.path.length) {
    const c = state.current;
    const whole = c.truncatedFrom ?? c.path.length;
    // Binary search: the longest prefix of the path that fits.
    let lo = 0;
    let hi = c.path.length - 1;
    const at = (n: number): SuspendState => ({
      ...state,
      current: { ...c, path: c.path.slice(0, n), truncatedFrom: whole },
    });
    if (fits(at(0))) {
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(at(mid))) lo = mid;
        else hi = mid - 1;
      }
      state = at(lo);
      dropped.push('path-tail');
    }
  }
  if (!fits(state) && state.current) {
    state = { ...state, current: null };
    dropped.push('current');
  }
  if (!fits(state, state.resultsLost) && state.results.length) {
    const results = [...state.results];
    while (results.length && !fits({ ...state, results }, true)) results.pop();
    state = { ...state, results, resultsLost: true };
    dropped.push('results');
  }
  let data = render(state, !!state.resultsLost);
  if (data.length > limit)
    data = render(
      { moduleId: null, current: null, results: [], ...(state.checks ? { checks: state.checks } : {}) },
      false,
    );
  if (data.length > limit) data = render({ moduleId: null, current: null, results: [] }, false);
  if (data.length > limit) data = ''; // a limit under 2 characters: send nothing rather than too much
  return { data, dropped };
}

/** Read suspend data back; null for anything that is not a valid version-1 record. */
export function decodeSuspend(data: unknown): SuspendState | null {
  if (typeof data !== 'string' || data.length > 64000) return null;
  const parts = data.split('|');
  if (parts[0] !== VERSION) return null;
  const fields = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const m = /^([a-z])=(.*)$/s.exec(part);
    if (!m || fields.has(m[1]!)) return null;
    fields.set(m[1]!, m[2]!);
  }
  let moduleId: string | null = null;
  if (fields.has('m')) {
    moduleId = decodeId(fields.get('m')!);
    if (moduleId === null) return null;
  }
  let current: ResumePoint | null = null;
  if (fields.has('s')) {
    const storyId = decodeId(fields.get('s')!);
    const hash = fields.get('h') ?? '';
    const path = decodePath(fields.get('p') ?? '');
    if (storyId === null || path === null || !/^[0-9a-f]{0,8}$/.test(hash) || path.length > 100000)
      return null;
    current = { storyId, contentHash: hash, path };
    const f = fields.get('f');
    if (f !== undefined) {
      if (f.length !== path.length * 8 || !/^[0-9a-f]*$/.test(f)) return null;
      current.fingerprints = f.match(/.{8}/g) ?? [];
    }
    const t = fields.get('t');
    if (t !== undefined) {
      if (!/^[0-9a-z]{1,6}$/.test(t)) return null;
      const whole = parseInt(t, 36);
      if (whole < path.length) return null;
      current.truncatedFrom = whole;
    }
  } else if (fields.has('h') || fields.has('p') || fields.has('f') || fields.has('t')) return null;
  const results: ScenarioScore[] = [];
  const d = fields.get('d');
  if (d !== undefined) {
    for (const entry of d.split(',')) {
      const m = /^([^:]+):(\d{1,3})$/.exec(entry);
      const storyId = m ? decodeId(m[1]!) : null;
      const score = m ? Number(m[2]) : NaN;
      if (storyId === null || !(score <= 100) || results.some((r) => r.storyId === storyId)) return null;
      results.push({ storyId, score });
    }
  }
  const x = fields.get('x');
  if (x !== undefined && x !== '1') return null;
  const c = fields.get('c');
  const checks = c === undefined ? null : /^([0-3]{0,8})~([0-3]{0,8})$/.exec(c);
  if (c !== undefined && !checks) return null;
  const digits = (text: string) => (text ? [...text].map(Number) : undefined);
  const before = checks ? digits(checks[1]!) : undefined;
  const after = checks ? digits(checks[2]!) : undefined;
  return {
    moduleId,
    current,
    results,
    ...(x ? { resultsLost: true } : {}),
    ...(before || after ? { checks: { ...(before ? { before } : {}), ...(after ? { after } : {}) } } : {}),
  };
}
