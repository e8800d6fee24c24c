/**
 * Limits that cannot be turned against the room (issue #19): separate budgets for participants'
 * failed joins and facilitators' commands, client addresses through a trusted proxy, a message
 * cap per address across its connections, the room's size, pacing of newcomers, ended rooms
 * freeing capacity, the bounded vote log, facilitator keys and the room password.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../server/rate-limit.ts';
import type { ExportReply, HostState, Reply } from '../../../src/core/live/protocol.ts';
import { newCode } from '../../../server/rooms.ts';
import { call, fromAddress, joinAs, ok, openRoom, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const wrongJoins = async (socketCount: number, perSocket: number, opts = {}) => {
  for (let i = 0; i < socketCount; i++) {
    const s = await h.connect(opts);
    for (let j = 0; j < perSocket; j++) await call(s, 'join', { code: newCode(), name: 'guess' });
    s.disconnect();
  }
};

describe('budgets that cannot be turned against the room', () => {
  it('wrong codes from an address never rate-limit a facilitator’s valid commands there', async () => {
    const room = await openRoom(h);
    // 30 wrong codes from the facilitator's own address, over several connections.
    await wrongJoins(6, 5);
    const replies: Reply<object>[] = [];
    for (let i = 0; i < 30; i++)
      replies.push(await call(room.host, 'host', { type: 'resume', code: room.code, secret: room.secret }));
    replies.push(
      await call(room.host, 'host', { type: 'reveal', code: room.code, secret: room.secret, decision: 0 }),
    );
    expect(replies.filter((r) => !r.ok)).toEqual([]);
  });

  it('wrong facilitator secrets do not spend the participants’ budget', async () => {
    const room = await openRoom(h);
    const mallory = await h.connect();
    for (let i = 0; i < 25; i++)
      await call(mallory, 'host', { type: 'resume', code: room.code, secret: 'a'.repeat(32) });
    expect(
      await call(mallory, 'host', { type: 'resume', code: room.code, secret: 'a'.repeat(32) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'rate-limited' },
    });
    const p = await joinAs(h, room.code, 'Nadia');
    expect(p.reply.you.name).toBe('Nadia');
  });

  it('a trusted proxy’s X-Forwarded-For tells clients apart; a client’s own header is ignored', async () => {
    await h.close();
    h = await startHarness({ trustProxy: ['127.0.0.1'] });
    const room = await openRoom(h);
    const behind = (ip: string) => ({ extraHeaders: { 'x-forwarded-for': ip } });
    await wrongJoins(5, 5, behind('203.0.113.1'));
    const blocked = await h.connect(behind('203.0.113.1'));
    expect(await call(blocked, 'join', { code: room.code, name: 'A' })).toMatchObject({
      ok: false,
      error: { code: 'rate-limited' },
    });
    ok(await call(await h.connect(behind('203.0.113.2')), 'join', { code: room.code, name: 'B' }));

    // Without --trust-proxy the header changes nothing: one address, one budget.
    await h.close();
    h = await startHarness();
    const other = await openRoom(h);
    await wrongJoins(5, 5, behind('203.0.113.1'));
    const spoofed = await h.connect(behind('198.51.100.7'));
    expect(await call(spoofed, 'join', { code: other.code, name: 'C' })).toMatchObject({
      ok: false,
      error: { code: 'rate-limited' },
    });
  });

  it('caps messages per address across all its connections', async () => {
    expect(DEFAULT_LIMITS.addressMessages.perSecond).toBeLessThan(3288);
    await h.close();
    h = await startHarness({ limits: { addressMessages: { burst: 50, perSecond: 0.001 } } });
    const sockets = await Promise.all(Array.from({ length: 10 }, () => h.connect()));
    const replies = await Promise.all(
      sockets.flatMap((s) => Array.from({ length: 10 }, () => call(s, 'stories'))),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(50);
    expect(replies.filter((r) => !r.ok && r.error.code === 'rate-limited')).toHaveLength(50);
    // Another address is not affected.
    ok(await call(await h.connect(fromAddress('127.0.0.2')), 'stories'));
  });
});

describe('capacity', () => {
  it('a room’s size is the facilitator’s; a removed participant frees a place', async () => {
    const host = await h.connect();
    const created = ok(
      await call<{ code: string; secret: string }>(host, 'create', { storyId: 'mini', size: 3 }),
    );
    const { code, secret } = created;
    const people = [];
    for (const name of ['A', 'B', 'C']) people.push(await joinAs(h, code, name));
    const real = await h.connect();
    expect(await call(real, 'join', { code, name: 'Real' })).toMatchObject({
      ok: false,
      error: { code: 'full', message: expect.stringContaining('3 people') },
    });
    ok(await call(host, 'host', { type: 'remove', code, secret, participant: people[0]!.reply.you.id }));
    ok(await call(await h.connect(), 'join', { code, name: 'Real' }));
  });

  it('bots from one address join no faster than people: newcomers are paced, rejoins are not', async () => {
    // By default 100 at once, then 2 a second (2,000 bots took 7.6 s; now about 16 minutes).
    expect(DEFAULT_LIMITS.addressNewcomers).toEqual({ burst: 100, perSecond: 2 });
    await h.close();
    const burst = 20;
    h = await startHarness({ limits: { addressNewcomers: { burst, perSecond: 0.001 } } });
    const room = await openRoom(h);
    const replies = [];
    for (let i = 0; i < burst + 5; i++)
      replies.push(await call(await h.connect(), 'join', { code: room.code, name: `Bot ${i}` }));
    expect(replies.filter((r) => r.ok)).toHaveLength(burst);
    expect(replies.at(-1)).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    // A person elsewhere still gets in, and a participant from here comes back with the token.
    ok(await call(await h.connect(fromAddress('127.0.0.2')), 'join', { code: room.code, name: 'Person' }));
    const first = replies[0] as { ok: true; you: { token: string; id: string } };
    const back = ok(
      await call<{ you: { id: string } }>(await h.connect(), 'join', {
        code: room.code,
        name: 'x',
        token: first.you.token,
      }),
    );
    expect(back.you.id).toBe(first.you.id);
  });

  it('ended rooms release their place at once; their export stays', async () => {
    await h.close();
    h = await startHarness({ maxRooms: 2 });
    const a = await openRoom(h);
    const b = await openRoom(h);
    expect(await call(a.host, 'create', { storyId: 'mini' })).toMatchObject({
      ok: false,
      error: { code: 'full' },
    });
    ok(await call(a.host, 'host', { type: 'end', code: a.code, secret: a.secret }));
    ok(await call(b.host, 'create', { storyId: 'mini' }));
    ok(
      await call<ExportReply>(a.host, 'host', {
        type: 'export',
        code: a.code,
        secret: a.secret,
        format: 'json',
      }),
    );
  });

  it('the vote log keeps the changes that matter and counts the rest', async () => {
    await h.close();
    h = await startHarness({
      limits: {
        connectionVotes: { burst: 500, perSecond: 1 },
        connectionMessages: { burst: 500, perSecond: 1 },
      },
    });
    const room = await openRoom(h);
    const p = await joinAs(h, room.code, 'Flip');
    for (let i = 0; i < 200; i++) ok(await call(p.socket, 'vote', { decision: 0, choice: i % 3 }));
    const json = ok(
      await call<ExportReply>(room.host, 'host', {
        type: 'export',
        code: room.code,
        secret: room.secret,
        format: 'json',
      }),
    );
    const votes = JSON.parse(json.data).votes as { nth: number; final: boolean; choice: number }[];
    expect(votes.map((v) => v.nth)).toEqual([1, 2, 3, 4, 200]);
    expect(votes.at(-1)).toMatchObject({ final: true, choice: 199 % 3 });
  });
});

describe('facilitators only, and a door password', () => {
  it('with a facilitator key, creating and running rooms needs it', async () => {
    await h.close();
    h = await startHarness({ facilitatorKeys: ['correct horse'] });
    const s = await h.connect();
    expect(await call(s, 'create', { storyId: 'mini' })).toMatchObject({
      ok: false,
      error: { code: 'key-required' },
    });
    expect(await call(s, 'create', { storyId: 'mini', key: 'wrong' })).toMatchObject({
      ok: false,
      error: { code: 'key-required' },
    });
    const room = ok(
      await call<{ code: string; secret: string }>(s, 'create', { storyId: 'mini', key: 'correct horse' }),
    );
    expect(await call(s, 'host', { type: 'resume', code: room.code, secret: room.secret })).toMatchObject({
      ok: false,
      error: { code: 'key-required' },
    });
    ok(
      await call<{ state: HostState }>(s, 'host', {
        type: 'resume',
        code: room.code,
        secret: room.secret,
        key: 'correct horse',
      }),
    );
    // Participants need no key.
    await joinAs(h, room.code, 'Ola');
  });

  it('a room password is asked at the door', async () => {
    const host = await h.connect();
    const { code } = ok(await call<{ code: string }>(host, 'create', { storyId: 'mini', password: 'tea' }));
    const s = await h.connect();
    expect(await call(s, 'join', { code, name: 'P' })).toMatchObject({
      ok: false,
      error: { code: 'password' },
    });
    expect(await call(s, 'join', { code, name: 'P', password: 'coffee' })).toMatchObject({
      ok: false,
      error: { code: 'password' },
    });
    ok(await call(s, 'join', { code, name: 'P', password: 'tea' }));
  });
});
