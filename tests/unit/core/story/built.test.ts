/**
 * A compiled story's runtime content built once and shared (src/core/story/built.ts): built a part
 * per task for every scenario, and shared by several sessions at once, each plays exactly as a
 * session on content of its own — every step's lines, choices and model, over several paths.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../../../src/core/session/session.ts';
import type { LoadedStory } from '../../../../src/core/session/types.ts';
import { buildInParts, isBuilt } from '../../../../src/core/story/built.ts';
import { loadStory } from '../../app/lms/helpers.ts';

const stories = readdirSync(resolve(__dirname, '../../../../stories'))
  .filter((f) => f.endsWith('.ink'))
  .map((f) => f.replace(/\.ink$/, ''));

/** The same story on a JSON object of its own (content built apart from any other). */
const apart = (story: LoadedStory): LoadedStory => ({ ...story, json: structuredClone(story.json) });

/** Every step of a play-through that takes choice (step + seed) mod count, as plain data. */
function steps(session: Session, seed: number): string[] {
  const seen = [JSON.stringify(session.current)];
  for (let step = 0; step < 80 && !session.current.ended; step++) {
    const count = session.current.choices.length;
    if (!count) break;
    session.choose((step + seed) % count);
    seen.push(JSON.stringify(session.current));
  }
  return seen;
}

describe('ink content built once and shared', () => {
  it.each(stories)(
    '%s: built a part at a time, it plays every step as content built in one go',
    async (id) => {
      const story = apart(loadStory(id));
      let pauses = 0;
      await buildInParts(story.json, async () => {
        pauses++;
      });
      expect(isBuilt(story.json)).toBe(true);
      expect(pauses).toBeGreaterThan(1); // in parts: a scenario is several parts
      for (const seed of [0, 1, 2]) {
        const mine = steps(new Session(story), seed);
        expect(mine.length).toBeGreaterThan(5);
        expect(mine).toEqual(steps(new Session(apart(story)), seed));
      }
    },
  );

  it('sessions sharing content never see each other’s state: played in turn, each is as if alone', () => {
    const story = apart(loadStory('lost-face'));
    const first = new Session(story); // builds the content
    const second = new Session(story); // shares it
    expect(isBuilt(story.json)).toBe(true);
    const alone = [steps(new Session(apart(story)), 0), steps(new Session(apart(story)), 1)];
    const together: string[][] = [[JSON.stringify(first.current)], [JSON.stringify(second.current)]];
    for (let step = 0; step < 80; step++) {
      let moved = false;
      for (const [i, s] of [first, second].entries()) {
        const count = s.current.choices.length;
        if (s.current.ended || !count) continue;
        s.choose((step + i) % count);
        together[i]!.push(JSON.stringify(s.current));
        moved = true;
      }
      if (!moved) break;
    }
    expect(together[0]).toEqual(alone[0]);
    expect(together[1]).toEqual(alone[1]);
  });

  it('leaves what is not compiled ink to the runner, which says what is wrong', async () => {
    const broken = { inkVersion: 21 };
    await buildInParts(broken, async () => {});
    expect(isBuilt(broken)).toBe(false);
    expect(() => new Session({ id: 'broken', hash: 'x', json: broken })).toThrow(/could not be loaded/);
  });
});
