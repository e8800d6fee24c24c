/**
 * Random identifiers, made the same way everywhere: `crypto.getRandomValues` exists in every
 * browser and in Node, on http pages too (where `crypto.randomUUID` does not). For telling things
 * apart — a statement, a tab, a presenter session — never for a secret the server relies on (the
 * live-room service makes its own tokens with Node's crypto).
 */

export type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => void;

const fill: RandomFill = (b) => crypto.getRandomValues(b);

/** A random version 4 UUID. */
export function uuid(random: RandomFill = fill): string {
  const b = new Uint8Array(16);
  random(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A short random key of lower-case letters and digits (10 by default), safe in a URL. */
export function randomKey(length = 10, random: RandomFill = fill): string {
  const b = new Uint8Array(Math.ceil(length / 2) + 1);
  random(b);
  return [...b]
    .map((x) => x.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, length);
}
