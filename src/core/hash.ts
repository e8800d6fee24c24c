/**
 * FNV-1a, 32 bits: the one small, stable, non-cryptographic hash of a string that the game uses to
 * tell things apart and to seed what must look random but stay the same — a choice's fingerprint in
 * a save, an LMS identifier's tail, a character's look, a sound's synthesis. Pure; never a secret.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
