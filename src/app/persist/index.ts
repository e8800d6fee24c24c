/**
 * Persistence of saves and the learner's record: the one entry point the game and the page use.
 *
 * `createPersistence()` wires a store (the browser's localStorage by default, an in-memory store
 * in tests or when the browser gives none) to the save slots, the learner record, quarantine and
 * export/import, and turns the browser's `storage` events into "another tab changed X".
 *
 * Nothing here throws, and nothing here reads the DOM or the game store: every outcome is a value
 * for the page to show. See docs/saves.md.
 */
import { classifyKey } from './keys.ts';
import type { KeyValueStore, StorageStatus } from '../../platform/storage/kv-store.ts';
import { LearnerRecord } from './learner-record.ts';
import { LocalStorageStore } from '../../platform/storage/local-storage.ts';
import type { WriteResult } from '../../platform/storage/problems.ts';
import { discardQuarantined, listQuarantine, type QuarantinedItem } from './quarantine.ts';
import { SaveSlots, type PersistContext } from './saves.ts';
import { exportProfile, importProfile, type ImportResult } from './transfer.ts';
import { uuid } from '../../platform/ids.ts';

export { MemoryStore, type KeyValueStore, type StorageStatus } from '../../platform/storage/kv-store.ts';
export { LocalStorageStore, type BrowserStorageHost } from '../../platform/storage/local-storage.ts';
export type { StorageProblem, StorageProblemKind, WriteResult } from '../../platform/storage/problems.ts';
export {
  SaveSlots,
  type HeldInPlace,
  type SaveLoad,
  type SaveProgress,
  type SaveSummary,
  type SaveWrite,
} from './saves.ts';
export { fingerprintChoice } from './fingerprint.ts';
export { LearnerRecord, type ProfileLoad, type RecordAttemptResult } from './learner-record.ts';
export {
  addAttempt,
  addCheck,
  bestScore,
  checksOf,
  emptyProfile,
  improvementSeries,
  mergeProfiles,
  noteChoiceSources,
  pathMap,
  scenarioOf,
  type AttemptInput,
  type ImprovementPoint,
  type PathMap,
} from './profile.ts';
export {
  restoreSession,
  RESTORE_MESSAGES,
  type CannotRestoreReason,
  type MakeSession,
  type ReplayableSession,
  type RestoreResult,
} from './restore.ts';
export type { ImportResult, ImportSummary } from './transfer.ts';
export type { QuarantinedItem } from './quarantine.ts';
export type {
  Attempt,
  CheckAnswers,
  ModuleCheckRecord,
  Profile,
  SaveSnapshot,
  ScenarioRecord,
} from './schema.ts';

/** Default cap on one stored value, in UTF-16 code units (what browsers count): about 1 MB. */
export const DEFAULT_MAX_VALUE_LENGTH = 1_048_576;

export interface PersistenceOptions {
  /** Default: the browser's localStorage (reported unavailable where there is none). */
  store?: KeyValueStore;
  /** Identifies this tab in saves. Default: a random id per page load. */
  tabId?: string;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
  maxValueLength?: number;
}

export type ExternalChange =
  | { kind: 'save'; storyId: string }
  | { kind: 'profile' }
  | { kind: 'quarantine' }
  /** Another tab cleared storage entirely. */
  | { kind: 'cleared' };

export interface Persistence {
  readonly tabId: string;
  /** Whether progress can be kept at all; `problem.message` is the sentence to show when not. */
  status(): StorageStatus;
  readonly saves: SaveSlots;
  readonly record: LearnerRecord;
  exportProfile(): string;
  importProfile(text: string): ImportResult;
  quarantine(): QuarantinedItem[];
  discardQuarantined(quarantineKey: string): WriteResult;
  /** Another tab changed something: the page reloads what it shows. Returns an unsubscribe. */
  onExternalChange(listener: (change: ExternalChange) => void): () => void;
}

export function createPersistence(options: PersistenceOptions = {}): Persistence {
  const store = options.store ?? new LocalStorageStore();
  const ctx: PersistContext = {
    store,
    tabId: options.tabId ?? newTabId(),
    now: options.now ?? (() => new Date()),
    maxValueLength: options.maxValueLength ?? DEFAULT_MAX_VALUE_LENGTH,
  };
  const saves = new SaveSlots(ctx);
  const record = new LearnerRecord(ctx);
  return {
    tabId: ctx.tabId,
    status: () => store.status(),
    saves,
    record,
    exportProfile: () => exportProfile({ ctx, saves, record }),
    importProfile: (text) => importProfile({ ctx, saves, record }, text),
    quarantine: () => listQuarantine(store),
    discardQuarantined: (key) => discardQuarantined(store, key),
    onExternalChange(listener) {
      return store.subscribe((key) => {
        if (key === null) return listener({ kind: 'cleared' });
        const k = classifyKey(key);
        if (k.kind !== 'other') listener(k);
      });
    },
  };
}

function newTabId(): string {
  return `tab-${uuid()}`;
}
