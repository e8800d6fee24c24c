// The explanation record, the readouts derived from the state (expression, score) and replay.
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  describeRecord,
  expression,
  initialState,
  relationshipIndex,
  replay,
  scenarioReport,
  scenarioScore,
  shownRapport,
  shownTrust,
} from '../../../../src/core/model/index.ts';
import type { RelationshipEvent } from '../../../../src/core/model/index.ts';
import { LI_WEI, NEUTRAL, cp, stateWith } from './helpers.ts';

describe('the explanation record', () => {
  it('names the day, counterpart, event, source, rules, every change, shown meters and the note', () => {
    const s = applyEvent(stateWith({}, LI_WEI), { kind: 'meeting', who: 'x', day: 2 }).state;
    cp(s).Ta = 40;
    const event: RelationshipEvent = { kind: 'gain', who: 'x', dimension: 'benevolence', size: 10, fit: 1.5 };
    const { record } = applyEvent(s, event, {
      source: 'dinner.0.c-1.3',
      note: 'A gift for his daughter shows care.',
    });
    expect(record).toMatchObject({
      day: 2,
      who: 'x',
      event,
      source: 'dinner.0.c-1.3',
      note: 'A gift for his daughter shows care.',
      rules: ['R3', 'R1', 'R4'],
    });
    expect(record.changes).toEqual([
      // 40 + 2.5·10·1.5·(1 − 0.4²) = 71.5; goodwill takes a tenth of the 31.5 points.
      { variable: 'Ta', before: 40, after: expect.closeTo(71.5, 9) },
      { variable: 'G', before: 0, after: expect.closeTo(3.15, 9) },
    ]);
    expect(record.shown.before!.trust).toBeCloseTo(shownTrust(cp(s)), 1);
    expect(record.shown.after.trust - record.shown.before!.trust).toBeCloseTo(0.62 * 31.5, 0);
    expect(record.explanation).toBe('A major act of care (benevolence) that fits X well: Trust +20.');
    expect(describeRecord(record)).toBe(
      'day 2 · x · gain("x", "benevolence", 10, 1.5) · R3 R1 R4 · A major act of care (benevolence) that fits X well: Trust +20.',
    );
  });

  it('gives another counterpart that cooled while the clock moved on a record of its own', () => {
    const s = stateWith({ A: 70 }, NEUTRAL, true);
    const { record, records } = applyEvent(s, { kind: 'meeting', who: 'y', day: 30 });
    expect(records.map((r) => [r.who, r.cooling ? 'cooling' : r.event.kind])).toEqual([
      ['x', 'cooling'],
      ['y', 'meeting'],
    ]);
    expect(records[0]!.changes).toEqual([{ variable: 'A', before: 70, after: 50 }]);
    expect(record.changes).toEqual([
      { variable: 'day', before: 0, after: 30 },
      { variable: 'meetings', before: 0, after: 1 },
      { variable: 'lastContactDay', before: 0, after: 30 },
    ]);
  });

  it('counts days for the learner from 1, as the debrief and the stage do (ink counts from 0)', () => {
    const { record } = applyEvent(stateWith({ A: 60 }), { kind: 'meeting', who: 'x', day: 30 });
    expect(record.day).toBe(30);
    expect(record.explanation).toBe('Meeting X on day 31 (meeting 1): no visible change.');
  });

  it('marks a public face incident with a cue', () => {
    const { record } = applyEvent(stateWith({ Ta: 60 }, LI_WEI), {
      kind: 'face_threat',
      who: 'x',
      imposition: 1,
      powerGap: 0.5,
      inPublic: true,
      redress: 0,
    });
    expect(record.faceIncident).toBe(true);
    expect(record.cue).toBe('Face lost in front of others');
  });
});

describe('expression', () => {
  const threat: RelationshipEvent = {
    kind: 'face_threat',
    who: 'x',
    imposition: 1,
    powerGap: 0.5,
    inPublic: true,
    redress: 0,
  };
  it('a fresh counterpart is neutral', () => expect(expression(cp(stateWith()))).toBe('neutral'));
  it('a face incident closes them for the rest of the meeting; the next meeting they are uneasy', () => {
    let s = applyEvent(stateWith({ Ta: 60 }, LI_WEI), { kind: 'meeting', who: 'x', day: 0 }).state;
    s = applyEvent(s, threat).state;
    expect(expression(cp(s))).toBe('closed');
    s = applyEvent(s, { kind: 'meeting', who: 'x', day: 1 }).state;
    expect(expression(cp(s))).not.toBe('closed');
    expect(expression(cp(stateWith({ Ta: 0, Tc: 10 }, LI_WEI)))).toBe('uneasy');
  });
  it('an apology that restores something opens them again', () => {
    let s = applyEvent(stateWith({ Ta: 60 }, LI_WEI), threat).state;
    s = applyEvent(s, { kind: 'apology', who: 'x' }).state;
    expect(expression(cp(s))).not.toBe('closed');
  });
  it('high rapport and trust well above the start: pleased', () => {
    expect(expression(cp(stateWith({ A: 70, P: 70, C: 70, Ta: 60, Tc: 60 })))).toBe('pleased');
  });
});

describe('scores', () => {
  it('RI = (Trust + Rapport)/2; the scenario score averages final RI over counterparts', () => {
    const s = stateWith({ A: 80, P: 80, C: 80, Ta: 80, Tc: 80 }, NEUTRAL, true);
    expect(relationshipIndex(cp(s))).toBeCloseTo(80, 9);
    const y = cp(s, 'y');
    expect(relationshipIndex(y)).toBeCloseTo((shownTrust(y) + shownRapport(y)) / 2, 9);
    expect(scenarioScore(s)).toBeCloseTo((80 + relationshipIndex(y)) / 2, 9);
    expect(scenarioScore(initialState())).toBe(0);
  });
  it('reports face incidents and repair quality beside the score', () => {
    const events: RelationshipEvent[] = [
      { kind: 'counterpart', who: 'x', name: 'X', profile: LI_WEI },
      { kind: 'gain', who: 'x', dimension: 'ability', size: 20, fit: 1.5 },
      { kind: 'loss', who: 'x', dimension: 'ability', size: 10, fit: 1 },
      { kind: 'apology', who: 'x' },
      { kind: 'face_threat', who: 'x', imposition: 1, powerGap: 1, inPublic: true, redress: 0 },
    ];
    const report = scenarioReport(replay(events.map((event) => ({ event }))).state);
    expect(report.faceIncidents).toBe(1);
    expect(report.repairs).toBe(1);
    expect(report.repairQuality).toBeCloseTo(0.5, 9);
  });
});
