// @vitest-environment happy-dom
/**
 * The learner's path map in My progress (src/views/page/path-map.ts), drawn in happy-dom from the
 * story map fixture's build-time layout: what was found is solid and named, what was not is faint
 * and says nothing of the words of options not taken or the titles of endings not found; the
 * picture's summary and the map as a list say the same. And the progress screen loads a story's
 * map only when the story has been played.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeStory } from '../../../../build/analysis/analyzer.ts';
import { layOutLearnerMap } from '../../../../build/analysis/learner-map.ts';
import type { CatalogEntry } from '../../../../src/app/catalog.ts';
import {
  addAttempt,
  emptyProfile,
  MemoryStore,
  noteChoiceSources,
} from '../../../../src/app/persist/index.ts';
import { createSettingsStore } from '../../../../src/app/stores/settings.ts';
import type { StoryMap } from '../../../../src/core/story-map.ts';
import { mapProgress, renderPathMap, type Found } from '../../../../src/views/page/path-map.ts';
import { renderProfile } from '../../../../src/views/page/profile.ts';

const fixture = resolve(__dirname, '../../build/analysis/fixtures/story-map.ink');
let laidOut: StoryMap | null = null;
const storyMap = () => (laidOut ??= layOutLearnerMap(analyzeStory(fixture, { graph: true }).graph!)!);

/** The source of an option, by its words. */
const source = (text: string) =>
  storyMap()
    .scenes.flatMap((s) => s.choices)
    .find((c) => c.text === text)!.source;

const NOT_TAKEN = [
  'Talk about your flight',
  'Say yours are better',
  'Ask for her numbers anyway',
  'Leave before the end',
  'Propose a pilot',
  'Send the contract tonight',
];

/** One play-through: the plant, her numbers, thanks — and the polite ending. */
const played: () => Found = () => ({
  endings: ['polite'],
  sources: ['Ask about the plant', 'Ask how she got them', 'Thank her'].map(source),
});

function draw(found: Found) {
  const host = document.createElement('div');
  host.append(...renderPathMap({ id: 'map', title: 'Map fixture' }, storyMap(), found));
  document.body.append(host);
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe("the learner's path map", () => {
  it('counts what the record found against the whole map', () => {
    const p = mapProgress(storyMap(), played());
    expect(p.endings).toEqual({ found: 1, of: 3 });
    expect(p.choices).toEqual({ taken: 3, of: 9 });
    // The first scene, and each scene where a choice was taken; the cold tour was never seen.
    expect([...p.reached].sort()).toEqual(['s1', 's2', 's4']);
    expect([...p.found]).toEqual(['ending:polite']);
    // Endings the story no longer has are not counted.
    expect(mapProgress(storyMap(), { endings: ['gone', 'lost'], sources: [] }).endings).toEqual({
      found: 1,
      of: 3,
    });
    const none = mapProgress(storyMap(), { endings: [], sources: [] });
    expect([none.endings.found, none.choices.taken, [...none.reached]]).toEqual([0, 0, ['s1']]);
  });

  it('finds a choice taken by its line id (records since ids) or by its ink path (older records)', () => {
    const map = structuredClone(storyMap());
    map.scenes.forEach((s, i) => s.choices.forEach((c, k) => (c.lineId = `sm-${i}${k}`)));
    const all = map.scenes.flatMap((s) => s.choices);
    const byId = mapProgress(map, { endings: [], sources: all.slice(0, 2).map((c) => c.lineId!) });
    expect([...byId.taken]).toEqual(all.slice(0, 2));
    const byPath = mapProgress(map, { endings: [], sources: [all[2]!.source] });
    expect([...byPath.taken]).toEqual([all[2]]);
    expect(mapProgress(map, { endings: [], sources: ['sm-none'] }).taken.size).toBe(0);
  });

  it('draws the choices taken solid and labelled, the others as faint stubs without their words', () => {
    const host = draw(played());
    const svg = host.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Path map of Map fixture. You have found 1 of 3 endings and taken 3 of 9 choices. The map as a list follows.',
    );
    expect(host.querySelector('.path-map-summary')!.textContent).toBe(
      'You have found 1 of 3 endings and taken 3 of 9 choices.',
    );
    const taken = [...svg.querySelectorAll('.option.taken')].map(
      (g) => g.querySelector('title')!.textContent,
    );
    expect(taken).toEqual([
      'You chose: Ask about the plant',
      'You chose: Ask how she got them',
      'You chose: Thank her',
    ]);
    expect(svg.querySelectorAll('.option:not(.taken)')).toHaveLength(6);
    expect([...svg.querySelectorAll('.option:not(.taken) text')].map((t) => t.textContent)).toEqual(
      Array(6).fill('not taken yet'),
    );
    expect(svg.querySelectorAll('.stub')).toHaveLength(6);
    // A solid line for each choice taken, to where it led: the plant to the warm tour, her numbers to
    // the farewell, and thanks to the polite ending (the lost one, where thanks can also lead, not found).
    expect(svg.querySelectorAll('.taken-line')).toHaveLength(3);
    const text = svg.textContent!;
    for (const words of NOT_TAKEN) expect(text).not.toContain(words);
  });

  it('names the endings found, shows the others as "?", and the scenes not reached without their words', () => {
    const svg = draw(played()).querySelector('svg')!;
    const endings = [...svg.querySelectorAll('.ending')];
    expect(endings.map((e) => e.classList.contains('found'))).toEqual([false, true, false]);
    expect(endings[1]!.textContent).toContain('Polite, and no more');
    for (const i of [0, 2]) {
      expect(endings[i]!.querySelector('title')!.textContent).toBe('An ending not yet found');
      expect([...endings[i]!.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['?']);
    }
    expect(svg.textContent).not.toContain('A pilot signed');
    expect(svg.textContent).not.toContain('The door closes');
    const scenes = [...svg.querySelectorAll('.scene')];
    expect(scenes.map((s) => s.classList.contains('reached'))).toEqual([true, true, false, true]);
    expect(scenes[2]!.textContent).toContain('Not reached yet');
    expect(scenes[2]!.textContent).not.toContain('Kim walks fast');
    expect(scenes[0]!.textContent).toContain('Kim: How was the trip?');
    // No scores, no best path: those are the debrief's.
    expect(svg.textContent).not.toMatch(/score|best|\d+ %/i);
  });

  it('says the same as a list: each scene with the choices taken, and the endings found and not', () => {
    const host = draw(played());
    const details = host.querySelector('details.path-map-list')!;
    expect(details.querySelector('summary')!.textContent).toBe('The map as a list');
    const scenes = [...details.querySelectorAll('ol.map-scenes > li')].map((li) => li.textContent);
    expect(scenes).toEqual([
      'Scene 1 (the start) — Kim: “How was the trip?”You chose “Ask about the plant”, to scene 2.1 other option not taken yet.',
      'Scene 2 — Kim: “These are our numbers.”You chose “Ask how she got them”, to scene 4.1 other option not taken yet.',
      'Scene 3: not reached yet (2 options).',
      'Scene 4 — “Kim walks you to the door.”You chose “Thank her”, to the ending “Polite, and no more”.2 other options not taken yet.',
    ]);
    expect(details.querySelector('h4:last-of-type')!.textContent).toBe('Endings: 1 of 3 found');
    expect([...details.querySelectorAll('ul.map-endings > li')].map((li) => li.textContent)).toEqual([
      'An ending not yet found',
      'Found: “Polite, and no more”',
      'An ending not yet found',
    ]);
    for (const words of [...NOT_TAKEN, 'A pilot signed', 'The door closes'])
      expect(details.textContent).not.toContain(words);
  });

  it('lets the keyboard reach the picture (it scrolls) and the list', () => {
    const host = draw({ endings: [], sources: [] });
    const frame = host.querySelector('.path-map-frame')!;
    expect(frame.getAttribute('tabindex')).toBe('0');
    expect(frame.getAttribute('aria-label')).toBe('Path map of Map fixture (scrolls)');
    expect(host.querySelector('svg')!.getAttribute('aria-label')).toContain(
      'You have found 0 of 3 endings and taken 0 of 9 choices.',
    );
    expect([...host.querySelectorAll('ol.map-scenes > li')].map((li) => li.textContent)[0]).toBe(
      'Scene 1 (the start) — Kim: “How was the trip?”2 options, none taken yet.',
    );
  });
});

describe('the path map on the progress screen', () => {
  const settle = () => new Promise((r) => setTimeout(r, 20));

  function screen(entries: CatalogEntry[], profile = emptyProfile()) {
    const root = renderProfile({
      catalog: entries,
      profile,
      settings: createSettingsStore(new MemoryStore()),
      storageProblem: null,
      onBack: () => {},
      onPlay: () => {},
      onExport: () => Promise.resolve(null),
      onImport: () => {},
    });
    document.body.append(root);
    return root;
  }

  const entry = (id: string, map: CatalogEntry['map']): CatalogEntry =>
    ({
      id,
      title: id === 'map' ? 'Map fixture' : 'Another story',
      summary: '',
      order: 0,
      endingIds: ['pilot', 'polite', 'lost'],
      load: () => Promise.reject(new Error('not played here')),
      map,
    }) as unknown as CatalogEntry;

  it("draws a played story's map once its module has loaded, and loads none for a story not played", async () => {
    const loaded = vi.fn(() => Promise.resolve(storyMap()));
    const notLoaded = vi.fn(() => Promise.resolve(storyMap()));
    const attempt = addAttempt(
      emptyProfile(),
      'map',
      {
        date: '2026-01-02T10:00:00.000Z',
        ending: 'polite',
        endingTitle: 'Polite, and no more',
        score: 50,
        rapport: 50,
        trust: 50,
        path: [0, 0, 1],
        choiceSources: played().sources,
      },
      new Date('2026-01-03T00:00:00.000Z'),
    );
    if (!attempt.ok) throw new Error(attempt.reason);
    const root = screen([entry('map', loaded), entry('other', notLoaded)], attempt.profile);
    const [played1, other] = [...root.querySelectorAll('.progress-card')];
    expect(played1!.querySelector('.path-map-loading')!.textContent).toBe('Drawing the map…');
    await settle();
    expect(loaded).toHaveBeenCalledTimes(1);
    expect(played1!.querySelector('.path-map-summary')!.textContent).toBe(
      'You have found 1 of 3 endings and taken 3 of 9 choices.',
    );
    expect(played1!.querySelectorAll('svg .option.taken')).toHaveLength(3);
    expect(notLoaded).not.toHaveBeenCalled();
    expect(other!.querySelector('.path-map')!.textContent).toBe(
      'Path map3 endings to find: play it to start its map.',
    );
  });

  it('maps a story left half-way, and says so when a map cannot be loaded', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const profile = noteChoiceSources(
      noteChoiceSources(emptyProfile(), 'map', [source('Talk about your flight')]),
      'other',
      ['x.0.c-0'],
    );
    const root = screen(
      [
        entry('map', () => Promise.resolve(storyMap())),
        entry('other', () => Promise.reject(new Error('offline'))),
      ],
      profile,
    );
    await settle();
    const [half, broken] = [...root.querySelectorAll('.progress-card')];
    expect(half!.querySelector('.path-map-summary')!.textContent).toBe(
      'You have found 0 of 3 endings and taken 1 of 9 choices.',
    );
    // Talking about the flight leads only to the cold tour: the learner has been there.
    expect([...half!.querySelectorAll('svg .scene')].map((s) => s.classList.contains('reached'))).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(broken!.querySelector('.path-map')!.textContent).toBe(
      'Path mapEndings found: 0 of 3. The map could not be loaded.',
    );
  });
});
