import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnerSvg } from '../../../../src/views/stage/learner.ts';
import {
  isKnownPlace,
  placeArt,
  placeArtKey,
  placeInfo,
  placeName,
  PLACES,
} from '../../../../src/views/stage/places/index.ts';
import { wellFormed } from '../../xml.ts';

const storiesDir = resolve(process.cwd(), 'stories');
const placesInStories = [
  ...new Set(
    readdirSync(storiesDir)
      .filter((f) => f.endsWith('.ink'))
      .flatMap((f) =>
        [...readFileSync(resolve(storiesDir, f), 'utf8').matchAll(/#\s*place:\s*([\w-]+)/g)].map(
          (m) => m[1]!,
        ),
      ),
  ),
];

describe('places', () => {
  it('has drawn art for every place the stories use', () => {
    expect(placesInStories.length).toBeGreaterThan(0);
    for (const place of placesInStories) expect(isKnownPlace(place), place).toBe(true);
  });

  it('draws every known place as two well-formed, distinct layers', () => {
    expect(wellFormed('<svg><g></svg>')).toBe(false); // the check itself can fail
    const backs = new Set<string>();
    for (const place of Object.keys(PLACES)) {
      const art = placeArt(place, ['wang']);
      expect(wellFormed(art.back), `${place} back`).toBe(true);
      expect(wellFormed(art.front), `${place} front`).toBe(true);
      expect(art.back.length, place).toBeGreaterThan(1500);
      backs.add(art.back);
    }
    expect(backs.size).toBe(Object.keys(PLACES).length);
    expect(wellFormed(learnerSvg())).toBe(true);
  });

  it('gives an unknown place a neutral room and a readable name, never an error', () => {
    expect(isKnownPlace('trade-fair')).toBe(false);
    expect(placeName('trade-fair')).toBe('Trade fair');
    expect(placeInfo('trade-fair')).toMatchObject({ name: 'Trade fair', call: false });
    expect(wellFormed(placeArt('trade-fair').back)).toBe(true);
    expect(placeArtKey('trade-fair')).toBe('neutral');
    expect(placeArtKey(null)).toBe('neutral');
  });

  it('redraws a video call when the people in it change, and only then', () => {
    expect(placeArtKey('video-call', ['a'])).not.toBe(placeArtKey('video-call', ['a', 'b']));
    expect(placeArtKey('office', ['a'])).toBe(placeArtKey('office', ['a', 'b']));
    expect(placeArt('video-call', ['a']).back).not.toBe(placeArt('video-call', ['a', 'b']).back);
  });
});
