/**
 * The live rooms in an embedded SQLite file (node-sqlite3-wasm: SQLite compiled to WebAssembly
 * with a file system layer on Node's fs — it installs from npm with no native build and no
 * download, on any Node from 20).
 *
 * Written through: each change is atomic (a savepoint), and committed before the server
 * acknowledges it — the changes of one turn of the event loop in one transaction (group commit).
 * The file is opened in WAL mode with an exclusive lock (one server per file) and
 * synchronous=NORMAL — a commit is in the operating system's hands before the call returns, so it
 * survives the server being killed (SIGKILL) or crashing; after a power cut the last moments may
 * be lost (`durability: 'full'` syncs every commit to the disk, about ten times slower).
 *
 * Opening (see `openSqliteStore`): a file held by a live server waits, then gives a clear
 * message; a lock left by a killed server is taken over; a file that is not a readable database
 * is moved aside (`<file>.corrupt-<time>`) and a new one started, with a message saying so — the
 * server never fails to start, then fails again, for the same file.
 */
import sqlite from 'node-sqlite3-wasm';
import type { LoadedStory } from '../../src/core/session/types.ts';
import type { CurrentVote, LoggedVote, RoomMeta, StoredParticipant, StoredRoom } from './records.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.ts';
import type { RoomStore } from './store.ts';

type Database = InstanceType<typeof sqlite.Database>;
type Statement = ReturnType<Database['prepare']>;
type Row = Record<string, unknown>;

export class StoreError extends Error {
  constructor(
    readonly kind: 'locked' | 'newer' | 'unusable',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

const SQL = {
  story: 'INSERT OR IGNORE INTO stories (hash, id, json) VALUES (?, ?, ?)',
  room: `INSERT INTO rooms (code, story_hash, meta, ended_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (code) DO UPDATE SET meta = excluded.meta, ended_at = excluded.ended_at`,
  participant: `INSERT INTO participants (room, id, data) VALUES (?, ?, ?)
                ON CONFLICT (room, id) DO UPDATE SET data = excluded.data`,
  ban: 'INSERT OR IGNORE INTO banned_devices (room, device) VALUES (?, ?)',
  unvote: 'DELETE FROM votes WHERE room = ? AND participant = ? AND decision = ?',
  vote: `INSERT INTO votes (room, participant, decision, choice) VALUES (?, ?, ?, ?)
         ON CONFLICT (room, participant, decision) DO UPDATE SET choice = excluded.choice`,
  unlog: 'DELETE FROM vote_log WHERE room = ? AND seq = ?',
  log: 'INSERT INTO vote_log (room, seq, record) VALUES (?, ?, ?)',
  // Prepared once, like the rest: a change in a burst of votes parses no SQL.
  savepoint: 'SAVEPOINT change',
  release: 'RELEASE change',
} as const;

/** In a long turn of the event loop, commit at least this often (else once at its end). */
const COMMIT_EVERY_MS = 4;

export class SqliteStore implements RoomStore {
  private readonly statements: Record<keyof typeof SQL, Statement>;
  /** The changes of this turn, waiting for their commit (null: no transaction open). */
  private batch: { resolve: () => void; reject: (e: Error) => void }[] | null = null;
  private batchStart = 0;
  /** Called after each commit, once the changes it made durable are told (see RoomStore.onCommit). */
  onCommit: (() => void) | null = null;

  constructor(
    private readonly db: Database,
    readonly describe: string,
    private readonly release: () => void,
  ) {
    this.statements = Object.fromEntries(
      Object.entries(SQL).map(([name, sql]) => [name, db.prepare(sql)]),
    ) as Record<keyof typeof SQL, Statement>;
  }

  /**
   * Run `work` as one change: all of it is kept, or none (a savepoint). The changes made in one
   * turn of the event loop are committed together, at the end of the turn (group commit: one
   * commit for a burst of votes instead of one each); each change's promise resolves only once
   * its commit is done, so nothing is acknowledged before it is in the file.
   */
  private atomically(work: () => void): Promise<void> {
    try {
      // A long turn (a burst of votes read in one go) commits every COMMIT_EVERY_MS too.
      if (this.batch && performance.now() - this.batchStart >= COMMIT_EVERY_MS) this.commit();
      if (!this.batch) {
        this.db.exec('BEGIN IMMEDIATE');
        this.batch = [];
        this.batchStart = performance.now();
        setImmediate(() => this.commit());
      }
      this.statements.savepoint.run();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    try {
      work();
      this.statements.release.run();
    } catch (e) {
      this.db.exec('ROLLBACK TO change');
      this.db.exec('RELEASE change');
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    const batch = this.batch;
    return new Promise((resolve, reject) => batch.push({ resolve, reject }));
  }

  /** Commit the changes of this turn and tell each of them. */
  private commit(): void {
    const batch = this.batch;
    this.batch = null;
    if (!batch) return;
    try {
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      const error = e instanceof Error ? e : new Error(String(e));
      for (const w of batch) w.reject(error);
      return;
    }
    for (const w of batch) w.resolve();
    this.onCommit?.();
  }

  private putRoom(meta: RoomMeta): void {
    this.statements.room.run([meta.code, meta.storyHash, JSON.stringify(meta), meta.endedAt]);
  }

  async loadAll(): Promise<StoredRoom[]> {
    const codes = this.db.all('SELECT code FROM rooms ORDER BY rowid') as Row[];
    return codes.flatMap((r) => {
      const room = this.read(String(r.code));
      return room ? [room] : [];
    });
  }

  async load(code: string): Promise<StoredRoom | null> {
    return this.read(code);
  }

  private read(code: string): StoredRoom | null {
    const row = this.db.get(
      `SELECT rooms.meta, stories.id, stories.hash, stories.json
       FROM rooms JOIN stories ON stories.hash = rooms.story_hash WHERE rooms.code = ?`,
      [code],
    ) as Row | null;
    if (!row) return null;
    const meta = JSON.parse(String(row.meta)) as RoomMeta;
    const story: LoadedStory = {
      id: String(row.id),
      hash: String(row.hash),
      json: JSON.parse(String(row.json)),
    };
    const all = (sql: string) => this.db.all(sql, [code]) as Row[];
    const participants = all('SELECT data FROM participants WHERE room = ? ORDER BY rowid').map(
      (p) => JSON.parse(String(p.data)) as StoredParticipant,
    );
    const bannedDevices = all('SELECT device FROM banned_devices WHERE room = ?').map((d) =>
      String(d.device),
    );
    const votes = all('SELECT participant, decision, choice FROM votes WHERE room = ?').map((v) => ({
      participant: String(v.participant),
      decision: Number(v.decision),
      choice: Number(v.choice),
    }));
    const log = all('SELECT record FROM vote_log WHERE room = ? ORDER BY seq').map(
      (l) => JSON.parse(String(l.record)) as LoggedVote,
    );
    // Only each participant's latest record on a decision is final (earlier ones were written final).
    const latest = new Map<string, LoggedVote>();
    for (const r of log) latest.set(`${r.decision}:${r.participant}`, r);
    for (const r of log) r.final = latest.get(`${r.decision}:${r.participant}`) === r;
    return { meta, story, participants, bannedDevices, votes, log };
  }

  createRoom(meta: RoomMeta, story: LoadedStory): Promise<void> {
    return this.atomically(() => {
      this.statements.story.run([story.hash, story.id, JSON.stringify(story.json)]);
      this.putRoom(meta);
    });
  }

  saveRoom(meta: RoomMeta): Promise<void> {
    return this.atomically(() => this.putRoom(meta));
  }

  saveParticipant(code: string, p: StoredParticipant): Promise<void> {
    return this.atomically(() => this.statements.participant.run([code, p.id, JSON.stringify(p)]));
  }

  removeParticipant(code: string, p: StoredParticipant, decision: number): Promise<void> {
    return this.atomically(() => {
      this.statements.participant.run([code, p.id, JSON.stringify(p)]);
      this.statements.unvote.run([code, p.id, decision]);
      if (p.device) this.statements.ban.run([code, p.device]);
    });
  }

  saveVote(code: string, vote: CurrentVote, record: LoggedVote, dropped: number | null): Promise<void> {
    return this.atomically(() => {
      this.statements.vote.run([code, vote.participant, vote.decision, vote.choice]);
      if (dropped !== null) this.statements.unlog.run([code, dropped]);
      this.statements.log.run([code, record.seq, JSON.stringify(record)]);
    });
  }

  async forgetEndedBefore(before: number): Promise<number> {
    let removed = 0;
    await this.atomically(() => {
      removed = this.db.run('DELETE FROM rooms WHERE ended_at IS NOT NULL AND ended_at < ?', [
        before,
      ]).changes;
      if (removed) this.db.run('DELETE FROM stories WHERE hash NOT IN (SELECT story_hash FROM rooms)');
    });
    return removed;
  }

  async close(): Promise<void> {
    if (!this.db.isOpen) return;
    this.commit();
    for (const s of Object.values(this.statements)) s.finalize();
    this.db.close();
    this.release();
  }
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
