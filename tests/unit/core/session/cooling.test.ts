// Cooling between meetings in a play-through and its debrief: the time before a meeting is its own
// record and its own key moment, put down to time — or to the choice whose branch led into it —
// and never to the choice taken before it. Scores are the same as before the split.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choicesOf, loadStoryFile } from '../../../../build/analysis/golden.ts';
import type { Shown } from '../../../../src/core/model/index.ts';
import { buildDebrief, OWN_MOMENTS } from '../../../../src/core/session/debrief.ts';
import { Session } from '../../../../src/core/session/session.ts';
import { compiledFixture } from '../story/helpers.ts';

const story = () => ({ id: 'cooling', hash: 'h', json: compiledFixture('cooling.ink') });
const GIFT = 0; // day 0: gains with Li Wei and Chen Mei, then the story moves to day 38
const CARD = 0; // day 38: a small gain, then — in the choice's own branch — the next contact on day 120
const DINNER = 1; // day 38: the choice's branch opens with the next contact, on day 60

function play(...path: number[]): Session {
  const s = new Session(story());
  for (const i of path) s.choose(i);
  return s;
}

describe('cooling in a play-through', () => {
  it('records the 38 days before the second meeting on their own, not under the choice before them', () => {
    const s = new Session(story());
    const view = s.choose(GIFT);
    const cooling = s.records.filter((r) => r.cooling && r.day === 38);
    expect(cooling.map((r) => r.who)).toEqual(['liwei', 'mei']);
    const liwei = cooling[0]!;
    expect(liwei.explanation).toBe(
      'No contact with Li Wei for 38 days: the relationship cooled (what was built settles, it does not vanish: at least 15 % of it stays): Trust −4, Rapport −4.',
    );
    expect(liwei.cooling).toEqual({ lastContactDay: 0, fromDay: 0, toDay: 38, days: 38 });
    // Time alone: the gift's coach note is not its "why".
    expect(liwei.note).toBeUndefined();
    // The meeting that follows shows only what the meeting did.
    const meeting = s.records[s.records.indexOf(liwei) + 2]!;
    expect(meeting).toMatchObject({ who: 'liwei', event: { kind: 'meeting', day: 38 } });
    expect(meeting.cooling).toBeUndefined();
    expect(meeting.explanation).toBe('Meeting Li Wei on day 39 (meeting 2): no visible change.');
    expect(meeting.shown.before).toEqual(liwei.shown.after);
    // The coach lists the cooling as a line of its own among what happened.
    expect(view.coach?.effects).toContain(liwei.explanation);
  });

  it('puts a gap down to the choice whose own branch acted and then let the time pass', () => {
    const s = play(GIFT, CARD);
    const gap = s.records.find((r) => r.cooling && r.day === 120 && r.who === 'liwei')!;
    expect(gap.cooling).toMatchObject({ days: 82, choice: 'Send a card and keep in touch by email' });
    expect(gap.note).toBe('A card keeps the contact, not the relationship.');
    expect(gap.explanation).toMatch(
      /^82 days without contact with Li Wei after you chose to send a card and keep in touch by email — the relationship cooled/,
    );
  });

  it('keeps a gap time alone when the choice opens with the meeting (the choice is made when the time has passed)', () => {
    const s = play(GIFT, DINNER);
    const gap = s.records.find((r) => r.cooling && r.day === 60 && r.who === 'liwei')!;
    expect(gap.cooling).not.toHaveProperty('choice');
    expect(gap.note).toBeUndefined();
    expect(gap.explanation).toMatch(/^No contact with Li Wei for 22 days: /);
  });

  it('changes no score on a real path with long gaps (the-president, 101 and 191 days without contact)', () => {
    const golden = readFileSync(resolve(__dirname, '../../../golden/the-president.best.txt'), 'utf8');
    const s = new Session(loadStoryFile(resolve(__dirname, '../../../../stories/the-president.ink')));
    for (const i of choicesOf(golden)) s.choose(i);
    const o = s.current.outcome!;
    const [, rapport, trust, score] = /= ending: \S+ · rapport (\d+) · trust (\d+) · score (\d+)/.exec(
      golden,
    )!;
    expect([o.rapport, o.trust, o.score]).toEqual([Number(rapport), Number(trust), Number(score)]);
    // The gaps are records of their own…
    const long = s.records.filter((r) => r.cooling && r.cooling.days >= 100);
    expect(long.map((r) => `${r.who} ${r.cooling!.days}`)).toEqual(
      expect.arrayContaining(['nakamura 101', 'nakamura 191', 'ishida 191']),
    );
    // …and every move of a counterpart is in one of its own records, end to end.
    const last = new Map<string, Shown>();
    for (const r of s.records) {
      if (r.shown.before) expect(r.shown.before).toEqual(last.get(r.who));
      last.set(r.who, r.shown.after);
    }
    for (const c of s.current.counterparts)
      expect([Math.round(last.get(c.id)!.rapport), Math.round(last.get(c.id)!.trust)]).toEqual([
        c.rapport,
        c.trust,
      ]);
  });
});

describe('cooling in the debrief', () => {
  it('is a key moment of its own, put down to time: no coach note, no replay, the learner’s day', () => {
    const { moments, series } = play(GIFT, CARD).current.outcome!.debrief;
    const time = moments.find((m) => m.cooling && m.day === 38)!;
    expect(time).toMatchObject({
      who: 'liwei',
      cooling: { days: 38, step: 38, choice: null },
      note: null,
      replayPath: null,
      trustDelta: -4.1,
      rapportDelta: -4.3,
    });
    expect(time.explanation).toMatch(/^No contact with Li Wei for 38 days: the relationship cooled/);
    // The choice before the gap keeps only its own effect.
    const gift = moments.filter((m) => m.note?.startsWith('Care for the person'));
    expect(gift.map((m) => m.day)).toEqual([0, 0, 0]);
    expect(gift.every((m) => !m.cooling && /act of/.test(m.explanation))).toBe(true);
    // The chart's point for it is marked as time passing.
    const point = series.liwei!.find((p) => p.seq === time.seq)!;
    expect(point).toMatchObject({ day: 38, cooling: true, moment: time.explanation });
  });

  it('names the choice that led to a gap, with its note and a replay from before it', () => {
    const { moments } = play(GIFT, CARD).current.outcome!.debrief;
    const byChoice = moments.find((m) => m.cooling && m.day === 120)!;
    expect(byChoice).toMatchObject({
      who: 'liwei',
      cooling: { days: 82, step: 82, choice: 'Send a card and keep in touch by email' },
      note: 'A card keeps the contact, not the relationship.',
      replayPath: [GIFT],
    });
  });

  it('gives a cooling of time alone no replay, even when it follows a choice', () => {
    const s = play(GIFT, DINNER);
    const all = buildDebrief(s.records, s.records.length, () => [GIFT]).moments;
    const time = all.find((m) => m.cooling && m.day === 60)!;
    expect(time.replayPath).toBeNull();
    expect(time.note).toBeNull();
    const dinner = all.find((m) => m.note?.startsWith('A promise kept'))!;
    expect(dinner.replayPath).toEqual([GIFT]);
  });
});

describe('key moments on a long story', () => {
  it('are mostly what the learner did: at least three of the five are the learner’s own', () => {
    const golden = readFileSync(resolve(__dirname, '../../../golden/the-president.best.txt'), 'utf8');
    const s = new Session(loadStoryFile(resolve(__dirname, '../../../../stories/the-president.ink')));
    for (const i of choicesOf(golden)) s.choose(i);
    const timeAlone = (m: { cooling: { choice: unknown } | null }) =>
      !!m.cooling && m.cooling.choice === null;
    // Uncapped, the gaps of this story would fill most of the debrief…
    const uncapped = buildDebrief(s.records, 50).moments.filter(timeAlone);
    expect(uncapped.length).toBeGreaterThan(2);
    // …capped, the five moments keep three of the learner's own.
    const { moments } = s.current.outcome!.debrief;
    expect(moments).toHaveLength(5);
    expect(moments.filter((m) => !timeAlone(m))).toHaveLength(OWN_MOMENTS);
  });
});
