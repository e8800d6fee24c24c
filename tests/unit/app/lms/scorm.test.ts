import { describe, expect, it } from 'vitest';
import {
  SCORM12_CHOICE_RESPONSE,
  SCORM12_IDENTIFIER,
  SCORM12_TIME,
  SCORM12_TIMESPAN,
  SCORM2004_LANG_STRING_250,
  SCORM2004_LONG_IDENTIFIER,
  SCORM2004_SHORT_IDENTIFIER,
  SCORM2004_TIME,
  SCORM2004_TIMEINTERVAL,
} from '../../../../src/app/lms/datatypes.ts';
import { responseId } from '../../../../src/app/lms/attempt.ts';
import type { Decision } from '../../../../src/app/lms/report.ts';
import { Scorm12Reporter } from '../../../../src/app/lms/scorm12.ts';
import { Scorm2004Reporter } from '../../../../src/app/lms/scorm2004.ts';
import { cmiOf, HOSTILE_TEXTS, quietScorm12, quietScorm2004, recorded, settle } from './helpers.ts';

let clock = 1_000_000;
const timing = (warnings: string[] = []) => ({ now: () => clock, warn: (m: string) => warnings.push(m) });

const decision = (text: string, index = 1, result: Decision['result'] = 'positive'): Decision => ({
  id: 'south-of-london/the_ask.0.19',
  storyId: 'south-of-london',
  choiceIndex: index,
  choiceText: text,
  learnerResponse: responseId(index, text),
  result,
  description: text,
  timestamp: new Date('2026-03-01T09:05:07.123Z'),
  rapport: 41.5,
  trust: 38,
});

describe('SCORM 1.2 reporting (scorm-again as the LMS)', () => {
  it('initializes once, reports decisions, score and status, and terminates once', async () => {
    const rec = recorded(quietScorm12());
    const warnings: string[] = [];
    const r = new Scorm12Reporter(rec.api as never, timing(warnings));
    expect(await r.start()).toEqual({ resume: null });
    expect(await r.start()).toEqual({ resume: null });
    expect(rec.count('LMSInitialize')).toBe(1);
    r.decision(decision('Answer his joke in kind', 1, 'positive'));
    r.decision(decision('Talk about the price', 0, 'negative'));
    r.progress('r1|m=x');
    await settle();
    // One Commit for the burst of a choice, not one per value.
    expect(rec.count('LMSCommit')).toBe(2); // after Initialize's status, after the decisions
    r.finish({ scoreRaw: 33.333, scoreMin: 0, scoreMax: 100, passed: true, completed: true });
    clock += 3_723_450;
    r.terminate();
    r.terminate();
    expect(rec.count('LMSFinish')).toBe(1);
    expect(warnings).toEqual([]);
    const cmi = cmiOf(rec.lms);
    expect(cmi['cmi.core.lesson_status']).toBe('passed');
    expect(cmi['cmi.core.score.raw']).toBe('33.33');
    expect(cmi['cmi.core.score.min']).toBe('0');
    expect(cmi['cmi.core.score.max']).toBe('100');
    expect(cmi['cmi.suspend_data']).toBe('r1|m=x');
    const sent = Object.fromEntries(rec.sets().map(([, k, v]) => [k, v]));
    expect(sent['cmi.core.session_time']).toBe('0001:02:03.45');
    expect(sent['cmi.core.session_time']).toMatch(SCORM12_TIMESPAN);
    expect(sent['cmi.core.exit']).toBe('');
    expect(sent['cmi.interactions.0.id']).toBe('south-of-london_the_ask_0_19');
    expect(sent['cmi.interactions.0.type']).toBe('choice');
    expect(sent['cmi.interactions.0.student_response']).toBe('b');
    expect(sent['cmi.interactions.0.result']).toBe('correct');
    expect(sent['cmi.interactions.1.student_response']).toBe('a');
    expect(sent['cmi.interactions.1.result']).toBe('wrong');
    expect(sent['cmi.interactions.0.time']).toMatch(SCORM12_TIME);
    // Terminate is the last call, after a final Commit.
    expect(rec.calls.at(-1)?.[0]).toBe('LMSFinish');
    expect(rec.calls.at(-4)?.[0]).toBe('LMSSetValue');
  });

  it('leaves an unfinished attempt suspended, and appends interactions after earlier sessions', async () => {
    // An earlier session recorded two interactions, and suspended.
    const lms2 = quietScorm12({
      core: { lesson_status: 'incomplete', entry: 'resume' },
      suspend_data: 'r1|m=m|d=a:31',
    });
    lms2.loadFromJSON({ interactions: { 0: { id: 'a' }, 1: { id: 'b' } } } as never, '');
    const rec2 = recorded(lms2);
    const r = new Scorm12Reporter(rec2.api as never, timing());
    expect(await r.start()).toEqual({ resume: 'r1|m=m|d=a:31' });
    r.decision(decision('x'));
    r.terminate();
    const sent = Object.fromEntries(rec2.sets().map(([, k, v]) => [k, v]));
    expect(sent['cmi.interactions.2.id']).toBeDefined();
    expect(sent['cmi.core.exit']).toBe('suspend');
    expect(sent['cmi.core.lesson_status']).toBe('incomplete');
  });

  it('records choice text with quotes, newlines, CJK and emoji in fields 1.2 accepts', async () => {
    const rec = recorded(quietScorm12());
    const warnings: string[] = [];
    const r = new Scorm12Reporter(rec.api as never, timing(warnings));
    await r.start();
    HOSTILE_TEXTS.forEach((t, i) => r.decision({ ...decision(t, i % 3), id: `lost-face/${t}` }));
    r.terminate();
    expect(warnings).toEqual([]);
    const ids = rec.sets().filter(([, k]) => /^cmi\.interactions\.\d+\.id$/.test(k!));
    expect(ids).toHaveLength(HOSTILE_TEXTS.length);
    for (const [, , v] of ids) expect(v).toMatch(SCORM12_IDENTIFIER);
    for (const [, , v] of rec.sets().filter(([, k]) => k!.endsWith('.student_response')))
      expect(v).toMatch(SCORM12_CHOICE_RESPONSE);
    expect(new Set(ids.map((c) => c[2])).size).toBe(HOSTILE_TEXTS.length);
  });

  it('falls back to local progress when Initialize returns "false", and never calls the LMS again', async () => {
    const lms = quietScorm12();
    lms.LMSInitialize('');
    lms.LMSFinish(''); // a finished session cannot be initialized again: scorm-again answers "false"
    const rec = recorded(lms);
    const warnings: string[] = [];
    const r = new Scorm12Reporter(rec.api as never, timing(warnings));
    expect(await r.start()).toEqual({ resume: null });
    expect(r.kind).toBe('none');
    expect(r.problem).toMatch(/did not accept the connection.*Initialize returned false, error 10\d/);
    expect(warnings).toHaveLength(1);
    r.decision(decision('x'));
    r.progress('r1');
    r.finish({ scoreRaw: 1, scoreMin: 0, scoreMax: 100, passed: false, completed: true });
    r.terminate();
    await settle();
    expect(rec.calls.map((c) => c[0]).filter((m) => !/Error|Diagnostic/.test(m))).toEqual(['LMSInitialize']);
  });

  it('survives an LMS whose calls throw', async () => {
    const boom = () => {
      throw new Error('LMS exploded');
    };
    const api = {
      LMSInitialize: boom,
      LMSGetLastError: boom,
      LMSGetErrorString: boom,
      LMSGetDiagnostic: boom,
    };
    const warnings: string[] = [];
    const r = new Scorm12Reporter(api as never, timing(warnings));
    await expect(r.start()).resolves.toEqual({ resume: null });
    expect(r.kind).toBe('none');
    expect(() => r.terminate()).not.toThrow();
  });

  it('refuses suspend data over 4,096 characters rather than have the LMS cut it', async () => {
    const rec = recorded(quietScorm12());
    const warnings: string[] = [];
    const r = new Scorm12Reporter(rec.api as never, timing(warnings));
    await r.start();
    r.progress('x'.repeat(4097));
    r.progress('y'.repeat(4096));
    expect(warnings.join()).toMatch(/4097 characters is over the SCORM 1.2 limit of 4096/);
    expect(
      rec
        .sets()
        .filter(([, k]) => k === 'cmi.suspend_data')
        .map(([, , v]) => v!.length),
    ).toEqual([4096]);
  });

  it('terminates without a commit having been asked for (the tab closed mid-choice)', async () => {
    const rec = recorded(quietScorm12());
    const r = new Scorm12Reporter(rec.api as never, timing());
    await r.start();
    await settle();
    r.decision(decision('x'));
    r.progress('r1|m=late');
    // No await: pagehide arrives before the queued Commit runs.
    r.flush();
    r.terminate();
    await settle();
    expect(rec.count('LMSFinish')).toBe(1);
    expect(cmiOf(rec.lms)['cmi.suspend_data']).toBe('r1|m=late');
    const order = rec.calls.map((c) => c[0]).filter((m) => m === 'LMSCommit' || m === 'LMSFinish');
    expect(order.at(-1)).toBe('LMSFinish');
    expect(order.at(-2)).toBe('LMSCommit');
  });
});

describe('SCORM 2004 reporting (scorm-again as the LMS)', () => {
  it('reports completion and success separately, the scaled score, and interactions with words and time', async () => {
    const rec = recorded(quietScorm2004());
    const warnings: string[] = [];
    const r = new Scorm2004Reporter(rec.api as never, timing(warnings));
    await r.start();
    expect(cmiOf(rec.lms)['cmi.completion_status']).toBe('incomplete');
    expect(cmiOf(rec.lms)['cmi.success_status']).toBe('unknown');
    r.decision(decision('Read "rather attached" as the serious worry\nit is 🙂', 1, 'negative'));
    r.progress('r1|m=x', 0.5);
    await settle();
    expect(cmiOf(rec.lms)['cmi.progress_measure']).toBe('0.5');
    r.finish({ scoreRaw: 27.5, scoreMin: 0, scoreMax: 100, passed: false, completed: true });
    clock += 3_723_450;
    r.terminate();
    r.terminate();
    expect(rec.count('Initialize')).toBe(1);
    expect(rec.count('Terminate')).toBe(1);
    expect(warnings).toEqual([]);
    const cmi = cmiOf(rec.lms);
    expect(cmi['cmi.completion_status']).toBe('completed');
    expect(cmi['cmi.success_status']).toBe('failed');
    expect(cmi['cmi.score.scaled']).toBe('0.275');
    expect(cmi['cmi.score.raw']).toBe('27.5');
    expect(cmi['cmi.exit']).toBe('normal');
    expect(cmi['cmi.session_time']).toBe('PT1H2M3.45S');
    expect(cmi['cmi.session_time']).toMatch(SCORM2004_TIMEINTERVAL);
    expect(cmi['cmi.interactions.0.id']).toBe('urn:rapport:south-of-london/the_ask.0.19');
    expect(cmi['cmi.interactions.0.type']).toBe('choice');
    expect(cmi['cmi.interactions.0.learner_response']).toBe('b-read-rather-attached-as-the-serious');
    expect(cmi['cmi.interactions.0.result']).toBe('incorrect');
    expect(cmi['cmi.interactions.0.timestamp']).toBe('2026-03-01T09:05:07.12Z');
    expect(cmi['cmi.interactions.0.description']).toBe(
      '{lang=en}Read "rather attached" as the serious worry it is 🙂',
    );
  });

  it('records choice text with quotes, newlines, CJK and emoji in valid fields, keeping the words in the description', async () => {
    const rec = recorded(quietScorm2004());
    const warnings: string[] = [];
    const r = new Scorm2004Reporter(rec.api as never, timing(warnings));
    await r.start();
    HOSTILE_TEXTS.forEach((t, i) => r.decision({ ...decision(t, i % 3), id: `lost-face/${t}` }));
    r.terminate();
    expect(warnings).toEqual([]);
    const sent = rec.sets();
    const of = (suffix: string) => sent.filter(([, k]) => k!.endsWith(suffix)).map(([, , v]) => v!);
    expect(of('.id')).toHaveLength(HOSTILE_TEXTS.length);
    for (const v of of('.id')) expect(v).toMatch(SCORM2004_LONG_IDENTIFIER);
    for (const v of of('.learner_response')) expect(v).toMatch(SCORM2004_SHORT_IDENTIFIER);
    for (const v of of('.description')) expect(v).toMatch(SCORM2004_LANG_STRING_250);
    for (const v of of('.timestamp')) expect(v).toMatch(SCORM2004_TIME);
    expect(of('.description')).toContain('{lang=en}请您先看一下这个计划');
    expect(of('.description')).toContain('{lang=en}🙂👍🏽 Smile and nod 👨‍👩‍👧');
  });

  it('keeps success unknown and the attempt suspended until the module is complete', async () => {
    const rec = recorded(quietScorm2004());
    const r = new Scorm2004Reporter(rec.api as never, timing());
    await r.start();
    r.progress('r1|m=x|d=a:30', 0.5);
    r.terminate();
    const cmi = cmiOf(rec.lms);
    expect(cmi['cmi.exit']).toBe('suspend');
    expect(cmi['cmi.completion_status']).toBe('incomplete');
    expect(cmi['cmi.success_status']).toBe('unknown');
    expect(cmi['cmi.suspend_data']).toBe('r1|m=x|d=a:30');
  });

  it('falls back when Initialize returns "false"', async () => {
    const lms = quietScorm2004();
    lms.Initialize('');
    const rec = recorded(lms); // already initialized: a second Initialize is refused (103)
    const r = new Scorm2004Reporter(rec.api as never, timing([]));
    await r.start();
    expect(r.kind).toBe('none');
    expect(r.problem).toMatch(/error 103/);
    r.terminate();
    expect(rec.count('Terminate')).toBe(0);
  });
});
