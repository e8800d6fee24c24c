/**
 * Opening the live-room database file (see sqlite.ts): one server per file, told apart by a
 * `<file>.pid` lock that names the server's process. A lock whose process is gone (a server that
 * was killed) is taken over; a lock held by a live process is waited for (a server still shutting
 * down), then refused with a message that says what to do. A file that is not a readable
 * database is moved aside and a new one started, and the message names where it went.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import sqlite from './sqlite-wasm.ts';
import type { RoomMeta, StoredParticipant } from './records.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.ts';
import { SqliteStore, type Database, type Row } from './sqlite.ts';

export class StoreError extends Error {
  constructor(
    readonly kind: 'locked' | 'newer' | 'unusable',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface OpenOptions {
  /** How long to wait for another server to let go of the file (default 10 s). */
  waitMs?: number;
  /** 'full': sync every commit to the disk (survives a power cut; slower). */
  durability?: 'normal' | 'full';
  log?: (line: string) => void;
}

/** SQLite checkpoints by itself past this many pages in the WAL (about 40 MB): a room that never pauses. */
const WAL_AUTOCHECKPOINT_PAGES = 10_000;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Take `<file>.pid`, or return the pid of the live process that holds it. */
function takeLock(lock: string): number | null {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return null;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = Number(readFileSync(lock, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) return holder;
    rmSync(lock, { force: true }); // left by a server that is gone
  }
  throw new StoreError('locked', `Could not take the lock ${lock}. Remove it if no Rapport server runs.`);
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

export function openSqliteStore(path: string, options: OpenOptions = {}): SqliteStore {
  const file = resolve(path);
  const log = options.log ?? (() => {});
  mkdirSync(dirname(file), { recursive: true });
  const lock = `${file}.pid`;
  const until = Date.now() + (options.waitMs ?? 10_000);
  let holder = takeLock(lock);
  while (holder !== null && Date.now() < until) {
    sleepSync(200);
    holder = takeLock(lock);
  }
  if (holder !== null)
    throw new StoreError(
      'locked',
      `${file} is in use by another Rapport server (process ${holder}). Stop that server, ` +
        'or give this one its own file: --db another.sqlite',
    );
  const release = () => {
    if (existsSync(lock) && readFileSync(lock, 'utf8').trim() === String(process.pid)) rmSync(lock);
  };
  // SQLite's own lock (a folder beside the file) outlives a killed server; ours says none runs.
  rmSync(`${file}.lock`, { recursive: true, force: true });
  try {
    return open(file, options, release);
  } catch (e) {
    if (e instanceof StoreError) {
      release();
      throw e;
    }
    const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-journal'])
      if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    rmSync(`${file}.lock`, { recursive: true, force: true });
    log(
      `${file} could not be read as a live-room database (${e instanceof Error ? e.message : e}). ` +
        `It was moved to ${aside}, and a new, empty database was started: rooms from before are not resumed.`,
    );
    try {
      return open(file, options, release);
    } catch (again) {
      release();
      throw new StoreError(
        'unusable',
        `${file} cannot be used: ${again instanceof Error ? again.message : again}. Check the folder's permissions and free space, or choose another file with --db.`,
      );
    }
  }
}

function open(file: string, options: OpenOptions, release: () => void): SqliteStore {
  warmUp();
  const db = new sqlite.Database(file);
  try {
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.get('PRAGMA journal_mode = WAL');
    db.exec(`PRAGMA synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
    // The store checkpoints when it is quiet (sqlite.ts); SQLite's own checkpoint only caps the WAL.
    db.exec(`PRAGMA wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    db.exec('PRAGMA foreign_keys = ON');
    const check = db.get('PRAGMA quick_check') as Record<string, unknown> | null;
    if (check?.quick_check !== 'ok') throw new Error(`integrity check: ${String(check?.quick_check)}`);
    migrate(db, file);
  } catch (e) {
    db.close();
    throw e;
  }
  return new SqliteStore(db, `SQLite ${file}`, release);
}

let warmedUp = false;

/**
 * Run the store's own writes and reads on a throwaway in-memory database, once per process,
 * before the first file is opened. SQLite's WebAssembly is compiled by the optimising compiler as
 * each function first runs (sqlite-wasm.ts), and the JavaScript around it is optimised once hot:
 * without this the first burst of votes (the first decision of the first room) paid for that
 * compiling. A few hundred changes: 0.1–0.3 s of CPU at the start, which the first room would
 * otherwise pay for. False if already run.
 */
export function warmUp(people = 200, rounds = 4): boolean {
  if (warmedUp) return false;
  warmedUp = true;
  const db = new sqlite.Database(':memory:');
  migrate(db, ':memory:');
  const store = new SqliteStore(db, 'warm-up', () => {});
  const code = 'WARMUP';
  const meta: RoomMeta = {
    ...{ code, secret: code, storyId: code, storyHash: code, title: code, createdAt: 0 },
    ...{ lastActivity: 0, phase: 'voting', locked: false, path: [], history: [], beatStart: 0 },
    ...{ timer: null, size: people, passwordHash: null, endedAt: null },
  };
  const person = (i: number): StoredParticipant => {
    const id = `${code}-${i}`;
    return { id, token: id, name: `Person ${i}`, joinedAt: 0, device: id, removed: false, lastSeen: 0 };
  };
  const changes: Promise<void>[] = [
    store.createRoom(meta, { id: code, hash: code, json: { lines: [code] } }),
  ];
  for (let i = 0; i < people; i++) {
    changes.push(store.saveParticipant(code, person(i)));
    if (i % 25 === 24) store.commit();
  }
  let seq = 1;
  for (let decision = 0; decision < rounds; decision++) {
    for (let i = 0; i < people; i++) {
      const { id: participant, name } = person(i);
      const choice = (i + decision) % 3;
      const at = new Date(0).toISOString();
      const record = {
        seq,
        decision,
        source: code,
        participant,
        name,
        choice,
        choiceText: code,
        at,
        final: true,
        nth: 1,
      };
      changes.push(
        store.saveVote(code, { participant, decision, choice }, record, seq > people ? seq - people : null),
      );
      seq++;
      if (i % 40 === 39) store.commit();
    }
    changes.push(store.saveRoom({ ...meta, path: [decision] }));
    store.commit();
  }
  changes.push(store.removeParticipant(code, { ...person(0), removed: true }, rounds - 1));
  store.commit();
  void store.load(code);
  for (const change of changes) change.catch(() => {});
  void store.close();
  return true;
}

/** Bring the file's schema up to SCHEMA_VERSION, one transaction per migration. */
export function migrate(db: Database, file: string): void {
  const version = Number((db.get('PRAGMA user_version') as Row).user_version);
  if (version > SCHEMA_VERSION)
    throw new StoreError(
      'newer',
      `${file} was written by a newer version of Rapport (schema ${version}; this one knows ${SCHEMA_VERSION}). ` +
        'Run that version, or start this one with another file (--db).',
    );
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(MIGRATIONS[v]!);
      db.exec(`PRAGMA user_version = ${v + 1}`);
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
  }
}
