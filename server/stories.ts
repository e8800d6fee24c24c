/**
 * The scenarios a live room can run: every `stories/*.ink`, compiled in Node with the same
 * compiler the build uses (build/ink/compile.ts), cached per file until it changes on disk.
 * A story that does not compile is listed with its error instead of breaking the server.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileInkFile, formatDiagnostic } from '../build/ink/compile.ts';
import { readCatalogEntry } from '../build/ink/catalog-entry.ts';
import type { LoadedStory } from '../src/core/session/types.ts';
import type { LiveParams, StorySummary } from '../src/core/live/protocol.ts';
import { parseInkJson } from '../src/core/story/ink-json.ts';
import { entriesOfStory } from '../build/l10n/plugin.ts';
import { placeholdersOf } from '../build/l10n/tables.ts';

interface Compiled {
  mtimeMs: number;
  summary: StorySummary;
  story: LoadedStory | null;
  error: string | null;
}

/**
 * The variables each line's translation shows (`{name}`), by line id: the room's session keeps their
 * values as it shows the line, so each phone fills its language's translation with them (as the game
 * does). A story whose strings cannot be read plays on; its lines show the English on every phone.
 */
function placeholdersIn(file: string, root: string, parsed: unknown): Record<string, string[]> {
  try {
    return parsed ? placeholdersOf(entriesOfStory(file, root, parsed)) : {};
  } catch (e) {
    console.warn(`[live] ${basename(file)}: no translatable strings (${e instanceof Error ? e.message : e})`);
    return {};
  }
}

export class StoryLibrary {
  private readonly cache = new Map<string, Compiled>();

  constructor(
    readonly dir: string,
    private readonly root = process.cwd(),
  ) {}

  private files(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.ink'))
      .sort();
  }

  private compiled(id: string): Compiled | null {
    const file = join(this.dir, `${id}.ink`);
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) || !existsSync(file)) return null;
    const mtimeMs = statSync(file).mtimeMs;
    const cached = this.cache.get(id);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    const result = compileInkFile(file, this.root);
    const entry = readCatalogEntry(basename(file, '.ink'), result);
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    const compiled: Compiled = {
      mtimeMs,
      summary: { id, title: entry.title, summary: entry.summary || null },
      story:
        result.json && errors.length === 0
          ? {
              id,
              hash: createHash('sha256').update(result.json).digest('hex').slice(0, 16),
              json: parseInkJson(result.json),
              placeholders: placeholdersIn(file, this.root, result.parsed),
            }
          : null,
      error: errors.length ? errors.join('\n') : result.json ? null : 'The story did not compile.',
    };
    this.cache.set(id, compiled);
    return compiled;
  }

  /** Every story that compiles, with its title (compiles each the first time). */
  list(): StorySummary[] {
    return this.files()
      .map((f) => this.compiled(basename(f, '.ink')))
      .filter((c): c is Compiled => c !== null && c.story !== null)
      .map((c) => c.summary)
      .sort((a, b) => a.title.localeCompare(b.title));
  }

  /** The compiled story, or why not. */
  load(
    id: string,
  ):
    | { ok: true; story: LoadedStory; title: string }
    | { ok: false; message: string; reason: 'no-story' | 'story-broken'; params: LiveParams } {
    const c = this.compiled(id);
    if (!c)
      return {
        ok: false,
        message: `No story "${id}" in ${this.dir}. Choose one from the list.`,
        reason: 'no-story',
        params: { id },
      };
    if (!c.story)
      return {
        ok: false,
        message: `“${c.summary.title}” does not compile: ${c.error}`,
        reason: 'story-broken',
        params: { title: c.summary.title },
      };
    return { ok: true, story: c.story, title: c.summary.title };
  }
}
