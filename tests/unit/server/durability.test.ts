/**
 * The live-room database (issue #19): rooms written through to an SQLite file and resumed by a
 * new server on the same file — story position, votes with their history, people, tokens, timer;
 * an ended room's export from the file; versioned migrations; a corrupt file moved aside with a
 * message, a file held by a live server refused with one, a lock left by a killed server taken over.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../server/store/open.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../server/store/schema.ts';
import type { ExportReply, HostState, JoinReply } from '../../../src/core/live/protocol.ts';
import { MemoryStore } from '../../../server/store/store.ts';
import { call, joinAs, next, ok, openRoom, startHarness, type Harness, type Tally } from './helpers.ts';

let dir: string;
let file: string;
const harnesses: Harness[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-db-'));
  file = join(dir, 'live.sqlite');
});
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

const serverOn = async (path: string, options = {}) => {
  const h = await startHarness({ store: openSqliteStore(path, { waitMs: 0 }), ...options });
  harnesses.push(h);
  return h;
};

describe('rooms kept in the database', () => {
  it('the facilitator sees a vote counted at once; its phone is told only once the store has it', async () => {
    // A store whose votes take as long as the test says (a slow disk): the tally must not wait.
    let release = () => {};
    const slow = new (class extends MemoryStore {
      override saveVote(): Promise<void> {
        return new Promise((resolve) => (release = resolve));
      }
    })();
    const h = await startHarness({ store: slow });
    harnesses.push(h);
    const room = await openRoom(h);
    const ana = await joinAs(h, room.code, 'Ana');
    const counted = next<Tally>(room.host, 'tally', 3000, (t) => t.voters === 1);
    let acknowledged = false;
    const reply = call(ana.socket, 'vote', { decision: 0, choice: 1 }).then((r) => {
      acknowledged = true;
      return r;
    });
    expect((await counted).counts[1]).toBe(1);
    expect(acknowledged).toBe(false); // the vote is not in the store yet
    release();
    expect(ok(await reply)).toMatchObject({ vote: 1 });
  });

  // Two servers one after the other and a dozen round trips: past vitest's 5 s on a loaded machine.
  it(
    'a new server on the same file resumes the room: step, votes, history, people, tokens, timer',
    { timeout: 30_000 },
    async () => {
      const first = await serverOn(file);
      const room = await openRoom(first);
      const a = await joinAs(first, room.code, 'Ana');
      const b = await joinAs(first, room.code, 'Ben');
      const auth = { code: room.code, secret: room.secret };
      ok(await call(a.socket, 'vote', { decision: 0, choice: 0 }));
      ok(await call(b.socket, 'vote', { decision: 0, choice: 0 }));
      ok(await call(room.host, 'host', { type: 'advance', ...auth, decision: 0 }));
      ok(await call(a.socket, 'vote', { decision: 1, choice: 1 }));
      ok(await call(a.socket, 'vote', { decision: 1, choice: 0 }));
      ok(await call(room.host, 'host', { type: 'timer', ...auth, seconds: 120 }));
      ok(await call(room.host, 'host', { type: 'lock', ...auth, locked: true }));
      const before = ok(
        await call<{ state: HostState }>(room.host, 'host', { type: 'resume', ...auth }),
      ).state;
      await first.close();
      harnesses.splice(0);

      const second = await serverOn(file);
      const host = await second.connect();
      const after = ok(await call<{ state: HostState }>(host, 'host', { type: 'resume', ...auth })).state;
      expect(after.room.decision).toBe(1);
      expect(after.transcript).toEqual(before.transcript);
      expect(after.history).toEqual(before.history);
      expect(after.tally.counts).toEqual(before.tally.counts);
      expect(after.room.locked).toBe(true);
      expect(after.room.timer?.totalMs).toBe(120_000);
      expect(after.participants.map((p) => p.name)).toEqual(['Ana', 'Ben']);
      const back = await second.connect();
      const rejoined = ok(
        await call<JoinReply>(back, 'join', { code: room.code, name: 'x', token: a.reply.you.token }),
      );
      expect(rejoined.you).toMatchObject({ id: a.reply.you.id, name: 'Ana' });
      expect(rejoined.vote).toBe(0);
      const csv = ok(await call<ExportReply>(host, 'host', { type: 'export', ...auth, format: 'csv' }));
      expect(csv.data.trim().split('\r\n')).toHaveLength(1 + 4);
    },
  );

  it('an ended room leaves memory and capacity but its export stays in the file', async () => {
    let clock = Date.now();
    const h = await serverOn(file, { now: () => clock, endedIdleMs: 1000 });
    const room = await openRoom(h);
    const p = await joinAs(h, room.code, 'Eve');
    ok(await call(p.socket, 'vote', { decision: 0, choice: 2 }));
    ok(await call(room.host, 'host', { type: 'end', code: room.code, secret: room.secret }));
    clock += 2000;
    await h.server.service.sweep();
    expect(h.server.service.registry.find(room.code)).toBeUndefined();
    const json = ok(
      await call<ExportReply>(room.host, 'host', {
        type: 'export',
        code: room.code,
        secret: room.secret,
        format: 'json',
      }),
    );
    expect(JSON.parse(json.data).votes).toHaveLength(1);
  });
});

describe('opening the file', () => {
  it('migrates a new file to the current schema version', async () => {
    await serverOn(file);
    for (const h of harnesses.splice(0)) await h.close();
    const db = new sqlite.Database(file);
    db.exec('PRAGMA locking_mode = EXCLUSIVE'); // a WAL file without shared memory
    expect((db.get('PRAGMA user_version') as { user_version: number }).user_version).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('migrates a file of schema 1 to WITHOUT ROWID vote tables, keeping its rooms and votes', async () => {
    const old = new sqlite.Database(file);
    old.exec(MIGRATIONS[0]!);
    old.exec('PRAGMA user_version = 1');
    old.run('INSERT INTO stories VALUES (?, ?, ?)', ['h', 'mini', '{"inkVersion":21}']);
    const meta = { code: 'OLD234', storyHash: 'h', endedAt: null };
    old.run('INSERT INTO rooms VALUES (?, ?, ?, NULL)', ['OLD234', 'h', JSON.stringify(meta)]);
    old.run('INSERT INTO votes VALUES (?, ?, ?, ?)', ['OLD234', 'ana', 0, 2]);
    const record = { seq: 1, decision: 0, participant: 'ana', choice: 2, final: true, nth: 1 };
    old.run('INSERT INTO vote_log VALUES (?, ?, ?)', ['OLD234', 1, JSON.stringify(record)]);
    old.close();
    const store = openSqliteStore(file, { waitMs: 0 });
    const kept = await store.load('OLD234');
    await store.close();
    expect(kept?.votes).toEqual([{ participant: 'ana', decision: 0, choice: 2 }]);
    expect(kept?.log).toEqual([record]);
    const db = new sqlite.Database(file);
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    expect((db.get('PRAGMA user_version') as { user_version: number }).user_version).toBe(SCHEMA_VERSION);
    const tables = db.all("SELECT name, sql FROM sqlite_schema WHERE name IN ('votes', 'vote_log')") as {
      sql: string;
    }[];
    db.close();
    expect(tables).toHaveLength(2);
    for (const t of tables) expect(t.sql).toMatch(/WITHOUT ROWID/);
  });

  it('moves a corrupt file aside with a message and starts anew', async () => {
    writeFileSync(file, 'this is not a database '.repeat(500));
    const lines: string[] = [];
    const store = openSqliteStore(file, { log: (l) => lines.push(l) });
    expect(lines.join('\n')).toMatch(/could not be read[\s\S]*moved to .*corrupt-/);
    expect(readdirSync(dir).some((f) => f.startsWith('live.sqlite.corrupt-'))).toBe(true);
    expect(await store.loadAll()).toEqual([]);
    await store.close();
  });

  it('refuses a file that a live server holds, with a message; takes over a killed server’s lock', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    writeFileSync(`${file}.pid`, String(holder.pid));
    try {
      expect(() => openSqliteStore(file, { waitMs: 0 })).toThrow(
        /in use by another Rapport server \(process \d+\)[\s\S]*--db/,
      );
    } finally {
      holder.kill('SIGKILL');
      await new Promise((r) => holder.once('exit', r));
    }
    // The holder is gone (as after SIGKILL): its lock, and SQLite's own lock folder, are taken over.
    const store = openSqliteStore(file, { waitMs: 0 });
    expect(existsSync(`${file}.pid`)).toBe(true);
    await store.close();
    expect(existsSync(`${file}.pid`)).toBe(false);
  });

  it('refuses a file from a newer schema without changing it', () => {
    const db = new sqlite.Database(file);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(file, { waitMs: 0 })).toThrow(/newer version of Rapport/);
    expect(existsSync(`${file}.pid`)).toBe(false);
  });
});
