import { describe, expect, it } from 'vitest';
import { moduleProgress, parseModule, type ScenarioResult } from '../../../../src/core/modules/module.ts';

const stories = ['lost-face', 'the-president', 'of-course'];
const valid = {
  id: 'asia-onboarding',
  title: 'Working with partners in Asia',
  summary: 'Three conversations.',
  scenarios: ['lost-face', 'the-president', 'of-course'],
  objectives: [
    { id: 'face', text: 'Raise hard requests without costing face', scenarios: ['lost-face'] },
    { id: 'yes', text: 'Hear what "of course" means', scenarios: ['of-course'], minScore: 50 },
  ],
  passMark: 60,
};

describe('parseModule', () => {
  it('accepts a valid module and fills defaults', () => {
    const m = parseModule(valid, 'm.json', stories);
    expect(m.sequential).toBe(true);
    expect(m.objectives[0]!.minScore).toBe(60);
    expect(m.objectives[1]!.minScore).toBe(50);
  });

  it.each([
    [
      { ...valid, scenarios: ['lost-face', 'nope'] },
      /scenarios\[1\] "nope" is not a story — known stories: lost-face/,
    ],
    [{ ...valid, passMark: 120 }, /passMark/],
    [{ ...valid, id: 'Has Spaces' }, /"id" must be lower-case/],
    [{ ...valid, colour: 'red' }, /unknown field "colour"/],
    [{ ...valid, scenarios: [] }, /at least one story/],
    [
      { ...valid, objectives: [{ id: 'x', text: 'y', scenarios: ['the-president', 'zzz'] }] },
      /objectives\[0\]\.scenarios/,
    ],
    [[], /JSON object/],
    [{ ...valid, title: '  ' }, /"title" must be a non-empty string of at most 120 characters/],
    [{ ...valid, scenarios: ['lost-face', 'lost-face'] }, /"scenarios" lists a story twice/],
    [
      { ...valid, scenarios: [3] },
      /scenarios\[0\] must be a story id \(a file name in stories\/ without \.ink\)/,
    ],
    [
      { ...valid, objectives: [{ id: 'x', text: ' ' }] },
      /objectives\[0\]\.text must say what the learner can do/,
    ],
    [
      { ...valid, objectives: [{ id: 'x', text: 'y', minScore: 200 }] },
      /objectives\[0\]\.minScore must be 0–100/,
    ],
    [{ ...valid, sequential: 'yes' }, /"sequential" must be true or false/],
  ])('names the problem in the file: %#', (raw, message) => {
    expect(() => parseModule(raw, 'stories/modules/m.json', stories)).toThrow(message);
  });
});

describe('moduleProgress', () => {
  const def = parseModule(valid, 'm.json', stories);
  const results =
    (r: Record<string, number>) =>
    (id: string): ScenarioResult => ({
      best: r[id] ?? null,
      finishedAt: r[id] === undefined ? null : `2026-11-0${Object.keys(r).indexOf(id) + 1}`,
    });

  it('opens scenarios in order and counts progress', () => {
    const p = moduleProgress(def, results({ 'lost-face': 70 }));
    expect(p.scenarios.map((s) => s.open)).toEqual([true, true, false]);
    expect(p.finished).toBe(1);
    expect(p.complete).toBe(false);
    expect(p.passed).toBe(false);
  });

  it('passes on the average of best scores, and meets objectives per scenario', () => {
    const p = moduleProgress(def, results({ 'lost-face': 70, 'the-president': 55, 'of-course': 58 }));
    expect(p.complete).toBe(true);
    expect(p.average).toBe(61);
    expect(p.passed).toBe(true);
    expect(p.objectives.map((o) => o.met)).toEqual([true, true]);
    expect(p.completedAt).toBe('2026-11-03');
  });

  it('opens its scenarios after the opening check, and the closing check after the scenarios', () => {
    const none = moduleProgress(def, results({}), { before: false, after: false });
    expect(none.scenarios.map((s) => s.open)).toEqual([false, false, false]);
    expect(none.checks).toEqual({ before: 'todo', after: 'locked' });
    const opened = moduleProgress(def, results({ 'lost-face': 70 }), { before: true, after: false });
    expect(opened.scenarios.map((s) => s.open)).toEqual([true, true, false]);
    const all = { 'lost-face': 70, 'the-president': 55, 'of-course': 58 };
    expect(moduleProgress(def, results(all), { before: true, after: false }).checks).toEqual({
      before: 'done',
      after: 'todo',
    });
    // The module's completion and pass stay with its scenarios; a module without checks has none.
    expect(moduleProgress(def, results(all), { before: true, after: true }).passed).toBe(true);
    expect(moduleProgress(def, results(all)).checks).toBeNull();
  });

  it('fails below the pass mark', () => {
    const p = moduleProgress(def, results({ 'lost-face': 40, 'the-president': 55, 'of-course': 45 }));
    expect(p.passed).toBe(false);
    expect(p.objectives.map((o) => o.met)).toEqual([false, false]);
  });
});
