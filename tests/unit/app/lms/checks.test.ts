/**
 * A module's situational-judgement checks reaching an LMS: every item of the opening and the
 * closing check as an interaction (with the best response and the lesson as objective) and each
 * check — and the gain — as an objective with its score, through scorm-again as the LMS. The items
 * are the module's real checks file.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllChecks } from '../../../../build/checks/read.ts';
import { readModulesIn } from '../../../../build/module-files.ts';
import { watchChecks } from '../../../../src/app/lms/check-report.ts';
import { addCheck, emptyProfile } from '../../../../src/app/persist/index.ts';
import { createGameStore } from '../../../../src/app/stores/game-store.ts';
import { Scorm2004Reporter } from '../../../../src/app/lms/scorm2004.ts';
import { Scorm12Reporter } from '../../../../src/app/lms/scorm12.ts';
import {
  SCORM12_CHOICE_RESPONSE,
  SCORM2004_LONG_IDENTIFIER,
  SCORM2004_SHORT_IDENTIFIER,
} from '../../../../src/app/lms/datatypes.ts';
import { startLms } from '../../../../src/app/lms/start.ts';
import { MemoryStore } from '../../../../src/app/persist/index.ts';
import { cmiOf, frameIn, quietScorm12, quietScorm2004, recorded, settle, testPage } from './helpers.ts';

const dir = resolve(__dirname, '../../../../stories');
const modules = readModulesIn(dir);
const module = modules.find((m) => m.id === 'partners-abroad')!;
const checks = readAllChecks(dir, modules).find((c) => c.moduleId === 'partners-abroad')!;

/** The learner answers the opening check with response 0 everywhere, the closing one all best. */
function answerBoth(store: ReturnType<typeof createGameStore>) {
  const before = addCheck(store.getState().profile, module.id, 'before', {
    date: '2026-03-01T09:00:00.000Z',
    items: checks.before.map((i) => i.id),
    answers: checks.before.map(() => 0),
  });
  if (!before.ok) throw new Error(before.reason);
  store.setState({ profile: before.profile });
  const after = addCheck(before.profile, module.id, 'after', {
    date: '2026-03-08T09:00:00.000Z',
    items: checks.after.map((i) => i.id),
    answers: checks.after.map((i) => i.best),
  });
  if (!after.ok) throw new Error(after.reason);
  store.setState({ profile: after.profile });
}

const correctBefore = checks.before.filter((i) => i.best === 0).length;
const n = checks.before.length + checks.after.length;

describe('module checks reported to SCORM 2004 (scorm-again as the LMS)', () => {
  it('records every item as a choice interaction and each check and the gain as objectives', async () => {
    const rec = recorded(quietScorm2004());
    const warnings: string[] = [];
    const r = new Scorm2004Reporter(rec.api as never, { warn: (m) => warnings.push(m) });
    await r.start();
    const store = createGameStore([], [module]);
    const stop = watchChecks(store, module, checks, r, () => new Date('2026-03-08T09:00:00.000Z'));
    answerBoth(store);
    stop();
    await settle();
    r.terminate();
    expect(warnings).toEqual([]);
    const cmi = cmiOf(rec.lms);
    expect(cmi['cmi.interactions._count'] ?? n).toBe(n);
    for (const [k, item] of [...checks.before, ...checks.after].entries()) {
      const phase = k < checks.before.length ? 'before' : 'after';
      const at = `cmi.interactions.${k}`;
      expect(cmi[`${at}.id`]).toBe(`urn:rapport:check:${phase}:${item.id}`);
      expect(cmi[`${at}.id`]).toMatch(SCORM2004_LONG_IDENTIFIER);
      expect(cmi[`${at}.type`]).toBe('choice');
      expect(cmi[`${at}.objectives.0.id`]).toBe(`urn:rapport:lesson:${item.lesson}`);
      expect(cmi[`${at}.correct_responses.0.pattern`]).toMatch(SCORM2004_SHORT_IDENTIFIER);
      expect(String(cmi[`${at}.correct_responses.0.pattern`])[0]).toBe('abcd'[item.best]);
      expect(cmi[`${at}.learner_response`]).toMatch(SCORM2004_SHORT_IDENTIFIER);
      expect(cmi[`${at}.result`]).toBe(phase === 'after' || item.best === 0 ? 'correct' : 'incorrect');
      expect(String(cmi[`${at}.description`])).toContain(
        `{lang=en}${item.situation.replace(/\s+/g, ' ').slice(0, 120)}`,
      );
    }
    const objectives = Object.fromEntries([0, 1, 2].map((i) => [cmi[`cmi.objectives.${i}.id`], i])) as Record<
      string,
      number
    >;
    const before = objectives['urn:rapport:check:before']!;
    const after = objectives['urn:rapport:check:after']!;
    const gain = objectives['urn:rapport:learning-gain']!;
    expect(cmi[`cmi.objectives.${before}.score.raw`]).toBe(String(correctBefore));
    expect(cmi[`cmi.objectives.${after}.score.scaled`]).toBe('1');
    expect(cmi[`cmi.objectives.${after}.completion_status`]).toBe('completed');
    const expectedGain = 100 - Math.round((100 * correctBefore) / checks.before.length);
    expect(cmi[`cmi.objectives.${gain}.score.raw`]).toBe(String(expectedGain));
    expect(Number(cmi[`cmi.objectives.${gain}.score.scaled`])).toBeCloseTo(expectedGain / 100, 4);
  });

  it('does not report again a check answered in an earlier session', async () => {
    const rec = recorded(quietScorm2004());
    const r = new Scorm2004Reporter(rec.api as never, { warn: () => undefined });
    await r.start();
    const store = createGameStore([], [module]);
    answerBoth(store); // before this session's watch began
    const stop = watchChecks(store, module, checks, r);
    store.setState({ profile: { ...store.getState().profile } }); // any later change
    stop();
    await settle();
    expect(rec.sets().filter((c) => String(c[1]).startsWith('cmi.interactions'))).toEqual([]);
  });
});

describe('module checks reported to SCORM 1.2 (scorm-again as the LMS)', () => {
  it('records every item with one-letter responses and each check as an objective 0–100', async () => {
    const rec = recorded(quietScorm12());
    const warnings: string[] = [];
    const r = new Scorm12Reporter(rec.api as never, { warn: (m) => warnings.push(m) });
    await r.start();
    const store = createGameStore([], [module], {});
    store.setState({ profile: emptyProfile() });
    const stop = watchChecks(store, module, checks, r);
    answerBoth(store);
    stop();
    await settle();
    r.terminate();
    expect(warnings).toEqual([]);
    const cmi = cmiOf(rec.lms);
    for (let k = 0; k < n; k++) {
      expect(cmi[`cmi.interactions.${k}.student_response`]).toMatch(SCORM12_CHOICE_RESPONSE);
      expect(cmi[`cmi.interactions.${k}.correct_responses.0.pattern`]).toMatch(SCORM12_CHOICE_RESPONSE);
    }
    expect(cmi['cmi.objectives.0.id']).toBe('check_before');
    expect(cmi['cmi.objectives.1.id']).toBe('check_after');
    expect(cmi['cmi.objectives.1.score.raw']).toBe('100');
    expect(cmi['cmi.objectives.1.status']).toBe('completed');
  });
});

describe('module checks in a packaged module (startLms, real game, scorm-again)', () => {
  async function launch(lms: ReturnType<typeof quietScorm2004>, storage = new MemoryStore()) {
    const rec = recorded(lms);
    const page = testPage(module.scenarios, { parent: frameIn(null, { API_1484_11: rec.api }) }, storage);
    page.store.setState({ modules: [module], checks: { [module.id]: async () => checks } });
    const attempt = await startLms({
      config: { format: 'scorm2004', module, activityId: 'https://w3id.org/rapport/xapi/modules/x' },
      ...page,
    });
    await settle();
    return { ...page, rec, attempt };
  }
  const checkInteractions = (lms: ReturnType<typeof quietScorm2004>) =>
    Object.entries(cmiOf(lms)).filter(
      ([k, v]) => /interactions\.\d+\.id$/.test(k) && /check/.test(String(v)),
    );

  it('opens on the opening check, reports it once, and does not ask it again on another device', async () => {
    const first = await launch(quietScorm2004());
    expect(first.store.getState().screen).toBe('check');
    expect(first.store.getState().checkPhase).toBe('before');
    const picks = checks.before.map((i) => (i.best + 1) % 4);
    first.game.answerCheck(
      module.id,
      'before',
      checks.before.map((i) => i.id),
      picks,
    );
    await settle();
    expect(checkInteractions(first.rec.lms)).toHaveLength(checks.before.length);
    const suspend = String(cmiOf(first.rec.lms)['cmi.suspend_data']);
    expect(suspend).toContain(`c=${picks.join('')}~`);
    first.close();

    // The same learner on another computer: the LMS's data, an empty browser.
    const cmi = JSON.parse(JSON.stringify(first.rec.lms.cmi)) as object;
    const second = await launch(quietScorm2004(cmi));
    expect(second.store.getState().screen).not.toBe('check');
    expect(second.store.getState().profile.checks?.[module.id]?.before?.answers).toEqual(picks);
    expect(checkInteractions(second.rec.lms)).toHaveLength(checks.before.length); // none sent again
    second.close();
  });
});
