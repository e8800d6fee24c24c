/**
 * The cmi5 AU (handshake and reporter) launched by the LMS in memory (cmi5-lms.ts), which holds
 * every statement to Learning Locker's validator and to the cmi5 rules: a whole session, a pass
 * and a fail, a relaunch in the same registration, Browse and Review, an LRS that goes down, the
 * attempt document's concurrency, and the closing batch.
 */
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllChecks } from '../../../../build/checks/read.ts';
import { readModuleFiles } from '../../../../build/module-files.ts';
import { storyFiles } from '../../../../build/story-files.ts';
import { watchChecks } from '../../../../src/app/lms/check-report.ts';
import { addCheck } from '../../../../src/app/persist/index.ts';
import { createGameStore } from '../../../../src/app/stores/game-store.ts';
import { CMI5_CATEGORY, MOVEON_CATEGORY, SESSION_ID, isDefined } from './cmi5-rules.ts';
import { cmi5Lms, PUBLISHER_ID } from './cmi5-lms.ts';
import { clock, definedVerbs, finishAt, openAu, play, settle, tick, verbs, decision } from './cmi5-play.ts';
import { extensionIris, type Statement } from '../../../../src/app/lms/xapi-statements.ts';
import { MemoryStore } from '../../../../src/platform/storage/kv-store.ts';
import { ATTEMPT_STATE_ID } from '../../../../src/app/lms/cmi5.ts';

const categories = (s: Statement) =>
  (
    (s.context as { contextActivities?: { category?: { id: string }[] } }).contextActivities?.category ?? []
  ).map((a) => a.id);
const extensions = (s: Statement) => (s.context as { extensions?: Record<string, unknown> }).extensions ?? {};

/** Timers the test runs by hand. */
function manualTimers() {
  const due: (() => void)[] = [];
  return {
    timers: { setTimeout: (f: () => void) => due.push(f), clearTimeout: () => undefined },
    runAll: () => due.splice(0).forEach((f) => f()),
  };
}

describe('cmi5: a session as the LMS sees it', () => {
  it('initialized first, terminated last, each rule kept; allowed statements carry the template and no cmi5 category', async () => {
    const lms = cmi5Lms();
    const { statements, session } = await play(lms, { score: 80 });
    expect(lms.violations).toEqual([]);
    expect(lms.lrs.refusals.filter((r) => r.status !== 404)).toEqual([]);
    expect(verbs(statements)).toEqual([
      'initialized',
      'answered',
      'answered',
      'completed',
      'completed',
      'passed',
      'terminated',
    ]);
    const times = statements.map((s) => Date.parse(s.timestamp));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
    for (const s of statements) {
      expect(extensions(s)[SESSION_ID]).toBe(session.sessionId);
      expect(s.context.registration).toBe(session.params.registration);
      expect(s.context.contextActivities?.grouping?.map((a) => a.id)).toContain(PUBLISHER_ID);
    }
    const [init, d1, , checkDone, completed, passed, terminated] = statements as Statement[] & { length: 7 };
    for (const s of [init, completed, passed, terminated]) {
      expect(isDefined(s!)).toBe(true);
      expect(s!.object.id).toBe(session.params.activityId);
    }
    for (const s of [d1, checkDone]) {
      expect(categories(s!)).not.toContain(CMI5_CATEGORY);
      expect(categories(s!)).not.toContain(MOVEON_CATEGORY);
    }
    const ext = extensionIris();
    expect(d1!.result?.extensions).toEqual({ [ext.rapport]: 41.5, [ext.trust]: 38 });
    expect(categories(completed!)).toEqual([CMI5_CATEGORY, MOVEON_CATEGORY]);
    expect(completed!.result).toEqual({ completion: true, duration: 'PT4S' });
    expect(passed!.result).toEqual({
      score: { scaled: 0.8, raw: 80, min: 0, max: 100 },
      success: true,
      duration: 'PT4S',
    });
    expect(extensions(passed!)['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.28);
    expect(terminated!.result).toEqual({ duration: 'PT5S' });
  });

  it('fails below the masteryScore (the LMS’s, which can differ from the module’s pass mark)', async () => {
    const lms = cmi5Lms();
    // The module would pass at 28; the LMS set 0.6.
    const { statements } = await play(lms, { score: 55, launch: { masteryScore: 0.6 } });
    expect(lms.violations).toEqual([]);
    const failed = statements.find((s) => s.verb.id.endsWith('/failed'))!;
    expect(failed.result).toMatchObject({ success: false, score: { scaled: 0.55, raw: 55 } });
    expect(verbs(statements)).not.toContain('passed');
  });

  it('a score that is not whole: raw rounded to an integer (§9.5.1), scaled decides', async () => {
    const lms = cmi5Lms();
    const { statements } = await play(lms, { score: 59.996, launch: { masteryScore: 0.6 } });
    expect(lms.violations).toEqual([]);
    expect(statements.find((s) => s.verb.id.endsWith('/passed'))!.result?.score).toEqual({
      scaled: 0.6,
      raw: 60,
      min: 0,
      max: 100,
    });
  });

  it('relaunched in the same registration: resumes from the state, never completes twice, never fails after passing', async () => {
    const lms = cmi5Lms();
    const storage = new MemoryStore();
    const first = await play(lms, { score: 20, storage });
    expect(definedVerbs(first.statements)).toEqual(['initialized', 'completed', 'failed', 'terminated']);
    const registration = first.launched.registration;
    // Second session: better this time — passed, but no second completed.
    const second = await play(lms, { score: 90, storage, launch: { registration } });
    expect(second.resume).toBe('r1|m=test-module|s=south-of-london|p=11');
    expect(definedVerbs(second.statements)).toEqual(['initialized', 'passed', 'terminated']);
    // Third: worse again — neither failed (after passed) nor passed (once per registration).
    const third = await play(lms, { score: 10, storage, launch: { registration } });
    expect(definedVerbs(third.statements)).toEqual(['initialized', 'terminated']);
    expect(lms.violations).toEqual([]);
  });

  it.each(['Browse', 'Review'] as const)(
    '%s mode: only initialized and terminated; the resume point is read, not written',
    async (mode) => {
      const lms = cmi5Lms();
      const first = await play(lms, { score: 90 });
      const stateBefore = [...lms.lrs.state.entries()].filter(([k]) => k.endsWith(ATTEMPT_STATE_ID));
      const browse = await play(lms, {
        score: 90,
        launch: { registration: first.launched.registration, launchMode: mode },
      });
      expect(verbs(browse.statements)).toEqual(['initialized', 'terminated']);
      expect(browse.resume).toBe('r1|m=test-module|s=south-of-london|p=11');
      expect([...lms.lrs.state.entries()].filter(([k]) => k.endsWith(ATTEMPT_STATE_ID))).toEqual(stateBefore);
      expect(lms.violations).toEqual([]);
    },
  );

  it('an LRS that is down: statements kept and sent later, in order, none lost or twice', async () => {
    const lms = cmi5Lms();
    const t = manualTimers();
    const notices: string[] = [];
    const { reporter, launched } = await openAu(lms, { timers: t.timers, notices });
    await settle();
    lms.lrs.mode = 'down';
    for (let i = 0; i < 4; i++) {
      tick();
      reporter.decision(decision(`Offline ${i}`));
    }
    tick();
    reporter.finish(finishAt(70));
    await settle();
    expect(notices).toEqual([expect.stringMatching(/cannot be reached just now/)]);
    expect(reporter.queue.pending().filter((i) => i.kind === 'statement')).toHaveLength(6);
    lms.lrs.mode = 'up';
    t.runAll();
    await settle();
    tick();
    await reporter.exit(500);
    lms.end(launched.sessionId);
    const sent = launched.session.statements;
    expect(verbs(sent)).toEqual([
      'initialized',
      'answered',
      'answered',
      'answered',
      'answered',
      'completed',
      'passed',
      'terminated',
    ]);
    expect(sent.map((s) => s.result?.response ?? null).filter(Boolean)).toEqual(
      [0, 1, 2, 3].map((i) => expect.stringContaining(`offline-${i}`)),
    );
    expect(new Set(sent.map((s) => s.id)).size).toBe(sent.length);
    expect(reporter.queue.pending()).toEqual([]);
    expect(lms.violations).toEqual([]);
  });

  it('the attempt document: If-None-Match then If-Match; a document changed by another window stops this one writing', async () => {
    const lms = cmi5Lms();
    const notices: string[] = [];
    const { reporter } = await openAu(lms, { notices });
    reporter.progress('r1|m=test-module|p=1');
    await settle();
    reporter.progress('r1|m=test-module|p=11');
    await settle();
    const puts = lms.lrs.requests.filter(
      (r) => r.method === 'PUT' && r.url.searchParams.get('stateId') === ATTEMPT_STATE_ID,
    );
    expect(puts.map((r) => Object.keys(r.headers).find((h) => h.startsWith('If-')))).toEqual([
      'If-None-Match',
      'If-Match',
    ]);
    expect(lms.lrs.refusals.filter((r) => r.status === 412)).toEqual([]); // the ETag it computed is the LRS's
    // Someone else writes the document (the learner went on in another window).
    const key = [...lms.lrs.state.keys()].find((k) => k.endsWith(ATTEMPT_STATE_ID))!;
    lms.lrs.state.set(
      key,
      JSON.stringify({ suspendData: 'r1|m=test-module|p=111111', completed: false, passed: false }),
    );
    reporter.progress('r1|m=test-module|p=112');
    await settle();
    expect(lms.lrs.state.get(key)).toContain('p=111111');
    expect(notices).toEqual([expect.stringMatching(/opened again in another window/)]);
    expect(reporter.queue.rejected().map((i) => i.kind)).toEqual(['state']);
  });

  it('the page goes away with statements waiting: one POST of them, in order, and the queue is empty', async () => {
    const lms = cmi5Lms();
    const t = manualTimers();
    const { reporter, launched } = await openAu(lms, { timers: t.timers });
    await settle();
    lms.lrs.mode = 503;
    reporter.decision(decision('one'));
    reporter.decision(decision('two'));
    await settle();
    lms.lrs.mode = 'up';
    reporter.terminate(); // pagehide
    await settle();
    const batch = lms.lrs.requests.filter(
      (r) => r.method === 'POST' && r.url.pathname.endsWith('/statements'),
    );
    expect(batch).toHaveLength(1);
    expect(batch[0]!.keepalive).toBe(true);
    expect(verbs(JSON.parse(batch[0]!.body) as Statement[])).toEqual(['answered', 'answered', 'terminated']);
    expect(reporter.queue.pending()).toEqual([]);
    expect(lms.end(launched.sessionId)).toEqual([]);
    expect(lms.violations).toEqual([]);
  });

  it('a module’s checks: answered per item and completed per check (with the gain), all "cmi5 allowed", between initialized and terminated', async () => {
    const dir = resolve(__dirname, '../../../../stories');
    const modules = readModuleFiles(
      dir,
      storyFiles([], dir).map((f) => basename(f, '.ink')),
    ).map((m) => m.module);
    const module = modules.find((m) => m.id === 'partners-abroad')!;
    const checks = readAllChecks(dir, modules).find((c) => c.moduleId === module.id)!;
    const lms = cmi5Lms();
    const { reporter, launched } = await openAu(lms);
    const store = createGameStore([], [module]);
    const stop = watchChecks(store, module, checks, reporter, () => new Date(clock));
    for (const [phase, pick] of [
      ['before', () => 0],
      ['after', (best: number) => best],
    ] as const) {
      tick();
      const added = addCheck(store.getState().profile, module.id, phase, {
        date: new Date(clock).toISOString(),
        items: checks[phase].map((i) => i.id),
        answers: checks[phase].map((i) => pick(i.best)),
      });
      if (!added.ok) throw new Error(added.reason);
      store.setState({ profile: added.profile });
    }
    stop();
    await settle();
    tick();
    await reporter.exit(500);
    expect(lms.end(launched.sessionId)).toEqual([]);
    expect(lms.violations).toEqual([]);
    const sent = launched.session.statements;
    const items = checks.before.length + checks.after.length;
    expect(verbs(sent)).toEqual([
      'initialized',
      ...checks.before.map(() => 'answered'),
      'completed',
      ...checks.after.map(() => 'answered'),
      'completed',
      'terminated',
    ]);
    const allowed = sent.slice(1, -1);
    expect(allowed).toHaveLength(items + 2);
    for (const s of allowed) {
      expect(isDefined(s)).toBe(false);
      expect(categories(s)).toEqual([]);
      expect(extensions(s)[SESSION_ID]).toBe(launched.sessionId);
    }
    expect(sent.at(-2)!.result?.extensions).toEqual({ [extensionIris().learningGain]: expect.any(Number) });
  });
});
