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

export interface InkDiagnostic {
  severity: 'error' | 'warning' | 'author';
  file: string;
  line: number | null;
  message: string;
}

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
}

export interface CompileOptions {
  /** Count visits to every knot and stitch (the analyzer needs it to find knots never reached). */
  countAllVisits?: boolean;
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

export function formatDiagnostic(d: InkDiagnostic): string {
  return `${d.file}${d.line !== null ? `:${d.line}` : ''}: ${d.severity}: ${d.message}`;
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
  try {
    const compiled = compiler.Compile();
    if (!diagnostics.some((d) => d.severity === 'error')) {
      json = compiled.ToJson() ?? null;
      story = compiled;
    }
  } catch (e) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({
        severity: 'error',
        file: shown(mainPath),
        line: null,
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return { json, diagnostics, files: [...files], story };
}
