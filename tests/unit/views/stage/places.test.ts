import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMBIENCE_BY_PLACE, ambienceFor, FALLBACK_AMBIENCE } from '../../../../src/core/sound-catalog.ts';
import { learnerSvg } from '../../../../src/views/stage/learner.ts';
import { ART, placeArt } from '../../../../src/views/stage/places/art.ts';
import {
  DRAWN_PLACES,
  isKnownPlace,
  placeArtKey,
  placeInfo,
  placeName,
  PLACES,
} from '../../../../src/views/stage/places/index.ts';
import { wellFormed } from '../../xml.ts';

/**
 * The places docs/authoring.md promises authors: the ids in backticks in the `# place:` row of the
 * tags table, between "Places the stage draws:" and "Any other id". Stories are content and may
 * use any id (an unknown one is drawn as a neutral room), so the art is held to the documentation,
 * not to the stories.
 */
function documentedPlaces(): string[] {
  const doc = readFileSync(resolve(process.cwd(), 'docs/authoring.md'), 'utf8');
  const row = doc.split('\n').find((l) => l.startsWith('| `# place:'));
  const list = /Places the stage draws:(.*?)Any other id/.exec(row ?? '')?.[1] ?? '';
  return [...list.matchAll(/`([\w-]+)`/g)].map((m) => m[1]!);
}

describe('places', () => {
  it('draws every place the authoring guide lists, with an ambience for each', () => {
    const documented = documentedPlaces();
    expect(documented.length).toBeGreaterThan(10);
    for (const place of documented) {
      expect(isKnownPlace(place), `${place}: no art`).toBe(true);
      expect(Object.hasOwn(AMBIENCE_BY_PLACE, place), `${place}: no ambience`).toBe(true);
    }
  });

  it('documents every place it draws, so the guide and the art cannot drift apart', () => {
    const documented = new Set(documentedPlaces());
    for (const place of Object.keys(PLACES))
      expect(documented.has(place), `${place}: not in docs/authoring.md`).toBe(true);
    for (const place of Object.keys(AMBIENCE_BY_PLACE)) expect(documented.has(place), place).toBe(true);
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

  it('gives an unknown place a neutral room, a readable name and a quiet ambience, never an error', () => {
    for (const place of ['submarine', 'night-market', 'board_room', 'x']) {
      expect(isKnownPlace(place), place).toBe(false);
      expect(() => placeArt(place, ['wang'])).not.toThrow();
      const art = placeArt(place, ['wang']);
      expect(wellFormed(art.back), place).toBe(true);
      expect(wellFormed(art.front), place).toBe(true);
      expect(art.back).toBe(placeArt(null).back);
      expect(placeArtKey(place)).toBe('neutral');
      expect(placeInfo(place)).toMatchObject({ call: false, standing: false });
      expect(ambienceFor(place)).toBe(FALLBACK_AMBIENCE);
    }
    expect(placeName('submarine')).toBe('Submarine');
    expect(placeName('night-market')).toBe('Night market');
    expect(placeName('board_room')).toBe('Board room');
    expect(placeInfo('night-market').name).toBe('Night market');
    expect(placeArtKey(null)).toBe('neutral');
    expect(placeName(null)).toBe('');
  });

  it('has art of its own for every drawn place (the files the build writes), and the neutral room', () => {
    expect(Object.keys(ART).sort()).toEqual([...DRAWN_PLACES, 'neutral'].sort());
    expect(DRAWN_PLACES).not.toContain('video-call');
  });

  it('redraws a video call when the people in it change, and only then', () => {
    expect(placeArtKey('video-call', ['a'])).not.toBe(placeArtKey('video-call', ['a', 'b']));
    expect(placeArtKey('office', ['a'])).toBe(placeArtKey('office', ['a', 'b']));
    expect(placeArt('video-call', ['a']).back).not.toBe(placeArt('video-call', ['a', 'b']).back);
  });
});
