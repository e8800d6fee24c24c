/**
 * The Redis room store (server/store/redis.ts) against Debian's redis-server on loopback: a room
 * written and read back whole; a vote is one atomic write and the tally derived from the current
 * votes counts each participant once; every write is fenced by the process that runs the room; a
 * room whose process is gone is taken over (at once when its connection closed), a live one is
 * not; a taken code is refused; ended rooms past retention are forgotten with their story.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Room } from '../../../server/room.ts';
import { RedisStore } from '../../../server/store/redis.ts';
import { CodeTaken, NotOwner } from '../../../server/store/store.ts';
import { StoryLibrary } from '../../../server/stories.ts';
import { FIXTURE_STORIES } from './helpers.ts';
import { startRedis, type RedisServer } from './redis-helpers.ts';

let redis: RedisServer;
const clients: Redis[] = [];
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => {
  for (const c of clients) c.disconnect();
  await redis?.stop();
});

const library = new StoryLibrary(FIXTURE_STORIES);
const mini = () => {
  const loaded = library.load('mini');
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded;
};

/** A process: its store, and — while "alive" — its liveness key and inbox subscriber. */
async function processNamed(me: string, prefix: string) {
  const client = new Redis(redis.url);
  const sub = new Redis(redis.url);
  clients.push(client, sub);
  const store = new RedisStore(client, me, redis.url, prefix);
  await sub.subscribe(store.inbox(me));
  await store.heartbeat(5000, [], []);
  return { store, client, die: () => sub.disconnect() };
}

function newRoom(code: string, now = 1_000): Room {
  const { story, title } = mini();
  return new Room(code, 'ab'.repeat(16), story, title, now, { size: 50 });
}

describe('the Redis room store', () => {
  it('keeps a room whole: meta, story, people in order, votes, the bounded log', async () => {
    const { store } = await processNamed('p1', 'a:');
    const room = newRoom('ROOMAA');
    await store.createRoom(room.meta(), room.story);
    const people = ['Zoé', 'Adam', 'Mia'].map(
      (name) => room.join({ name, device: `d-${name}` }, 2_000).participant,
    );
    for (const { sockets: _open, ...p } of people) await store.saveParticipant(room.code, p);
    // Adam votes six times: the current vote is one field; the log keeps the first four and the last.
    for (const choice of [0, 1, 2, 0, 1, 2]) {
      const c = room.vote(people[1]!.id, 0, choice, 3_000);
      await store.saveVote(room.code, c.vote, c.record, c.dropped);
    }
    const c = room.vote(people[0]!.id, 0, 1, 3_000);
    await store.saveVote(room.code, c.vote, c.record, c.dropped);
    const removed = room.remove(people[2]!.id);
    await store.removeParticipant(room.code, removed, room.decision);

    const stored = (await store.load(room.code))!;
    expect(stored.meta).toEqual(room.meta());
    expect(stored.story.hash).toBe(room.story.hash);
    expect(stored.participants.map((p) => p.name)).toEqual(['Zoé', 'Adam', 'Mia']);
    expect(stored.bannedDevices).toEqual(['d-Mia']);
    const back = Room.restore(stored, 4_000);
    expect(back.counts()).toEqual([0, 1, 1]);
    expect(back.voters).toBe(2);
    expect(back.voteLog.map((v) => [v.nth, v.final])).toEqual(room.voteLog.map((v) => [v.nth, v.final]));
    expect(back.voteLog.filter((v) => v.participant === people[1]!.id).map((v) => v.nth)).toEqual([
      1, 2, 3, 4, 6,
    ]);
  });

  it('fences every write by the process that runs the room; a gone process’s room is taken over', async () => {
    const a = await processNamed('pa', 'b:');
    const b = await processNamed('pb', 'b:');
    const room = newRoom('ROOMBB');
    await a.store.createRoom(room.meta(), room.story);
    const p = room.join({ name: 'Ana' }, 2_000).participant;
    await a.store.saveParticipant(room.code, p);

    // B may not write A's room, and may not take it while A lives.
    await expect(b.store.saveRoom(room.meta())).rejects.toBeInstanceOf(NotOwner);
    expect(await b.store.claim(room.code)).toBe('pa');
    // A is killed: its connection closes, and B takes the room at once.
    a.die();
    await new Promise((r) => setTimeout(r, 100));
    expect(await b.store.claim(room.code)).toBe('pb');
    // A's late write is refused; B's goes through.
    const late = room.vote(p.id, 0, 2, 3_000);
    await expect(a.store.saveVote(room.code, late.vote, late.record, late.dropped)).rejects.toBeInstanceOf(
      NotOwner,
    );
    const fresh = Room.restore((await b.store.load(room.code))!, 3_000);
    expect(fresh.voters).toBe(0);
    const ok = fresh.vote(p.id, 0, 1, 3_100);
    await b.store.saveVote(room.code, ok.vote, ok.record, ok.dropped);
    expect(Room.restore((await b.store.load(room.code))!, 3_200).counts()).toEqual([0, 1, 0]);
    expect(await b.store.claim('NOROOM')).toBeNull();
  });

  it('a heartbeat takes the running rooms of a gone process and names the rooms and processes lost', async () => {
    const a = await processNamed('qa', 'c:');
    const b = await processNamed('qb', 'c:');
    const r1 = newRoom('ROOMC1');
    const r2 = newRoom('ROOMC2');
    await a.store.createRoom(r1.meta(), r1.story);
    await b.store.createRoom(r2.meta(), r2.story);
    expect(await b.store.heartbeat(5000, ['ROOMC2'], ['qa'])).toEqual({ taken: [], lost: [], gone: [] });
    a.die();
    await new Promise((r) => setTimeout(r, 100));
    expect(await b.store.heartbeat(5000, ['ROOMC2'], ['qa'])).toEqual({
      taken: ['ROOMC1'],
      lost: [],
      gone: ['qa'],
    });
    expect(await a.store.heartbeat(5000, ['ROOMC1'], [])).toMatchObject({ lost: ['ROOMC1'] });
    // A process that stops lets go of its rooms: the others take them at their next heartbeat.
    await b.store.release(['ROOMC1', 'ROOMC2']);
    expect(await b.store.ownerOf('ROOMC2')).toBeNull();
  });

  it('refuses a taken code, and forgets ended rooms past retention with the stories no room runs', async () => {
    const { store, client } = await processNamed('r1', 'd:');
    const room = newRoom('ROOMDD');
    await store.createRoom(room.meta(), room.story);
    await expect(store.createRoom(newRoom('ROOMDD').meta(), room.story)).rejects.toBeInstanceOf(CodeTaken);
    room.end(5_000);
    await store.saveRoom(room.meta());
    expect(await client.sismember('d:running', room.code)).toBe(0);
    expect(await store.forgetEndedBefore(5_000)).toBe(0);
    expect(await store.forgetEndedBefore(5_001)).toBe(1);
    expect(await store.load(room.code)).toBeNull();
    expect(await client.keys('d:*')).toEqual(expect.not.arrayContaining([`d:story:${room.story.hash}`]));
  });
});
