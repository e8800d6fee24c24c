/** Rebuilding a play-through from its path (src/core/session/replay.ts). */
import { describe, expect, it } from 'vitest';
import { replay } from '../../../../src/core/session/replay.ts';
import { Session } from '../../../../src/core/session/session.ts';
import { compiledFixture } from '../story/helpers.ts';

const story = () => ({ id: 'session', hash: 'h', json: compiledFixture('session.ink') });

describe('replay', () => {
  it('gives the same lines, meters and log as playing the path by hand', () => {
    const byHand = new Session(story());
    const path: number[] = [];
    while (!byHand.current.ended && byHand.current.choices.length) {
      const i = path.length % byHand.current.choices.length;
      path.push(i);
      byHand.choose(i);
    }
    expect(path.length).toBeGreaterThan(1);
    const again = replay(story(), path);
    expect(again.current).toEqual(byHand.current);
    expect(again.current.path).toEqual(path);
  });

  it('stops where the path no longer fits, or says so when asked to be strict', () => {
    const first = new Session(story()).current.choices.length;
    const stopped = replay(story(), [0, 99, 0]);
    expect(stopped.current.path).toEqual([0]);
    expect(replay(story(), [first]).current.path).toEqual([]);
    expect(() => replay(story(), [0, 99], { strict: true })).toThrow(
      /step 2 of the path asks for choice 100, but only \d+ are offered/,
    );
  });
});
