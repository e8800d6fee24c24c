// Cooling between meetings (R6) as records of their own: a meeting after a gap yields first what
// the time did to each counterpart, then the meeting's own effect — with the same numbers as ever.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  calibration,
  describeRecord,
  replay,
  rules,
  shownRapport,
  shownTrust,
} from '../../../../src/core/model/index.ts';
import type { ModelState, RelationshipEvent, Shown } from '../../../../src/core/model/index.ts';
import { NEUTRAL, RUNS, cp, stateWith, storyArb } from './helpers.ts';

const round1 = (n: number) => Math.round(n * 10) / 10;
const shownOf = (s: ModelState, who: string): Shown => ({
  rapport: round1(shownRapport(cp(s, who))),
  trust: round1(shownTrust(cp(s, who))),
});

describe('a meeting after a gap', () => {
  const built = () => stateWith({ Ta: 40, A: 70, P: 60, meetings: 1 });
  const meeting: RelationshipEvent = { kind: 'meeting', who: 'x', day: 38 };
  const meta = { source: 'six_weeks.0.5', note: 'Clear to the customer, loyal to the partner.' };

  it('records the cooling first, as its own record put down to time, then the meeting', () => {
    const s = built();
    const { record, records } = applyEvent(s, meeting, meta);
    expect(records).toHaveLength(2);
    expect(records[1]).toBe(record);
    const [cooling] = records;
    expect(cooling).toMatchObject({
      day: 38,
      who: 'x',
      event: meeting,
      cooling: { lastContactDay: 0, fromDay: 0, toDay: 38, days: 38 },
      rules: ['R6'],
      source: 'six_weeks.0.5',
      shown: { before: shownOf(s, 'x') },
    });
    // Time alone: the coach note of the choice before it is not its "why".
    expect(cooling).not.toHaveProperty('note');
    expect(cooling!.cooling).not.toHaveProperty('choice');
    // Every value R6 moved, and nothing else (Tc does not fade; no goodwill to halve).
    const keep = calibration.KEEP_PER_MEETING;
    const taHalfLife = rules.affectiveHalfLife(NEUTRAL);
    expect(cooling!.changes).toEqual([
      {
        variable: 'Ta',
        before: 40,
        after: expect.closeTo(rules.decayToward(40, 10, 0, 38, taHalfLife, keep), 9),
      },
      { variable: 'A', before: 70, after: expect.closeTo(rules.decayToward(70, 30, 0, 38, 30, keep), 9) },
      { variable: 'P', before: 60, after: expect.closeTo(rules.decayToward(60, 30, 0, 38, 30, keep), 9) },
    ]);
    // By hand: one meeting keeps 15 %, so Ta 40 → 10 + 30·(0.15 + 0.85·2^(−38/90)) = 33.5 and
    // Trust (half Ta, half Tc) falls 3.3; A 70 → 50.1, P 60 → 45.1, so Rapport (0.40 A + 0.31 P
    // at one meeting) falls 12.5.
    expect(cooling!.explanation).toBe(
      'No contact with X for 38 days: the relationship cooled (what was built settles, it does not vanish: at least 15 % of it stays): Trust −3, Rapport −13.',
    );
    expect(describeRecord(cooling!)).toBe(`day 38 · x · meeting("x", 38) · R6 · ${cooling!.explanation}`);
  });

  it("leaves the meeting's record with the meeting's own effect, starting where the cooling ended", () => {
    const { record, records } = applyEvent(built(), meeting, meta);
    expect(record.shown.before).toEqual(records[0]!.shown.after);
    expect(record.rules).toEqual([]);
    expect(record.changes).toEqual([
      { variable: 'day', before: 0, after: 38 },
      { variable: 'meetings', before: 1, after: 2 },
      { variable: 'lastContactDay', before: 0, after: 38 },
    ]);
    expect(record.explanation).toMatch(/^Meeting X on day 39 \(meeting 2\)/);
    expect(record.explanation).not.toMatch(/days|cool/);
    // The meeting's record is the meeting's, as before: its note is the story's to give.
    expect(record.note).toBe(meta.note);
  });

  it('says when a meeting itself moves Rapport: its weights shift from warmth to working together', () => {
    const { record } = applyEvent(stateWith({ P: 30, C: 90, meetings: 2 }), {
      kind: 'meeting',
      who: 'x',
      day: 0,
    });
    expect(record.explanation).toBe(
      'Meeting X on day 1 (meeting 3) — rapport now weighs working together more, first warmth less: Rapport +3.',
    );
  });

  it('yields no cooling record when the clock does not move, or when nothing was there to cool', () => {
    expect(applyEvent(built(), { kind: 'meeting', who: 'x', day: 0 }).records).toHaveLength(1);
    expect(applyEvent(stateWith(), meeting).records).toHaveLength(1);
  });

  it('puts the gap down to the choice that led to it, when the story says so', () => {
    const { records } = applyEvent(built(), meeting, {
      ...meta,
      note: 'A card keeps the contact, not the relationship.',
      choice: 'Send a card and keep in touch by email',
    });
    const cooling = records[0]!;
    expect(cooling.cooling).toMatchObject({ days: 38, choice: 'Send a card and keep in touch by email' });
    expect(cooling.note).toBe('A card keeps the contact, not the relationship.');
    expect(cooling.explanation).toBe(
      '38 days without contact with X after you chose to send a card and keep in touch by email — the relationship cooled (what was built settles, it does not vanish: at least 15 % of it stays): Trust −3, Rapport −13.',
    );
    const quoted = applyEvent(built(), meeting, { choice: 'OK, I will send it.' }).records[0]!;
    expect(quoted.explanation).toMatch(
      /^38 days without contact with X after you chose “OK, I will send it” — /,
    );
  });

  it('says that a strained relationship eases back toward where it started', () => {
    const { records } = applyEvent(stateWith({ A: 10, meetings: 3 }), { kind: 'meeting', who: 'x', day: 30 });
    expect(records[0]!.explanation).toMatch(
      /^No contact with X for 30 days: the strain eased: the relationship drifted back toward where it started: Rapport \+\d+\.$/,
    );
  });

  it('cools another counterpart in steps when meetings with someone else split its gap, and says which step', () => {
    let s = stateWith({ A: 70, meetings: 3 }, NEUTRAL, true);
    s = applyEvent(s, { kind: 'meeting', who: 'y', day: 10 }).state;
    const { records } = applyEvent(s, { kind: 'meeting', who: 'y', day: 30 });
    const x = records.find((r) => r.who === 'x')!;
    expect(x.cooling).toEqual({ lastContactDay: 0, fromDay: 10, toDay: 30, days: 30 });
    expect(x.explanation).toMatch(
      /^No contact with X for 20 more days \(30 in all\): the relationship cooled/,
    );
    expect(records.map((r) => [r.who, r.cooling ? 'cooling' : 'meeting'])).toEqual([
      ['x', 'cooling'],
      ['y', 'meeting'],
    ]);
  });
});

describe('the split changes no number', () => {
  /** The model before coolings had records of their own: decay everyone, then count the meeting. */
  function meetingAsBefore(s: ModelState, e: Extract<RelationshipEvent, { kind: 'meeting' }>): ModelState {
    const ref = structuredClone(s);
    for (const id of ref.order) rules.decay(ref.counterparts[id]!, ref.day, e.day);
    ref.day = e.day;
    const c = ref.counterparts[e.who]!;
    c.meetings += 1;
    c.lastContactDay = e.day;
    const before = shownOf(s, e.who);
    const after = shownOf(ref, e.who);
    if (
      before.trust - after.trust >= calibration.SHOCK_DROP ||
      before.rapport - after.rapport >= calibration.SHOCK_DROP
    )
      c.shockMeeting = c.meetings;
    return ref;
  }

  it('a meeting leaves every counterpart exactly where decaying everyone and counting the meeting did', () => {
    fc.assert(
      fc.property(storyArb, (events) => {
        let s = replay(events.slice(0, 2).map((event) => ({ event }))).state;
        for (const e of events.slice(2)) {
          const next = applyEvent(s, e).state;
          if (e.kind === 'meeting') expect(next).toEqual(meetingAsBefore(s, e));
          s = next;
        }
      }),
      RUNS,
    );
  });

  it("every move is in a record of the counterpart it moved: each record starts where that counterpart's last one ended", () => {
    fc.assert(
      fc.property(storyArb, (events) => {
        const { state, records } = replay(events.map((event) => ({ event })));
        const last = new Map<string, Shown>();
        records.forEach((r, i) => {
          expect(r.seq).toBe(i);
          if (r.shown.before) expect(r.shown.before).toEqual(last.get(r.who));
          last.set(r.who, r.shown.after);
        });
        for (const id of state.order) expect(last.get(id)).toEqual(shownOf(state, id));
      }),
      RUNS,
    );
  });
});
