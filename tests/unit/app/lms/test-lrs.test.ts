/**
 * The test LRS (test-lrs.ts) refuses what a real LRS refuses (xAPI 1.0.3, Part Three): without this,
 * a green xAPI or cmi5 test could mean only that our fake was lenient.
 */
import { describe, expect, it } from 'vitest';
import { etagOf, testLrs } from './test-lrs.ts';

const AUTH = 'Basic dGVzdDp0ZXN0';
const ID = '6f1c0d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const statement = (over: object = {}) => ({
  id: ID,
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'u1' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
  object: { objectType: 'Activity', id: 'https://lms.example.com/au/1' },
  timestamp: '2026-03-01T10:00:00.000Z',
  ...over,
});
const headers = (extra: Record<string, string> = {}) => ({
  'X-Experience-API-Version': '1.0.3',
  Authorization: AUTH,
  'Content-Type': 'application/json',
  ...extra,
});
const E = 'https://lrs.example.com/xapi/';

describe('the test LRS checks what a real LRS checks', () => {
  it('the version header and the credentials', async () => {
    const lrs = testLrs({ credentials: [AUTH] });
    const put = (h: Record<string, string>) =>
      lrs.fetch(`${E}statements?statementId=${ID}`, {
        method: 'PUT',
        headers: h,
        body: JSON.stringify(statement()),
      });
    expect((await put({ Authorization: AUTH })).status).toBe(400);
    expect((await put(headers({ 'X-Experience-API-Version': '0.95' }))).status).toBe(400);
    expect((await put(headers({ Authorization: 'Basic bm9ib2R5' }))).status).toBe(401);
    expect((await put(headers())).status).toBe(204);
  });

  it('statement ids, the validator, and the same id with other content', async () => {
    const lrs = testLrs({ credentials: [AUTH] });
    const put = (id: string | null, body: object) =>
      lrs.fetch(`${E}statements${id ? `?statementId=${id}` : ''}`, {
        method: 'PUT',
        headers: headers(),
        body: JSON.stringify(body),
      });
    expect((await put(null, statement())).status).toBe(400);
    expect((await put('not-a-uuid', statement())).status).toBe(400);
    expect((await put('7f1c0d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f', statement())).status).toBe(400);
    expect((await put(ID, statement({ timestamp: 'yesterday' }))).status).toBe(400);
    expect(lrs.refusals.at(-1)!.why).toMatch(/statement\.timestamp/);
    expect((await put(ID, statement())).status).toBe(204);
    expect((await put(ID, statement())).status).toBe(204); // a retry: nothing new
    expect((await put(ID, statement({ timestamp: '2026-03-01T10:00:01.000Z' }))).status).toBe(409);
    expect(lrs.statements.size).toBe(1);
  });

  it('documents: an ETag on GET, If-Match / If-None-Match honoured with 412; profiles need one of them', async () => {
    const lrs = testLrs({ credentials: [AUTH] });
    const state = `${E}activities/state?activityId=a&agent=b&registration=${ID}&stateId=s`;
    const put = (url: string, body: string, h: Record<string, string> = {}) =>
      lrs.fetch(url, { method: 'PUT', headers: headers(h), body });
    expect((await put(state, '{"a":1}', { 'If-None-Match': '*' })).status).toBe(204);
    expect((await put(state, '{"a":2}', { 'If-None-Match': '*' })).status).toBe(412);
    const got = await lrs.fetch(state, { headers: headers() });
    expect(got.headers.get('ETag')).toBe(etagOf('{"a":1}'));
    expect((await put(state, '{"a":3}', { 'If-Match': '"stale"' })).status).toBe(412);
    expect((await put(state, '{"a":3}', { 'If-Match': etagOf('{"a":1}') })).status).toBe(204);
    expect((await put(state, '{"a":4}')).status).toBe(204); // the State API allows no header (1.0.3)
    const profile = `${E}agents/profile?agent=b&profileId=p`;
    expect((await put(profile, '{}', { 'If-None-Match': '*' })).status).toBe(204);
    expect((await put(profile, '{"x":1}')).status).toBe(409);
  });
});
