import { describe, expect, it } from 'vitest';
import { Session } from '../../../../src/core/session/session.ts';
import { compiledFixture } from '../story/helpers.ts';

const story = () => ({ id: 'session', hash: 'h', json: compiledFixture('session.ink') });

describe('Session (headless play-through)', () => {
  it('starts with the first lines, the scene, the counterpart and the choices', () => {
    const s = new Session(story());
    const v = s.current;
    expect(v.lines.map((l) => [l.speakerName, l.text])).toEqual([['Li Wei', 'Welcome to Shanghai.']]);
    expect(v.scene).toMatchObject({ place: 'meeting-room', location: 'Shanghai', day: 0 });
    expect(v.counterparts.map((c) => c.name)).toEqual(['Li Wei']);
    expect(v.choices.map((c) => c.text)).toEqual(['Thank him for the welcome', 'Get straight to the agenda']);
    expect(v.coach).toBeNull();
  });

  it('moves the meters with each choice and explains it in the coach feedback', () => {
    const s = new Session(story());
    const before = s.current.counterparts[0]!;
    const v = s.choose(0);
    expect(v.lines.find((l) => l.kind === 'choice')).toMatchObject({
      kind: 'choice',
      text: 'Thank him for the welcome',
      speakerName: 'You',
    });
    expect(v.coach?.note).toBe('Warmth first builds goodwill.');
    expect(v.coach?.effects.length).toBeGreaterThan(0);
    const after = v.counterparts[0]!;
    expect(after.trust + after.rapport).toBeGreaterThan(before.trust + before.rapport);
    expect(s.records.some((r) => r.note === 'Warmth first builds goodwill.')).toBe(true);
  });

  it('a public face threat costs far more than the same ask in private', () => {
    const pub = new Session(story());
    pub.choose(0);
    const pubView = pub.choose(0);
    const priv = new Session(story());
    priv.choose(0);
    const privView = priv.choose(1);
    expect(pubView.counterparts[0]!.trust).toBeLessThan(privView.counterparts[0]!.trust - 5);
    expect(pubView.cues).toContain('Face lost in front of the team');
    const quiet = pubView.lines.find((l) => l.text === 'He goes quiet.');
    expect(quiet?.tags).toContainEqual({ name: 'mood', value: 'closed' });
    expect(pubView.counterparts[0]!.expression).toBe('closed');
  });

  it('reaches an ending chosen by the relationship state, with its learning points', () => {
    const good = new Session(story());
    good.choose(0);
    const end = good.choose(1);
    expect(end.ended).toBe(true);
    expect(end.ending).toEqual({
      id: 'good',
      title: 'Good',
      learn: [
        { seed: '000', text: 'Ask in private.' },
        { seed: '000', text: 'Goodwill built early carries a hard request later.' },
        { seed: '000', text: 'A welcome is part of the business, not a delay to it.' },
      ],
    });
    expect(end.choices).toEqual([]);
    expect(end.path).toEqual([0, 1]);
  });

  it('replaying the same choices reproduces the same state exactly', () => {
    const a = new Session(story());
    a.choose(1);
    a.choose(0);
    const b = new Session(story());
    b.choose(1);
    b.choose(0);
    expect(JSON.stringify(b.relationship)).toBe(JSON.stringify(a.relationship));
    expect(b.current.ending?.id).toBe(a.current.ending?.id);
  });

  it('jumps in at a knot', () => {
    const s = new Session(story(), { startAt: 'the_ask' });
    expect(s.current.lines[0]!.text).toBe('The team is in the room.');
  });

  it('rejects a choice that is not on screen', () => {
    const s = new Session(story());
    expect(() => s.choose(7)).toThrow(RangeError);
  });
});
