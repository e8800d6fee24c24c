/**
 * The learner's language in the game (app/story-language.ts, app/story-text.ts, controller.ts): the
 * loader picks the language the stories have, falls back to English when a chunk does not load; an
 * English learner loads nothing; the controller opens a story in the language, changes language
 * mid-story at the same place, localizes the menu, and a save made in one language resumes in
 * another.
 */
import { describe, expect, it } from 'vitest';
import { readCatalogEntry } from '../../../build/ink/catalog-entry.ts';
import { compileInkFile } from '../../../build/ink/compile.ts';
import { stringsOfStory } from '../../../build/l10n/cli.ts';
import { placeholdersOf, pseudoTable } from '../../../build/l10n/tables.ts';
import type { CatalogEntry } from '../../../src/app/catalog.ts';
import { createGame } from '../../../src/app/controller.ts';
import { createPersistence, MemoryStore } from '../../../src/app/persist/index.ts';
import { createGameStore } from '../../../src/app/stores/game-store.ts';
import { isEnglish, storyTextSource } from '../../../src/app/story-language.ts';
import { storyLanguage, storyTextLoader, type StoryTextChunks } from '../../../src/app/story-text.ts';
import { Session } from '../../../src/core/session/session.ts';
import { localizeView, type StoryText } from '../../../src/core/session/story-text.ts';
import { parseInkJson } from '../../../src/core/story/ink-json.ts';

const compiled = compileInkFile('stories/lost-face.ink', process.cwd());
const entries = stringsOfStory('stories/lost-face.ink', process.cwd()).entries;
const story = {
  id: 'lost-face',
  hash: 'h',
  json: parseInkJson(compiled.json!),
  placeholders: placeholdersOf(entries),
};
const pseudo: StoryText = { language: 'en-XA', story: 'lost-face', strings: pseudoTable(entries).strings };
const chunks = (fail = false): StoryTextChunks => ({
  languages: ['en-XA', 'ja', 'zh-Hans'],
  storyText: (s, l) =>
    s === 'lost-face' && l === 'en-XA'
      ? fail
        ? Promise.reject(new Error('offline'))
        : Promise.resolve(pseudo)
      : null,
  menuText: (l) => (l === 'en-XA' ? Promise.resolve({ 'lost-face#title': '[Ļöšţ ƒåçé]' }) : null),
});

function setup(lang: { now: string | null }, fail = false) {
  const entry: CatalogEntry = { ...readCatalogEntry('lost-face', compiled), load: async () => story };
  const store = createGameStore([entry]);
  const storage = new MemoryStore();
  const text = storyTextSource(
    () => lang.now,
    async () => storyTextLoader(chunks(fail), () => {}),
  );
  const make = () => createGame(store, createPersistence({ store: storage, tabId: 't' }), { text });
  return { store, game: make(), make };
}

describe('the story language', () => {
  it('finds the language the stories have', () => {
    const have = ['en-XA', 'ja', 'zh-Hans', 'es'];
    expect(storyLanguage('ja-JP', have)).toBe('ja');
    expect(storyLanguage('zh-CN', have)).toBe('zh-Hans');
    expect(storyLanguage('zh-TW', have)).toBeNull();
    expect(storyLanguage('EN-xa', have)).toBe('en-XA');
    expect(storyLanguage('fr', have)).toBeNull();
    expect([isEnglish('en-GB'), isEnglish(null), isEnglish('en-XA'), isEnglish('ja')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('an English learner loads no story text', async () => {
    let loaded = 0;
    const source = storyTextSource(
      () => 'en-US',
      async () => (loaded++, storyTextLoader(chunks())),
    );
    expect(await source.text('lost-face', 'en-US')).toBeNull();
    expect(loaded).toBe(0);
  });

  it('plays in the language, changes language mid-story at the same place, and resumes a save in another', async () => {
    const lang = { now: 'en-XA' as string | null };
    const { store, game, make } = setup(lang);
    await game.applyLanguage();
    expect(store.getState().catalog[0]!.title).toBe('[Ļöšţ ƒåçé]');
    await game.start('lost-face');
    for (const i of [1, 0, 2]) game.choose(i);
    const xa = store.getState().session!;
    expect(xa.lines.at(-1)!.text).toMatch(/^\[.+\]$/);
    lang.now = 'en';
    await game.applyLanguage();
    const en = store.getState().session!;
    expect(en.path).toEqual(xa.path);
    expect(en.lines.map((l) => l.seq)).toEqual(xa.lines.map((l) => l.seq));
    expect(en.lines.at(-1)!.text).not.toMatch(/^\[/);
    expect(store.getState().catalog[0]!.title).toBe('Lost face in Shanghai');
    game.flushSaves();
    // A new page in the pseudo-locale resumes the save made while English was showing.
    lang.now = 'en-XA';
    const again = make();
    await again.start('lost-face');
    const resumed = store.getState().session!;
    expect(resumed.path).toEqual(xa.path);
    expect(resumed.lines.map((l) => l.text)).toEqual(xa.lines.map((l) => l.text));
  });

  it('a table that does not load leaves the story in English, playing', async () => {
    const { store, game } = setup({ now: 'en-XA' }, true);
    await game.start('lost-face');
    expect(store.getState().screen).toBe('play');
    expect(store.getState().problem).toBeNull();
    expect(store.getState().session!.lines[0]!.text).not.toMatch(/^\[/);
  });

  it('paints the first line in the language from its opening alone, then continues from the English one', async () => {
    const english = JSON.parse(JSON.stringify(new Session(story).opening())) as ReturnType<
      Session['opening']
    >;
    const shown = { id: 'lost-face', hash: 'h', view: localizeView(english.view, pseudo) };
    const entry: CatalogEntry = {
      ...readCatalogEntry('lost-face', compiled),
      load: async () => story,
      opening: async () => english,
    };
    const store = createGameStore([entry]);
    let loaderLoads = 0;
    const text = storyTextSource(
      () => 'en-XA',
      async () => (loaderLoads++, storyTextLoader(chunks(), () => {})),
      {
        languages: ['en-XA'],
        openingIn: (s, l) => (s === 'lost-face' && l === 'en-XA' ? Promise.resolve(shown) : null),
      },
    );
    let paint: () => void = () => {};
    const game = createGame(store, createPersistence({ store: new MemoryStore(), tabId: 't' }), {
      text,
      nextFrame: () => new Promise<void>((resolve) => (paint = resolve)),
    });
    const started = game.start('lost-face');
    await new Promise((r) => setTimeout(r, 0));
    // On screen in the language, and nothing but the opening's chunk asked for.
    expect(store.getState().session!.lines[0]!.text).toMatch(/^\[.+\]$/);
    expect(loaderLoads).toBe(0);
    paint();
    await started;
    expect(loaderLoads).toBe(1);
    expect(store.getState().session!.lines.map((l) => l.text)).toEqual(shown.view.lines.map((l) => l.text));
    game.choose(0);
    expect(store.getState().session!.path).toEqual([0]);
    expect(store.getState().session!.lines.at(-1)!.text).toMatch(/^\[.+\]$/);
  });
});
