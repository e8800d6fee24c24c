/**
 * Export and import of the whole learner profile as one JSON file: the record, every save,
 * and everything set aside (damaged data, and records from a newer version of the game, which
 * stay in place in storage too).
 *
 * Import validates the whole file before writing anything and, on failure, says exactly what is
 * wrong and where ("profile.scenarios.tokyo.attempts[2].score: …"). It merges into what is
 * stored — attempts are added, the more recent save of a scenario wins — and never wipes.
 * It never throws.
 */
import * as v from 'valibot';
import type { LearnerRecord } from './learner-record.ts';
import type { StorageProblem } from '../../platform/storage/problems.ts';
import { salvageProfile } from './profile-salvage.ts';
import { keepQuarantined, listQuarantine } from './quarantine.ts';
import { versionOf } from './records.ts';
import type { PersistContext, SaveSlots } from './saves.ts';
import {
  clampToNow,
  describeIssues,
  EXPORT_FORMAT,
  EXPORT_SCHEMA,
  ExportFileSchema,
  type ExportFile,
  type QuarantineEntry,
  type SaveSnapshot,
} from './schema.ts';

/** An import file larger than this is refused before it is parsed. */
export const MAX_IMPORT_LENGTH = 20_000_000;

export interface ImportSummary {
  /** Attempts that were not already in the record. */
  attemptsAdded: number;
  /** Scenarios whose save came from the file (it was newer or there was none). */
  savesAdded: string[];
  /** Scenarios whose local save was as recent and was kept. */
  savesKeptLocal: string[];
  quarantineAdded: number;
  /** Writes that failed: what was imported is then only partly kept. */
  problems: StorageProblem[];
}

export type ImportResult =
  | { ok: true; summary: ImportSummary }
  /** Nothing was written. `errors` lists each problem as "where.in.the.file: what is wrong". */
  | {
      ok: false;
      message: string;
      errors: string[];
      /** `message` as an interface message (src/l10n/en.ts), for the learner's language. */
      words: { key: 'problem.import.refused'; params: Readonly<Record<string, string | number>> };
    };

export interface TransferParts {
  ctx: PersistContext;
  saves: SaveSlots;
  record: LearnerRecord;
}

export function exportProfile({ ctx, saves, record }: TransferParts): string {
  const { profile } = record.load();
  const { snapshots, inPlace } = saves.all();
  const at = ctx.now().toISOString();
  const quarantine: QuarantineEntry[] = listQuarantine(ctx.store).map(({ key, reason, at, raw }) => ({
    key,
    reason,
    at,
    raw,
  }));
  const profileInPlace = record.heldInPlace();
  for (const { key, raw, reason } of profileInPlace ? [...inPlace, profileInPlace] : inPlace) {
    quarantine.push({ key, reason, at, raw });
  }
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    schema: EXPORT_SCHEMA,
    exportedAt: at,
    profile,
    saves: snapshots,
    quarantine,
  };
  return JSON.stringify(file, null, 2);
}

export function importProfile({ ctx, saves, record }: TransferParts, text: string): ImportResult {
  const checked = parseExportFile(text);
  if (!checked.ok) return checked;
  const file = checked.file;
  const now = ctx.now();
  const before = countAttempts(record.load().profile);
  // The file's profile is valid; salvaging it clamps future dates and applies the caps.
  const merged = record.merge(salvageProfile(file.profile, now).profile);
  const problems = [...merged.problems];
  const summary: ImportSummary = {
    attemptsAdded: Math.max(0, countAttempts(merged.profile) - before),
    savesAdded: [],
    savesKeptLocal: [],
    quarantineAdded: 0,
    problems,
  };
  for (const snapshot of latestPerScenario(file.saves)) {
    const savedAt = clampToNow(snapshot.savedAt, now).value;
    const adopted = saves.adopt({ ...snapshot, savedAt });
    if (adopted.outcome === 'added') summary.savesAdded.push(snapshot.storyId);
    else if (adopted.outcome === 'kept-local') summary.savesKeptLocal.push(snapshot.storyId);
    else problems.push(adopted.problem);
  }
  const kept = keepQuarantined(ctx, file.quarantine);
  summary.quarantineAdded = kept.added;
  problems.push(...kept.problems);
  return { ok: true, summary };
}

/** Validate an export file without writing anything. */
export function parseExportFile(
  text: string,
): { ok: true; file: ExportFile } | Extract<ImportResult, { ok: false }> {
  const refuse = (
    why: 'large' | 'empty' | 'json' | 'export' | 'newer' | 'values',
    message: string,
    errors: string[] = [],
    params: Readonly<Record<string, number>> = {},
  ) => ({
    ok: false as const,
    message,
    errors,
    words: { key: 'problem.import.refused' as const, params: { why, ...params } },
  });
  if (text.length > MAX_IMPORT_LENGTH) {
    return refuse(
      'large',
      `The file is too large to be a Rapport profile (${mb(text.length)} MB; the limit is ${mb(MAX_IMPORT_LENGTH)} MB).`,
      [],
      { size: Number(mb(text.length)), limit: Number(mb(MAX_IMPORT_LENGTH)) },
    );
  }
  if (text.trim() === '') return refuse('empty', 'The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return refuse('json', 'The file is not a Rapport profile: it is not valid JSON.', [
      `(file): ${e instanceof Error ? e.message : String(e)}`,
    ]);
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { format?: unknown }).format !== EXPORT_FORMAT
  ) {
    return refuse('export', 'The file is not a Rapport profile export.', [
      `format: expected "${EXPORT_FORMAT}", found ${describeFound(value)}`,
    ]);
  }
  const version = versionOf(value);
  if (version !== null && version > EXPORT_SCHEMA) {
    return refuse(
      'newer',
      'The file was exported by a newer version of Rapport. Reload the page to get the newer version, then import it again.',
      [`schema: ${version} is newer than ${EXPORT_SCHEMA}`],
    );
  }
  const parsed = v.safeParse(ExportFileSchema, value);
  if (!parsed.success) {
    return refuse(
      'values',
      'The file could not be imported: some of its values are wrong. Nothing was changed.',
      [...describeIssues(parsed.issues)],
    );
  }
  return { ok: true, file: parsed.output };
}

function latestPerScenario(snapshots: readonly SaveSnapshot[]): SaveSnapshot[] {
  const latest = new Map<string, SaveSnapshot>();
  for (const s of snapshots) {
    const seen = latest.get(s.storyId);
    if (!seen || Date.parse(s.savedAt) > Date.parse(seen.savedAt)) latest.set(s.storyId, s);
  }
  return [...latest.values()];
}

function countAttempts(profile: ExportFile['profile']): number {
  return Object.values(profile.scenarios).reduce((n, s) => n + s.attempts.length, 0);
}

function describeFound(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? String(value);
  const format = (value as { format?: unknown }).format;
  return format === undefined ? 'no "format" field' : JSON.stringify(format);
}

const mb = (length: number) => (length / 1_000_000).toFixed(1);
