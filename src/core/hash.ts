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

/**
 * mulberry32: a small, fast, deterministic sequence of numbers in [0, 1) from a seed — for what must
 * look scattered but be the same every time (a place's details, a sound's noise). Never for secrets.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
