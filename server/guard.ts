/**
 * A first gate for every client message, before schema validation: the payload must be plain
 * JSON data of small depth with no key that could reach an object's prototype (`__proto__`,
 * `constructor`, `prototype`). socket.io parses packets with JSON.parse, which makes such keys
 * ordinary own properties; refusing them here keeps them away from every later spread or lookup.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function plainDataProblem(value: unknown, depth = 0): string | null {
  if (depth > 4) return 'the message is nested too deeply';
  if (value === undefined && depth === 0) return null; // an event without payload
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'numbers must be finite';
  if (Array.isArray(value)) {
    if (value.length > 50) return 'an array in the message is too long';
    for (const item of value) {
      const p = plainDataProblem(item, depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return 'the message must be plain data';
    const keys = Object.keys(value);
    if (keys.length > 20) return 'the message has too many fields';
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return `the field name "${key}" is not allowed`;
      const p = plainDataProblem((value as Record<string, unknown>)[key], depth + 1);
      if (p) return p;
    }
    return null;
  }
  return 'the message must be plain data';
}
