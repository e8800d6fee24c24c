/**
 * The LMS layer driven as the page drives it: the real game (store, controller, saves) over real
 * stories, a packaged module started with `startLms`, scorm-again's API as the LMS in the parent
 * window. Plays to the end, relaunches from what the LMS recorded, closes the page mid-scenario.
 */
import { describe, expect, it } from 'vitest';
import { LmsAttempt, resultOf } from '../../../../src/app/lms/attempt.ts';
import { SCORM12_TIMESPAN, SCORM2004_TIMEINTERVAL } from '../../../../src/app/lms/datatypes.ts';
import type { PackagedLms } from '../../../../src/app/lms/package-config.ts';
import { NoLms, type Decision, type FinishReport, type LmsReporter } from '../../../../src/app/lms/report.ts';
import { startLms } from '../../../../src/app/lms/start.ts';
import { decodeSuspend } from '../../../../src/app/lms/suspend.ts';
import { MemoryStore } from '../../../../src/app/persist/index.ts';
import { emptyView } from '../../../../src/core/session/session.ts';
import type { SessionView } from '../../../../src/core/session/types.ts';
import {
  bestChoiceText,
  bestPath,
  bestScore,
  cmiOf,
  frameIn,
  moduleOf,
  quietScorm12,
  quietScorm2004,
  recorded,
  settle,
  testPage,
} from './helpers.ts';

const config = (
  format: PackagedLms['format'],
  scenarios = ['south-of-london'],
  passMark = 28,
): PackagedLms => ({
  format,
  module: moduleOf(scenarios, passMark),
  activityId: 'https://w3id.org/rapport/xapi/modules/test-module',
});

async function launch(
  format: 'scorm12' | 'scorm2004',
  lms: ReturnType<typeof quietScorm12> | ReturnType<typeof quietScorm2004>,
  scenarios = ['south-of-london'],
  storage = new MemoryStore(),
) {
  const rec = recorded(lms);
  const key = format === 'scorm12' ? 'API' : 'API_1484_11';
  const page = testPage(scenarios, { parent: frameIn(null, { [key]: rec.api }) }, storage);
  const attempt = await startLms({ config: config(format, scenarios), ...page });
  return { ...page, rec, attempt };
}

/** Take each choice as a learner does: one at a time, the page idle in between. */
/** What the LMS is told for south-of-london's golden best path. */
const SOL_BEST = bestScore('south-of-london');

const play = async (page: { game: { choose(i: number): void } }, path: number[]) => {
  for (const i of path) {
    page.game.choose(i);
    await settle();
  }
};

describe('a packaged module in an LMS (startLms, real game)', () => {
  it('SCORM 1.2: plays to the end and the LMS records status, score, interactions and session time', async () => {
    const p = await launch('scorm12', quietScorm12());
    expect(p.store.getState().screen).toBe('play');
    expect(p.store.getState().session?.storyId).toBe('south-of-london');
    const path = bestPath('south-of-london');
    await play(p, path);
    await settle();
    expect(p.store.getState().session?.ended).toBe(true);
    p.close();
    p.close();
    const cmi = cmiOf(p.rec.lms);
    expect(cmi['cmi.core.lesson_status']).toBe('passed');
    expect(cmi['cmi.core.score.raw']).toBe(String(SOL_BEST));
    expect(p.rec.count('LMSInitialize')).toBe(1);
    expect(p.rec.count('LMSFinish')).toBe(1);
    const sets = p.rec.sets();
    const ids = sets.filter(([, k]) => /interactions\.\d+\.id$/.test(k!));
    expect(ids).toHaveLength(path.length);
    expect(ids[0]![2]).toMatch(/^south-of-london_/);
    expect(sets.filter(([, k]) => k!.endsWith('.student_response')).map(([, , v]) => v)).toEqual(
      path.map((i) => 'abcdefghij'[i]),
    );
    expect(
      sets.filter(([, k]) => k!.endsWith('.result')).every(([, , v]) => /^(correct|wrong|neutral)$/.test(v!)),
    ).toBe(true);
    expect(sets.find(([, k]) => k === 'cmi.core.session_time')![2]).toMatch(SCORM12_TIMESPAN);
    // A Commit after each choice: between two interactions there is always one.
    const order = p.rec.calls.map((c) =>
      c[0] === 'LMSSetValue' && /\.id$/.test(c[1]!) ? 'I' : c[0] === 'LMSCommit' ? 'C' : '',
    );
    const flow = order.join('').replace(/C+/g, 'C');
    expect(flow).toMatch(new RegExp(`^C?(IC){${path.length}}$`));
    // Finished: nothing left to resume, the result kept.
    expect(decodeSuspend(cmi['cmi.suspend_data'])).toEqual({
      moduleId: 'test-module',
      current: null,
      results: [{ storyId: 'south-of-london', score: SOL_BEST }],
    });
  });

  it('SCORM 2004: completion and success separately, scaled score, interactions with words and timestamps', async () => {
    const p = await launch('scorm2004', quietScorm2004());
    await play(p, bestPath('south-of-london'));
    await settle();
    p.close();
    const cmi = cmiOf(p.rec.lms);
    expect(cmi['cmi.completion_status']).toBe('completed');
    expect(cmi['cmi.success_status']).toBe('passed');
    expect(cmi['cmi.score.scaled']).toBe(String(SOL_BEST / 100));
    expect(cmi['cmi.session_time']).toMatch(SCORM2004_TIMEINTERVAL);
    const second = bestChoiceText('south-of-london', 1);
    expect(cmi['cmi.interactions.1.description']).toBe(`{lang=en}${second}`);
    // The response is the option's letter and the start of its words, as a SCORM short identifier.
    expect(cmi['cmi.interactions.1.learner_response']).toMatch(
      new RegExp(`^${'abcdefghij'[bestPath('south-of-london')[1]!]}-[a-z0-9-]+$`),
    );
    expect(cmi['cmi.interactions.1.timestamp']).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('resumes on the same line from the suspend_data the LMS recorded (a relaunch on another device)', async () => {
    const first = await launch('scorm2004', quietScorm2004());
    const path = bestPath('south-of-london').slice(0, 3);
    await play(first, path);
    await settle();
    const lastLine = first.store.getState().session!.lines.at(-1)!.text;
    first.close(); // the learner leaves: Commit and Terminate, exit=suspend
    const cmi = cmiOf(first.rec.lms);
    expect(cmi['cmi.exit']).toBe('suspend');
    expect(cmi['cmi.completion_status']).toBe('incomplete');
    const suspend = String(cmi['cmi.suspend_data']);
    expect(suspend).toMatch(/^r1\|m=test-module\|s=south-of-london\|h=[0-9a-f]+\|p=/);
    // Relaunch: a new LMS session holding what the first recorded, and an empty device.
    const lms2 = quietScorm2004({ suspend_data: suspend, entry: 'resume', completion_status: 'incomplete' });
    const second = await launch('scorm2004', lms2);
    const view = second.store.getState().session!;
    expect(view.path).toEqual(path);
    expect(view.lines.at(-1)!.text).toBe(lastLine);
    expect(second.store.getState().notice?.text).toMatch(/where you left off/);
  });

  it('a module of two scenarios: the second opens after the first, and the score is their average', async () => {
    const scenarios = ['south-of-london', 'lost-face'];
    const p = await launch('scorm12', quietScorm12(), scenarios);
    await play(p, bestPath('south-of-london'));
    await settle();
    expect(cmiOf(p.rec.lms)['cmi.core.lesson_status']).toBe('incomplete');
    p.close();
    const lms2 = quietScorm12({
      suspend_data: cmiOf(p.rec.lms)['cmi.suspend_data'],
      core: { entry: 'resume', lesson_status: 'incomplete' },
    });
    const q = await launch('scorm12', lms2, scenarios);
    expect(q.store.getState().session?.storyId).toBe('lost-face');
    await play(q, bestPath('lost-face'));
    await settle();
    q.close();
    const cmi = cmiOf(q.rec.lms);
    const lostFace = q.store.getState().session!.outcome!.score;
    expect(cmi['cmi.core.score.raw']).toBe(String((SOL_BEST + lostFace) / 2));
    expect(cmi['cmi.core.lesson_status']).toBe((SOL_BEST + lostFace) / 2 >= 28 ? 'passed' : 'failed');
  });

  it('the tab closed without a commit: pagehide still commits the last choice and terminates once', async () => {
    const p = await launch('scorm12', quietScorm12());
    await settle();
    p.game.choose(bestPath('south-of-london')[0]!);
    // No tick passes: the queued Commit has not run when the page goes.
    p.close();
    await settle();
    expect(p.rec.count('LMSFinish')).toBe(1);
    const cmi = cmiOf(p.rec.lms);
    expect(decodeSuspend(cmi['cmi.suspend_data'])?.current?.path).toHaveLength(1);
    const calls = p.rec.calls.map((c) => c[0]);
    expect(calls.lastIndexOf('LMSCommit')).toBeLessThan(calls.lastIndexOf('LMSFinish'));
    expect(calls.lastIndexOf('LMSCommit')).toBeGreaterThan(calls.lastIndexOf('LMSSetValue') - 3);
  });

  it('no LMS anywhere: the module plays with local progress only', async () => {
    const page = testPage(['south-of-london']);
    const attempt = await startLms({ config: config('scorm12'), ...page });
    expect(attempt.reporter).toBeInstanceOf(NoLms);
    expect(page.store.getState().session?.storyId).toBe('south-of-london');
    page.game.choose(0);
    await settle();
    // The game's own save keeps the progress.
    expect(page.persistence.saves.list().saves.map((s) => s.storyId)).toEqual(['south-of-london']);
    expect(() => page.close()).not.toThrow();
  });

  it('Initialize returns "false": the learner is told, and plays on with local progress', async () => {
    const lms = quietScorm12();
    lms.LMSInitialize('');
    lms.LMSFinish('');
    const p = await launch('scorm12', lms);
    expect(p.attempt.reporter.kind).toBe('none');
    expect(p.store.getState().screen).toBe('play');
    expect(p.store.getState().notice).toMatchObject({ kind: 'warning' });
    await play(p, bestPath('south-of-london'));
    p.close();
    expect(p.rec.calls.filter((c) => c[0] === 'LMSSetValue')).toEqual([]);
  });

  it('a suspend_data that would exceed 4,096 characters is compacted before it reaches a 1.2 LMS', async () => {
    const sent: string[] = [];
    const reporter: LmsReporter = Object.assign(new NoLms(), {
      suspendLimit: 4096,
      progress: (s: string) => void sent.push(s),
    });
    const attempt = await LmsAttempt.open({ reporter, module: moduleOf(['long']), warn: () => {} });
    const view = fakeView(
      'long',
      Array.from({ length: 3000 }, (_, i) => i % 4),
    );
    attempt.opened(view);
    expect(sent.at(-1)!.length).toBeLessThanOrEqual(4096);
    expect(decodeSuspend(sent.at(-1))!.current!.path).toEqual(view.path);
  });

  it('ignores scenarios outside the module, and stored data of another module', async () => {
    const calls: string[] = [];
    const reporter: LmsReporter = Object.assign(new NoLms(), {
      start: async () => ({ resume: 'r1|m=other|s=a|h=ab|p=1' }),
      decision: (d: Decision) => void calls.push(d.id),
      finish: (r: FinishReport) => void calls.push(`finish ${r.scoreRaw}`),
    });
    const attempt = await LmsAttempt.open({ reporter, module: moduleOf(['a']), warn: () => {} });
    expect(attempt.resume).toBeNull();
    attempt.chose(fakeView('free-play', []), fakeView('free-play', [0]));
    expect(calls).toEqual([]);
  });
});

describe('decision results', () => {
  it('are positive when Rapport and Trust rise, negative when they fall, over the same counterparts', () => {
    const v = (r: number, t: number, id = 'graham') => fakeView('s', [], [{ id, rapport: r, trust: t }]);
    expect(resultOf(v(30, 30), v(32, 30))).toBe('positive');
    expect(resultOf(v(30, 30), v(33, 26))).toBe('negative');
    expect(resultOf(v(30, 30), v(30, 30))).toBe('neutral');
    expect(resultOf(v(30, 30), v(90, 90, 'someone-new'))).toBe('neutral');
  });
});

function fakeView(
  storyId: string,
  path: number[],
  counterparts: { id: string; rapport: number; trust: number }[] = [],
): SessionView {
  return {
    ...emptyView(storyId),
    counterparts: counterparts.map((c) => ({ ...c, name: c.id, expression: 'neutral' })),
    path,
    taken: path.map((index, i) => ({ index, source: `k.${i}`, text: `choice ${i}` })),
  };
}
