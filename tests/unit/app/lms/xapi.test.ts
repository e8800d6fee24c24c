import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllChecks } from '../../../../build/checks/read.ts';
import { readModulesIn } from '../../../../build/module-files.ts';
import { watchChecks } from '../../../../src/app/lms/check-report.ts';
import { addCheck } from '../../../../src/app/persist/index.ts';
import { createGameStore } from '../../../../src/app/stores/game-store.ts';
import { parseActor, parseLaunchParams, UUID, type XapiLaunch } from '../../../../src/app/lms/launch.ts';
import { responseId } from '../../../../src/app/lms/attempt.ts';
import type { Decision } from '../../../../src/app/lms/report.ts';
import { STATE_ID, XapiReporter, type XapiOptions } from '../../../../src/app/lms/xapi.ts';
import { MemoryStore } from '../../../../src/platform/storage/kv-store.ts';
import { extensionIris, VERBS, type Statement } from '../../../../src/app/lms/xapi-statements.ts';
import { expectValidStatement, statementProblems } from './statement-validator.ts';
import { testLrs } from './test-lrs.ts';

const LAUNCH = new URLSearchParams({
  endpoint: 'https://lrs.example.com/xapi',
  auth: 'Basic dGVzdDp0ZXN0',
  actor: JSON.stringify({ name: 'Ada Lovelace', mbox: 'mailto:ada@example.com' }),
  registration: '6f1c0d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
  activity_id: 'https://lms.example.com/activities/partners-abroad',
});

/** The game's in-memory storage port, as a test's browser. */
const MemoryStorage = MemoryStore;

/** The test LRS (test-lrs.ts), issuing the launch's credentials. */
const fakeLrs = () => testLrs({ credentials: ['Basic dGVzdDp0ZXN0'] });

/** Timers the test runs by hand. */
function manualTimers() {
  const due: { f: () => void; ms: number }[] = [];
  return {
    due,
    timers: {
      setTimeout: (f: () => void, ms: number) => due.push({ f, ms }),
      clearTimeout: (h: unknown) => {
        if (typeof h === 'number') due.splice(h - 1, 1, { f: () => {}, ms: 0 });
      },
    },
    runAll: () => due.splice(0).forEach((t) => t.f()),
  };
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

let clock = Date.parse('2026-03-01T10:00:00.000Z');
function reporter(lrs: ReturnType<typeof fakeLrs>, storage: MemoryStore, extra: Partial<XapiOptions> = {}) {
  return new XapiReporter({
    launch: parseLaunchParams(LAUNCH)!,
    activityId: 'https://w3id.org/rapport/xapi/modules/partners-abroad',
    moduleName: 'Your first partners abroad',
    storage,
    fetch: lrs.fetch,
    now: () => clock,
    random: () => 0.5,
    warn: () => {},
    ...extra,
  });
}

const decision = (text: string, index = 1): Decision => ({
  id: 'south-of-london/the_ask.0.19',
  storyId: 'south-of-london',
  choiceIndex: index,
  choiceText: text,
  learnerResponse: responseId(index, text),
  result: 'positive',
  description: text,
  timestamp: new Date(clock),
  rapport: 41.46,
  trust: 38,
  options: [
    { response: 'a-talk-price', text: 'Talk price' },
    { response: responseId(1, text), text },
  ],
});

describe('xAPI launch parameters', () => {
  it('reads a tincan launch', () => {
    const launch = parseLaunchParams(LAUNCH)!;
    expect(launch).toEqual<XapiLaunch>({
      endpoint: 'https://lrs.example.com/xapi/',
      auth: 'Basic dGVzdDp0ZXN0',
      actor: { objectType: 'Agent', name: 'Ada Lovelace', mbox: 'mailto:ada@example.com' },
      registration: '6f1c0d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f',
      activityId: 'https://lms.example.com/activities/partners-abroad',
    });
  });

  it('normalises the TinCan 0.9 actor form and keeps one identifier', () => {
    expect(parseActor('{"name":["Ada"],"mbox":["mailto:ada@example.com"]}')).toEqual({
      objectType: 'Agent',
      name: 'Ada',
      mbox: 'mailto:ada@example.com',
    });
    expect(
      parseActor('{"account":[{"accountServiceHomePage":"https://lms.example.com","accountName":"u123"}]}'),
    ).toEqual({ objectType: 'Agent', account: { homePage: 'https://lms.example.com', name: 'u123' } });
    expect(parseActor('{"name":"nobody"}')).toBeNull();
    expect(parseActor('not json')).toBeNull();
  });

  it('is not a launch without endpoint and actor, or with a bad endpoint', () => {
    expect(parseLaunchParams('')).toBeNull();
    expect(parseLaunchParams('endpoint=https://x.example/')).toBeNull();
    expect(
      parseLaunchParams(`endpoint=javascript:alert(1)&actor=${encodeURIComponent('{"mbox":"a@b.c"}')}`),
    ).toBeNull();
    const noReg = parseLaunchParams(
      `endpoint=https://x.example/&actor=${encodeURIComponent('{"mbox":"a@b.c"}')}&registration=nope`,
    );
    expect(noReg?.registration).toBeNull();
  });
});

describe('xAPI statements', () => {
  it('sends launched, initialized, answered, completed, passed and terminated with the required fields', async () => {
    const lrs = fakeLrs();
    const r = reporter(lrs, new MemoryStorage());
    expect(await r.start()).toEqual({ resume: null });
    r.decision(decision('Read "rather attached" as the serious worry\nit is 🙂'));
    r.progress('r1|m=partners-abroad|s=south-of-london|h=abcdef12|p=1');
    r.finish({ scoreRaw: 33, scoreMin: 0, scoreMax: 100, passed: true, completed: true });
    clock += 125_500;
    r.terminate();
    r.terminate();
    await settle();
    // On terminate everything still queued is sent again with keepalive (a send in flight dies with
    // the page): the LRS keeps one of each id. In the order first sent:
    const sent = [
      ...new Map(
        lrs.requests
          .filter((q) => q.url.pathname.endsWith('/statements'))
          .map((q) => [q.url.searchParams.get('statementId'), JSON.parse(q.body) as Statement]),
      ).values(),
    ];
    expect(lrs.statements.size).toBe(6);
    expect(sent.map((s) => s.verb.id)).toEqual([
      VERBS.launched,
      VERBS.initialized,
      VERBS.answered,
      VERBS.completed,
      VERBS.passed,
      VERBS.terminated,
    ]);
    sent.forEach(expectValidStatement);
    for (const q of lrs.requests.filter((x) => x.url.pathname.endsWith('/statements'))) {
      expect(q.method).toBe('PUT');
      expect(q.url.searchParams.get('statementId')).toBe((JSON.parse(q.body) as Statement).id);
      expect(q.headers.Authorization).toBe('Basic dGVzdDp0ZXN0');
      expect(q.headers['Content-Type']).toBe('application/json');
    }
    const [, , answered, completed, passed, terminated] = sent as [
      Statement,
      Statement,
      Statement,
      Statement,
      Statement,
      Statement,
    ];
    expect(new Set(sent.map((s) => s.context.registration))).toEqual(
      new Set(['6f1c0d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f']),
    );
    expect(answered.object.id).toBe(
      'https://lms.example.com/activities/partners-abroad/scenarios/south-of-london/choices/the_ask.0.19',
    );
    expect(answered.object.definition).toMatchObject({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      description: { 'en-US': 'Read "rather attached" as the serious worry it is 🙂' },
    });
    expect(answered.object.definition.choices).toHaveLength(2);
    const ext = extensionIris();
    expect(answered.result).toEqual({
      response: 'b-read-rather-attached-as-the-serious',
      success: true,
      extensions: { [ext.rapport]: 41.5, [ext.trust]: 38 },
    });
    expect(answered.context.contextActivities?.parent?.[0]?.id).toMatch(/\/scenarios\/south-of-london$/);
    expect(answered.context.contextActivities?.grouping?.[0]?.id).toBe(
      'https://lms.example.com/activities/partners-abroad',
    );
    expect(completed.result).toMatchObject({
      completion: true,
      score: { scaled: 0.33, raw: 33, min: 0, max: 100 },
    });
    expect(passed.result).toMatchObject({ success: true, score: { raw: 33 } });
    expect(terminated.result?.duration).toBe('PT2M5.5S');
    expect(r.queue.pending()).toEqual([]);
    // The resume point went to the State API.
    const put = lrs.requests.find((q) => q.url.pathname.endsWith('/activities/state') && q.method === 'PUT')!;
    expect(put.url.searchParams.get('stateId')).toBe(STATE_ID);
    expect(put.url.searchParams.get('registration')).toBe('6f1c0d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f');
    expect(put.body).toBe('r1|m=partners-abroad|s=south-of-london|h=abcdef12|p=1');
  });

  it('the validator is not a rubber stamp: it names what an LRS would refuse in our statements', async () => {
    const lrs = fakeLrs();
    const r = reporter(lrs, new MemoryStorage());
    await r.start();
    r.decision(decision('one'));
    await settle();
    const answered = [...lrs.statements.values()]
      .map((x) => x.statement)
      .find((s) => s.verb.id === VERBS.answered)!;
    expect(statementProblems(answered)).toEqual([]);
    const broken = structuredClone(answered) as unknown as Record<string, Record<string, unknown>>;
    broken.result!.extensions = { rapport: 41.5 };
    broken.result!.duration = '2 minutes';
    broken.context!.registration = 'not-a-uuid';
    expect(statementProblems(broken).map((p) => p.split(':')[0])).toEqual(
      expect.arrayContaining([
        'statement.result.extensions',
        'statement.result.duration',
        'statement.context.registration',
      ]),
    );
  });

  it('sends failed (and no passed) when the module is completed under the pass mark', async () => {
    const lrs = fakeLrs();
    const r = reporter(lrs, new MemoryStorage());
    await r.start();
    r.finish({ scoreRaw: 20, scoreMin: 0, scoreMax: 100, passed: false, completed: true });
    await settle();
    const verbs = [...lrs.statements.values()].map((s) => s.statement.verb.id);
    expect(verbs).toContain(VERBS.failed);
    expect(verbs).not.toContain(VERBS.passed);
  });

  it('resumes from the LRS’s state on another device, and does not send "launched" again', async () => {
    const lrs = fakeLrs();
    const first = reporter(lrs, new MemoryStorage());
    await first.start();
    first.progress('r1|m=partners-abroad|d=lost-face:31');
    first.terminate();
    await settle();
    const second = reporter(lrs, new MemoryStorage());
    expect(await second.start()).toEqual({ resume: 'r1|m=partners-abroad|d=lost-face:31' });
    await settle();
    const verbs = [...lrs.statements.values()].map((s) => s.statement.verb.id);
    expect(verbs.filter((v) => v === VERBS.launched)).toHaveLength(1);
    expect(verbs.filter((v) => v === VERBS.initialized)).toHaveLength(2);
  });
});

describe('xAPI offline queue', () => {
  it('keeps the queue in the page when storage refuses it (full), and still sends everything', async () => {
    const lrs = fakeLrs();
    lrs.mode = 'down';
    const warnings: string[] = [];
    const t = manualTimers();
    // Room for the registration id, not for a queue of statements.
    const page = reporter(lrs, new MemoryStorage({ capacity: 200 }), {
      timers: t.timers,
      warn: (m) => warnings.push(m),
    });
    await page.start();
    page.decision(decision('one'));
    await settle();
    expect(warnings.some((w) => /storage refused the queue \(.+\); keeping it in this page/.test(w))).toBe(
      true,
    );
    const statements = page.queue.pending().filter((i) => i.kind === 'statement').length;
    expect(statements).toBeGreaterThan(0);
    lrs.mode = 'up';
    t.runAll();
    await settle();
    expect(page.queue.pending()).toHaveLength(0);
    expect(lrs.statements.size).toBe(statements);
  });

  it('keeps statements through a reload while offline, and sends them, in order, once back', async () => {
    const lrs = fakeLrs();
    lrs.mode = 'down';
    const storage = new MemoryStorage();
    const t1 = manualTimers();
    const page1 = reporter(lrs, storage, { timers: t1.timers });
    expect(await page1.start()).toEqual({ resume: null });
    page1.decision(decision('one'));
    page1.decision(decision('two', 0));
    page1.progress('r1|m=offline');
    await settle();
    expect(page1.queue.pending().map((i) => i.kind)).toEqual([
      'statement',
      'statement',
      'statement',
      'statement',
      'state',
    ]);
    expect(t1.due.length).toBeGreaterThan(0); // a retry is scheduled
    // The tab is reloaded while still offline: a new page, the same storage.
    page1.queue.dispose();
    const t2 = manualTimers();
    const page2 = reporter(lrs, storage, { timers: t2.timers });
    expect(page2.queue.pending()).toHaveLength(5);
    // Resume comes from the state still waiting in the queue (newer than anything the LRS has).
    expect(await page2.start()).toEqual({ resume: 'r1|m=offline' });
    await settle();
    expect(page2.queue.pending()).toHaveLength(6);
    lrs.mode = 'up';
    t2.runAll();
    await settle();
    expect(page2.queue.pending()).toEqual([]);
    const verbs = [...lrs.statements.values()].map((s) => s.statement.verb.id);
    expect(verbs).toEqual([
      VERBS.launched,
      VERBS.initialized,
      VERBS.answered,
      VERBS.answered,
      VERBS.initialized,
    ]);
    expect([...lrs.state.values()]).toEqual(['r1|m=offline']);
  });

  it('retries with backoff after a failure, and only removes what the LRS acknowledged', async () => {
    const lrs = fakeLrs();
    const storage = new MemoryStorage();
    const t = manualTimers();
    const r = reporter(lrs, storage, { timers: t.timers });
    lrs.mode = 503;
    await r.start();
    await settle();
    expect(t.due.map((d) => d.ms)).toEqual([750]); // 1 s × (0.5 + 0.5 × random)
    expect(r.queue.pending()).toHaveLength(2);
    t.runAll();
    await settle();
    expect(t.due.map((d) => d.ms)).toEqual([1500]); // doubled
    lrs.mode = 'up';
    t.runAll();
    await settle();
    expect(r.queue.pending()).toEqual([]);
    expect(lrs.statements.size).toBe(2);
  });

  it('never drops a statement whose answer did not come back; resending it is harmless', async () => {
    const lrs = fakeLrs();
    const storage = new MemoryStorage();
    const r = reporter(lrs, storage, { timers: manualTimers().timers });
    lrs.mode = 'down';
    await r.start();
    lrs.mode = 'up';
    lrs.hang = true;
    r.terminate(); // pagehide: keepalive sends, answers never arrive
    await settle();
    expect(lrs.requests.some((q) => q.keepalive)).toBe(true);
    expect(r.queue.pending().filter((i) => i.kind === 'statement')).toHaveLength(3);
    // In fact the LRS stored them before the page went away.
    lrs.hang = false;
    for (const item of r.queue.pending()) {
      const s = item.payload as Statement;
      lrs.statements.set(s.id, { body: JSON.stringify(s), statement: s });
    }
    const next = reporter(lrs, storage);
    await next.start();
    await settle();
    expect(next.queue.pending()).toEqual([]);
    expect(lrs.statements.size).toBe(5); // the 3 from before (sent twice, stored once), 2 new
  });

  it('sets aside what the LRS rejects for good (400) so the rest still goes, and keeps it', async () => {
    const lrs = fakeLrs();
    const storage = new MemoryStorage();
    const r = reporter(lrs, storage);
    lrs.mode = 400;
    await r.start();
    await settle();
    expect(r.queue.pending()).toEqual([]);
    expect(r.queue.rejected()).toHaveLength(2);
    lrs.mode = 'up';
    r.decision(decision('after'));
    await settle();
    expect(lrs.statements.size).toBe(1);
  });

  it('sets a damaged queue aside instead of dropping it', () => {
    const storage = new MemoryStorage();
    const r = reporter(fakeLrs(), storage);
    const key = storage.keys().find((k) => k.startsWith('rapport.xapi.registration')) ?? '';
    expect(key).toBe(''); // the launch gave a registration: none generated
    storage.setItem('rapport.xapi.queue:x', 'not json');
    const damagedKey = (r.queue as unknown as { options: { key: string } }).options.key;
    storage.setItem(damagedKey, '{oops');
    expect(r.queue.pending()).toEqual([]);
    expect(storage.keys().some((k) => k.startsWith(`${damagedKey}:damaged:`))).toBe(true);
  });

  it('keeps a registration per learner and module when the launch gives none', async () => {
    const storage = new MemoryStorage();
    const launch = { ...parseLaunchParams(LAUNCH)!, registration: null };
    const a = reporter(fakeLrs(), storage, { launch });
    const b = reporter(fakeLrs(), storage, { launch });
    expect(a.context.registration).toMatch(UUID);
    expect(b.context.registration).toBe(a.context.registration);
  });
});

describe('xAPI: a module’s situational-judgement checks', () => {
  it('sends answered for every item, with the lesson as a context activity, and the gain', async () => {
    const dir = resolve(__dirname, '../../../../stories');
    const modules = readModulesIn(dir);
    const module = modules.find((m) => m.id === 'partners-abroad')!;
    const checks = readAllChecks(dir, modules).find((c) => c.moduleId === module.id)!;
    const lrs = fakeLrs();
    const r = reporter(lrs, new MemoryStorage());
    await r.start();
    const store = createGameStore([], [module]);
    const stop = watchChecks(store, module, checks, r, () => new Date(clock));
    for (const [phase, pick] of [
      ['before', () => 0],
      ['after', (best: number) => best],
    ] as const) {
      const added = addCheck(store.getState().profile, module.id, phase, {
        date: new Date(clock).toISOString(),
        items: checks[phase].map((i) => i.id),
        answers: checks[phase].map((i) => pick(i.best)),
      });
      if (!added.ok) throw new Error(added.reason);
      store.setState({ profile: added.profile });
    }
    stop();
    r.terminate();
    await settle();
    const sent = [...lrs.statements.values()].map((x) => x.statement);
    sent.forEach(expectValidStatement);
    const answered = sent.filter((s) => s.verb.id === VERBS.answered);
    expect(answered).toHaveLength(checks.before.length + checks.after.length);
    for (const s of answered) {
      const [, phase, itemId] = /\/checks\/(before|after)\/([^/]+)$/.exec(s.object.id)!;
      const item = checks[phase as 'before' | 'after'].find((i) => i.id === itemId)!;
      expect(s.object.definition.choices).toHaveLength(4);
      expect(s.object.definition.correctResponsesPattern).toEqual([
        s.object.definition.choices![item.best]!.id,
      ]);
      expect(s.result?.success).toBe(phase === 'after' || item.best === 0);
      const grouping = s.context.contextActivities?.grouping ?? [];
      expect(grouping.map((a) => a.id)).toContain(
        `https://lms.example.com/activities/partners-abroad/objectives/${item.lesson}`,
      );
      expect(
        grouping.find((a) => a.id.endsWith(`/objectives/${item.lesson}`))!.definition.name['en-US'],
      ).toBe(module.objectives.find((o) => o.id === item.lesson)!.text);
      expect(s.context.contextActivities?.parent?.[0]?.id).toMatch(new RegExp(`/checks/${phase}$`));
    }
    const completed = sent.filter((s) => s.verb.id === VERBS.completed && /\/checks\//.test(s.object.id));
    expect(completed.map((s) => s.object.id.split('/').at(-1))).toEqual(['before', 'after']);
    const right = checks.before.filter((i) => i.best === 0).length;
    const gain = 100 - Math.round((100 * right) / checks.before.length);
    expect(completed[1]!.result?.extensions).toEqual({ [extensionIris().learningGain]: gain });
    expect(completed[1]!.result?.score).toMatchObject({ scaled: 1, raw: checks.after.length });
  });
});
