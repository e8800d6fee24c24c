/**
 * The live-room database's schema, as numbered migrations. The file records its version
 * (PRAGMA user_version); opening it runs, in one transaction each, the migrations it has not had.
 * A file from a newer version of Rapport is refused with a message, never changed.
 *
 * Add a migration by appending to MIGRATIONS; never edit one that has shipped.
 */

export const MIGRATIONS: readonly string[] = [
  // 1: rooms, the stories they run, people, bans, current votes, the vote log.
  `CREATE TABLE stories (
     hash TEXT PRIMARY KEY,
     id TEXT NOT NULL,
     json TEXT NOT NULL
   );
   CREATE TABLE rooms (
     code TEXT PRIMARY KEY,
     story_hash TEXT NOT NULL REFERENCES stories(hash),
     meta TEXT NOT NULL,
     ended_at INTEGER
   );
   CREATE TABLE participants (
     room TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
     id TEXT NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (room, id)
   );
   CREATE TABLE banned_devices (
     room TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
     device TEXT NOT NULL,
     PRIMARY KEY (room, device)
   );
   CREATE TABLE votes (
     room TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
     participant TEXT NOT NULL,
     decision INTEGER NOT NULL,
     choice INTEGER NOT NULL,
     PRIMARY KEY (room, participant, decision)
   );
   CREATE TABLE vote_log (
     room TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     record TEXT NOT NULL,
     PRIMARY KEY (room, seq)
   );
   CREATE INDEX rooms_ended ON rooms(ended_at);`,
  // 2: votes and the vote log keyed by their primary key alone (WITHOUT ROWID): a vote writes two
  // b-trees instead of four (a rowid table and its key's index each).
  `CREATE TABLE votes_2 (
     room TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
     participant TEXT NOT NULL,
     decision INTEGER NOT NULL,
     choice INTEGER NOT NULL,
     PRIMARY KEY (room, participant, decision)
   ) WITHOUT ROWID;
   INSERT INTO votes_2 (room, participant, decision, choice)
     SELECT room, participant, decision, choice FROM votes;
   DROP TABLE votes;
   ALTER TABLE votes_2 RENAME TO votes;
   CREATE TABLE vote_log_2 (
     room TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
     seq INTEGER NOT NULL,
     record TEXT NOT NULL,
     PRIMARY KEY (room, seq)
   ) WITHOUT ROWID;
   INSERT INTO vote_log_2 (room, seq, record) SELECT room, seq, record FROM vote_log;
   DROP TABLE vote_log;
   ALTER TABLE vote_log_2 RENAME TO vote_log;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
