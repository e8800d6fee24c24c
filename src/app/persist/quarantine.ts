/**
 * Setting damaged or foreign data aside instead of deleting it: the value is copied, with the
 * reason, under its own quarantine key, and only then removed from where it was found. The
 * learner can export it (it is in every profile export) or discard it.
 *
 * It never removes a value it has not first copied, never removes a value another tab has
 * replaced meanwhile, and never touches any other key.
 */
import * as v from 'valibot';
import { classifyKey, quarantineKey } from './keys.ts';
import type { KeyValueStore } from '../../platform/storage/kv-store.ts';
import { problem, type StorageProblem, type WriteResult } from '../../platform/storage/problems.ts';
import { EARLIEST_DATE, LIMITS, QuarantineEntrySchema, type QuarantineEntry } from './schema.ts';

export interface QuarantineContext {
  store: KeyValueStore;
  now: () => Date;
  tabId: string;
}

export type SetAsideResult = { ok: true; quarantineKey: string } | { ok: false; problem: StorageProblem };

/** A quarantined value, with the key it is kept under (to discard it). */
export interface QuarantinedItem extends QuarantineEntry {
  quarantineKey: string;
}

export function setAside(ctx: QuarantineContext, key: string, raw: string, reason: string): SetAsideResult {
  const at = ctx.now();
  const entry: QuarantineEntry = { key, reason: cleanReason(reason), at: at.toISOString(), raw };
  let target = quarantineKey(at, ctx.tabId);
  for (let n = 2; hasValue(ctx.store, target); n++) target = quarantineKey(at, `${ctx.tabId}-${n}`);
  const written = ctx.store.setItem(target, JSON.stringify(entry));
  if (!written.ok) {
    return {
      ok: false,
      problem: problem.damaged(
        `${key}: ${entry.reason}; it could not be set aside: ${written.problem.detail}`,
      ),
    };
  }
  // Remove the original only if it is still what was copied: another tab may have replaced it.
  const current = ctx.store.getItem(key);
  if (current.ok && current.value === raw) ctx.store.removeItem(key);
  return { ok: true, quarantineKey: target };
}

/** Everything set aside, oldest first. An unreadable quarantine entry is listed as it is, not moved again. */
export function listQuarantine(store: KeyValueStore): QuarantinedItem[] {
  const items: QuarantinedItem[] = [];
  for (const key of store.keys().sort()) {
    if (classifyKey(key).kind !== 'quarantine') continue;
    const read = store.getItem(key);
    if (!read.ok || read.value === null) continue;
    items.push({ quarantineKey: key, ...parseEntry(key, read.value) });
  }
  return items;
}

/** Delete one quarantined value (after the learner exported it, or chose to discard it). */
export function discardQuarantined(store: KeyValueStore, key: string): WriteResult {
  if (classifyKey(key).kind !== 'quarantine') {
    return { ok: false, problem: problem.invalid(`${key} is not a quarantine key; nothing was removed`) };
  }
  return store.removeItem(key);
}

/** Add entries (from an imported file) that are not already kept. Returns how many were added. */
export function keepQuarantined(
  ctx: QuarantineContext,
  entries: readonly QuarantineEntry[],
): { added: number; problems: StorageProblem[] } {
  const present = new Set(listQuarantine(ctx.store).map((e) => `${e.key}\n${e.raw}`));
  let added = 0;
  const problems: StorageProblem[] = [];
  for (const entry of entries) {
    const id = `${entry.key}\n${entry.raw}`;
    if (present.has(id)) continue;
    let target = quarantineKey(new Date(entry.at), `imported-${ctx.tabId}`);
    for (let n = 2; hasValue(ctx.store, target); n++)
      target = quarantineKey(new Date(entry.at), `imported-${ctx.tabId}-${n}`);
    const written = ctx.store.setItem(target, JSON.stringify(entry));
    if (written.ok) {
      added++;
      present.add(id);
    } else problems.push(written.problem);
  }
  return { added, problems };
}

function parseEntry(key: string, raw: string): QuarantineEntry {
  try {
    const parsed = v.safeParse(QuarantineEntrySchema, JSON.parse(raw));
    if (parsed.success) return parsed.output;
  } catch {
    // fall through: listed as found
  }
  return {
    key,
    reason: 'this quarantine entry is itself unreadable',
    at: new Date(EARLIEST_DATE).toISOString(),
    raw,
  };
}

function hasValue(store: KeyValueStore, key: string): boolean {
  const read = store.getItem(key);
  return read.ok && read.value !== null;
}

function cleanReason(reason: string): string {
  let out = '';
  for (const ch of reason) out += ch.charCodeAt(0) < 0x20 || ch === '\u007f' ? ' ' : ch;
  return (out.trim() || 'unreadable').slice(0, LIMITS.reasonLength);
}
