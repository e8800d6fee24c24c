/**
 * The SQLite store's group commit (server/store/sqlite.ts): the changes of one turn of the event
 * loop are written in one transaction and each is acknowledged only once that commit is done; a
 * failed commit refuses every change in it; a change that cannot be written is refused alone; the
 * order of the changes, the last vote winning and the bounded vote log hold through a batch; a
 * process killed in the middle of a burst loses no acknowledged vote; the WAL is checkpointed once
 * the store is quiet. Real SQLite files in a temporary folder; failures are real SQLite errors.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openSqliteStore } from '../../../server/store/open.ts';
import type { RoomMeta, StoredParticipant } from '../../../server/store/records.ts';
import { SqliteStore } from '../../../server/store/sqlite.ts';
import { Votes, type VoteChange } from '../../../server/votes.ts';
import { VOTE_LOG_KEEP } from '../../../src/core/live/protocol.ts';

let dir: string;
const stores: SqliteStore[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-group-'));
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

const CODE = 'GROUP2';
const meta = (code = CODE): RoomMeta => ({
  ...{ code, secret: 'secret', storyId: 'mini', storyHash: 'hash', title: 'Mini', createdAt: 0 },
  ...{ lastActivity: 0, phase: 'voting', locked: false, path: [], history: [], beatStart: 0 },
  ...{ timer: null, size: 1000, passwordHash: null, endedAt: null },
});
const STORY = { id: 'mini', hash: 'hash', json: { inkVersion: 21 } };
const person = (id: string): StoredParticipant => ({
  ...{ id, token: `token-${id}`, name: id, joinedAt: 0, device: `device-${id}` },
  ...{ removed: false, lastSeen: 0 },
});

/** A store on its own file, with the database at hand (to set SQLite's own limits). */
async function storeWithDb() {
  const db = new sqlite.Database(join(dir, 'live.sqlite'));
  db.exec('PRAGMA locking_mode = EXCLUSIVE'); // as open.ts: a WAL without shared memory
  db.get('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db, 'live.sqlite');
  const store = new SqliteStore(db, 'SQLite test', () => {});
  stores.push(store);
  await store.createRoom(meta(), STORY);
  return { db, store };
}

/** Votes as the room makes them: the change for the store, from the real vote log. */
function voter(votes = new Votes()) {
  return (participant: string, choice: number): VoteChange =>
    votes.vote(participant, choice, {
      ...{ decision: 0, source: 'knot', name: participant, choiceText: `Choice ${choice}` },
      at: new Date(0).toISOString(),
    });
}
const save = (store: SqliteStore, change: VoteChange, code = CODE) =>
  store.saveVote(code, change.vote, change.record, change.dropped);

/** How each promise settled: 'ok', or the error's message. */
const outcomes = (promises: Promise<void>[]) =>
  Promise.all(
    promises.map((p) =>
      p.then(
        () => 'ok',
        (e: Error) => e.message,
      ),
    ),
  );

describe('group commit', () => {
  it('a burst of votes is a few commits, not one per vote; each is acknowledged only once it is in the file', async () => {
    const { db, store } = await storeWithDb();
    let commits = 0;
    store.onCommit = () => commits++;
    const vote = voter();
    const acked: { commits: number; inFile: boolean }[] = [];
    const burst = Array.from({ length: 500 }, (_, i) =>
      save(store, vote(`p${i}`, i % 3)).then(() => {
        const row = db.get('SELECT choice FROM votes WHERE participant = ?', [`p${i}`]);
        acked.push({ commits, inFile: row?.choice === i % 3 && !db.inTransaction });
      }),
    );
    await Promise.all(burst);
    expect(acked).toHaveLength(500);
    expect(acked.every((a) => a.commits >= 1 && a.inFile)).toBe(true);
    // One commit once the burst is read (and one every COMMIT_WITHIN_MS of a longer one).
    expect(commits).toBeGreaterThanOrEqual(1);
    expect(commits).toBeLessThanOrEqual(50);
    const kept = await store.load(CODE);
    expect(kept?.votes).toHaveLength(500);
    expect(kept?.log).toHaveLength(500);
  });

  it('changes made in one short turn wait for its end, then share one commit', async () => {
    const { store } = await storeWithDb();
    let commits = 0;
    store.onCommit = () => commits++;
    const vote = voter();
    for (let i = 0; i < 10; i++) await save(store, vote(`warm${i}`, 0)); // the code paths run once
    commits = 0;
    const acked: number[] = [];
    const burst = Array.from({ length: 20 }, (_, i) =>
      save(store, vote(`p${i}`, 1)).then(() => acked.push(commits)),
    );
    await Promise.resolve();
    await new Promise((r) => process.nextTick(r));
    expect(acked).toEqual([]); // nothing acknowledged within the turn
    await Promise.all(burst);
    expect(commits).toBe(1);
    expect(acked).toEqual(burst.map(() => 1));
  });

  it('reading comes first: while each turn brings new changes nothing is committed; the first quiet turn commits them all', async () => {
    const { store } = await storeWithDb();
    let commits = 0;
    store.onCommit = () => commits++;
    const vote = voter();
    for (let i = 0; i < 10; i++) await save(store, vote(`warm${i}`, 0));
    commits = 0;
    // A burst read over eight turns of the event loop, as a server reads a thousand phones' votes.
    const saves: Promise<void>[] = [];
    for (let turn = 0; turn < 8; turn++) {
      for (let i = 0; i < 25; i++) saves.push(save(store, vote(`t${turn}-${i}`, turn % 3)));
      await new Promise((r) => setImmediate(r));
    }
    expect(commits).toBe(0); // one commit per turn before: 8 by now
    await Promise.all(saves);
    expect(commits).toBe(1);
    expect((await store.load(CODE))?.votes).toHaveLength(10 + 200);
  });

  it('a lone change is committed at the end of the next turn, not kept waiting for company', async () => {
    const { store } = await storeWithDb();
    const vote = voter();
    await save(store, vote('warm', 0));
    let done = false;
    void save(store, vote('lone', 1)).then(() => (done = true));
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(done).toBe(true);
  });

  it('a failed commit refuses every vote in the batch, with the reason, and none is kept', async () => {
    const { db, store } = await storeWithDb();
    const vote = voter();
    const first = await outcomes([save(store, vote('early', 1))]);
    expect(first).toEqual(['ok']);
    // Foreign keys checked at the commit: a vote for a room that is not there fails the COMMIT.
    db.exec('PRAGMA defer_foreign_keys = ON');
    let commits = 0;
    store.onCommit = () => commits++;
    const batch = [
      ...Array.from({ length: 20 }, (_, i) => save(store, vote(`p${i}`, 0))),
      save(store, vote('stray', 2), 'NOROOM'),
      ...Array.from({ length: 20 }, (_, i) => save(store, vote(`q${i}`, 1))),
    ];
    const settled = await outcomes(batch);
    expect(new Set(settled).size).toBe(1);
    expect(settled[0]).toMatch(/SQLite test: 41 changes not written \(.*FOREIGN KEY constraint failed/);
    expect(commits).toBe(0); // nothing was told "committed"
    expect(db.inTransaction).toBe(false);
    const kept = await store.load(CODE);
    expect(kept?.votes.map((v) => v.participant)).toEqual(['early']);
    expect(kept?.log.map((r) => r.participant)).toEqual(['early']);
    // The store goes on: the next batch is written.
    expect(await outcomes([save(store, vote('later', 0))])).toEqual(['ok']);
    expect((await store.load(CODE))?.votes).toHaveLength(2);
  });

  it('a vote that cannot be written is refused alone; the others in its batch are kept', async () => {
    const { store } = await storeWithDb();
    const vote = voter();
    const settled = await outcomes([
      save(store, vote('a', 0)),
      save(store, vote('stray', 1), 'NOROOM'), // no such room: its foreign key fails
      save(store, vote('b', 2)),
    ]);
    expect(settled[0]).toBe('ok');
    expect(settled[1]).toMatch(/a change not written \(.*FOREIGN KEY constraint failed/);
    expect(settled[2]).toBe('ok');
    const kept = await store.load(CODE);
    expect(kept?.votes.map((v) => [v.participant, v.choice]).sort()).toEqual([
      ['a', 0],
      ['b', 2],
    ]);
  });

  it('a full database refuses each change of the batch with SQLite’s reason', async () => {
    const { db, store } = await storeWithDb();
    const pages = (db.get('PRAGMA page_count') as { page_count: number }).page_count;
    db.exec(`PRAGMA max_page_count = ${pages}`);
    const vote = voter();
    const long = 'x'.repeat(3000);
    const settled = await outcomes(Array.from({ length: 30 }, (_, i) => save(store, vote(`${long}${i}`, 0))));
    expect(settled.every((s) => /not written \(.*full/.test(s))).toBe(true);
    expect((await store.load(CODE))?.votes).toEqual([]);
    db.exec('PRAGMA max_page_count = 1073741823');
    expect(await outcomes([save(store, vote('room again', 1))])).toEqual(['ok']);
  });

  it('keeps the order of a batch: the last vote wins, a removal after a vote takes it back, the log stays bounded', async () => {
    const { store } = await storeWithDb();
    const votes = new Votes();
    const vote = voter(votes);
    const batch: Promise<void>[] = [];
    for (const p of ['ana', 'ben', 'cy']) batch.push(store.saveParticipant(CODE, person(p)));
    // Ana changes her mind eight times in one burst; Ben three times; Cy votes, then is removed.
    for (let n = 0; n < 8; n++) batch.push(save(store, vote('ana', n % 3)));
    for (const c of [2, 0, 1]) batch.push(save(store, vote('ben', c)));
    batch.push(save(store, vote('cy', 2)));
    batch.push(store.removeParticipant(CODE, { ...person('cy'), removed: true }, 0));
    votes.forget('cy');
    batch.push(store.saveRoom({ ...meta(), locked: true }));
    expect(await outcomes(batch)).toEqual(batch.map(() => 'ok'));

    const kept = (await store.load(CODE))!;
    expect(kept.meta.locked).toBe(true);
    expect(Object.fromEntries(kept.votes.map((v) => [v.participant, v.choice]))).toEqual({
      ana: 7 % 3,
      ben: 1,
    });
    expect(kept.bannedDevices).toEqual(['device-cy']);
    expect(kept.participants.find((p) => p.id === 'cy')?.removed).toBe(true);
    // The log in the file is the room's own bounded log, record for record.
    expect(kept.log).toEqual(votes.records);
    const ana = kept.log.filter((r) => r.participant === 'ana');
    expect(ana).toHaveLength(VOTE_LOG_KEEP);
    expect(ana.map((r) => r.nth)).toEqual([1, 2, 3, 4, 8]);
    expect(ana.map((r) => r.final)).toEqual([false, false, false, false, true]);
  });

  it('copies the WAL into the file once the store has been quiet for 5 s', { timeout: 30_000 }, async () => {
    const file = join(dir, 'quiet.sqlite');
    const store = openSqliteStore(file, { waitMs: 0 });
    stores.push(store);
    await store.createRoom(meta(), STORY);
    const vote = voter();
    await Promise.all(Array.from({ length: 200 }, (_, i) => save(store, vote(`p${i}`, 1))));
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 3000));
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0); // not yet: a pause in a burst is not quiet
    await new Promise((r) => setTimeout(r, 3000));
    expect(!existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0).toBe(true);
    expect((await store.load(CODE))?.votes).toHaveLength(200);
  });
});

describe('killed in the middle of a burst', () => {
  it('SIGKILL while a batch waits for its commit: every acknowledged vote is in the file', async () => {
    const file = join(dir, 'killed.sqlite');
    const acksFile = join(dir, 'acks.txt');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(import.meta.dirname, 'fixtures/burst-child.ts'), file, acksFile],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((r) => child.once('close', (_c, s) => r(s)));
    expect(err).toBe('');
    expect(signal).toBe('SIGKILL');
    const lines = readFileSync(acksFile, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(`room BURST2`);
    expect(lines).not.toContain('not killed');
    const acks = lines.slice(1).map((l) => {
      const [, participant, nth, choice] = l.split(' ');
      return { participant: participant!, nth: Number(nth), choice: Number(choice) };
    });
    // All of the first burst and half of the second were acknowledged; the rest was in flight.
    expect(acks.filter((a) => a.nth === 1)).toHaveLength(300);
    expect(acks.filter((a) => a.nth === 2)).toHaveLength(150);

    const store = openSqliteStore(file, { waitMs: 0 }); // the killed process's lock is taken over
    stores.push(store);
    const kept = (await store.load('BURST2'))!;
    const logged = new Set(kept.log.map((r) => `${r.participant} ${r.nth} ${r.choice}`));
    for (const a of acks) expect(logged).toContain(`${a.participant} ${a.nth} ${a.choice}`);
    const current = new Map(kept.votes.map((v) => [v.participant, v.choice]));
    for (const a of acks.filter((x) => x.nth === 2)) expect(current.get(a.participant)).toBe(a.choice);
    // A vote acknowledged in the first burst only: that one, or the second one sent after it.
    for (const a of acks.filter((x) => x.nth === 1))
      expect([a.choice, (a.choice + 1) % 3]).toContain(current.get(a.participant));
  }, 60_000);
});

describe('SQLite compiled by the optimising compiler', () => {
  it('the server loads SQLite only through server/store/sqlite-wasm.ts, which turns the baseline compiler off first', () => {
    const root = resolve(import.meta.dirname, '../../../server');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const direct = files.filter(
      (f) =>
        f !== join('store', 'sqlite-wasm.ts') &&
        /(from|import\(|require\()\s*['"]node-sqlite3-wasm['"]/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(direct).toEqual([]);
    const loader = readFileSync(join(root, 'store', 'sqlite-wasm.ts'), 'utf8');
    expect(loader.indexOf("setFlagsFromString('--no-liftoff')")).toBeGreaterThan(-1);
    expect(loader.indexOf("setFlagsFromString('--no-liftoff')")).toBeLessThan(
      loader.indexOf("('node-sqlite3-wasm')"),
    );
  });
});
