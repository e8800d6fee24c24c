// One test per rule R1–R10 of docs scoring-model.md, and the spec's worked example, through
// applyEvent (the way the game uses the model).
import { describe, expect, it } from 'vitest';
import { applyEvent, shownRapport, shownTrust } from '../../../../src/core/model/index.ts';
import type { ModelState, RelationshipEvent } from '../../../../src/core/model/index.ts';
import { LI_WEI, NEUTRAL, cp, stateWith } from './helpers.ts';

const apply = (s: ModelState, e: RelationshipEvent) => applyEvent(s, e);
const gain = (
  dimension: 'ability' | 'integrity' | 'benevolence' | 'attentiveness' | 'positivity' | 'coordination',
  size: number,
  fit = 1,
) => ({ kind: 'gain', who: 'x', dimension, size, fit }) as const;
const loss = (dimension: Parameters<typeof gain>[0], size: number, fit = 1) =>
  ({ kind: 'loss', who: 'x', dimension, size, fit }) as const;

describe('worked example (000): the public impossible request', () => {
  // Rapport 35, powerGap 0.5, powerDistance 0.8, collectivism 0.8, imposition 1.0.
  const s = stateWith({ A: 35, P: 35, C: 35, Ta: 60 }, LI_WEI);
  const threat = (inPublic: boolean, redress: number) =>
    apply(s, { kind: 'face_threat', who: 'x', imposition: 1, powerGap: 0.5, inPublic, redress });

  it('starts from Rapport 35', () => expect(shownRapport(cp(s))).toBeCloseTo(35, 6));

  it('in public costs about 46 points of affective trust and is a face incident', () => {
    // W = 0.65 + 0.4 + 1 = 2.05, ×1.8 in public → size 2.5·3.69 = 9.2 (a major loss) → 2·2.5·9.2.
    const { state, record } = threat(true, 0);
    expect(60 - cp(state).Ta).toBeGreaterThan(40);
    expect(60 - cp(state).Ta).toBeLessThan(50);
    expect(60 - cp(state).Ta).toBeCloseTo(46.125, 2);
    expect(record.faceIncident).toBe(true);
    expect(record.rules).toEqual(expect.arrayContaining(['R5', 'R2']));
    expect(record.explanation).toMatch(/public face threat/);
  });

  it('privately and agreed in advance costs about 2 …', () => {
    const { state, record } = threat(false, 1);
    const cost = 60 - cp(state).Ta;
    expect(cost).toBeGreaterThan(1);
    expect(cost).toBeLessThan(3);
    expect(record.faceIncident).toBe(false);
  });

  it('… which goodwill absorbs', () => {
    const { state, record } = apply(stateWith({ A: 35, P: 35, C: 35, Ta: 60, G: 5 }, LI_WEI), {
      kind: 'face_threat',
      who: 'x',
      imposition: 1,
      powerGap: 0.5,
      inPublic: false,
      redress: 1,
    });
    expect(cp(state).Ta).toBe(60);
    expect(cp(state).P).toBe(35);
    expect(cp(state).G).toBeLessThan(5);
    expect(record.rules).toContain('R4');
    expect(record.explanation).toMatch(/goodwill/);
  });
});

describe('rules', () => {
  it('R1 gains saturate late: X += 2.5·m·fit·(1 − (X/100)²)', () => {
    const low = cp(apply(stateWith({ Ta: 20 }), gain('benevolence', 10, 1.5)).state).Ta;
    const mid = cp(apply(stateWith({ Ta: 50 }), gain('benevolence', 10, 1.5)).state).Ta;
    const high = cp(apply(stateWith({ Ta: 90 }), gain('benevolence', 10, 1.5)).state).Ta;
    expect(low).toBeCloseTo(20 + 37.5 * 0.96, 9);
    expect(mid).toBeCloseTo(50 + 37.5 * 0.75, 9); // a relationship half-built still takes ¾ of a gain
    expect(high).toBeCloseTo(90 + 37.5 * 0.19, 9);
    expect(cp(apply(stateWith({ Ta: 100 }), gain('benevolence', 20, 1.5)).state).Ta).toBe(100);
  });

  it('R2 losses hurt more: λ·2.5·m·(2 − fit), integrity ×1.25', () => {
    expect(cp(apply(stateWith({ Tc: 60 }), loss('ability', 4, 1)).state).Tc).toBeCloseTo(40, 9);
    expect(cp(apply(stateWith({ Tc: 60 }), loss('ability', 4, 1.5)).state).Tc).toBeCloseTo(50, 9);
    expect(cp(apply(stateWith({ Tc: 60 }), loss('integrity', 4, 1)).state).Tc).toBeCloseTo(35, 9);
    expect(cp(apply(stateWith({ Tc: 10 }), loss('integrity', 20, 0.5)).state).Tc).toBe(0);
  });

  it('R3 routes each dimension to its meter', () => {
    const route = {
      ability: 'Tc',
      integrity: 'Tc',
      benevolence: 'Ta',
      attentiveness: 'A',
      positivity: 'P',
      coordination: 'C',
    } as const;
    for (const [dimension, meter] of Object.entries(route)) {
      const { record } = apply(stateWith(), gain(dimension as keyof typeof route, 5));
      expect(record.changes.map((c) => c.variable).sort()).toEqual([meter, 'G'].sort());
    }
  });

  it('R4 goodwill: a tenth of each gain, capped; absorbs minor losses; at most 25 % of major and integrity ones', () => {
    const g = apply(stateWith({ A: 50 }), gain('attentiveness', 10));
    expect(cp(g.state).G).toBeCloseTo(0.1 * 25 * 0.75, 9);
    expect(cp(apply(stateWith({ A: 0, G: 24.5 }), gain('attentiveness', 20)).state).G).toBe(25);
    const minor = apply(stateWith({ A: 50, G: 10 }), loss('attentiveness', 6));
    expect(cp(minor.state).A).toBe(50);
    expect(cp(minor.state).G).toBeCloseTo(4, 9);
    const partly = apply(stateWith({ A: 50, G: 2 }), loss('attentiveness', 6));
    expect(cp(partly.state).A).toBeCloseTo(50 - 2 * 2.5 * 4, 9);
    const major = apply(stateWith({ A: 50, G: 25 }), loss('attentiveness', 12));
    expect(cp(major.state).A).toBeCloseTo(50 - 2 * 2.5 * 9, 9);
    expect(cp(major.state).G).toBeCloseTo(22, 9);
    const integrity = apply(stateWith({ Tc: 50, G: 25 }), loss('integrity', 4));
    expect(cp(integrity.state).Tc).toBeCloseTo(50 - 2 * 2.5 * 3 * 1.25, 9);
  });

  it('R5 face: W = (1 − R/100) + powerGap·powerDistance + imposition, public ×(1 + collectivism), redress reduces; hits Ta and P', () => {
    const s = stateWith({ A: 50, P: 50, C: 50, Ta: 80 }, { ...NEUTRAL, powerDistance: 1, collectivism: 0.5 });
    const t = (inPublic: boolean, redress: number) =>
      apply(s, { kind: 'face_threat', who: 'x', imposition: 0.5, powerGap: 0.5, inPublic, redress });
    // W = 0.5 + 0.5 + 0.5 = 1.5 → size 3.75 → loss 18.75; public ×1.5 → size 5.625 → loss 28.125.
    expect(80 - cp(t(false, 0).state).Ta).toBeCloseTo(18.75, 9);
    expect(50 - cp(t(false, 0).state).P).toBeCloseTo(9.375, 9); // positivity takes half
    expect(80 - cp(t(true, 0).state).Ta).toBeCloseTo(28.125, 9);
    expect(80 - cp(t(true, 0.5).state).Ta).toBeCloseTo(28.125 * 0.55, 9);
    expect(cp(t(true, 0).state).Tc).toBe(cp(s).Tc);
  });

  it('R6 decay without contact: rapport halves toward baseline in 30 days, goodwill in 180, Tc never', () => {
    const s = apply(
      stateWith({ A: 70, Ta: 70, Tc: 70, G: 20 }, { ...NEUTRAL, relationshipOrientation: 0 }, true),
      {
        kind: 'meeting',
        who: 'y',
        day: 30,
      },
    ).state;
    expect(cp(s).A).toBeCloseTo(30 + 40 / 2, 9);
    expect(cp(s).Ta).toBeCloseTo(10 + 60 * Math.pow(2, -30 / 60), 9);
    expect(cp(s).G).toBeCloseTo(20 * Math.pow(2, -30 / 180), 9);
    expect(cp(s).Tc).toBe(70);
    // Relationship-based counterparts keep affective trust longer (h = 120 days).
    const rb = apply(stateWith({ Ta: 70 }, { ...NEUTRAL, relationshipOrientation: 1 }, true), {
      kind: 'meeting',
      who: 'y',
      day: 120,
    });
    expect(cp(rb.state).Ta).toBeCloseTo(40, 9);
  });

  it('R6 a built relationship settles instead of fading: each meeting keeps 15 % more of it (at most 75 %)', () => {
    const met = (meetings: number, day: number) =>
      cp(apply(stateWith({ A: 70, meetings }, NEUTRAL, true), { kind: 'meeting', who: 'y', day }).state);
    // Three meetings keep 45 %: after 30 days 30 + 40·(0.45 + 0.55·½), after a year ≈ 30 + 40·0.45.
    expect(met(3, 30).A).toBeCloseTo(30 + 40 * (0.45 + 0.55 / 2), 9);
    expect(met(3, 365).A).toBeCloseTo(30 + 40 * (0.45 + 0.55 * Math.pow(2, -365 / 30)), 9);
    expect(met(10, 365).A).toBeGreaterThan(met(5, 365).A - 1e-9);
    expect(met(5, 365).A).toBeCloseTo(met(10, 365).A, 9); // the floor stops rising at 75 %
    // However the gap is split by meetings with someone else, x ends where one long gap leaves it.
    let s = stateWith({ A: 70, Ta: 60, meetings: 3 }, NEUTRAL, true);
    for (const day of [7, 19, 30]) s = apply(s, { kind: 'meeting', who: 'y', day }).state;
    expect(cp(s).A).toBeCloseTo(met(3, 30).A, 9);
    // A damaged relationship (below the start) still recovers toward the start, with no floor.
    const hurt = apply(stateWith({ A: 10, meetings: 3 }, NEUTRAL, true), {
      kind: 'meeting',
      who: 'y',
      day: 30,
    });
    expect(cp(hurt.state).A).toBeCloseTo(30 - 20 / 2, 9);
  });

  it('R7 handover resets A/P/C and Ta, keeps 80 % of Tc and half of G', () => {
    const { state, record } = apply(stateWith({ A: 80, P: 80, C: 80, Ta: 80, Tc: 80, G: 20, meetings: 5 }), {
      kind: 'handover',
      who: 'x',
    });
    expect(cp(state)).toMatchObject({ A: 30, P: 30, C: 30, Ta: 10, Tc: 64, G: 10, meetings: 0 });
    expect(record.rules).toEqual(['R7']);
  });

  it('R8 start values: Tc0 = 40 − 10·relationshipOrientation, Ta0 = 10, A/P/C = 30, G = 0', () => {
    const { state, record } = apply(stateWith(), {
      kind: 'counterpart',
      who: 'z',
      name: 'Z',
      profile: { ...NEUTRAL, relationshipOrientation: 0.8 },
    });
    expect(cp(state, 'z')).toMatchObject({ Tc: 32, Ta: 10, A: 30, P: 30, C: 30, G: 0, meetings: 0 });
    expect(record.rules).toEqual(['R8']);
    expect(state.order).toEqual(['x', 'z']);
  });

  it('R9 business gate: succeeds when Ta ≥ 15 + 35·ro; a refused ask is a face threat', () => {
    const profile = { ...NEUTRAL, relationshipOrientation: 1 };
    const ok = apply(stateWith({ Ta: 50 }, profile), { kind: 'business_ask', who: 'x', imposition: 0.5 });
    expect(ok.result).toBe(true);
    expect(cp(ok.state).Ta).toBe(50);
    const no = apply(stateWith({ Ta: 49.9 }, profile), { kind: 'business_ask', who: 'x', imposition: 0.5 });
    expect(no.result).toBe(false);
    expect(no.record.result).toBe(false);
    expect(cp(no.state).Ta).toBeLessThan(49.9);
    expect(no.record.rules).toEqual(expect.arrayContaining(['R9', 'R5']));
    // A task-based counterpart does business on far less affective trust.
    expect(
      apply(stateWith({ Ta: 15 }, { ...NEUTRAL, relationshipOrientation: 0 }), {
        kind: 'business_ask',
        who: 'x',
        imposition: 1,
      }).result,
    ).toBe(true);
  });

  describe('R10 repair', () => {
    const after = (dimension: 'ability' | 'integrity', how: 'apology' | 'denial', meetingsBetween = 0) => {
      let s = stateWith({ Tc: 60 }, NEUTRAL, true);
      s = apply(s, loss(dimension, 4)).state; // ability: −20; integrity: −25
      for (let i = 0; i < meetingsBetween; i++) s = apply(s, { kind: 'meeting', who: 'x', day: s.day }).state;
      return apply(s, { kind: how, who: 'x' });
    };
    it('an apology restores half a competence loss, 15 % of an integrity loss', () => {
      expect(cp(after('ability', 'apology').state).Tc).toBeCloseTo(40 + 10, 9);
      expect(cp(after('integrity', 'apology').state).Tc).toBeCloseTo(35 + 3.75, 9);
    });
    it('a denial (when innocent) restores more of an integrity loss than an apology', () => {
      expect(cp(after('integrity', 'denial').state).Tc).toBeGreaterThan(
        cp(after('integrity', 'apology').state).Tc,
      );
      expect(cp(after('ability', 'denial').state).Tc).toBeLessThan(cp(after('ability', 'apology').state).Tc);
    });
    it('works within two meetings only', () => {
      expect(cp(after('ability', 'apology', 2).state).Tc).toBeCloseTo(50, 9);
      const late = after('ability', 'apology', 3);
      expect(cp(late.state).Tc).toBeCloseTo(40, 9);
      expect(late.record.explanation).toMatch(/too late/);
    });
    it('never above the value before the violation, and only once', () => {
      let s = apply(stateWith({ Tc: 60 }), loss('ability', 4)).state;
      s = apply(s, gain('ability', 8, 1)).state; // back above 60: 40 + 20·0.84 = 56.8, then:
      s = apply(s, gain('ability', 2, 1)).state; // 56.8 + 5·0.677 = 60.2
      const tc = cp(s).Tc;
      s = apply(s, { kind: 'apology', who: 'x' }).state;
      expect(cp(s).Tc).toBe(tc);
      const twice = apply(after('ability', 'apology').state, { kind: 'apology', who: 'x' });
      expect(cp(twice.state).Tc).toBeCloseTo(50, 9);
      expect(twice.record.explanation).toMatch(/no recent violation/);
    });
  });
});

describe('shown meters', () => {
  it('Trust weighs affective trust more for relationship-based counterparts', () => {
    const values = { Tc: 80, Ta: 20 };
    expect(shownTrust(cp(stateWith(values, { ...NEUTRAL, relationshipOrientation: 0 })))).toBeCloseTo(
      0.3 * 20 + 0.7 * 80,
      9,
    );
    expect(shownTrust(cp(stateWith(values, { ...NEUTRAL, relationshipOrientation: 1 })))).toBeCloseTo(
      0.7 * 20 + 0.3 * 80,
      9,
    );
  });
  it('Rapport shifts weight from positivity to coordination over six meetings', () => {
    expect(shownRapport({ A: 0, P: 100, C: 0, meetings: 0 })).toBeCloseTo(35, 9);
    expect(shownRapport({ A: 0, P: 100, C: 0, meetings: 6 })).toBeCloseTo(10, 9);
    expect(shownRapport({ A: 0, P: 0, C: 100, meetings: 3 })).toBeCloseTo(37.5, 9);
  });
});
