/**
 * Ink compilation for build time, tools and tests — never for the player's bundle.
 *
 * Wraps inkjs's compiler (`inkjs/full`): follows INCLUDEs relative to the including file,
 * reports every included file (so the dev server can watch them) and turns compiler output
 * into structured diagnostics with file and line, so an author sees where to fix a typo.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { InkDiagnostic } from './diagnostic.ts';
import { explainCompilerError } from './explain.ts';
import { reviewStory } from './review.ts';

export { formatDiagnostic, type InkDiagnostic } from './diagnostic.ts';

export interface InkCompileResult {
  /** The compiled story as ink's JSON, or null when compilation failed. */
  json: string | null;
  diagnostics: InkDiagnostic[];
  /** Absolute paths of the main file and every INCLUDEd file. */
  files: string[];
  /**
   * The compiler's own Story object, with debug metadata (file and line of every piece of content):
   * the analyzer plays it to name the line of an author error. Null when compilation failed.
   */
  story: unknown;
  /**
   * inkjs's parsed story (file and line of every piece of the source, parsed.ts), or null when the
   * source could not be parsed: what `npm run strings` reads to find every line a learner reads.
   */
  parsed: unknown;
}

export interface CompileOptions {
  /** Count visits to every knot and stitch (the analyzer needs it to find knots never reached). */
  countAllVisits?: boolean;
  /**
   * Known source ids ("003") → file names, for the review of `# seeds:` and `# learn:` (review.ts).
   * Default: the `sources.json` beside the main file, if there is one.
   */
  sources?: ReadonlyMap<string, string> | null;
  /**
   * Hold the story to line ids even when it has none yet (review.ts): `npm run check` asks it for
   * the stories in stories/. A story that has ids is always held to them.
   */
  requireIds?: boolean;
}

/** `sources.json` in `dir` (see stories/sources.json), or null when there is none. */
export function readSources(dir: string): ReadonlyMap<string, string> | null {
  const file = resolve(dir, 'sources.json');
  if (!existsSync(file)) return null;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { sources?: { id: string; file: string }[] };
  return new Map((data.sources ?? []).map((s) => [s.id, s.file]));
}

const MESSAGE =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

/** Parse one of the compiler's messages ("ERROR: 'x.ink' line 3: …") into a diagnostic. */
export function parseInkMessage(raw: string, fallbackFile: string): InkDiagnostic {
  const m = MESSAGE.exec(raw.trim());
  const kind = m?.[1] ?? 'ERROR';
  return {
    severity: kind.includes('WARNING') ? 'warning' : kind === 'TODO' ? 'author' : 'error',
    file: m?.[2] ?? fallbackFile,
    line: m?.[3] ? Number(m[3]) : null,
    message: (m?.[4] ?? raw).trim(),
  };
}

/**
 * Compile an ink file from disk. `root` is only used to print file names relative to the
 * project, which is what an author reads in an error.
 */
export function compileInkFile(
  path: string,
  root = process.cwd(),
  options: CompileOptions = {},
): InkCompileResult {
  const main = resolve(path);
  const source = readFileSync(main, 'utf8');
  return compileInkSource(source, main, root, options);
}

export function compileInkSource(
  source: string,
  mainPath: string,
  root = process.cwd(),
  options: CompileOptions = {},
): InkCompileResult {
  const files = new Set<string>([mainPath]);
  const shown = (abs: string) => relative(root, abs) || abs;
  const byShownName = new Map<string, string>([[shown(mainPath), mainPath]]);
  const diagnostics: InkDiagnostic[] = [];
  const fileHandler = {
    // INCLUDE paths are relative to the file that includes them (as in Inky, for the main file).
    ResolveInkFilename: (filename: string) => {
      const abs = resolve(dirname(mainPath), filename);
      const name = shown(abs);
      byShownName.set(name, abs);
      return name;
    },
    LoadInkFileContents: (filename: string) => {
      const abs = byShownName.get(filename) ?? resolve(root, filename);
      files.add(abs);
      if (!existsSync(abs)) {
        throw new Error(`INCLUDE not found: ${filename} (looked for ${abs}). Check the file name and path.`);
      }
      return readFileSync(abs, 'utf8');
    },
  };
  const onMessage = (message: string) => {
    const d = parseInkMessage(message, shown(mainPath));
    // The compiler names an included file as written in its INCLUDE line; name it from the root.
    if (d.file !== shown(mainPath) && !byShownName.has(d.file))
      d.file = shown(resolve(dirname(mainPath), d.file));
    diagnostics.push(d);
  };
  const compiler = new Compiler(
    source,
    new CompilerOptions(shown(mainPath), [], options.countAllVisits ?? false, onMessage, fileHandler),
  );
  let json: string | null = null;
  let story: unknown = null;
  const failed = () => diagnostics.some((d) => d.severity === 'error');
  let compiled: ReturnType<Compiler['Compile']> | null = null;
  try {
    compiled = compiler.Compile();
  } catch (e) {
    if (!failed()) {
      diagnostics.push({
        severity: 'error',
        file: shown(mainPath),
        line: null,
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }
  // The build's first review — Rapport's tags and vocabulary, with file, line and the fix — runs
  // whenever ink could parse the story, so an author sees every mistake at once.
  const parsed = parsedStoryOf(compiler);
  if (parsed) {
    const sources = options.sources === undefined ? readSources(dirname(mainPath)) : options.sources;
    diagnostics.push(
      ...reviewStory(parsed, shown(mainPath), { sources, requireIds: options.requireIds ?? false }),
    );
  }
  if (failed()) tidyErrors(diagnostics, parsed);
  else if (compiled) {
    json = compiled.ToJson() ?? null;
    story = compiled;
  }
  return { json, diagnostics, files: [...files], story, parsed };
}

/** ink's parsed story (file and line of every piece), or null when the source could not be parsed. */
function parsedStoryOf(compiler: Compiler): unknown {
  try {
    return compiler.parsedStory ?? null;
  } catch {
    return null;
  }
}

/**
 * The errors as an author reads them: the compiler's with what was probably meant (review.ts),
 * one per cause, in the order of the files' lines.
 */
function tidyErrors(diagnostics: InkDiagnostic[], parsed: unknown): void {
  const seen = new Set<string>();
  const tidy = diagnostics
    .map((d) => (parsed ? explainCompilerError(d, parsed) : d))
    .filter((d) => {
      const key = `${d.file}:${d.line}:${d.message}`;
      return !seen.has(key) && !!seen.add(key);
    })
    .sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : 0));
  diagnostics.splice(0, diagnostics.length, ...tidy);
}
