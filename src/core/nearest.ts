/**
 * The candidate nearest to a word an author typed — for "did you mean …?" in the errors of the
 * model (a misspelt dimension or vocabulary word) and of the build's review (a tag, a counterpart,
 * a function). Edit distance from fastest-levenshtein.
 */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `word` (ignoring case), if within `most` edits — by default a third of
 * the word, at least two: near enough to be a slip of the keyboard — and not the word itself.
 */
export function nearest(
  word: string,
  candidates: Iterable<string>,
  most = Math.max(2, Math.floor(word.length / 3)),
): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== null && bestDistance > 0 && bestDistance <= most ? best : null;
}
