/** Random identifiers (src/platform/ids.ts): their shape, and that they come from the random source. */
import { describe, expect, it } from 'vitest';
import { randomKey, uuid } from '../../../src/platform/ids.ts';

const counting = (b: Uint8Array<ArrayBuffer>) => b.forEach((_, i) => (b[i] = (i * 37 + 11) & 0xff));

describe('ids', () => {
  it('makes version 4 UUIDs, different each time', () => {
    const a = uuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuid()).not.toBe(a);
    expect(uuid(counting)).toBe(uuid(counting)); // all of it from the source it is given
  });

  it('makes short URL-safe keys of the length asked for', () => {
    for (const n of [1, 6, 10, 17]) expect(randomKey(n)).toMatch(new RegExp(`^[0-9a-z]{${n}}$`));
    expect(randomKey(10, counting)).toBe(randomKey(10, counting));
    expect(new Set(Array.from({ length: 50 }, () => randomKey())).size).toBe(50);
  });
});
