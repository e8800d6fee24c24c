/**
 * The debrief's key moments as the learner reads them: a relationship that cooled between meetings
 * says "Time passed", counts days from 1 like the rest of the debrief, and has no "Why" and no
 * replay unless a choice led to the gap; the chart marks it apart from what the learner did.
 */
import { describe, expect, it } from 'vitest';
import type { KeyMoment } from '../../../../src/core/session/debrief.ts';
import { Session } from '../../../../src/core/session/session.ts';
import { chartData } from '../../../../src/views/shared/debrief-chart.ts';
import { momentWords, timeLabel } from '../../../../src/views/shared/debrief.ts';
import { compiledFixture } from '../../core/story/helpers.ts';

const names = { liwei: 'Li Wei', mei: 'Chen Mei' };

/** tests/fixtures/story/cooling.ink: a gift on day 1, 38 days alone, then a card and 82 days. */
function debrief() {
  const s = new Session({ id: 'cooling', hash: 'h', json: compiledFixture('cooling.ink') });
  s.choose(0);
  s.choose(0);
  return s.current.outcome!.debrief;
}

describe('a cooling key moment, in words', () => {
  it('is time passing, on the learner’s day, with no “Why” and no replay', () => {
    const m = debrief().moments.find((k) => k.cooling && k.day === 38)!;
    expect(momentWords(m, names)).toEqual({
      head: 'Day 39 · Li Wei · Time passed — 38 days without contact · Trust −4 · Rapport −4',
      what: 'No contact with Li Wei for 38 days: the relationship cooled (what was built settles, it does not vanish: at least 15 % of it stays): Trust −4, Rapport −4.',
      why: null,
      replay: false,
      time: true,
    });
  });

  it('names a choice that led to the gap, with that choice’s note and a replay', () => {
    const m = debrief().moments.find((k) => k.cooling && k.day === 120)!;
    const words = momentWords(m, names);
    expect(words.head).toBe(
      'Day 121 · Li Wei · Time passed — 82 days without contact, after your choice · Trust −6 · Rapport −3',
    );
    expect(words.what).toMatch(/^82 days without contact with Li Wei after you chose to send a card/);
    expect(words).toMatchObject({
      why: 'A card keeps the contact, not the relationship.',
      replay: true,
      time: true,
    });
  });

  it('leaves a choice’s moment as it was', () => {
    const m = debrief().moments.find((k) => !k.cooling && k.who === 'liwei' && k.trustDelta > 0)!;
    expect(momentWords(m, names)).toEqual({
      head: 'Day 1 · Li Wei · Trust +22 · Rapport ±0',
      what: 'A major act of care (benevolence) that fits Li Wei well: Trust +22.',
      why: 'Care for the person, not only the deal, builds affective trust.',
      replay: true,
      time: false,
    });
  });

  it('says which part of a split gap a step covers', () => {
    const step = { cooling: { days: 61, step: 34, choice: null } } as KeyMoment;
    expect(timeLabel(step)).toBe('Time passed — 34 more days without contact (61 in all)');
    expect(timeLabel({ cooling: { days: 1, step: 1, choice: 'x' } } as KeyMoment)).toBe(
      'Time passed — 1 day without contact, after your choice',
    );
    expect(timeLabel({ cooling: null } as KeyMoment)).toBeNull();
  });
});

describe('the chart', () => {
  it('marks a cooling moment apart from what the learner did', () => {
    const d = debrief();
    const { data, series } = chartData(d, names);
    const labels = series.map((s) => s.label);
    const did = data[labels.indexOf('Key moment')] as (number | null)[];
    const time = data[labels.indexOf('Key moment: time passed')] as (number | null)[];
    expect(time.filter((v) => v !== null)).toHaveLength(d.moments.filter((m) => m.cooling).length);
    expect(did.filter((v) => v !== null)).toHaveLength(d.moments.filter((m) => !m.cooling).length);
    // x is the in-story day: the 38-day gap's mark sits on day 38 (shown as day 39).
    const xs = data[0] as number[];
    const marked = time.flatMap((v, i) => (v === null ? [] : [Math.floor(xs[i]!)]));
    expect(marked).toEqual([38, 120]);
  });
});
