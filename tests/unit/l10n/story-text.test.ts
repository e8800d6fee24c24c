/**
 * A story in the learner's language (docs/translating.md, "How translations reach the game"): the
 * string tables the build compiles from the PO files (only current translations; fuzzy, stale,
 * missing and broken ones fall back to the English), the pseudo-locale, and the session showing a
 * story through a table — the same play-through in every language, only the words differ.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, status, stringsOfStory } from '../../../build/l10n/cli.ts';
import { entriesOf, parsePo, writePo } from '../../../build/l10n/po.ts';
import {
  compileTable,
  placeholdersOf,
  pseudoTable,
  pseudoText,
  runtimeKey,
} from '../../../build/l10n/tables.ts';
import { compileInkFile } from '../../../build/ink/compile.ts';
import { isGuideOnlyKey } from '../../../build/l10n/units.ts';
import { parseInkJson } from '../../../src/core/story/ink-json.ts';
import { Session } from '../../../src/core/session/session.ts';
import { replay } from '../../../src/core/session/replay.ts';
import { fill, learnKey, localizeView, type StoryText } from '../../../src/core/session/story-text.ts';
import type { LoadedStory } from '../../../src/core/session/types.ts';

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'rapport-text-'));
  cpSync(resolve('tests/fixtures/l10n'), root, { recursive: true });
  // The build wants three learning points on an ending for the story to play.
  const ink = join(root, 'stories', 'tiny.ink');
  writeFileSync(ink, readFileSync(ink, 'utf8').replace('-> END', '# learn: 002: Let the host lead.\n-> END'));
  expect(extract(['stories/tiny.ink'], ['es'], { root, log: () => {}, error: () => {} })).toBe(2);
  const poFile = join(root, 'translations', 'es', 'tiny.po');
  /** The Spanish file with `texts` translated (by key), `fuzzy` keys marked fuzzy. */
  const translate = (texts: Record<string, string>, fuzzy: string[] = []) => {
    const po = parsePo(readFileSync(poFile, 'utf8'));
    for (const t of entriesOf(po)) {
      if (t.msgctxt && t.msgctxt in texts) t.msgstr = [texts[t.msgctxt]!];
      if (t.msgctxt && fuzzy.includes(t.msgctxt)) t.comments = { ...t.comments, flag: 'fuzzy' };
    }
    writeFileSync(poFile, writePo(po));
    return readFileSync(poFile, 'utf8');
  };
  const entries = () => stringsOfStory('stories/tiny.ink', root).entries;
  const story = (): LoadedStory => {
    const compiled = compileInkFile(join(root, 'stories', 'tiny.ink'), root);
    return {
      id: 'tiny',
      hash: 'h',
      json: parseInkJson(compiled.json!),
      placeholders: placeholdersOf(entries()),
    };
  };
  const edit = (from: string, to: string) => {
    const file = join(root, 'stories', 'tiny.ink');
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  };
  return { root, translate, entries, story, edit };
}

const SPANISH = {
  'tiny#title': 'Una historia mínima',
  'tiny:liwei#name': 'Li Wei (es)',
  'tiny:guest-dana-okafor#name': 'Dana Okafor (es)',
  'ty-0001': 'La oficina del cuarto piso.',
  'ty-0001#location': 'Suzhou (es)',
  'ty-0001#date': 'lunes 3 de marzo',
  'ty-0002': 'Bienvenido. ¿Té?',
  'ty-0002#discuss': '¿Qué diría primero?',
  'ty-0003': 'Ya llevamos {cups} tazas.',
  'ty-0006': 'Aceptar el té',
  'ty-0006#coach': 'Aceptar la hospitalidad crea buena voluntad.',
  'ty-0007': 'Con gusto, gracias.',
  'ty-0007#cue': 'Un buen comienzo',
  'ty-0009': 'La reunión termina bien.',
};

describe('the string table of a language', () => {
  it('holds only current translations: missing, fuzzy, stale and broken ones are left to the English', () => {
    const w = workspace();
    const po = w.translate(
      { ...SPANISH, 'ty-0008': 'Rechazar con cortesía', 'ty-0002': 'Bienvenido {nadie}.' },
      ['ty-0008'],
    );
    const table = compileTable(w.entries(), po, 'tiny');
    expect(table.strings['ty-0001']).toBe('La oficina del cuarto piso.');
    expect(table.strings['ty-0003']).toBe('Ya llevamos {cups} tazas.');
    expect(table.strings).not.toHaveProperty('ty-0008'); // fuzzy
    expect(table.strings).not.toHaveProperty('ty-0002'); // adds a placeholder
    expect(table.strings).not.toHaveProperty('tiny#summary'); // never translated
    expect(table.counts).toMatchObject({ stale: 1, broken: 1 });
    expect(table.counts.translated + table.counts.missing + table.counts.stale + table.counts.broken).toBe(
      table.counts.entries,
    );
    // No file yet: everything missing, an empty table.
    expect(compileTable(w.entries(), null, 'tiny')).toMatchObject({ strings: {}, counts: { translated: 0 } });
  });

  it('an English edit makes a translation stale, and the game then shows that line in English', () => {
    const w = workspace();
    const po = w.translate(SPANISH);
    expect(compileTable(w.entries(), po, 'tiny').strings['ty-0009']).toBe('La reunión termina bien.');
    w.edit('The meeting ends well. # id: ty-0009', 'The meeting ends warmly. # id: ty-0009');
    const table = compileTable(w.entries(), po, 'tiny'); // the PO file not re-extracted yet
    expect(table.staleKeys).toEqual(['ty-0009']);
    // npm run strings -- --status says so, per language and story.
    const out: string[] = [];
    expect(status(['stories/tiny.ink'], ['es'], { root: w.root, log: (l) => out.push(l) })).toBeGreaterThan(
      0,
    );
    expect(out[0]).toMatch(/^es tiny: \d+ translated, \d+ missing, 1 stale/);
    expect(out).toContain('  stale: ty-0009');
    expect(table.strings).not.toHaveProperty('ty-0009');
    const text: StoryText = { language: 'es', story: 'tiny', strings: table.strings };
    const s = new Session(w.story(), { text });
    const end = s.choose(s.current.choices.findIndex((c) => c.text === 'Aceptar el té'));
    expect(end.lines.map((l) => l.text)).toContain('The meeting ends warmly.');
    expect(end.lines.map((l) => l.text)).toContain('Con gusto, gracias.');
  });

  it('keys learning points by line and text, as the game looks them up', () => {
    const w = workspace();
    const point = w.entries().find((e) => e.key.includes('#learn:'))!;
    expect(runtimeKey(point)).toBe(learnKey(point.key.split('#')[0]!, point.source));
  });

  it('pseudo-translates every entry: accented, ~40 % longer, bracketed, placeholders kept', () => {
    const p = pseudoText('We have drunk {cups} cups already.');
    expect(p).toMatch(/^\[Ŵé ĥåṽé đŕûñķ \{cups\} çûþš åļŕéåđý\. .+\]$/);
    expect(p.length).toBeGreaterThanOrEqual(Math.round('We have drunk {cups} cups already.'.length * 1.4));
    const w = workspace();
    const strings = pseudoTable(w.entries()).strings;
    // Every entry but the authors' notes, which are for the facilitator's guide only.
    const game = w.entries().filter((e) => !isGuideOnlyKey(e.key));
    expect(game.length).toBe(w.entries().length - 1);
    expect(game.every((e) => strings[runtimeKey(e)] === pseudoText(e.source))).toBe(true);
    expect(Object.keys(strings).some((k) => k.includes('#note:'))).toBe(false);
  });
});

describe('a session in a language', () => {
  it('shows lines, choices, coach notes, captions, cues, names and the ending in it, with placeholders filled', () => {
    const w = workspace();
    const table = compileTable(w.entries(), w.translate(SPANISH), 'tiny');
    const s = new Session(w.story(), { text: { language: 'es', story: 'tiny', strings: table.strings } });
    const first = s.current;
    expect(first.lines.map((l) => l.text)).toEqual([
      'La oficina del cuarto piso.',
      'Bienvenido. ¿Té?',
      'Ya llevamos 3 tazas.',
      expect.any(String), // an inline conditional: English in every language
      'Half a sentence and the rest.',
    ]);
    expect(first.lines[1]!.speakerName).toBe('Li Wei (es)');
    expect(first.lines[2]!.speakerName).toBe('Dana Okafor (es)');
    expect(first.lines[1]!.tags.find((t) => t.name === 'discuss')?.value).toBe('¿Qué diría primero?');
    expect(first.scene).toMatchObject({ location: 'Suzhou (es)', date: 'lunes 3 de marzo' });
    expect(first.counterparts[0]!.name).toBe('Li Wei (es)');
    expect(first.choices.map((c) => [c.text, c.coach])).toEqual([
      ['Aceptar el té', 'Aceptar la hospitalidad crea buena voluntad.'],
      ['Decline politely', 'A refusal can be read as distance.'],
    ]);
    // Each says which are in the language; what stayed English says nothing (a screen reader's voice).
    expect(first.lines.map((l) => l.lang ?? 'en')).toEqual(['es', 'es', 'es', 'en', 'en']);
    expect(first.choices.map((c) => c.lang ?? 'en')).toEqual(['es', 'en']);
    const end = s.choose(0);
    expect(end.coach).toMatchObject({
      choiceText: 'Aceptar el té',
      note: 'Aceptar la hospitalidad crea buena voluntad.',
    });
    expect(end.cues).toContain('Un buen comienzo');
    expect(end.ending?.title).toBe('A good start'); // not translated: English, never the key
    // What a save compares stays English, and the path is by index.
    expect(end.taken).toEqual([expect.objectContaining({ index: 0, text: 'Accept the tea', id: 'ty-0006' })]);
  });

  it('fills a placeholder with the value the line showed, not a later one', () => {
    expect(fill('{a} and {b}', { a: '1' })).toBe('1 and {b}');
    const w = workspace();
    w.edit('# id: ty-0003', '# id: ty-0003\n~ cups = cups + 1');
    const table = compileTable(w.entries(), w.translate(SPANISH), 'tiny');
    const s = new Session(w.story(), { text: { language: 'es', story: 'tiny', strings: table.strings } });
    expect(s.current.lines[2]!.text).toBe('Ya llevamos 3 tazas.');
  });

  it('changes language mid-story at the same place; the same path gives the same scores and records in every language', () => {
    const file = resolve('stories/lost-face.ink');
    const compiled = compileInkFile(file, process.cwd());
    const entries = stringsOfStory('stories/lost-face.ink', process.cwd()).entries;
    const story: LoadedStory = {
      id: 'lost-face',
      hash: 'h',
      json: parseInkJson(compiled.json!),
      placeholders: placeholdersOf(entries),
    };
    const pseudo: StoryText = {
      language: 'en-XA',
      story: 'lost-face',
      strings: pseudoTable(entries).strings,
    };
    const play = (text: StoryText | null) => {
      const s = new Session(story, { text });
      for (let i = 0; !s.current.ended && i < 200; i++) s.choose(i % s.current.choices.length);
      return s;
    };
    const en = play(null);
    const xa = play(pseudo);
    expect(xa.current.ended).toBe(true);
    expect(xa.records).toEqual(en.records);
    expect(xa.relationship).toEqual(en.relationship);
    expect(xa.current.path).toEqual(en.current.path);
    expect(xa.current.taken).toEqual(en.current.taken);
    expect(xa.current.outcome!.score).toBe(en.current.outcome!.score);
    expect(xa.english).toEqual(en.current);
    // Every line with an id is pseudo text; none shows a key.
    const shown = xa.current.lines.filter((l) => l.key);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.every((l) => l.text.startsWith('[') && l.text.endsWith(']'))).toBe(true);
    expect(xa.current.ending!.title).toMatch(/^\[.+\]$/);
    expect(xa.current.ending!.learn.every((p) => /^\[.+\]$/.test(p.text))).toBe(true);
    expect(xa.current.counterparts.every((c) => c.name.startsWith('['))).toBe(true);
    // Mid-story: the same session, the same place, other words.
    const mid = replay(story, en.current.path.slice(0, 3));
    const before = mid.current;
    const after = mid.setText(pseudo);
    expect(after.path).toEqual(before.path);
    expect(after.lines.map((l) => l.seq)).toEqual(before.lines.map((l) => l.seq));
    expect(after.lines.at(-1)!.text).not.toBe(before.lines.at(-1)!.text);
    expect(mid.setText(null)).toEqual(before);
    // A table a view is localized with twice gives the same view.
    expect(localizeView(before, pseudo)).toEqual(after);
  });
});
