/**
 * The cmi5 launch (cmi5-launch.ts) against the LMS in memory: the five launch parameters (in any
 * order, URL-encoded), one POST to the fetch URL, LMS.LaunchData, the learner preferences — and
 * every bad launch as a problem with words a learner can act on: parameters missing or damaged, a
 * fetch URL used twice (error-code 1), an LRS that refuses (401/403), no launch data, an LRS that
 * is down (Try again, without spending the fetch URL again).
 */
import { describe, expect, it } from 'vitest';
import {
  isLaunchProblem,
  parseCmi5Params,
  type Cmi5Params,
  type LaunchProblem,
} from '../../../../src/app/lms/cmi5-launch.ts';
import { openCmi5Session } from '../../../../src/app/lms/cmi5-handshake.ts';
import { ACTOR, cmi5Lms, ENDPOINT } from './cmi5-lms.ts';
import { req } from './cmi5-requirements.ts';

const problemOf = (x: unknown) => {
  expect(isLaunchProblem(x), JSON.stringify(x)).toBe(true);
  return x as LaunchProblem;
};

describe('cmi5 launch parameters', () => {
  it(`${req('8.1.0.0-7')}; ${req('8.1.0.0-8')}`, () => {
    const lms = cmi5Lms();
    const { query } = lms.launch();
    const shuffled = new URLSearchParams([...new URLSearchParams(query)].reverse()).toString();
    const params = parseCmi5Params(shuffled) as Cmi5Params;
    expect(params).toEqual({
      endpoint: ENDPOINT,
      fetch: expect.stringMatching(/^https:\/\/lms\.example\.com\/fetch\?k=\d+$/),
      actor: ACTOR,
      registration: expect.stringMatching(/^[0-9a-f-]{36}$/),
      activityId: 'https://lms.example.com/activities/au/1',
    });
    expect(query).toContain('actor=%7B%22objectType%22');
  });

  it('no parameters at all is no cmi5 launch (the package plays locally); some missing is a bad launch that names them', () => {
    expect(parseCmi5Params('')).toBeNull();
    expect(parseCmi5Params('story=lost-face')).toBeNull();
    const p = problemOf(parseCmi5Params(`endpoint=${encodeURIComponent(ENDPOINT)}&actor=%7B%7D`));
    expect(p.code).toBe('missing-parameters');
    expect(p.detail).toMatch(/lacks fetch, registration, activityId/);
    expect(p.fix).toMatch(/launch the module again from your learning platform/);
    expect(p.retry).toBe(false);
  });

  it('damaged parameters are named: an actor without an account (§9.2), a registration that is no UUID', () => {
    const lms = cmi5Lms();
    const q = new URLSearchParams(lms.launch().query);
    q.set('actor', JSON.stringify({ objectType: 'Agent', mbox: 'mailto:a@example.com' }));
    q.set('registration', 'nope');
    const p = problemOf(parseCmi5Params(q));
    expect(p.code).toBe('bad-parameters');
    expect(p.detail).toMatch(/actor is not an Agent with an account.*registration is not a UUID/);
  });
});

describe('cmi5 launch handshake', () => {
  it(`${req('8.2.1.0-2')}; then LMS.LaunchData and ${req('11.0.0.0-3')}`, async () => {
    const lms = cmi5Lms({ preferences: { languagePreference: 'fr-FR,en-US', audioPreference: 'off' } });
    const { query, sessionId } = lms.launch({
      returnURL: 'https://lms.example.com/course/7',
      masteryScore: 0.55,
    });
    const session = await openCmi5Session(parseCmi5Params(query) as Cmi5Params, lms.fetch);
    if (isLaunchProblem(session)) throw new Error(session.detail);
    expect(session.sessionId).toBe(sessionId);
    expect(session.auth).toMatch(/^Basic [A-Za-z0-9+/=]+$/);
    expect(session.launchData).toMatchObject({
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.55,
      returnURL: 'https://lms.example.com/course/7',
    });
    expect(session.preferences).toEqual({ languages: ['fr-FR', 'en-US'], audio: 'off' });
    expect(lms.sessions.get(sessionId)!.fetches).toBe(1);
    expect(lms.violations).toEqual([]);
  });

  it('no learner preferences (404) is normal', async () => {
    const lms = cmi5Lms();
    const session = await openCmi5Session(parseCmi5Params(lms.launch().query) as Cmi5Params, lms.fetch);
    expect(isLaunchProblem(session)).toBe(false);
    expect(!isLaunchProblem(session) && session.preferences).toEqual({ languages: [], audio: null });
  });

  it(`a second fetch (error-code 1, ${req('8.2.3.0-1')}) is a page that says to launch again`, async () => {
    const lms = cmi5Lms();
    const params = parseCmi5Params(lms.launch().query) as Cmi5Params;
    expect(isLaunchProblem(await openCmi5Session(params, lms.fetch))).toBe(false);
    // The learner reloads the page: the fetch URL is spent.
    const p = problemOf(await openCmi5Session(params, lms.fetch));
    expect(p.code).toBe('fetch-used');
    expect(p.detail).toMatch(/already been used.*“The authorization token has already been returned\.”/);
    expect(p.fix).toMatch(/reloading this page does not start a new session/);
    expect(p.retry).toBe(false);
  });

  it.each([401, 403])('an LRS that answers %i is a page that says so', async (status) => {
    const lms = cmi5Lms();
    lms.lrs.gates.unshift(() => ({ status, why: 'no' }));
    const p = problemOf(await openCmi5Session(parseCmi5Params(lms.launch().query) as Cmi5Params, lms.fetch));
    expect(p).toMatchObject({ code: 'refused', retry: false });
    expect(p.detail).toContain(String(status));
  });

  it('launch data without a context template or launch mode is a page, not a blank', async () => {
    const lms = cmi5Lms();
    const launched = lms.launch();
    const key = [...lms.lrs.state.keys()].find((k) => k.endsWith('LMS.LaunchData'))!;
    lms.lrs.state.set(key, JSON.stringify({ moveOn: 'Passed' }));
    const p = problemOf(await openCmi5Session(parseCmi5Params(launched.query) as Cmi5Params, lms.fetch));
    expect(p.code).toBe('no-launch-data');
    expect(p.detail).toMatch(/contextTemplate or launchMode/);
  });

  it('an LRS that is down: Try again works once it is back, without spending the fetch URL again', async () => {
    const lms = cmi5Lms();
    const { query, sessionId } = lms.launch();
    const params = parseCmi5Params(query) as Cmi5Params;
    const tokens = new Map<string, string>();
    lms.lrs.mode = 'down';
    const p = problemOf(await openCmi5Session(params, lms.fetch, tokens));
    expect(p).toMatchObject({ code: 'unreachable', retry: true });
    expect(p.fix).toMatch(/Try again/);
    lms.lrs.mode = 'up';
    expect(isLaunchProblem(await openCmi5Session(params, lms.fetch, tokens))).toBe(false);
    expect(lms.sessions.get(sessionId)!.fetches).toBe(1);
  });
});
