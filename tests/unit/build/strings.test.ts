/**
 * `npm run strings` (build/strings.ts): every line a learner reads and every choice gets a stable
 * `# id:`, found from ink's parsed story; nothing else in the file changes; a second run changes
 * nothing; ids survive rewording; a duplicate is named at its line. The expected output of the
 * fixture is tests/fixtures/strings/every-kind.ids.ink: read its diff with every-kind.ink.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkSource } from '../../../build/ink/compile.ts';
import { addIds, derivePrefix } from '../../../build/strings.ts';

const FIXTURE = resolve('tests/fixtures/strings/every-kind.ink');
const source = readFileSync(FIXTURE, 'utf8');
const expected = readFileSync(resolve('tests/fixtures/strings/every-kind.ids.ink'), 'utf8');
const run = (text: string) => addIds(text, FIXTURE);

describe('npm run strings', () => {
  it('gives every line and choice of every kind an id, and nothing else one', () => {
    const result = run(source);
    expect(result.problems).toEqual([]);
    expect(result.text).toBe(expected);
    expect(result.prefix).toBe('ek');
    expect(result.added.map((a) => `${a.line} ${a.kind} ${a.id}`)).toEqual([
      '13 line ek-0001', // a spoken line with tags
      '14 line ek-0002', // narration without tags
      '15 line ek-0003', // before its // comment
      '16 line ek-0004', // indented, tag and comment: the spacing before the comment kept
      '18 line ek-0005', // glue: the line glued to carries the id of the whole (17 has none)
      '19 line ek-0006', // an inline conditional, either branch
      '20 line ek-0007', // a conditional that may print nothing
      '21 line ek-0008', // a sequence
      '23 line ek-0009', // the branches of a multi-line conditional
      '24 line ek-0010',
      '27 line ek-0011', // a shuffle's lines
      '28 line ek-0012',
      '30 line ek-0013', // before the divert that ends the line
      '34 choice ek-0014', // inside the brackets (the tag-only line 33 is not text)
      '35 line ek-0015',
      '36 choice ek-0016', // no brackets: one id for the choice and what it prints
      '37 choice ek-0017', // the choice's own words…
      '37 choice-output ek-0018', // …and what it prints, at the end of the line
      '38 choice ek-0019', // empty brackets with words after them
      '38 choice-output ek-0020', // (its coach note is on what it prints)
      '39 choice ek-0021', // empty brackets alone: the choice…
      '39 choice-output ek-0022', // …and the words it prints
      '40 choice ek-0023', // a label and a condition
      '41 choice ek-0024', // sticky, with a divert
      '42 line ek-0025', // a gather's words, before its comment
      '52 line ek-0026', // (the {greet()} line above prints no text of its own)
      '56 line ek-0027', // a function's text
    ]);
  });

  it('changes no other byte: taking the added tags out gives the file back', () => {
    const out = run(source).text;
    const back = out
      .replace(/\[# id: ek-\d{4}\]/g, '[]')
      .replace(/# id: ek-\d{4} ->/g, '->')
      .replace(/ # id: ek-\d{4}/g, '');
    expect(back).toBe(source);
    // Windows line endings stay as they are.
    const crlf = source.replaceAll('\n', '\r\n');
    expect(run(crlf).text).toBe(expected.replaceAll('\n', '\r\n'));
  });

  it('is idempotent: a second run adds nothing and changes no byte', () => {
    const again = run(expected);
    expect(again.added).toEqual([]);
    expect(again.missing).toEqual([]);
    expect(again.text).toBe(expected);
  });

  it('keeps an id when its line is reworded, and numbers a new line after the highest', () => {
    const edited = expected
      .replace('A narration line with no tags.', 'A narration line, reworded.')
      .replace('What it leads to. # id: ek-0015', 'What it leads to. # id: ek-0015\n  A new line here.');
    const result = run(edited);
    expect(result.added.map((a) => [a.line, a.id, a.text])).toEqual([[36, 'ek-0028', 'A new line here.']]);
    expect(result.text).toContain('A narration line, reworded. # id: ek-0002');
    expect(result.text).toContain('  A new line here. # id: ek-0028\n');
  });

  it('reports a line copied with its id as a duplicate, at its line, and changes neither', () => {
    const copied = expected.replace(
      'A narration line with no tags. # id: ek-0002\n',
      'A narration line with no tags. # id: ek-0002\nA copy of it. # id: ek-0002\n',
    );
    const result = run(copied);
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/strings\/every-kind\.ink:15: error: the id "ek-0002" is also on line 14\. If this line was copied from that one, delete "# id: ek-0002" here and run npm run strings again/,
      ),
    ]);
    expect(result.text).toBe(copied);
  });

  it('leaves a story that compiles, plays and shows the same words', () => {
    const before = compileInkSource(source, FIXTURE, process.cwd(), { sources: null });
    const after = compileInkSource(expected, FIXTURE, process.cwd(), { sources: null });
    expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(after.json).not.toBeNull();
    expect(before.json).not.toBeNull();
  });

  it('gives each story a prefix of its own', () => {
    expect(derivePrefix('stories/lost-face.ink')).toBe('lf');
    expect(derivePrefix('stories/none-of-my-business.ink')).toBe('nomb');
    expect(derivePrefix('stories/handover.ink')).toBe('ha');
    expect(derivePrefix('stories/late-frost.ink', new Set(['lf']))).toBe('lf2');
  });

  it('--check reports missing ids with file:line and exits 1; run without it, they are added', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-strings-'));
    cpSync(resolve('tests/fixtures/strings/parts'), join(dir, 'parts'), { recursive: true });
    const file = join(dir, 'every-kind.ink');
    writeFileSync(file, source);
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', resolve('build/strings.ts'), ...args], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    let failed: { status: number; stderr: string } | null = null;
    try {
      cli('--check', file);
    } catch (e) {
      failed = e as { status: number; stderr: string };
    }
    expect(failed?.status).toBe(1);
    expect(failed?.stderr).toMatch(
      /every-kind\.ink:13: error: this line \("Hello, and welcome\."\) has no id/,
    );
    expect(readFileSync(file, 'utf8')).toBe(source);
    expect(cli(file)).toMatch(/every-kind\.ink:13: added "# id: ek-0001" to the line "Hello, and welcome\."/);
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect(cli('--check', file)).toMatch(/every line and choice has its own id/);
    // A new story beside it whose name gives the same prefix gets one of its own.
    const other = join(dir, 'even-keel.ink');
    writeFileSync(other, source);
    expect(cli(other)).toMatch(/even-keel\.ink:13: added "# id: ek2-0001"[^]*27 ids added in 1 story/);
  }, 60_000);
});
