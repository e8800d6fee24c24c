/**
 * The learner's map in the learner's language (issue #21: "their … progress entirely in that
 * language"): the same boxes, ids and record marks as the English map, the words from the
 * language's table, laid out for them (Chinese and Japanese wrap between characters); My progress
 * names an attempt's ending by the menu's words in the language.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../../build/ink/compile.ts';
import { endingsOf, mapOf } from '../../../build/ink/catalog.ts';
import { stringsOfStory } from '../../../build/l10n/cli.ts';
import { translateGraph, youIn } from '../../../build/l10n/map-text.ts';
import { menuCode, tableOf } from '../../../build/l10n/plugin.ts';
import { textWidth, wrap } from '../../../build/analysis/svg-text.ts';
import type { StoryGraph } from '../../../build/analysis/story-graph.ts';
import { localizeInfo } from '../../../src/core/session/story-text.ts';
import type { StoryMap } from '../../../src/core/story-map.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const FILE = resolve(ROOT, 'stories/lost-face.ink');
const json = () => compileInkFile(FILE).json!;
const tableIn = (lang: string) =>
  tableOf(ROOT, lang, 'lost-face', stringsOfStory('stories/lost-face.ink', ROOT).entries);
const mapIn = (lang: string): StoryMap =>
  mapOf(FILE, json(), {
    lang,
    story: 'lost-face',
    words: { strings: tableIn(lang).strings, you: youIn(ROOT, lang) },
  })!;

const choices = (m: StoryMap) => m.scenes.flatMap((s) => s.choices);

describe("the learner's map in a language", () => {
  it('has the English map’s scenes, choices (by id) and endings, with their words in Japanese', () => {
    const english = mapOf(FILE, json())!;
    const ja = mapIn('ja');
    expect(ja.scenes.map((s) => s.id)).toEqual(english.scenes.map((s) => s.id));
    expect(choices(ja).map((c) => c.lineId)).toEqual(choices(english).map((c) => c.lineId));
    expect(ja.endings.map((e) => e.ending)).toEqual(english.endings.map((e) => e.ending));
    expect(english.endings.map((e) => e.title)).toContain('A partner who tells you first');
    expect(ja.endings.map((e) => e.title)).toContain('先に伝えてくれるパートナー');
    // Every choice and every scene's line is in Japanese (the story is fully translated).
    const latin = (s: string) => /[A-Za-z]{4,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(s);
    expect(
      choices(ja)
        .filter((c) => latin(c.text))
        .map((c) => c.text),
    ).toEqual([]);
    expect(ja.scenes.filter((s) => s.said && latin(s.said.text)).map((s) => s.said!.text)).toEqual([]);
    // Laid out for the Japanese words: every drawn line fits its box.
    for (const s of ja.scenes)
      for (const c of s.choices)
        for (const l of c.lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(s.width);
  });

  it('keeps a line English where its translation shows {variables} (the map has no values for them), and an untranslated line too', () => {
    const graph: StoryGraph = {
      start: 's1',
      nodes: [
        {
          kind: 'scene',
          id: 's1',
          place: 'a',
          start: true,
          sources: ['a.0'],
          lines: [
            { speaker: 'wang', text: 'Welcome, Alex.', key: 'x-1' },
            { speaker: 'you', text: 'Thank you.', key: 'x-2' },
          ],
        },
        {
          kind: 'ending',
          id: 'ending:good',
          ending: 'good',
          title: 'Good',
          titleKey: 'x-3#ending_title',
          score: { min: 1, max: 1 },
          rapport: { min: 1, max: 1 },
          trust: { min: 1, max: 1 },
        },
      ],
      edges: [
        {
          id: 'e1',
          from: 's1',
          to: 'ending:good',
          source: 'a.0',
          text: 'Go on',
          coach: null,
          lineId: 'x-4',
          position: 1,
          best: true,
          worst: false,
          depends: false,
        },
      ],
      best: ['e1'],
      worst: [],
    };
    const strings = { 'x-1': '欢迎，{name}。', 'x-3#ending_title': '好结局', 's:wang#name': '王海涛' };
    const out = translateGraph(graph, 's', { strings, you: '你' });
    const scene = out.nodes[0]!;
    expect(scene.kind === 'scene' && scene.lines).toEqual([
      { speaker: '王海涛', text: 'Welcome, Alex.', key: 'x-1' },
      { speaker: '你', text: 'Thank you.', key: 'x-2' },
    ]);
    expect(out.nodes[1]!.kind === 'ending' && out.nodes[1]!.title).toBe('好结局');
    expect(out.edges[0]!.text).toBe('Go on');
    expect(graph.edges[0]!.text).toBe('Go on'); // the English graph is not changed
  });

  it('names the endings in the menu’s words, and My progress’s entry carries them', () => {
    const table = tableIn('zh-Hans');
    const menu = JSON.parse(
      menuCode([table], null, [{ story: 'lost-face', table, endings: endingsOf(FILE, json()) }]).replace(
        /^export default |;$/g,
        '',
      ),
    ) as Record<string, string>;
    const titles = Object.entries(menu).filter(([k]) => k.startsWith('lost-face#ending:'));
    expect(titles.map(([k]) => k).sort()).toEqual([
      'lost-face#ending:cautious',
      'lost-face#ending:lost',
      'lost-face#ending:partner',
    ]);
    const entry = localizeInfo({ id: 'lost-face', title: 'Lost face', summary: '', role: '' }, menu);
    expect(entry.endingTitles?.partner).toBe(menu['lost-face#ending:partner']);
    expect(entry.endingTitles?.partner).not.toMatch(/[A-Za-z]{3}/);
    expect(entry.untranslated).toBeUndefined();
    // A story the menu has no words for stays English, and says so.
    const other = localizeInfo({ id: 'south-of-london', title: 'South', summary: '', role: '' }, menu);
    expect(other).toMatchObject({ title: 'South', untranslated: true });
  });
});

describe('wrapping map text', () => {
  it('breaks Chinese and Japanese between characters, never before closing punctuation', () => {
    const lines = wrap('我们今天讨论一下合同的条款，好吗？这个问题很重要。', 120, 12, 4);
    expect(lines.join('')).toBe('我们今天讨论一下合同的条款，好吗？这个问题很重要。');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) {
      expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
      expect(l).not.toMatch(/^[，。？、]/);
    }
  });

  it('breaks other text at spaces only, as before', () => {
    expect(wrap('Hello there, how are you doing today? Fine, thanks', 120, 12, 5)).toEqual([
      'Hello there, how',
      'are you doing',
      'today? Fine, thanks',
    ]);
    expect(wrap('Nakamura: 我们今天讨论一下 contract 的条款。', 120, 12, 3).join(' ')).toContain('contract');
  });
});
