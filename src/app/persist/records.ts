/**
 * Reading one stored record: size cap, JSON, schema version, migration from older versions,
 * validation — in that order, so a 6 MB value is refused before it is parsed and a record from a
 * newer version of the game is recognised before it is judged by this version's rules.
 *
 * Pure: never touches storage or the clock, never throws. What to do with an invalid or newer
 * record (set it aside, leave it alone) is decided by the caller.
 */
import * as v from 'valibot';
import {
  describeIssues,
  SAVE_SCHEMA,
  SaveSnapshotSchema,
  SaveSnapshotV0Schema,
  type SaveSnapshot,
} from './schema.ts';

export type Decoded<T> =
  | { kind: 'empty' }
  | { kind: 'ok'; value: T; migratedFrom: number | null }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string };

export type MigrationStep = { ok: true; value: unknown } | { ok: false; reason: string };

export interface RecordFormat<T> {
  /** What the record is, for messages: "save", "profile". */
  what: string;
  current: number;
  schema: v.GenericSchema<unknown, T>;
  /** `migrations[n]` turns a version-n record into version n+1, or says why it cannot. */
  migrations: Readonly<Record<number, (value: unknown) => MigrationStep>>;
}

/** The record's schema version: its `schema` number, or 0 for the prototype's `version: 0`. */
export function versionOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if ('schema' in record) {
    const n = record.schema;
    return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
  }
  return record.version === 0 ? 0 : null;
}

export function decodeRecord<T>(raw: string | null, format: RecordFormat<T>, maxLength: number): Decoded<T> {
  if (raw === null) return { kind: 'empty' };
  if (raw.length > maxLength) {
    return invalid(`too large to be a ${format.what}: ${raw.length} characters, the limit is ${maxLength}`);
  }
  if (raw.trim() === '') return invalid('an empty value');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return invalid(`not JSON (${e instanceof Error ? e.message : String(e)}): ${preview(raw)}`);
  }
  const version = versionOf(value);
  if (version === null) {
    return invalid(`not a Rapport ${format.what}: it has no schema version (found ${preview(raw)})`);
  }
  if (version > format.current) return { kind: 'newer', version };
  let migratedFrom: number | null = null;
  for (let n = version; n < format.current; n++) {
    const migrate = format.migrations[n];
    if (!migrate) return invalid(`a ${format.what} of schema version ${n}, which cannot be upgraded`);
    const step = migrate(value);
    if (!step.ok)
      return invalid(`a ${format.what} of schema version ${n} that cannot be upgraded: ${step.reason}`);
    value = step.value;
    migratedFrom ??= version;
  }
  const parsed = v.safeParse(format.schema, value);
  if (!parsed.success) return invalid(describeIssues(parsed.issues).join('; '));
  return { kind: 'ok', value: parsed.output, migratedFrom };
}

const invalid = (reason: string) => ({ kind: 'invalid', reason }) as const;

function preview(raw: string): string {
  const shown = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw;
  return JSON.stringify(shown);
}

/**
 * v0 → v1: the prototype saved `{ version: 0, story, hash, choices, savedAt: <ms> }`.
 * v1 renames the fields, stores the date as ISO text and adds the tab-conflict fields.
 */
export function migrateSaveV0ToV1(value: unknown): MigrationStep {
  const parsed = v.safeParse(SaveSnapshotV0Schema, value);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.issues).join('; ') };
  const old = parsed.output;
  return {
    ok: true,
    value: {
      schema: 1,
      storyId: old.story,
      contentHash: old.hash,
      path: old.choices,
      savedAt: new Date(old.savedAt).toISOString(),
      revision: 1,
      tabId: 'migrated-from-v0',
    },
  };
}

export const SAVE_FORMAT: RecordFormat<SaveSnapshot> = {
  what: 'save',
  current: SAVE_SCHEMA,
  schema: SaveSnapshotSchema,
  migrations: { 0: migrateSaveV0ToV1 },
};
