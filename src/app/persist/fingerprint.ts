/**
 * A short fingerprint of a choice's words, saved with each step of a path.
 *
 * ink names a choice by its position in the story (`the_ask.0.19`), so when an author removes or
 * inserts a choice, another choice can take over the same name and index. The words are what the
 * learner chose; a fingerprint of them (8 hex digits, whitespace-insensitive) lets a replay find
 * that choice again or know it is gone, without copying the story's text into every save.
 * Pure; not a security hash.
 */
import { fnv1a } from '../../core/hash.ts';

export function fingerprintChoice(text: string): string {
  return fnv1a(text.trim().replace(/\s+/g, ' ')).toString(16).padStart(8, '0');
}
