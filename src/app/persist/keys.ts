/**
 * The names of everything Rapport keeps in storage. The `v1` is the key layout's version (how keys
 * are named), not the record format: each record carries its own `schema` number.
 * Keys outside the `rapport:` prefix belong to someone else and are never read or touched.
 */

export const KEY_PREFIX = 'rapport:v1:';
export const PROFILE_KEY = `${KEY_PREFIX}profile`;
const SAVE_PREFIX = `${KEY_PREFIX}save:`;
const QUARANTINE_PREFIX = `${KEY_PREFIX}quarantine:`;

export const saveKey = (storyId: string) => `${SAVE_PREFIX}${storyId}`;

export const quarantineKey = (at: Date, tag: string) => `${QUARANTINE_PREFIX}${at.toISOString()}:${tag}`;

export type KeyKind =
  { kind: 'save'; storyId: string } | { kind: 'profile' } | { kind: 'quarantine' } | { kind: 'other' };

export function classifyKey(key: string): KeyKind {
  if (key === PROFILE_KEY) return { kind: 'profile' };
  if (key.startsWith(SAVE_PREFIX) && key.length > SAVE_PREFIX.length) {
    return { kind: 'save', storyId: key.slice(SAVE_PREFIX.length) };
  }
  if (key.startsWith(QUARANTINE_PREFIX)) return { kind: 'quarantine' };
  return { kind: 'other' };
}
