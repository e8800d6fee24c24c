/**
 * The translator's PO files (build/l10n, docs/translating.md): what `npm run strings -- --extract`
 * writes for a small story (tests/fixtures/l10n/stories/tiny.ink), that a second run changes no
 * byte, that an English edit marks a translation fuzzy with the previous source, that a removed
 * line's translation becomes obsolete, that `--merge` refuses what it must and round-trips the rest
 * byte for byte, and `--status`.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, merge, status, stringsOfStory } from '../../../build/l10n/cli.ts';
import { entriesOf, parsePo, previousSource, readCatalog, isFuzzy, writePo } from '../../../build/l10n/po.ts';
import { sourceHash } from '../../../build/l10n/units.ts';

const FIXTURE = resolve('tests/fixtures/l10n');

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'rapport-l10n-'));
  cpSync(FIXTURE, root, { recursive: true });
  const out: string[] = [];
  const err: string[] = [];
  const o = { root, log: (l: string) => out.push(l), error: (l: string) => err.push(l) };
  const po = (lang = 'es') => join(root, 'translations', lang, 'tiny.po');
  const read = (lang = 'es') => readFileSync(po(lang), 'utf8');
  const entry = (key: string, lang = 'es') => entriesOf(parsePo(read(lang))).find((t) => t.msgctxt === key);
  const editStory = (from: string, to: string) => {
    const file = join(root, 'stories', 'tiny.ink');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, to));
  };
  /** A translator's copy of the Spanish file with `texts` filled in (by key), as a tool writes it. */
  const translated = (texts: Record<string, string>, lang = 'es') => {
    const parsed = parsePo(read(lang));
    for (const t of entriesOf(parsed)) if (t.msgctxt && t.msgctxt in texts) t.msgstr = [texts[t.msgctxt]!];
    return writePo(parsed);
  };
  const returned = (name: string, text: string) => {
    mkdirSync(join(root, 'returned'), { recursive: true });
    writeFileSync(join(root, 'returned', name), text);
    return `returned/${name}`;
  };
  return { root, out, err, o, po, read, entry, editStory, translated, returned };
}

describe('npm run strings -- --extract', () => {
  it('writes one entry per line, choice, prose tag, title and name, with the notes a translator needs', () => {
    const w = workspace();
    expect(extract(['stories/tiny.ink'], ['es', 'ja'], w.o)).toBe(2); // the two lines below
    expect(w.err.join('\n')).toMatch(/tiny\.ink:19: error: .*ty-0004.*inline conditional/);
    expect(w.err.join('\n')).toMatch(/tiny\.ink:21: error: .*ty-0005.*glue \(<>\) from line 20/);
    const keys = entriesOf(parsePo(w.read())).map((t) => t.msgctxt);
    expect(keys).toEqual([
      'tiny#title',
      'tiny#summary',
      'tiny#role',
      'tiny:liwei#name',
      // The author's note on Li Wei, for the facilitator's guide (keyed by its text's hash).
      `tiny:liwei#note:${sourceHash("Li Wei, 40, the supplier's sales director. Profile: numbers.").slice(0, 6)}`,
      'tiny:guest-dana-okafor#name',
      'ty-0001',
      'ty-0001#location',
      'ty-0001#date',
      'ty-0002',
      'ty-0002#discuss', // a tag-only line goes with the next line of its knot
      'ty-0003',
      'ty-0006',
      'ty-0006#coach',
      'ty-0007',
      'ty-0007#cue',
      'ty-0008',
      'ty-0008#coach',
      'ty-0009',
      'ty-0009#ending_title',
      `ty-0009#learn:${sourceHash('Accept what is offered.').slice(0, 6)}`,
      `ty-0009#learn:${sourceHash('Small talk comes before business.').slice(0, 6)}`,
    ]);
    const text = w.read();
    expect(text).toContain('"Language: es\\n"');
    expect(text).toContain('"Plural-Forms: nplurals=2; plural=(n != 1);\\n"');
    expect(text).toContain('"Content-Type: text/plain; charset=utf-8\\n"');
    expect(text).toContain('"Project-Id-Version: rapport tiny\\n"');
    expect(w.read('ja')).toContain('"Plural-Forms: nplurals=1; plural=0;\\n"');
    // A choice: its reference, its kind, the scene and its coach note, and the hash of its source.
    expect(text).toContain(
      [
        '#: stories/tiny.ink:22',
        "#. kind: choice, one of the learner's options (what the learner decides to do or say)",
        '#. scene: location: Suzhou, date: Monday 3 March',
        '#. coach note: Accepting hospitality builds goodwill.',
        `#. source-hash: ${sourceHash('Accept the tea')}`,
        'msgctxt "ty-0006"',
        'msgid "Accept the tea"',
        'msgstr ""',
      ].join('\n'),
    );
    expect(w.entry('ty-0002')!.comments!.extracted).toContain('speaker: Li Wei (counterpart "liwei")');
    expect(w.entry('tiny:liwei#name')!.comments!.extracted).toContain(
      "who: Li Wei, 40, the supplier's sales director.",
    );
    expect(w.entry('ty-0003')!.msgid).toBe('We have drunk {cups} cups already.');
    // The seed number is not prose: only the point's text is translated.
    expect(w.entry(`ty-0009#learn:${sourceHash('Accept what is offered.').slice(0, 6)}`)!.msgid).toBe(
      'Accept what is offered.',
    );
  });

  it('changes no byte on a second run', () => {
    const w = workspace();
    extract(['stories/tiny.ink'], ['es'], w.o);
    const first = w.read();
    extract(['stories/tiny.ink'], ['es'], w.o);
    expect(w.read()).toBe(first);
    expect(w.out.at(-1)).toMatch(/unchanged$/);
  });

  it('keeps translations, and marks one fuzzy with the previous source when the English changes', () => {
    const w = workspace();
    extract(['stories/tiny.ink'], ['es'], w.o);
    writeFileSync(
      w.po(),
      w.translated({ 'ty-0002': 'Bienvenido. ¿Té?', 'ty-0001': 'La oficina del cuarto piso.' }),
    );
    w.editStory('Welcome. Tea?', 'Welcome to Suzhou. Tea?');
    extract(['stories/tiny.ink'], ['es'], w.o);
    const stale = w.entry('ty-0002')!;
    expect(stale.msgid).toBe('Welcome to Suzhou. Tea?');
    expect(stale.msgstr).toEqual(['Bienvenido. ¿Té?']);
    expect(isFuzzy(stale)).toBe(true);
    expect(previousSource(stale)).toBe('Welcome. Tea?');
    expect(w.read()).toContain('#| msgid "Welcome. Tea?"');
    expect(stale.comments!.extracted).toContain(`source-hash: ${sourceHash('Welcome to Suzhou. Tea?')}`);
    const kept = w.entry('ty-0001')!;
    expect([kept.msgstr, isFuzzy(kept)]).toEqual([['La oficina del cuarto piso.'], false]);
    const counts = (() => {
      w.out.length = 0;
      status(['stories/tiny.ink'], ['es'], w.o);
      return w.out[0];
    })();
    expect(counts).toBe(
      'es tiny: 1 translated, 20 missing, 1 stale, 2 cannot be translated (npm run strings -- --extract names them)',
    );
    expect(w.out).toContain('  stale: ty-0002');
  });

  it('keeps a removed line as an obsolete entry, and brings its translation back with it', () => {
    const w = workspace();
    extract(['stories/tiny.ink'], ['es'], w.o);
    writeFileSync(w.po(), w.translated({ 'ty-0007#cue': 'Un comienzo cálido' }));
    w.editStory(' # cue: A warm start', '');
    extract(['stories/tiny.ink'], ['es'], w.o);
    expect(w.read()).toContain(
      '#~ msgctxt "ty-0007#cue"\n#~ msgid "A warm start"\n#~ msgstr "Un comienzo cálido"',
    );
    expect(w.entry('ty-0007#cue')).toBeUndefined();
    w.editStory('# speaker: you # id: ty-0007', '# speaker: you # cue: A warm start # id: ty-0007');
    extract(['stories/tiny.ink'], ['es'], w.o);
    expect(w.entry('ty-0007#cue')!.msgstr).toEqual(['Un comienzo cálido']);
    expect(w.read()).not.toContain('#~');
  });

  it('carries an edited learning point (keyed by its text) over as fuzzy', () => {
    const w = workspace();
    extract(['stories/tiny.ink'], ['es'], w.o);
    const key = `ty-0009#learn:${sourceHash('Accept what is offered.').slice(0, 6)}`;
    writeFileSync(w.po(), w.translated({ [key]: 'Acepta lo que se ofrece.' }));
    w.editStory('Accept what is offered.', 'Accept what your host offers.');
    extract(['stories/tiny.ink'], ['es'], w.o);
    const moved = w.entry(`ty-0009#learn:${sourceHash('Accept what your host offers.').slice(0, 6)}`)!;
    expect(moved.msgstr).toEqual(['Acepta lo que se ofrece.']);
    expect(isFuzzy(moved)).toBe(true);
    expect(previousSource(moved)).toBe('Accept what is offered.');
    expect(w.entry(key)).toBeUndefined();
    expect(w.read()).not.toContain('#~');
  });

  it('refuses an unknown language', () => {
    const w = workspace();
    expect(extract(['stories/tiny.ink'], ['klingon'], w.o)).toBe(1);
    expect(w.err[0]).toMatch(/unknown language klingon: use one of zh-Hans, ja, es/);
  });
});

describe('npm run strings -- --merge', () => {
  it('round-trips byte for byte: merging the untouched file, or a translated one, loses nothing', () => {
    const w = workspace();
    extract(['stories/tiny.ink'], ['es'], w.o);
    const extracted = w.read();
    expect(merge([w.returned('tiny.po', extracted)], w.o)).toBe(0);
    expect(w.read()).toBe(extracted);
    const done = w.translated({ 'ty-0002': 'Bienvenido. ¿Té?', 'ty-0003': 'Ya hemos tomado {cups} tazas.' });
    merge([w.returned('tiny.po', done)], w.o);
    expect(w.read()).toBe(done);
    extract(['stories/tiny.ink'], ['es'], w.o);
    expect(w.read()).toBe(done);
    expect(w.out.some((l) => /2 merged, 0 unchanged, 0 kept as stale.*0 skipped/.test(l))).toBe(true);
    expect(readCatalog(done, 'tiny').entries.find((e) => e.key === 'ty-0003')).toEqual({
      key: 'ty-0003',
      source: 'We have drunk {cups} cups already.',
      text: 'Ya hemos tomado {cups} tazas.',
      fuzzy: false,
      hash: sourceHash('We have drunk {cups} cups already.'),
    });
  });

  it('skips unknown keys and placeholder mismatches, naming them, and merges the rest', () => {
    const w = workspace();
    extract(['stories/tiny.ink'], ['es'], w.o);
    w.err.length = 0;
    let text = w.translated({ 'ty-0002': 'Bienvenido. ¿Té?', 'ty-0003': 'Ya hemos tomado {tazas} tazas.' });
    text += '\nmsgctxt "ty-9999"\nmsgid "Not in the story"\nmsgstr "No está"\n';
    expect(merge([w.returned('tiny.po', text)], w.o)).toBe(1);
    expect(w.err).toContain(
      '  skipped ty-9999: no such key in the story (removed, or never there): not merged',
    );
    expect(w.err).toContain(
      '  skipped ty-0003: placeholder {cups} is missing from the translation; placeholder {tazas} is not in the source',
    );
    expect(w.entry('ty-0002')!.msgstr).toEqual(['Bienvenido. ¿Té?']);
    expect(w.entry('ty-0003')!.msgstr).toEqual(['']);
    expect(w.read()).not.toContain('ty-9999');
  });

  it('keeps a translation of an older source, but fuzzy', () => {
    const w = workspace();
    extract(['stories/tiny.ink'], ['es'], w.o);
    const old = w.translated({ 'ty-0002': 'Bienvenido. ¿Té?' });
    w.editStory('Welcome. Tea?', 'Welcome to Suzhou. Tea?');
    extract(['stories/tiny.ink'], ['es'], w.o);
    merge([w.returned('tiny.po', old)], w.o);
    const e = w.entry('ty-0002')!;
    expect([e.msgstr[0], isFuzzy(e), previousSource(e)]).toEqual(['Bienvenido. ¿Té?', true, 'Welcome. Tea?']);
    expect(w.out).toContain('  stale: ty-0002');
  });

  it('refuses a file in the wrong language, or with none', () => {
    const w = workspace();
    extract(['stories/tiny.ink'], ['es', 'ja'], w.o);
    w.err.length = 0;
    const spanish = w.translated({ 'ty-0002': 'Bienvenido. ¿Té?' });
    mkdirSync(join(w.root, 'back', 'ja'), { recursive: true });
    writeFileSync(join(w.root, 'back', 'ja', 'tiny.po'), spanish);
    expect(merge(['back/ja/tiny.po'], w.o)).toBe(1);
    expect(w.err[0]).toMatch(
      /back\/ja\/tiny\.po: error: the file is in the ja folder but its Language header says es/,
    );
    expect(w.entry('ty-0002', 'ja')!.msgstr).toEqual(['']);
    expect(merge([w.returned('none.po', spanish.replace('Language: es', 'Language: '))], w.o)).toBe(1);
    expect(w.err[1]).toMatch(/its Language header is "", not one of zh-Hans, ja, es/);
    expect(w.entry('ty-0002')!.msgstr).toEqual(['']);
  });
});

describe('stringsOfStory', () => {
  it('keys prose on tag-only lines by the line they go with, and so survives their reordering', () => {
    const w = workspace();
    const before = stringsOfStory('stories/tiny.ink', w.root).entries.map((e) => `${e.key}=${e.source}`);
    w.editStory(
      '# learn: 000: Accept what is offered.\n# learn: 001: Small talk comes before business.',
      '# learn: 001: Small talk comes before business.\n# learn: 000: Accept what is offered.',
    );
    const after = stringsOfStory('stories/tiny.ink', w.root).entries.map((e) => `${e.key}=${e.source}`);
    expect(new Set(after)).toEqual(new Set(before));
  });
});
