/**
 * Does a check give its answers away? The same bar the stories meet: a learner who always picks the
 * same position, or always the longest or the shortest response, must not do well. A check fails
 * when the best response sits in one position, or is the longest or the shortest, in more than half
 * of its items.
 */
import type { CheckItem } from '../../src/core/modules/checks.ts';

const ORDINAL = ['first', 'second', 'third', 'fourth'];

export function giveaways(items: readonly CheckItem[]): string[] {
  if (!items.length) return [];
  const limit = items.length / 2;
  const out: string[] = [];
  const positions = [0, 0, 0, 0];
  let longest = 0;
  let shortest = 0;
  for (const item of items) {
    positions[item.best]!++;
    const lengths = item.responses.map((r) => r.length);
    const own = lengths[item.best]!;
    if (lengths.every((l, i) => i === item.best || l < own)) longest++;
    if (lengths.every((l, i) => i === item.best || l > own)) shortest++;
  }
  positions.forEach((n, i) => {
    if (n > limit)
      out.push(
        `the best response is the ${ORDINAL[i]} in ${n} of ${items.length} items — a learner who always picks the ${ORDINAL[i]} would pass; move some.`,
      );
  });
  if (longest > limit)
    out.push(
      `the best response is the longest in ${longest} of ${items.length} items — shorten it or lengthen a wrong one in some.`,
    );
  if (shortest > limit)
    out.push(
      `the best response is the shortest in ${shortest} of ${items.length} items — lengthen it or shorten a wrong one in some.`,
    );
  return out;
}
