/**
 * The shapes of everything Rapport stores or exports, as valibot schemas: the edge where untrusted
 * data (storage, an imported file) becomes trusted types. Every number is finite and in range,
 * every string bounded, every date a real ISO timestamp from 2000 on.
 *
 * Schemas only describe; they never read storage or the clock. Future dates are clamped by the
 * callers (see `clampToNow`), which know what "now" is.
 */
import * as v from 'valibot';
import { PROFILE_SCHEMA } from './formats.ts';

export const LIMITS = {
  idLength: 100,
  hashLength: 128,
  sourceLength: 256,
  knotLength: 200,
  titleLength: 200,
  tabIdLength: 64,
  /** Highest choice index accepted (ink stories offer a handful of choices at a time). */
  choiceIndex: 99,
  pathSteps: 2000,
  attemptsPerScenario: 100,
  endingsPerScenario: 200,
  sourcesPerScenario: 5000,
  scenarios: 500,
  quarantineEntries: 1000,
  reasonLength: 2000,
  /** Items in one situational-judgement check. */
  checkItems: 8,
} as const;

/** Saves and attempts dated before this are not real (a zeroed clock, a corrupt number). */
export const EARLIEST_DATE = Date.UTC(2000, 0, 1);

function hasNoControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return false;
  }
  return true;
}

const text = (max: number, min = 1) =>
  v.pipe(
    v.string(),
    v.minLength(min),
    v.maxLength(max),
    v.check(hasNoControlCharacters, 'Invalid text: control characters are not allowed'),
  );

/** Names that would collide with Object.prototype when used as a record key. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

export const StoryIdSchema = v.pipe(
  text(LIMITS.idLength),
  v.check((id) => !RESERVED_IDS.has(id), 'Invalid id: __proto__, constructor and prototype are reserved'),
);
export const EndingIdSchema = text(LIMITS.idLength);
const EndingId = EndingIdSchema;
const ContentHash = text(LIMITS.hashLength);
export const ChoiceSourceSchema = text(LIMITS.sourceLength);
const ChoiceSource = ChoiceSourceSchema;
/** A line id as `npm run strings` gives them (`lf-0042`), or '' for a choice without one. */
const ChoiceId = v.pipe(v.string(), v.maxLength(64), v.regex(/^[\w.-]*$/, 'Invalid choice id'));

/** Date.parse rolls 2026-02-30 over to March; a stored date should name a day that exists. */
function isRealDay(iso: string): boolean {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Each check passes what an earlier one already reported, so a bad date gets one message.
const Timestamp = v.pipe(
  v.string(),
  v.maxLength(40),
  v.isoTimestamp('Invalid date: expected an ISO 8601 timestamp such as 2025-03-01T09:30:00.000Z'),
  v.check((s) => !v.ISO_TIMESTAMP_REGEX.test(s) || isRealDay(s), 'Invalid date: there is no such day'),
  v.check((s) => !(Date.parse(s) < EARLIEST_DATE), 'Invalid date: expected a date from the year 2000 on'),
);

/** Scores and meters: finite, 0–100. */
const Percent = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100));

const Fingerprint = v.pipe(
  v.string(),
  v.regex(/^[0-9a-f]{8}$/, 'Invalid fingerprint: expected 8 hex digits'),
);

const ChoiceIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.choiceIndex));
const ChoicePath = v.pipe(v.array(ChoiceIndex), v.maxLength(LIMITS.pathSteps));

export const SAVE_SCHEMA = 1;

export const SaveSnapshotSchema = v.pipe(
  v.object({
    schema: v.literal(SAVE_SCHEMA),
    storyId: StoryIdSchema,
    /** The story's content hash when saved: a different hash means the story was edited since. */
    contentHash: ContentHash,
    /** The choices taken from the start (or from `startAt`), by index. */
    path: ChoicePath,
    /** Each step's choice source (ink path), to check a replay against an edited story. */
    choiceSources: v.optional(v.pipe(v.array(ChoiceSource), v.maxLength(LIMITS.pathSteps))),
    /**
     * Each step's choice fingerprint (see fingerprint.ts): ink's choice sources are positional, so
     * only the choice's words tell a removed or reordered choice from the one the learner took.
     */
    choiceFingerprints: v.optional(v.pipe(v.array(Fingerprint), v.maxLength(LIMITS.pathSteps))),
    /**
     * Each step's choice line id (`# id:`, '' for a choice without one): the same in every language
     * and across rewordings, so it decides first on restore (saves made before ids have none).
     */
    choiceIds: v.optional(v.pipe(v.array(ChoiceId), v.maxLength(LIMITS.pathSteps))),
    startAt: v.optional(text(LIMITS.knotLength)),
    savedAt: Timestamp,
    /** Bumped on every write: the compare-and-set token between tabs. */
    revision: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
    /** Which tab wrote it last. */
    tabId: text(LIMITS.tabIdLength),
  }),
  v.check(
    (s) => s.choiceSources === undefined || s.choiceSources.length === s.path.length,
    'Invalid save: choiceSources must have exactly one entry per step of path',
  ),
  v.check(
    (s) => s.choiceIds === undefined || s.choiceIds.length === s.path.length,
    'Invalid save: choiceIds must have exactly one entry per step of path',
  ),
  v.check(
    (s) => s.choiceFingerprints === undefined || s.choiceFingerprints.length === s.path.length,
    'Invalid save: choiceFingerprints must have exactly one entry per step of path',
  ),
);
export type SaveSnapshot = v.InferOutput<typeof SaveSnapshotSchema>;

/** The prototype's save format (before schema numbers): kept only to migrate it. */
export const SaveSnapshotV0Schema = v.object({
  version: v.literal(0),
  story: StoryIdSchema,
  hash: ContentHash,
  choices: ChoicePath,
  /** Milliseconds since 1970. */
  savedAt: v.pipe(v.number(), v.safeInteger(), v.minValue(EARLIEST_DATE)),
});
export type SaveSnapshotV0 = v.InferOutput<typeof SaveSnapshotV0Schema>;

export const AttemptSchema = v.object({
  /** When the attempt ended. */
  date: Timestamp,
  ending: EndingId,
  endingTitle: text(LIMITS.titleLength, 0),
  score: Percent,
  rapport: Percent,
  trust: Percent,
  path: ChoicePath,
});
export type Attempt = v.InferOutput<typeof AttemptSchema>;

export const ScenarioRecordSchema = v.object({
  attempts: v.pipe(v.array(AttemptSchema), v.maxLength(LIMITS.attemptsPerScenario)),
  /** Best score ever (kept when old attempts are trimmed), null before the first attempt. */
  bestScore: v.nullable(Percent),
  endingsFound: v.pipe(v.array(EndingId), v.maxLength(LIMITS.endingsPerScenario)),
  choiceSourcesFound: v.pipe(v.array(ChoiceSource), v.maxLength(LIMITS.sourcesPerScenario)),
});
export type ScenarioRecord = v.InferOutput<typeof ScenarioRecordSchema>;

/** One situational-judgement check answered (core/modules/checks.ts): the items asked, the responses. */
export const CheckAnswersSchema = v.pipe(
  v.object({
    date: Timestamp,
    items: v.pipe(v.array(text(40)), v.minLength(1), v.maxLength(LIMITS.checkItems)),
    answers: v.pipe(
      v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3))),
      v.maxLength(LIMITS.checkItems),
    ),
  }),
  v.check((c) => c.items.length === c.answers.length, 'Invalid check: one answer per item'),
);
export type CheckAnswers = v.InferOutput<typeof CheckAnswersSchema>;

/** A module's checks: the opening one and the closing one, each once answered. */
export const ModuleCheckRecordSchema = v.object({
  before: v.optional(CheckAnswersSchema),
  after: v.optional(CheckAnswersSchema),
});
export type ModuleCheckRecord = v.InferOutput<typeof ModuleCheckRecordSchema>;

export { PROFILE_SCHEMA };

export const ProfileSchema = v.object({
  schema: v.literal(PROFILE_SCHEMA),
  scenarios: v.pipe(v.record(StoryIdSchema, ScenarioRecordSchema), v.maxEntries(LIMITS.scenarios)),
  /** By module id (absent until a check is answered). */
  checks: v.optional(
    v.pipe(v.record(StoryIdSchema, ModuleCheckRecordSchema), v.maxEntries(LIMITS.scenarios)),
  ),
});
export type Profile = v.InferOutput<typeof ProfileSchema>;

export const QuarantineEntrySchema = v.object({
  /** The key the data was found under. */
  key: text(300),
  reason: text(LIMITS.reasonLength),
  at: Timestamp,
  /** The data exactly as found. */
  raw: v.string(),
});
export type QuarantineEntry = v.InferOutput<typeof QuarantineEntrySchema>;

export const EXPORT_FORMAT = 'rapport-profile';
export const EXPORT_SCHEMA = 1;

export const ExportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  schema: v.literal(EXPORT_SCHEMA),
  exportedAt: Timestamp,
  profile: ProfileSchema,
  saves: v.pipe(v.array(SaveSnapshotSchema), v.maxLength(LIMITS.scenarios)),
  quarantine: v.pipe(v.array(QuarantineEntrySchema), v.maxLength(LIMITS.quarantineEntries)),
});
export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

/** Each issue as "where.in[the].json: what is wrong", at most `max` of them. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], root = '', max = 20): string[] {
  const lines = issues.slice(0, max).map((issue) => {
    const where = (root + formatPath(issue.path)).replace(/^\./, '');
    return `${where || '(top level)'}: ${issue.message}`;
  });
  if (issues.length > max) lines.push(`…and ${issues.length - max} more problems`);
  return lines;
}

function formatPath(path: v.BaseIssue<unknown>['path']): string {
  let out = '';
  for (const item of path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A date in the future (another device's clock, a tampered file) is clamped to now. */
export function clampToNow(iso: string, now: Date): { value: string; clamped: boolean } {
  return Date.parse(iso) > now.getTime()
    ? { value: now.toISOString(), clamped: true }
    : { value: iso, clamped: false };
}
