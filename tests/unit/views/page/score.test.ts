/** The debrief's score sentence: the score, its share of the best reachable, and the pass mark. */
import { describe, expect, it } from 'vitest';
import { scoreSentence } from '../../../../src/views/shared/debrief.ts';

describe('scoreSentence', () => {
  it('gives the score, its share of the best reachable score and whether the pass mark is reached', () => {
    expect(scoreSentence(52.4, { min: 14, max: 77.2 }, 60)).toBe(
      'Relationship score 52 out of 100 — 68% of the best reachable score (77). Pass mark 60: not reached yet.',
    );
    expect(scoreSentence(71.6, { min: 14, max: 77.2 }, 60)).toBe(
      'Relationship score 72 out of 100 — 94% of the best reachable score (77). Pass mark 60: passed.',
    );
  });

  it('leaves out what it does not know', () => {
    expect(scoreSentence(40, null)).toBe('Relationship score 40 out of 100.');
    expect(scoreSentence(40, null, 35)).toBe('Relationship score 40 out of 100. Pass mark 35: passed.');
    expect(scoreSentence(40, { min: 10, max: 80 })).toBe(
      'Relationship score 40 out of 100 — 50% of the best reachable score (80).',
    );
  });
});
