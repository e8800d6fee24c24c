/**
 * One test per cmi5 rule the LMS in memory holds the AU to, named by its requirement id: the real
 * AU plays a session with one change on the wire that breaks that rule (a "broken package"), and
 * the LMS must name the rule. The same session without the change breaks none (first test), so
 * each rule is seen to pass on the game's own statements and to fail on a package that breaks it.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../../src/app/lms/xapi-statements.ts';
import { definedStatement } from '../../../../src/app/lms/cmi5-statements.ts';
import { xapiHeaders } from '../../../../src/app/lms/cmi5-launch.ts';
import { ATTEMPT_STATE_ID } from '../../../../src/app/lms/cmi5.ts';
import { cmi5Lms, type Cmi5Lms, type LaunchOptions } from './cmi5-lms.ts';
import { MOVEON_CATEGORY, SESSION_ID, MASTERY_SCORE } from './cmi5-rules.ts';
import { onStatements, openAu, play, settle, tick, type PlayOptions, type Wire } from './cmi5-play.ts';
import { req } from './cmi5-requirements.ts';
import { MemoryStore } from '../../../../src/platform/storage/kv-store.ts';

type Mutable = Statement & {
  context: Record<string, unknown> & {
    contextActivities: Record<string, { id: string }[]>;
    extensions: Record<string, unknown>;
  };
  result: Record<string, unknown> & { score?: Partial<Record<string, number>> };
};
const verbOf = (s: Statement) => s.verb.id.split('/').at(-1)!;

/** Change the statements with this verb (or every statement: '*'). */
const on = (verb: string, change: (s: Mutable) => void): Wire =>
  onStatements((s) => {
    if (verb !== '*' && verbOf(s) !== verb) return s;
    const copy = structuredClone(s) as Mutable;
    change(copy);
    return copy;
  });
const drop = (verb: string): Wire => onStatements((s) => (verbOf(s) === verb ? null : s));
/** Change requests whose URL matches. */
const request =
  (match: RegExp, change: (url: URL, init: RequestInit) => RequestInit | null): Wire =>
  (url, init) => {
    if (!match.test(url)) return { url, init };
    const u = new URL(url);
    const next = change(u, init);
    return next ? { url: u.href, init: next } : 'drop';
  };
/** Drop every write of the attempt document: the AU forgets what it sent in earlier sessions. */
const forget: Wire = request(/\/activities\/state\?/, (u, init) =>
  init.method === 'PUT' && u.searchParams.get('stateId') === ATTEMPT_STATE_ID ? null : init,
);

async function broken(o: PlayOptions, sessions = 1, lms: Cmi5Lms = cmi5Lms()): Promise<string[]> {
  const storage = new MemoryStore();
  let launch: LaunchOptions = o.launch ?? {};
  try {
    for (let i = 0; i < sessions; i++) {
      const r = await play(lms, { ...o, storage, launch });
      launch = { ...launch, registration: r.launched.registration };
    }
  } catch {
    // The launch itself stopped (a fetch not POSTed gets no token): the rule is named all the same.
  }
  return lms.violations.map((v) => v.id);
}

/** The AU, opened, sends `statement` (made from the session's own) straight to the LRS. */
async function sendsAfter(
  launch: LaunchOptions,
  make: (c: Parameters<typeof definedStatement>[0]) => unknown,
  terminateFirst: boolean,
) {
  const lms = cmi5Lms();
  const au = await openAu(lms, { launch });
  await settle();
  if (terminateFirst) {
    au.reporter.terminate();
    await settle();
  }
  tick();
  const c = {
    actor: au.session.params.actor,
    registration: au.session.params.registration,
    activityId: au.session.params.activityId,
    moduleName: 'Test module',
    lang: 'en',
    template: au.session.launchData.contextTemplate,
  };
  const s = make(c) as Statement;
  await lms.fetch(`${au.session.params.endpoint}statements?statementId=${s.id}`, {
    method: 'PUT',
    headers: xapiHeaders(au.session.auth, { 'Content-Type': 'application/json' }),
    body: JSON.stringify(s),
  });
  return lms.violations.map((v) => v.id);
}

const id = () => crypto.randomUUID();
const at = () => new Date(tick());

describe('cmi5 rules, each on a package that breaks it', () => {
  it('the game’s own sessions (pass, fail, relaunch, Browse) break none', async () => {
    expect(await broken({ score: 90 })).toEqual([]);
    expect(await broken({ score: 10 }, 3)).toEqual([]);
    expect(await broken({ score: 90, launch: { launchMode: 'Browse' } })).toEqual([]);
  });

  const cases: [ids: string[], options: PlayOptions, sessions?: number][] = [
    [['9.1.0.0-1'], { wire: on('answered', (s) => (s.id = 'statement-1')) }],
    [
      ['8.1.3.0-3'],
      { wire: on('answered', (s) => (s.actor = { objectType: 'Agent', mbox: 'mailto:x@example.com' })) },
    ],
    [
      ['9.2.0.0-2'],
      { wire: on('initialized', (s) => ((s.actor as { objectType: string }).objectType = 'Group')) },
    ],
    [['9.6.1.0-1'], { wire: on('answered', (s) => (s.context.registration = crypto.randomUUID())) }],
    [['9.6.3.1-4'], { wire: on('answered', (s) => delete s.context.extensions[SESSION_ID]) }],
    [['9.6.2.0-1'], { wire: on('initialized', (s) => delete s.context.contextActivities.grouping) }],
    [['10.2.1.0-7'], { wire: on('completed', (s) => (s.context.platform = 'Rapport')) }],
    [
      ['9.7.0.0-2'],
      { wire: on('answered', (s) => (s.timestamp = s.timestamp.replace(/T10:(.*)Z$/, 'T11:$1+01:00'))) },
    ],
    [['9.3.0.0-4', '7.1.3.0-1'], { wire: drop('initialized') }],
    [['7.1.1.0-1'], { wire: drop('initialized') }],
    [['9.3.2.0-2'], { wire: on('answered', (s) => (s.timestamp = '2026-03-01T09:00:00.000Z')) }],
    [
      ['9.3.0.0-1'],
      { wire: on('initialized', (s) => (s.verb.id = 'http://adlnet.gov/expapi/verbs/launched')) },
    ],
    [
      ['9.6.2.2-2'],
      {
        wire: on('answered', (s) =>
          (s.context.contextActivities.category ??= []).push({ id: MOVEON_CATEGORY }),
        ),
      },
    ],
    [
      ['8.1.5.0-6'],
      { wire: on('completed', (s) => (s.object.id = 'https://w3id.org/rapport/xapi/modules/test-module')) },
    ],
    [
      ['9.5.1.0-2'],
      { wire: on('completed', (s) => (s.result.score = { scaled: 0.9, raw: 90, min: 0, max: 100 })) },
    ],
    [
      ['9.5.1.0-3'],
      { wire: on('passed', (s) => delete (s.result.score as Partial<Record<string, number>>).max) },
    ],
    [['9.5.2.0-1'], { wire: on('passed', (s) => (s.result.success = false)) }],
    [['9.5.2.0-2'], { score: 10, wire: on('failed', (s) => (s.result.success = true)) }],
    [['9.5.2.0-3'], { wire: on('completed', (s) => (s.result.success = true)) }],
    [['9.5.3.0-1'], { wire: on('completed', (s) => delete s.result.completion) }],
    [['9.5.3.0-2'], { wire: on('passed', (s) => (s.result.completion = true)) }],
    [['9.5.4.1-1'], { wire: on('terminated', (s) => delete s.result.duration) }],
    [['9.5.4.1-2'], { wire: on('completed', (s) => delete s.result.duration) }],
    [['9.5.4.1-3'], { wire: on('passed', (s) => delete s.result.duration) }],
    [['9.5.4.1-4'], { score: 10, wire: on('failed', (s) => delete s.result.duration) }],
    [['9.6.2.2-1'], { wire: on('passed', (s) => s.context.contextActivities.category!.splice(1)) }],
    [['9.3.4.0-2'], { wire: on('passed', (s) => (s.result.score!.scaled = 0.1)) }],
    [['9.3.5.0-2'], { score: 10, wire: on('failed', (s) => (s.result.score!.scaled = 0.9)) }],
    [['9.6.3.2-2'], { wire: on('passed', (s) => delete s.context.extensions[MASTERY_SCORE]) }],
    [['9.3.8.0-1', '9.3.8.0-2'], { wire: drop('terminated') }],
    [['9.3.0.0-6'], { score: 90, wire: forget }, 2],
    [['9.3.0.0-7'], { score: 90, wire: forget }, 2],
    [
      ['9.3.0.0-3'],
      {
        score: 90,
        // The module's "completed" made into a well-formed "failed": then "passed" comes too.
        wire: on('completed', (s) => {
          if (!s.object.id.endsWith('/au/1')) return;
          s.verb.id = 'http://adlnet.gov/expapi/verbs/failed';
          s.result = { success: false, duration: 'PT1S', score: { scaled: 0.1, raw: 10, min: 0, max: 100 } };
          s.context.extensions[MASTERY_SCORE] = 0.28;
        }),
      },
    ],
    [['11.0.0.0-3'], { wire: request(/\/agents\/profile\?/, () => null) }],
    [
      ['10.2.1.0-5'],
      {
        wire: request(
          /\/activities\/state\?/,
          (u, init) => (init.method === 'PUT' && u.searchParams.set('stateId', 'LMS.LaunchData'), init),
        ),
      },
    ],
    [
      ['8.1.4.0-3'],
      {
        wire: request(
          /\/activities\/state\?/,
          (u, init) => (u.searchParams.set('registration', crypto.randomUUID()), init),
        ),
      },
    ],
    [['8.2.1.0-2', '8.1.2.0-4'], { wire: request(/\/fetch\?/, (_u, init) => ({ ...init, method: 'GET' })) }],
    [
      ['8.1.2.0-5', '8.2.1.0-5'],
      {
        wire: request(/\/statements/, (_u, init) => ({
          ...init,
          headers: { ...(init.headers as Record<string, string>), Authorization: 'Basic bm9ib2R5' },
        })),
      },
    ],
    [
      ['8.1.1.0-3'],
      { wire: request(/\/statements/, (u, init) => ((u.host = 'elsewhere.example.com'), init)) },
    ],
  ];

  for (const [ids, options, sessions] of cases) {
    it(ids.map(req).join(' / '), async () => {
      const found = await broken(options, sessions);
      // The second id, where there is one, is the same rule stated again elsewhere in the list.
      expect(found, ids[0]).toContain(ids[0]);
    });
  }

  it(req('9.3.0.0-8'), async () => {
    const lms = cmi5Lms();
    const first = await play(lms, { score: 90, wire: forget });
    await play(lms, { score: 10, wire: forget, launch: { registration: first.launched.registration } });
    expect(lms.violations.map((v) => v.id)).toContain('9.3.0.0-8');
  });

  it(`${req('9.3.0.0-5')} / ${req('9.3.8.0-2')}`, async () => {
    const found = await sendsAfter(
      {},
      (c) => definedStatement(c, id(), 'completed', at(), { result: { completion: true, duration: 'PT1S' } }),
      true,
    );
    expect(found).toContain('9.3.0.0-5');
  });

  it(`${req('9.3.0.0-2')} / ${req('9.3.2.0-3')}`, async () => {
    expect(await sendsAfter({}, (c) => definedStatement(c, id(), 'initialized', at()), false)).toContain(
      '9.3.0.0-2',
    );
  });

  it(`${req('10.2.2.0-9')} / ${req('10.2.2.0-2')}`, async () => {
    const make = (c: Parameters<typeof definedStatement>[0]) =>
      definedStatement(c, id(), 'completed', at(), { result: { completion: true, duration: 'PT1S' } });
    expect(await sendsAfter({ launchMode: 'Browse' }, make, false)).toContain('10.2.2.0-9');
  });

  it(`${req('10.2.2.0-11')} / ${req('10.2.2.0-3')}`, async () => {
    const make = (c: Parameters<typeof definedStatement>[0]) =>
      definedStatement(c, id(), 'passed', at(), {
        result: { success: true, duration: 'PT1S', score: { scaled: 1, raw: 100, min: 0, max: 100 } },
        masteryScore: 0.28,
      });
    expect(await sendsAfter({ launchMode: 'Review' }, make, false)).toContain('10.2.2.0-11');
  });
});
