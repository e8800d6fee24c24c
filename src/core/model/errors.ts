/**
 * AuthorError: a mistake in a story's use of the relationship vocabulary, with a message that
 * names the call, the problem and the fix. Thrown by parseCall (the call itself is wrong) and by
 * applyEvent (the call does not fit the story so far, e.g. an undeclared counterpart).
 *
 * Only for mistakes an author can make; never for bugs in the model itself.
 */
export class AuthorError extends Error {
  override readonly name = 'AuthorError';
}

/** An argument as the author wrote it in ink: strings quoted, numbers and booleans as they are. */
export function formatArg(a: unknown): string {
  if (typeof a === 'string') return JSON.stringify(a);
  if (typeof a === 'number' || typeof a === 'boolean') return String(a);
  if (a === undefined) return 'undefined';
  if (a === null) return 'null';
  try {
    return JSON.stringify(a) ?? String(a);
  } catch {
    return String(a);
  }
}

/** `gain("liwei", "benevolance", 4, 1)` — the call as the author wrote it. */
export function formatCall(name: string, args: readonly unknown[]): string {
  return `${name}(${args.map(formatArg).join(', ')})`;
}
