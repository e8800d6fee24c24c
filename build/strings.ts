/**
 * `npm run strings` — give every line a learner reads, and every choice, a stable id: a
 * `# id: lf-0042` tag (docs/authoring.md, "Line ids"). Translations, saves, LMS records, golden
 * files and live-room exports name a line by it, so a reworded line keeps its identity.
 *
 *   npm run strings [-- stories/x.ink …]          add an id to each line and choice without one
 *   npm run strings -- --check [stories/x.ink …]  only report (exit 1) missing and duplicate ids
 *   npm run strings -- --extract --lang zh-Hans,ja,es [stories/x.ink …]
 *                                                 write translations/<lang>/<story>.po (docs/translating.md)
 *   npm run strings -- --merge <file.po|dir> …    read translators' PO files back into translations/
 *   npm run strings -- --status [--lang …] [--strict] [stories/x.ink …]
 *                                                 translated, missing and stale strings per language
 *
 * Which lines are visible comes from ink's parsed story (build/ink/lines.ts), not from patterns on
 * the text; the text is only read to find where on its line the tag goes. An id goes at the end of
 * a line of text (before a `// comment` or a divert), and inside a choice's brackets, so it stays
 * on the choice. Nothing else in the file changes, byte for byte. Existing ids are never changed
 * or renumbered: a new one is the story's prefix and the next number after the highest in use.
 * A duplicate is reported, never fixed: which of the two lines is the copy is the author's call.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { compileInkSource } from './ink/compile.ts';
import { allIdTags, textUnits, type TextUnit } from './ink/lines.ts';
import { storyFiles } from './story-files.ts';
import { runL10n } from './l10n/cli.ts';

export interface Added {
  line: number;
  id: string;
  kind: TextUnit['kind'];
  text: string;
}

export interface StringsResult {
  /** The source with the ids added (the same string when nothing was missing). */
  text: string;
  added: Added[];
  /** Lines and choices without an id (what `--check` reports; before adding). */
  missing: TextUnit[];
  /** `file:line: error: …` for each duplicate id, and for a story that could not be read. */
  problems: string[];
  prefix: string;
}

/** The file's own prefix: the initials of its name's words (`lost-face` → `lf`), or its first two letters. */
export function derivePrefix(file: string, taken: ReadonlySet<string> = new Set()): string {
  const words = basename(file, '.ink')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const base = (words.length > 1 ? words.map((w) => w[0]).join('') : (words[0] ?? 'x').slice(0, 2)) || 'x';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

const NUMBERED = /^([a-z][a-z0-9]*)-(\d+)$/;
/** An id tag in another story's text: only its prefix is wanted, so a plain search does. */
const ID_IN_TEXT = /#\s*id:\s*([\w-]+)/g;

/** The prefix a story's ids already use (the most common), or null. */
export function prefixInUse(ids: readonly string[]): string | null {
  const count = new Map<string, number>();
  for (const id of ids) {
    const m = NUMBERED.exec(id);
    if (m) count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Add an id to every line and choice of `source` (the story at `mainPath`) that lacks one.
 * `taken`: prefixes other stories use, so a new story's prefix is its own.
 */
export function addIds(
  source: string,
  mainPath: string,
  options: { root?: string; taken?: ReadonlySet<string> } = {},
): StringsResult {
  const root = options.root ?? process.cwd();
  const shown = relative(root, mainPath) || mainPath;
  const compiled = compileInkSource(source, mainPath, root, { sources: null });
  if (!compiled.parsed)
    return {
      text: source,
      added: [],
      missing: [],
      problems: [
        `${shown}: error: ink could not read this story, so its lines cannot be found. Fix the errors npm run check names, then run npm run strings again.`,
      ],
      prefix: '',
    };
  const units = textUnits(compiled.parsed, shown).filter((u) => u.file === shown);
  const ids = allIdTags(compiled.parsed, shown);
  const problems: string[] = [];
  const first = new Map<string, number>();
  for (const id of ids) {
    if (id.file !== shown || !id.value) continue;
    const at = first.get(id.value);
    if (at === undefined) first.set(id.value, id.line);
    else
      problems.push(
        `${shown}:${id.line}: error: the id "${id.value}" is also on line ${at}. If this line was copied from that one, delete "# id: ${id.value}" here and run npm run strings again: it gives this line a new id.`,
      );
  }
  const prefix = prefixInUse(ids.map((i) => i.value)) ?? derivePrefix(mainPath, options.taken);
  let next =
    Math.max(
      0,
      ...ids.map((i) => NUMBERED.exec(i.value)).map((m) => (m && m[1] === prefix ? Number(m[2]) : 0)),
    ) + 1;
  const missing = units.filter((u) => u.ids.length === 0);
  const lines = source.split('\n');
  // Every insertion on a line, applied from its right end so earlier columns stay put.
  const inserts = new Map<number, Insert[]>();
  const added: Added[] = [];
  for (const u of missing) {
    const id = `${prefix}-${String(next++).padStart(4, '0')}`;
    const raw = lines[u.line - 1];
    if (raw === undefined) continue;
    const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // A choice's id goes inside its brackets if it has any (`* H []` too, which ink reads as `* H`).
    const insert = (u.kind === 'choice' && insideBrackets(body, id)) || atLineEnd(body, id);
    inserts.set(u.line, [...(inserts.get(u.line) ?? []), insert]);
    added.push({ line: u.line, id, kind: u.kind, text: u.text });
    // `* H []` reads as `* H` until its id is in the brackets; then what it prints ("H") is a line
    // of its own, which needs its id now, so that a second run has nothing to add.
    if (u.kind === 'choice' && !u.bracketed && insert.inBrackets) {
      const output = `${prefix}-${String(next++).padStart(4, '0')}`;
      inserts.get(u.line)!.push(atLineEnd(body, output));
      added.push({ line: u.line, id: output, kind: 'choice-output', text: u.text });
    }
  }
  for (const [line, list] of inserts) {
    let text = lines[line - 1]!;
    for (const { at, text: piece } of list.sort((a, b) => b.at - a.at))
      text = text.slice(0, at) + piece + text.slice(at);
    lines[line - 1] = text;
  }
  return { text: lines.join('\n'), added, missing, problems, prefix };
}

/** Where ink's code on a line ends: at its `//` comment (ink has no string literal to hide one). */
function codeEnd(line: string): number {
  const at = line.indexOf('//');
  return at < 0 ? line.length : at;
}

/**
 * Positions of `[`, `]` and a divert (`->`, `<-`) in a line's code, outside `{…}` and unescaped:
 * a divert ends a line's text, so its id goes before it (`Go on # id: x -> next`).
 */
function scan(code: string): { open: number; close: number; divert: number } {
  let depth = 0;
  let open = -1;
  let close = -1;
  let divert = -1;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (c === '[' && open < 0) open = i;
    else if (c === ']' && open >= 0 && close < 0) close = i;
    else if (divert < 0 && (code.startsWith('->', i) || code.startsWith('<-', i))) divert = i;
  }
  return { open, close, divert };
}

interface Insert {
  at: number;
  text: string;
  inBrackets?: boolean;
}

function atLineEnd(line: string, id: string): Insert {
  const code = line.slice(0, codeEnd(line));
  const { divert } = scan(code);
  if (divert >= 0) {
    const before = code.slice(0, divert);
    return { at: divert, text: `${/\s$/.test(before) ? '' : ' '}# id: ${id} ` };
  }
  return { at: code.trimEnd().length, text: ` # id: ${id}` };
}

function insideBrackets(line: string, id: string): Insert | null {
  const { open, close } = scan(line.slice(0, codeEnd(line)));
  if (open < 0 || close < 0) return null;
  const inside = line.slice(open + 1, close);
  const at = open + 1 + inside.trimEnd().length;
  return { at, text: `${inside.trim() ? ' ' : ''}# id: ${id}`, inBrackets: true };
}

const stories = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;

async function main(args: string[]): Promise<void> {
  const check = args.includes('--check');
  if (args.includes('--help')) {
    console.log(readFileSync(import.meta.filename, 'utf8').split('*/')[0]);
    return;
  }
  if (runL10n(args)) return;
  const files = storyFiles(args.filter((a) => !a.startsWith('--')));
  let failed = false;
  let total = 0;
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const shown = relative(process.cwd(), file) || file;
    // The prefixes the other stories beside it use (read afresh: a story given ids a moment ago
    // counts), so a new story's prefix is its own.
    const others = new Set(
      storyFiles([], dirname(resolve(file)))
        .filter((f) => resolve(f) !== resolve(file))
        .map((f) => prefixInUse([...readFileSync(f, 'utf8').matchAll(ID_IN_TEXT)].map((m) => m[1]!)))
        .filter((p): p is string => p !== null),
    );
    const result = addIds(source, resolve(file), { taken: others });
    for (const p of result.problems) console.error(p);
    if (result.problems.length) failed = true;
    if (check) {
      for (const u of result.missing)
        console.error(
          `${shown}:${u.line}: error: ${u.kind === 'line' ? 'this line' : u.kind === 'choice' ? 'this choice' : 'the words this choice prints'} ("${u.text.slice(0, 50)}") has no id. Run npm run strings.`,
        );
      if (result.missing.length) failed = true;
      continue;
    }
    if (result.text !== source) writeFileSync(file, result.text);
    total += result.added.length;
    if (result.added.length > 30) {
      const [a, z] = [result.added[0]!, result.added[result.added.length - 1]!];
      console.log(
        `${shown}: ${result.added.length} ids added, ${a.id} (line ${a.line}) to ${z.id} (line ${z.line})`,
      );
    } else
      for (const a of result.added)
        console.log(
          `${shown}:${a.line}: added "# id: ${a.id}" to ${a.kind === 'line' ? 'the line' : a.kind === 'choice' ? 'the choice' : 'the words the choice prints'} "${a.text.slice(0, 50)}"`,
        );
  }
  if (check && !failed)
    console.log(`${stories(files.length)} checked: every line and choice has its own id.`);
  else if (!check) console.log(`${total} id${total === 1 ? '' : 's'} added in ${stories(files.length)}.`);
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  await main(process.argv.slice(2));
