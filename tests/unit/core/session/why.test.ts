// A choice's coach note ("Why: …" in the debrief) explains only what the choice did: the events in
// its own branch and in the tunnels it calls — never a later scene's event the story diverted to
// (found playing after-hours: the revision-C crisis was explained with the contract clause's note).
import { describe, expect, it } from 'vitest';
import { Session } from '../../../../src/core/session/session.ts';
import { compiledFixture } from '../story/helpers.ts';

const play = (choice: number) => {
  const s = new Session({ id: 'why', hash: 'h', json: compiledFixture('why.ink') });
  s.choose(choice);
  return s.records.filter((r) => r.event.kind === 'gain' || r.event.kind === 'loss');
};

describe('what a coach note explains', () => {
  it("gives the choice's note to the events of its own branch and of a tunnel it calls", () => {
    const [own, tunnel] = play(0);
    expect(own).toMatchObject({
      event: { dimension: 'integrity' },
      note: 'A promise you cannot keep is a debt.',
    });
    expect(tunnel).toMatchObject({ event: { dimension: 'coordination', size: 3 }, note: own!.note });
  });

  it('gives no note to an event in the knot the choice diverts to: it is the story, not the choice', () => {
    for (const choice of [0, 1]) {
      const crisis = play(choice).find((r) => r.event.kind === 'loss' && r.day === 30)!;
      expect(crisis.event).toMatchObject({ dimension: 'coordination', size: 8 });
      expect(crisis.note).toBeUndefined();
    }
  });
});
