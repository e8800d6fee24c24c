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
import sqlite from 'node-sqlite3-wasm';
import { migrate, SqliteStore, StoreError } from './sqlite.ts';

export interface OpenOptions {
  /** How long to wait for another server to let go of the file (default 10 s). */
  waitMs?: number;
  /** 'full': sync every commit to the disk (survives a power cut; slower). */
  durability?: 'normal' | 'full';
  log?: (line: string) => void;
}

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
  const db = new sqlite.Database(file);
  try {
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.get('PRAGMA journal_mode = WAL');
    db.exec(`PRAGMA synchronous = ${options.durability === 'full' ? 'FULL' : 'NORMAL'}`);
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
