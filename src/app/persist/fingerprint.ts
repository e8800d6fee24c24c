/**
 * A short fingerprint of a choice's words, saved with each step of a path.
 *
 * ink names a choice by its position in the story (`the_ask.0.19`), so when an author removes or
 * inserts a choice, another choice can take over the same name and index. The words are what the
 * learner chose; a fingerprint of them (8 hex digits, whitespace-insensitive) lets a replay find
 * that choice again or know it is gone, without copying the story's text into every save.
 * Pure; not a security hash.
 */
export function fingerprintChoice(text: string): string {
  const words = text.trim().replace(/\s+/g, ' ');
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    hash ^= words.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
