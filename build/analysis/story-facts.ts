/**
 * What the analyzer reads from a story's source and compiled JSON without playing it: the endings
 * it declares, its knot names, and tags the game does not know.
 */
import { readFileSync } from 'node:fs';
import { KNOWN_TAGS, type Tag } from '../../src/core/story/tags.ts';

export { KNOWN_TAGS };

export function noteUnknown(tags: readonly Tag[], into: Set<string>): void {
  for (const t of tags) if (!KNOWN_TAGS.has(t.name)) into.add(t.name);
}

/** Every `# ending: id` written in the story's files (reachable or not). */
export function declaredEndings(files: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/#\s*ending\s*:\s*([^\s#]+)/g)) ids.add(m[1]!);
  }
  return [...ids].sort();
}

/** Knots of the story (not functions), from the compiled JSON's top-level named content. */
export function knotNames(json: string, files: readonly string[]): string[] {
  const functions = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/^\s*==+\s*function\s+(\w+)/gm)) functions.add(m[1]!);
  }
  const root = (JSON.parse(json) as { root: unknown[] }).root;
  const named = root[root.length - 1];
  if (!named || typeof named !== 'object') return [];
  return Object.keys(named).filter((k) => k !== 'global decl' && !k.startsWith('#') && !functions.has(k));
}
