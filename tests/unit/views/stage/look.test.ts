import { describe, expect, it } from 'vitest';
import { CASTING, lookOf } from '../../../../src/views/stage/casting.ts';
import { appearanceFor, FACES, HEADS, type Face } from '../../../../src/views/stage/look.ts';
import { personSvg } from '../../../../src/views/stage/portrait.ts';
import { MOODS } from '../../../../src/core/story/tags.ts';
import { wellFormed } from '../../xml.ts';

const ids = Array.from({ length: 60 }, (_, i) => `person-${i}`);

describe('appearance', () => {
  it('is the same for the same id, every time', () => {
    for (const id of ['liwei', 'wang', 'claire', 'x']) expect(appearanceFor(id)).toEqual(appearanceFor(id));
  });

  it('varies face, hair, skin, clothes and age across people', () => {
    const looks = ids.map((id) => appearanceFor(id));
    const kinds = (f: (a: (typeof looks)[number]) => unknown) => new Set(looks.map(f)).size;
    expect(kinds((a) => a.face)).toBe(Object.keys(HEADS).length);
    expect(kinds((a) => a.hairStyle)).toBeGreaterThanOrEqual(8);
    expect(kinds((a) => a.skin)).toBeGreaterThanOrEqual(6);
    expect(kinds((a) => a.outfit)).toBeGreaterThanOrEqual(5);
    expect(kinds((a) => a.age)).toBe(3);
    expect(kinds((a) => a.glasses)).toBe(3);
    // Sixty people, (almost) sixty different looks.
    expect(kinds((a) => JSON.stringify(a))).toBeGreaterThanOrEqual(58);
  });

  it('keeps each look coherent: no facial hair with the long-hair family, grey hair with age', () => {
    for (const a of ids.map((id) => appearanceFor(id))) {
      if (a.longHair) expect(a.facialHair).toBe('none');
      if (a.longHair) expect(['bob', 'long', 'bun', 'ponytail', 'curly']).toContain(a.hairStyle);
      if (a.age === 'senior') expect([0x8f8c88, 0xb9b5ae, 0xd6d2cb]).toContain(a.hair);
    }
  });
});

describe('expressions', () => {
  const differences = (a: Face, b: Face) => (Object.keys(a) as (keyof Face)[]).filter((k) => a[k] !== b[k]);

  it('every pair of moods differs in brows, mouth and posture', () => {
    for (const m of MOODS) {
      for (const n of MOODS) {
        if (m >= n) continue;
        const diff = differences(FACES[m], FACES[n]);
        expect(diff, `${m} vs ${n}`).toEqual(expect.arrayContaining(['mouth', 'arms']));
        expect(
          diff.some((k) => k.startsWith('brow')),
          `${m} vs ${n} brows`,
        ).toBe(true);
        expect(diff.length, `${m} vs ${n}`).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('reads the way the mood says: worried brows when uneasy, stern and arms crossed when closed', () => {
    expect(FACES.pleased.mouth).toBe('smile');
    expect(FACES.pleased.eyeSmile).toBe(true);
    expect(FACES.uneasy.browInner).toBeGreaterThan(FACES.neutral.browInner);
    expect(FACES.uneasy.arms).toBe('neck');
    expect(FACES.closed.browInner).toBeLessThan(FACES.neutral.browInner);
    expect(FACES.closed.eyeOpen).toBeLessThan(1);
    expect(FACES.closed.arms).toBe('crossed');
    expect(FACES.neutral.arms).toBe('rest');
  });

  it('draws a different, well-formed picture for each mood of the same person', () => {
    for (const id of ['wang', 'claire', 'person-7']) {
      const svgs = MOODS.map((m) => personSvg(appearanceFor(id), FACES[m]));
      expect(new Set(svgs).size).toBe(MOODS.length);
      for (const svg of svgs) expect(wellFormed(svg)).toBe(true);
    }
  });
});

describe('casting', () => {
  it('gives cast characters the traits their stories describe, and keeps the rest hashed', () => {
    for (const [id, cast] of Object.entries(CASTING)) {
      const look = lookOf(id);
      for (const [trait, value] of Object.entries(cast)) {
        if (trait === 'tone' || trait === 'hairColour') continue;
        expect(look[trait as keyof typeof look], `${id}.${trait}`).toBe(value);
      }
      if (cast.longHair) expect(look.facialHair).toBe('none');
      expect(lookOf(id)).toEqual(look);
    }
    // An id nobody cast still gets a complete look.
    expect(lookOf('someone-new')).toEqual(appearanceFor('someone-new'));
  });

  it('tells apart the people who share a story', () => {
    const groups = [
      ['claire', 'etienne'],
      ['lakshmi', 'rohit'],
      ['nakamura', 'ishida', 'hoshino'],
      ['ruth', 'dewi'],
    ];
    for (const group of groups) {
      const looks = group.map(lookOf);
      for (let i = 0; i < looks.length; i++)
        for (let j = i + 1; j < looks.length; j++) {
          const a = looks[i]!;
          const b = looks[j]!;
          const differ = (
            ['hairStyle', 'hair', 'skin', 'outfit', 'jacket', 'glasses', 'face'] as const
          ).filter((k) => a[k] !== b[k]);
          expect(differ.length, `${group[i]} vs ${group[j]}`).toBeGreaterThanOrEqual(4);
        }
    }
  });
});
