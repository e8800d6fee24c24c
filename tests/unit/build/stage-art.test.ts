import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { cardSvg, firstScene, stageArtPlugin, storyPlaces } from '../../../build/stage-art.ts';
import { ART } from '../../../src/views/stage/places/art.ts';
import { wellFormed } from '../xml.ts';

const STORIES = resolve('stories');

/** What the plugin writes into a build, by file name. */
function emitted(plugin: Plugin): Map<string, string> {
  const files = new Map<string, string>();
  const context = {
    emitFile: (f: { fileName: string; source: string }) => (files.set(f.fileName, f.source), f.fileName),
  };
  (plugin.configResolved as (c: { root: string }) => void)({ root: process.cwd() });
  (plugin.generateBundle as unknown as (this: typeof context) => void).call(context);
  return files;
}

describe('the stage art drawn at build time', () => {
  it('reads the places a story names in order, through its INCLUDEs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stage-art-'));
    writeFileSync(
      join(dir, 'a.ink'),
      'INCLUDE b.ink\nHello. # place: pub # speaker: kim\nOK # place: office\n',
    );
    writeFileSync(
      join(dir, 'b.ink'),
      '~ counterpart("kim", "Kim Lee", 1, 1, 1, 1, 1)\nAgain # place: pub\nAt last # place: car\n',
    );
    expect(storyPlaces(join(dir, 'a.ink'))).toEqual(['pub', 'office', 'car']);
    // Alone in a hotel the night before: the card shows where the first person is met.
    writeFileSync(
      join(dir, 'c.ink'),
      '~ counterpart("kim", "Kim Lee", 1, 1, 1, 1, 1)\nThe hotel. # place: lobby-night\nSee you. # speaker: kim # via: email\nThe lobby. # place: reception\nHello. # speaker: kim\n',
    );
    expect(firstScene(join(dir, 'c.ink'))).toEqual({
      place: 'reception',
      person: { id: 'kim', name: 'Kim Lee' },
    });
    expect(firstScene(join(dir, 'a.ink'))).toEqual({ place: 'pub', person: { id: 'kim', name: 'Kim Lee' } });
  });

  it("finds every story's first scene: a place and a counterpart who speaks", () => {
    const lost = firstScene(join(STORIES, 'lost-face.ink'));
    expect(lost.place).toBeTruthy();
    expect(lost.person?.name).toBeTruthy();
  });

  it('writes every place and a card per story, each well-formed SVG', () => {
    const files = emitted(stageArtPlugin());
    for (const place of Object.keys(ART))
      for (const layer of ['back', 'front'])
        expect(wellFormed(files.get(`places/${place}-${layer}.svg`) ?? ''), `${place} ${layer}`).toBe(true);
    const cards = [...files.keys()].filter((f) => f.startsWith('cards/'));
    expect(cards.length).toBeGreaterThanOrEqual(12);
    for (const card of cards) expect(wellFormed(files.get(card)!), card).toBe(true);
  });

  it("writes only the places of the chosen stories, and the neutral room (a package's module)", () => {
    const files = emitted(stageArtPlugin({ only: ['lost-face'] }));
    const used = storyPlaces(join(STORIES, 'lost-face.ink')).filter((p) => p in ART);
    const places = new Set(
      [...files.keys()]
        .filter((f) => f.startsWith('places/'))
        .map((f) => /places\/(.+)-(back|front)\.svg/.exec(f)![1]),
    );
    expect([...places].sort()).toEqual([...used, 'neutral'].sort());
    expect(places.has('pub')).toBe(false);
    expect([...files.keys()].filter((f) => f.startsWith('cards/'))).toEqual(['cards/lost-face.svg']);
  });

  it('draws the card as the stage would: the place behind, the person, the front layer over them', () => {
    const svg = cardSvg({ place: 'restaurant', person: { id: 'wang', name: 'Wang Haitao' } });
    expect(wellFormed(svg)).toBe(true);
    const [back = -1, person = -1, front = -1] = ['b-', 'p-', 'f-'].map((p) => svg.indexOf(`id="${p}`));
    expect(back).toBeGreaterThan(0);
    expect(person).toBeGreaterThan(back);
    expect(front).toBeGreaterThan(person);
    // Ids are scoped: no two elements share one.
    const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // In a video call the person is in the call's tile.
    expect(cardSvg({ place: 'video-call', person: { id: 'priya', name: 'Priya' } })).toContain('id="p-');
    // Nobody in the room of a place without a person; an unknown place is the neutral room.
    const empty = cardSvg({ place: 'submarine', person: null });
    expect(wellFormed(empty)).toBe(true);
    expect(empty).not.toContain('id="p-');
  });
});
