/**
 * Modules and checks in the learner's language (controller.ts, app/story-text.ts): the store's
 * modules take their titles, summaries and objectives from the menu's chunk of the language, and
 * `game.loadChecks` gives a module's checks with the words of its check chunk — the real ja tables
 * compiled from translations/ja/modules.po and checks.po; back in English, the modules as written;
 * a check chunk that does not load leaves the check in English, never keys.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllChecks } from '../../../build/checks/read.ts';
import { checkStrings, moduleStrings } from '../../../build/l10n/module-strings.ts';
import { checkTextCode, menuCode, tableOf } from '../../../build/l10n/plugin.ts';
import { readModulesIn } from '../../../build/module-files.ts';
import { createGame } from '../../../src/app/controller.ts';
import { createGameStore } from '../../../src/app/stores/game-store.ts';
import { storyTextSource } from '../../../src/app/story-language.ts';
import { storyTextLoader, type StoryTextChunks } from '../../../src/app/story-text.ts';
import type { StoryText } from '../../../src/core/session/story-text.ts';

const root = process.cwd();
const modules = readModulesIn(resolve('stories'));
const checks = readAllChecks(resolve('stories'), modules);
const asia = checks.find((c) => c.moduleId === 'asia-partners')!;
const parse = <T>(code: string) => JSON.parse(code.replace(/^export default |;$/g, '')) as T;
const menuJa = parse<Record<string, string>>(
  menuCode([], tableOf(root, 'ja', 'modules', moduleStrings(root).entries)),
);
const checksJa = tableOf(root, 'ja', 'checks', checkStrings(root).entries);

function setup(lang: { now: string | null }, failChecks = false) {
  const chunks: StoryTextChunks = {
    languages: ['ja'],
    storyText: () => null,
    menuText: (l) => (l === 'ja' ? Promise.resolve(menuJa) : null),
    checkText: (m, l) =>
      l !== 'ja'
        ? null
        : failChecks
          ? Promise.reject(new Error('offline'))
          : Promise.resolve(parse<StoryText>(checkTextCode('ja', m, checksJa))),
  };
  const store = createGameStore(
    [],
    modules,
    Object.fromEntries(checks.map((c) => [c.moduleId, () => Promise.resolve(c)])),
  );
  const text = storyTextSource(
    () => lang.now,
    async () => storyTextLoader(chunks, () => {}),
  );
  return { store, game: createGame(store, null, { text }) };
}

describe('modules and checks in the learner’s language', () => {
  it('shows the modules’ words in Japanese and back in English', async () => {
    const lang = { now: 'ja' as string | null };
    const { store, game } = setup(lang);
    await game.applyLanguage();
    const ja = store.getState().modules.find((m) => m.id === 'asia-partners')!;
    expect(ja.title).toBe('アジアのパートナーと働く');
    expect(ja.summary).toMatch(/^4つのケーススタディ/);
    expect(ja.objectives.map((o) => o.text).every((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t))).toBe(true);
    expect(ja.scenarios).toEqual(modules.find((m) => m.id === 'asia-partners')!.scenarios);
    lang.now = 'en';
    await game.applyLanguage();
    expect(store.getState().modules).toEqual(modules);
  });

  it('loads a module’s checks with their words in the language; ids and the best responses unchanged', async () => {
    const { game } = setup({ now: 'ja' });
    await game.applyLanguage();
    const ja = (await game.loadChecks('asia-partners'))!;
    for (const phase of ['before', 'after'] as const) {
      expect(ja[phase].map((i) => [i.id, i.best, i.lesson])).toEqual(
        asia[phase].map((i) => [i.id, i.best, i.lesson]),
      );
      for (const i of ja[phase])
        for (const text of [i.situation, i.why, ...i.responses])
          expect(text).not.toMatch(/#(situation|why|response)/);
    }
    // Every word of the Japanese check is the translators' (translations/ja/checks.po).
    const words = [...ja.before, ...ja.after].flatMap((i) => [i.situation, i.why, ...i.responses]);
    expect(words.filter((t) => /[A-Za-z]{4,} [A-Za-z]{4,}/.test(t))).toEqual([]);
    expect(ja.before[0]!.situation).toBe(checksJa.strings['asia-partners:card-order#situation']);
    expect(await game.loadChecks('no-such-module')).toBeNull();
  });

  it('shows a check in English when its chunk does not load', async () => {
    const { game } = setup({ now: 'ja' }, true);
    await game.applyLanguage();
    expect(await game.loadChecks('asia-partners')).toEqual(asia);
  });
});
