/**
 * The live rooms in an embedded SQLite file (node-sqlite3-wasm: SQLite compiled to WebAssembly
 * with a file system layer on Node's fs — it installs from npm with no native build and no
 * download, on any Node from 20).
 *
 * Written through: each change is atomic (a savepoint), and committed before the server
 * acknowledges it. Group commit: a change is kept (its statements and values) until the end of
 * the first turn of the event loop that brings no new change, or at most COMMIT_WITHIN_MS; then
 * every change kept is written in one transaction, in order, by statements prepared once, and each
 * is told once the commit is done — a burst of a thousand votes is one or two commits, written
 * after the votes are read and tallied, not a thousand commits among them.
 * The file is opened in WAL mode with an exclusive lock (one server per file) and
 * synchronous=NORMAL — a commit is in the operating system's hands before the call returns, so it
 * survives the server being killed (SIGKILL) or crashing; after a power cut the last commits may
 * be lost (`durability: 'full'` syncs every commit to the disk, about ten times slower). The WAL
 * is copied into the file after 5 s without a change (a checkpoint syncs: not in a burst of votes).
 * SQLite is WebAssembly here, compiled by V8's optimising compiler from the start (sqlite-wasm.ts),
 * and `warmUp` (open.ts) runs the store's work once at the start so that the first burst of votes
 * does not run on the JavaScript side's baseline code either.
 *
 * Opening (see `openSqliteStore`): a file held by a live server waits, then gives a clear
 * message; a lock left by a killed server is taken over; a file that is not a readable database
 * is moved aside (`<file>.corrupt-<time>`) and a new one started, with a message saying so — the
 * server never fails to start, then fails again, for the same file.
 */
import sqlite from './sqlite-wasm.ts';
import type { LoadedStory } from '../../src/core/session/types.ts';
import type { CurrentVote, LoggedVote, RoomMeta, StoredParticipant, StoredRoom } from './records.ts';
import type { RoomStore } from './store.ts';

export type Database = InstanceType<typeof sqlite.Database>;
type Statement = ReturnType<Database['prepare']>;
export type Row = Record<string, unknown>;

type SqlValue = string | number | Uint8Array | null;

/**
 * A long text as its UTF-8 bytes, for a parameter the SQL casts back to TEXT. node-sqlite3-wasm
 * copies a string into WebAssembly memory a character at a time in JavaScript, bytes in one copy:
 * binding a burst's JSON as a string cost more than SQLite's own work on it.
 */
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

const SQL = {
  story: 'INSERT OR IGNORE INTO stories (hash, id, json) VALUES (?, ?, CAST(? AS TEXT))',
  room: `INSERT INTO rooms (code, story_hash, meta, ended_at) VALUES (?, ?, CAST(? AS TEXT), ?)
         ON CONFLICT (code) DO UPDATE SET meta = excluded.meta, ended_at = excluded.ended_at`,
  participant: `INSERT INTO participants (room, id, data) VALUES (?, ?, CAST(? AS TEXT))
                ON CONFLICT (room, id) DO UPDATE SET data = excluded.data`,
  ban: 'INSERT OR IGNORE INTO banned_devices (room, device) VALUES (?, ?)',
  unvote: 'DELETE FROM votes WHERE room = ? AND participant = ? AND decision = ?',
  vote: `INSERT INTO votes (room, participant, decision, choice) VALUES (?, ?, ?, ?)
         ON CONFLICT (room, participant, decision) DO UPDATE SET choice = excluded.choice`,
  unlog: 'DELETE FROM vote_log WHERE room = ? AND seq = ?',
  log: 'INSERT INTO vote_log (room, seq, record) VALUES (?, ?, CAST(? AS TEXT))',
  // Prepared once, like the rest: a batch parses no SQL.
  savepoint: 'SAVEPOINT change',
  release: 'RELEASE change',
  rollback: 'ROLLBACK TO change',
} as const;
type StatementName = keyof typeof SQL;

/**
 * A batch waits at most this long: while changes keep coming (a burst of votes read faster than
 * they are answered), at least this often; else at the end of the first turn that brought none.
 */
const COMMIT_WITHIN_MS = 60;
/** The WAL is copied into the database once no commit came for this long (see `checkpointWhenIdle`). */
const IDLE_CHECKPOINT_MS = 5000;

/**
 * A change waiting for its commit: the statements it runs, with their values taken when it was
 * made (the objects they came from may change before the commit).
 */
interface Change {
  steps: [StatementName, SqlValue[]][];
  resolve: () => void;
  reject: (e: Error) => void;
}

export class SqliteStore implements RoomStore {
  private statements: Record<StatementName, Statement>;
  /** The changes made since the last commit, in order. */
  private pending: Change[] = [];
  private pendingSince = 0;
  private commitTask: NodeJS.Immediate | null = null;
  /** A change was made since the last end of a turn (see commitWhenQuiet). */
  private changedThisTurn = false;
  private lastCommit = 0;
  private checkpointTimer: NodeJS.Timeout | null = null;
  /**
   * Called after each commit, once the changes it made durable are told: for whoever watches the
   * store's commits (the tests count them). The server needs none: a change's acknowledgement
   * follows its own promise.
   */
  onCommit: (() => void) | null = null;

  constructor(
    private readonly db: Database,
    readonly describe: string,
    private readonly release: () => void,
  ) {
    this.statements = this.prepare();
  }

  private prepare(): Record<StatementName, Statement> {
    return Object.fromEntries(
      Object.entries(SQL).map(([name, sql]) => [name, this.db.prepare(sql)]),
    ) as Record<StatementName, Statement>;
  }

  /**
   * After a failed statement: prepared again, all of them. A statement that failed keeps its error
   * until it is reset, and node-sqlite3-wasm would refuse its next use ("Could not reset
   * statement"): the next change would be refused for this one's fault.
   */
  private renew(): void {
    for (const statement of Object.values(this.statements))
      try {
        statement.finalize();
      } catch {
        // The failed statement reports its error once more as it is finalized.
      }
    this.statements = this.prepare();
  }

  /**
   * Keep a change for the next commit; its promise resolves once the commit that holds it is done
   * (nothing is acknowledged before it is in the file), or rejects if it could not be written.
   * The changes are committed together at the end of the first turn of the event loop that brings
   * no more (group commit, see commitWhenQuiet), and at least every COMMIT_WITHIN_MS in a burst.
   */
  private enqueue(steps: Change['steps']): Promise<void> {
    if (!this.db.isOpen) return Promise.reject(new Error(`${this.describe} is closed`));
    return new Promise((resolve, reject) => {
      const now = performance.now();
      if (!this.pending.length) {
        this.pendingSince = now;
        this.commitTask = setImmediate(() => this.commitWhenQuiet());
      }
      this.changedThisTurn = true;
      this.pending.push({ steps, resolve, reject });
      if (now - this.pendingSince >= COMMIT_WITHIN_MS) this.commit();
    });
  }

  /**
   * At the end of a turn of the event loop: commit, unless this turn brought new changes — then
   * more are probably waiting to be read (a burst), and reading them comes first: the next turn
   * looks again. A lone change is committed one turn after it was made (microseconds when the
   * server is idle); a burst of a thousand votes is read and tallied first, then written in one
   * commit instead of one every few milliseconds among the reads (bench/RESULTS.md, "Live rooms": the
   * burst's vote → tally p95 went from 62 to 44 ms, run for run). COMMIT_WITHIN_MS bounds the wait.
   */
  private commitWhenQuiet(): void {
    const quiet = !this.changedThisTurn;
    this.changedThisTurn = false;
    if (!quiet && performance.now() - this.pendingSince < COMMIT_WITHIN_MS) {
      this.commitTask = setImmediate(() => this.commitWhenQuiet());
      return;
    }
    this.commit();
  }

  /**
   * Write the pending changes now (else at the end of the turn) in one transaction, then tell each of them: acknowledged only once
   * the commit is done, so "acknowledged" means "in the file". A failed commit refuses every
   * change in it, with the reason. Never throws (it runs from the event loop).
   */
  commit(): void {
    if (this.commitTask) clearImmediate(this.commitTask);
    this.commitTask = null;
    const batch = this.pending;
    this.pending = [];
    if (!batch.length) return;
    const failed = new Map<Change, Error>();
    try {
      this.db.exec('BEGIN IMMEDIATE');
      this.apply(batch, failed);
      this.db.exec('COMMIT');
    } catch (e) {
      try {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
      } catch {
        // The transaction is gone either way; the changes are refused below.
      }
      this.renew();
      const error = this.failure(e, batch.length);
      for (const c of batch) c.reject(error);
      return;
    }
    this.lastCommit = performance.now();
    for (const c of batch) {
      const error = failed.get(c);
      if (error) c.reject(error);
      else c.resolve();
    }
    this.checkpointWhenIdle();
    this.onCommit?.();
  }

  /**
   * The changes in one savepoint: their statements, prepared once, run in the order the changes
   * were made (so a later vote on the same decision wins, a removal after a vote takes it back).
   * Each change is atomic: should a statement fail, the savepoint is undone and each change is
   * run again in a savepoint of its own, so that only a change that cannot be written is refused.
   */
  private apply(changes: Change[], failed: Map<Change, Error>): void {
    const s = this.statements;
    s.savepoint.run();
    try {
      for (const change of changes) for (const [name, values] of change.steps) s[name].run(values);
      s.release.run();
    } catch (e) {
      this.renew();
      // A full disk or an I/O error can end the whole transaction: then the whole batch fails.
      if (!this.db.inTransaction) throw e;
      this.statements.rollback.run();
      this.statements.release.run();
      if (changes.length === 1) failed.set(changes[0]!, this.failure(e, 1));
      else for (const c of changes) this.apply([c], failed);
    }
  }

  private failure(e: unknown, changes: number): Error {
    const why = e instanceof Error ? e.message : String(e);
    return new Error(
      `${this.describe}: ${changes === 1 ? 'a change' : `${changes} changes`} not written (${why})`,
    );
  }

  /**
   * Copy the WAL into the database file once the store has been quiet for IDLE_CHECKPOINT_MS, not
   * in the middle of a burst: a checkpoint syncs both files, tens of milliseconds on a busy disk.
   * SQLite's own checkpoint, past WAL_AUTOCHECKPOINT_PAGES (open.ts), bounds the WAL if a room
   * never pauses.
   */
  private checkpointWhenIdle(): void {
    if (this.checkpointTimer) return;
    const check = () => {
      const quiet = performance.now() - this.lastCommit;
      if (quiet < IDLE_CHECKPOINT_MS || this.pending.length) {
        this.checkpointTimer = setTimeout(
          check,
          IDLE_CHECKPOINT_MS - Math.min(quiet, IDLE_CHECKPOINT_MS - 1),
        );
        this.checkpointTimer.unref();
        return;
      }
      this.checkpointTimer = null;
      if (!this.db.isOpen || this.db.inTransaction) return;
      try {
        this.db.get('PRAGMA wal_checkpoint(TRUNCATE)');
      } catch {
        // Not needed for durability (the WAL holds every commit); the next quiet moment tries again.
      }
    };
    this.checkpointTimer = setTimeout(check, IDLE_CHECKPOINT_MS);
    this.checkpointTimer.unref();
  }

  private static room(meta: RoomMeta): [StatementName, SqlValue[]] {
    return ['room', [meta.code, meta.storyHash, utf8(JSON.stringify(meta)), meta.endedAt]];
  }

  async loadAll(): Promise<StoredRoom[]> {
    this.commit();
    const codes = this.db.all('SELECT code FROM rooms ORDER BY rowid') as Row[];
    return codes.flatMap((r) => {
      const room = this.read(String(r.code));
      return room ? [room] : [];
    });
  }

  async load(code: string): Promise<StoredRoom | null> {
    this.commit(); // what is read includes every change made
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
    return this.enqueue([
      ['story', [story.hash, story.id, utf8(JSON.stringify(story.json))]],
      SqliteStore.room(meta),
    ]);
  }

  saveRoom(meta: RoomMeta): Promise<void> {
    return this.enqueue([SqliteStore.room(meta)]);
  }

  saveParticipant(code: string, p: StoredParticipant): Promise<void> {
    return this.enqueue([['participant', [code, p.id, utf8(JSON.stringify(p))]]]);
  }

  removeParticipant(code: string, p: StoredParticipant, decision: number): Promise<void> {
    return this.enqueue([
      ['participant', [code, p.id, utf8(JSON.stringify(p))]],
      ['unvote', [code, p.id, decision]],
      ...(p.device ? [['ban', [code, p.device]] as [StatementName, SqlValue[]]] : []),
    ]);
  }

  saveVote(code: string, vote: CurrentVote, record: LoggedVote, dropped: number | null): Promise<void> {
    const steps: Change['steps'] = [
      ['vote', [code, vote.participant, vote.decision, vote.choice]],
      ['log', [code, record.seq, utf8(JSON.stringify(record))]],
    ];
    if (dropped !== null) steps.push(['unlog', [code, dropped]]);
    return this.enqueue(steps);
  }

  async forgetEndedBefore(before: number): Promise<number> {
    this.commit();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const removed = this.db.run('DELETE FROM rooms WHERE ended_at IS NOT NULL AND ended_at < ?', [
        before,
      ]).changes;
      if (removed) this.db.run('DELETE FROM stories WHERE hash NOT IN (SELECT story_hash FROM rooms)');
      this.db.exec('COMMIT');
      return removed;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw this.failure(e, 1);
    }
  }

  async close(): Promise<void> {
    if (!this.db.isOpen) return;
    this.commit();
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
    for (const s of Object.values(this.statements)) s.finalize();
    this.db.close();
    this.release();
  }
}
