// parseCall: every call an author can get wrong is refused with a message naming the problem and
// the fix; and applyEvent's checks that need the story so far.
import { describe, expect, it } from 'vitest';
import { AuthorError, VOCABULARY, applyEvent, parseCall } from '../../../../src/core/model/index.ts';
import { cp, stateWith } from './helpers.ts';

const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AuthorError);
    return (e as Error).message;
  }
  throw new Error('expected an AuthorError');
};
const refuse = (name: string, args: unknown[]) => message(() => parseCall(name, args));

describe('parseCall accepts the vocabulary', () => {
  it('turns each word into its event', () => {
    expect(parseCall('counterpart', ['liwei', 'Li Wei', 0.8, 0.8, 0.8, 0.2, 0.6])).toEqual({
      kind: 'counterpart',
      who: 'liwei',
      name: 'Li Wei',
      profile: {
        relationshipOrientation: 0.8,
        powerDistance: 0.8,
        collectivism: 0.8,
        directness: 0.2,
        flexibility: 0.6,
      },
    });
    expect(parseCall('meeting', ['liwei', 3])).toEqual({ kind: 'meeting', who: 'liwei', day: 3 });
    expect(parseCall('gain', ['liwei', 'benevolence', 4, 1])).toEqual({
      kind: 'gain',
      who: 'liwei',
      dimension: 'benevolence',
      size: 4,
      fit: 1,
    });
    expect(parseCall('loss', ['liwei', 'integrity', 20, 0.5])).toMatchObject({
      kind: 'loss',
      size: 20,
      fit: 0.5,
    });
    expect(parseCall('face_threat', ['liwei', 1, 0.5, true, 0])).toEqual({
      kind: 'face_threat',
      who: 'liwei',
      imposition: 1,
      powerGap: 0.5,
      inPublic: true,
      redress: 0,
    });
    expect(parseCall('face_threat', ['liwei', 1, 0.5, 0, 0])).toMatchObject({ inPublic: false });
    expect(parseCall('business_ask', ['liwei', 0.3])).toEqual({
      kind: 'business_ask',
      who: 'liwei',
      imposition: 0.3,
    });
    for (const kind of ['handover', 'apology', 'denial'])
      expect(parseCall(kind, ['liwei'])).toEqual({ kind, who: 'liwei' });
  });
  it('lists every word with its arity', () => {
    expect(Object.fromEntries(VOCABULARY.map((w) => [w.name, w.params.length]))).toEqual({
      counterpart: 7,
      meeting: 2,
      gain: 4,
      loss: 4,
      face_threat: 5,
      business_ask: 2,
      handover: 1,
      apology: 1,
      denial: 1,
      rapport: 1,
      trust: 1,
    });
  });
});

describe('parseCall refuses mistakes with the problem and the fix', () => {
  it('unknown word', () => {
    expect(refuse('gian', ['liwei', 'ability', 4, 1])).toMatch(
      /^gian\("liwei", "ability", 4, 1\): "gian" is not a relationship word \(did you mean "gain"\?\) — use one of counterpart, meeting, gain/,
    );
  });
  it('a reader used as an event', () => {
    expect(refuse('trust', ['liwei'])).toMatch(/only reads a meter/);
  });
  it('wrong arity', () => {
    expect(refuse('gain', ['liwei', 'ability', 4])).toBe(
      'gain("liwei", "ability", 4): gain takes 4 arguments (who, dimension, size, fit), got 3 — write gain(who, dimension, size, fit).',
    );
    expect(refuse('apology', [])).toMatch(/apology takes 1 argument \(who\), got 0/);
  });
  it('wrong types', () => {
    expect(refuse('gain', [3, 'ability', 4, 1])).toMatch(
      /who must be a non-empty text in quotes, e\.g\. "liwei" — got 3/,
    );
    expect(refuse('gain', ['liwei', 'ability', '4', 1])).toMatch(
      /size must be a number 1\.\.20 .* — got "4"/,
    );
    expect(refuse('face_threat', ['liwei', 1, 0.5, 'yes', 0])).toMatch(
      /in_public must be true or false \(without quotes\) — got "yes"/,
    );
    expect(refuse('counterpart', ['liwei', '', 0.8, 0.8, 0.8, 0.2, 0.6])).toMatch(
      /name must be a non-empty text/,
    );
    expect(refuse('meeting', ['liwei', Number.NaN])).toMatch(/day must be a number/);
  });
  it('unknown dimension', () => {
    expect(refuse('loss', ['liwei', 'honesty', 4, 1])).toBe(
      'loss("liwei", "honesty", 4, 1): unknown dimension "honesty" — use one of ability, integrity, benevolence, attentiveness, positivity, coordination.',
    );
  });
  it('out-of-range size, fit and scales', () => {
    expect(refuse('gain', ['liwei', 'ability', 0, 1])).toMatch(
      /size 0 is out of range — use a number from 1 to 20/,
    );
    expect(refuse('gain', ['liwei', 'ability', 25, 1])).toMatch(/size 25 is out of range/);
    expect(refuse('gain', ['liwei', 'ability', 4, 2])).toMatch(
      /fit 2 is out of range — use a number from 0\.5 to 1\.5 \(1 = neutral/,
    );
    expect(refuse('face_threat', ['liwei', 1.2, 0.5, true, 0])).toMatch(
      /imposition 1\.2 is out of range — use a number from 0 to 1/,
    );
    expect(refuse('face_threat', ['liwei', 1, 0.5, true, -0.1])).toMatch(/redress -0\.1 is out of range/);
    expect(refuse('counterpart', ['liwei', 'Li Wei', 0.8, 8, 0.8, 0.2, 0.6])).toMatch(
      /pd 8 is out of range — use a number from 0 to 1 \(0 flat … 1 hierarchical\)/,
    );
    expect(refuse('meeting', ['liwei', -1])).toMatch(/day -1 is out of range/);
  });
});

describe('applyEvent refuses what does not fit the story so far', () => {
  it('an undeclared counterpart', () => {
    expect(message(() => applyEvent(stateWith(), { kind: 'apology', who: 'mei' }))).toMatch(
      /^apology\("mei"\): no counterpart "mei" has been declared/,
    );
  });
  it('time running backwards', () => {
    const s = applyEvent(stateWith(), { kind: 'meeting', who: 'x', day: 5 }).state;
    expect(message(() => applyEvent(s, { kind: 'meeting', who: 'x', day: 3 }))).toMatch(
      /^meeting\("x", 3\): day 3 is before day 5.*day ≥ 5/,
    );
  });
  it('a counterpart declared twice: the same profile is harmless, a different one is an error', () => {
    const s = stateWith({ Ta: 50 });
    const again = applyEvent(s, { kind: 'counterpart', who: 'x', name: 'X', profile: cp(s).profile });
    expect(again.state).toEqual(s);
    expect(again.record.changes).toEqual([]);
    expect(
      message(() => applyEvent(s, { kind: 'counterpart', who: 'x', name: 'Xavier', profile: cp(s).profile })),
    ).toMatch(/already declared as "X" with a different profile/);
  });
});
