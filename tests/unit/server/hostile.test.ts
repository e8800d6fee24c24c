/**
 * Hostile input to the live-room server, each with real socket.io clients on loopback: a
 * participant sending facilitator commands, votes on a closed decision, bad options, a 1 MB
 * message, a burst of 1,000 messages, `__proto__` keys, hostile names, 10,000 join attempts with
 * random codes, a foreign Origin, the rate limits per connection and per address. Each test also
 * checks that the room still works for everyone else.
 */
import { io as connectClient } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  type HostState,
  type JoinReply,
  type Reply,
  type Tally,
} from '../../../src/core/live/protocol.ts';
import { newCode } from '../../../server/rooms.ts';
import {
  call,
  collect,
  fromAddress,
  joinAs,
  next,
  ok,
  openRoom,
  sleep,
  startHarness,
  type Harness,
} from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const hostState = async (host: Awaited<ReturnType<typeof openRoom>>) =>
  ok(
    await call<{ state: HostState }>(host.host, 'host', {
      type: 'resume',
      code: host.code,
      secret: host.secret,
    }),
  ).state;

describe('hostile participants', () => {
  it('cannot send facilitator commands: no secret, a guessed secret, another room’s secret', async () => {
    const room = await openRoom(h);
    const other = await openRoom(h);
    const { socket } = await joinAs(h, room.code, 'Mallory');
    const tallies = collect<Tally>(socket, 'tally');
    const attempts = [
      { type: 'advance', code: room.code, decision: 0, choice: 0 },
      { type: 'reveal', code: room.code, secret: '0'.repeat(32), decision: 0 },
      { type: 'advance', code: room.code, secret: other.secret, decision: 0, choice: 1 },
      { type: 'end', code: room.code, secret: 'f'.repeat(32) },
      { type: 'export', code: room.code, secret: other.secret, format: 'json' },
      { type: 'remove', code: room.code, secret: '1'.repeat(32), participant: '0123456789ab' },
      { type: 'resume', code: room.code, secret: room.secret.toUpperCase() },
    ];
    for (const msg of attempts) {
      const reply = await call(socket, 'host', msg);
      expect(reply.ok, JSON.stringify(msg)).toBe(false);
    }
    // A wrong secret and an unknown code get the same answer: the reply tells nothing about rooms.
    const wrong = await call(socket, 'host', { type: 'resume', code: room.code, secret: '2'.repeat(32) });
    const unknown = await call(socket, 'host', { type: 'resume', code: newCode(), secret: '2'.repeat(32) });
    expect(wrong).toEqual(unknown);
    const state = await hostState(room);
    expect(state.room.phase).toBe('voting');
    expect(state.room.decision).toBe(0);
    expect(state.participants).toHaveLength(1);
    // Never joined to the facilitator's channel.
    ok(await call(socket, 'vote', { decision: 0, choice: 0 }));
    await sleep(50);
    expect(tallies).toEqual([]);
  });

  it('cannot vote on a closed decision, an old one, or before joining', async () => {
    const room = await openRoom(h);
    const stranger = await h.connect();
    expect(await call(stranger, 'vote', { decision: 0, choice: 0 })).toMatchObject({
      ok: false,
      error: { code: 'not-joined' },
    });
    const { socket } = await joinAs(h, room.code, 'Pat');
    ok(await call(socket, 'vote', { decision: 0, choice: 1 }));
    ok(await call(room.host, 'host', { type: 'reveal', code: room.code, secret: room.secret, decision: 0 }));
    expect(await call(socket, 'vote', { decision: 0, choice: 0 })).toMatchObject({
      ok: false,
      error: { code: 'closed' },
    });
    ok(await call(room.host, 'host', { type: 'advance', code: room.code, secret: room.secret, decision: 0 }));
    expect(await call(socket, 'vote', { decision: 0, choice: 0 })).toMatchObject({
      ok: false,
      error: { code: 'stale' },
    });
    expect(await call(socket, 'vote', { decision: 5, choice: 0 })).toMatchObject({
      ok: false,
      error: { code: 'stale' },
    });
    ok(await call(room.host, 'host', { type: 'end', code: room.code, secret: room.secret }));
    expect(await call(socket, 'vote', { decision: 1, choice: 0 })).toMatchObject({
      ok: false,
      error: { code: 'closed' },
    });
    const state = await hostState(room);
    expect(state.history[0]?.counts).toEqual([0, 1, 0]);
  });

  it('refuses options −1, 99, "A", 1.5, null, and a choice the decision does not have', async () => {
    const room = await openRoom(h);
    const { socket } = await joinAs(h, room.code, 'Quinn');
    for (const choice of [-1, 99, 'A', 1.5, null, '0', [0], { n: 0 }, true]) {
      const reply = await call(socket, 'vote', { decision: 0, choice });
      expect(reply, String(choice)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
    for (const decision of [-1, 'A', 1e9]) {
      expect((await call(socket, 'vote', { decision, choice: 0 })).ok).toBe(false);
    }
    // 5 is a valid number, but this decision has 3 choices.
    expect(await call(socket, 'vote', { decision: 0, choice: 5 })).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'There is no choice 6 here: pick 1 to 3.' },
    });
    expect((await hostState(room)).tally.voters).toBe(0);
    ok(await call(socket, 'vote', { decision: 0, choice: 2 }));
    expect((await hostState(room)).tally.counts).toEqual([0, 0, 1]);
  });

  it('refuses unknown fields, unknown events and extra arguments', async () => {
    const room = await openRoom(h);
    const { socket } = await joinAs(h, room.code, 'Rae');
    expect(await call(socket, 'vote', { decision: 0, choice: 0, weight: 100 })).toMatchObject({
      ok: false,
      error: { code: 'bad-message' },
    });
    expect(await call(socket, 'admin', { all: true })).toMatchObject({
      ok: false,
      error: { code: 'bad-message' },
    });
    const extra = await socket.timeout(2000).emitWithAck('vote', { decision: 0, choice: 0 }, 'x');
    expect(extra).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect((await hostState(room)).tally.voters).toBe(0);
  });

  it('closes a connection that sends a 1 MB message; others carry on', async () => {
    const room = await openRoom(h);
    const bystander = await joinAs(h, room.code, 'Sam');
    const attacker = await joinAs(h, room.code, 'Big');
    const closed = new Promise<string>((r) => attacker.socket.once('disconnect', (reason) => r(reason)));
    attacker.socket.emit('join', { code: room.code, name: 'x'.repeat(1024 * 1024) });
    expect(await closed).toMatch(/transport close|transport error/);
    ok(await call(bystander.socket, 'vote', { decision: 0, choice: 1 }));
    expect((await hostState(room)).tally.counts).toEqual([0, 1, 0]);
  });

  it('survives a burst of 1,000 messages: rate-limited, then disconnected; one vote counted', async () => {
    const room = await openRoom(h);
    const bystander = await joinAs(h, room.code, 'Tess');
    const { socket } = await joinAs(h, room.code, 'Burst');
    const replies: Reply<object>[] = [];
    const disconnected = new Promise<void>((r) => socket.once('disconnect', () => r()));
    for (let i = 0; i < 1000; i++)
      socket.emit('vote', { decision: 0, choice: i % 3 }, (r: Reply<object>) => replies.push(r));
    await disconnected;
    // Votes are acknowledged once stored; the connection may close before those replies go out.
    const accepted = replies.filter((r) => r.ok).length;
    expect(accepted).toBeLessThanOrEqual(10);
    expect(replies.some((r) => !r.ok && r.error.code === 'rate-limited')).toBe(true);
    expect(replies.length).toBeLessThan(1000);
    // The server kept its head: one vote from the burster, and the bystander votes at once.
    const started = performance.now();
    ok(await call(bystander.socket, 'vote', { decision: 0, choice: 0 }));
    expect(performance.now() - started).toBeLessThan(500);
    const state = await hostState(room);
    expect(state.tally.voters).toBe(2);
  });

  it('refuses __proto__, constructor and prototype keys without polluting anything', async () => {
    const room = await openRoom(h);
    const { socket } = await joinAs(h, room.code, 'Uma');
    const payloads = [
      JSON.parse('{"decision":0,"choice":0,"__proto__":{"polluted":true}}'),
      JSON.parse('{"__proto__":{"decision":0,"choice":1}}'),
      { decision: 0, choice: 0, constructor: { prototype: { polluted: true } } },
    ];
    for (const p of payloads) {
      expect(await call(socket, 'vote', p)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    }
    const hostMsg = JSON.parse(
      `{"type":"resume","code":"${room.code}","secret":"${room.secret}","__proto__":{"isAdmin":true}}`,
    );
    expect(await call(socket, 'host', hostMsg)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    const joinMsg = JSON.parse(
      `{"code":"${room.code}","name":"P","__proto__":{"token":"${'a'.repeat(32)}"}}`,
    );
    expect(await call(socket, 'join', joinMsg)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect((await hostState(room)).tally.voters).toBe(0);
  });

  it('cleans names: <script> stays text, U+202E and control characters go, 40 characters at most', async () => {
    const room = await openRoom(h);
    const script = await joinAs(h, room.code, '<script>alert(1)</script>');
    expect(script.reply.you.name).toBe('<script>alert(1)</script>');
    const bidi = await joinAs(h, room.code, 'Ann\u202Egnp.exe\u2066x\u2069\u0000\u0007\u001b[31m');
    expect(bidi.reply.you.name).toBe('Anngnp.exex[31m');
    const long = await joinAs(h, room.code, 'Z'.repeat(150));
    expect(long.reply.you.name).toBe('Z'.repeat(40));
    // Cut by whole characters: a family emoji is never split into its parts.
    const emoji = await joinAs(h, room.code, `${'a'.repeat(39)}👩‍👩‍👧b`);
    expect(emoji.reply.you.name).toBe(`${'a'.repeat(39)}👩‍👩‍👧`);
    const s = await h.connect();
    expect(await call(s, 'join', { code: room.code, name: '\u202E\u200B \u0000' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await call(s, 'join', { code: room.code, name: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      error: { code: 'bad-message' },
    });
    const names = (await hostState(room)).participants.map((p) => p.name);
    expect(names).toContain('<script>alert(1)</script>');
    expect(names.join('')).not.toMatch(/[\u202A-\u202E\u2066-\u2069\p{Cc}]/u);
    // A name that a spreadsheet would run as a formula is exported as text.
    const formula = await joinAs(h, room.code, '=HYPERLINK("http://x","y")');
    ok(await call(formula.socket, 'vote', { decision: 0, choice: 0 }));
    const csv = ok(
      await call<{ data: string }>(room.host, 'host', {
        type: 'export',
        code: room.code,
        secret: room.secret,
        format: 'csv',
      }),
    );
    expect(csv.data).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it(
    '10,000 join attempts with random codes find nothing and get rate-limited',
    { timeout: 60_000 },
    async () => {
      const room = await openRoom(h);
      const answers = new Map<string, number>();
      let sent = 0;
      let connections = 0;
      const random = () => {
        let c = newCode();
        while (c === room.code) c = newCode();
        return c;
      };
      while (sent < 10_000 && connections < 500) {
        connections++;
        const s = await h.connect();
        await new Promise<void>((done) => {
          let pending = 0;
          const settle = () => {
            if (--pending === 0 || !s.connected) done();
          };
          s.once('disconnect', () => done());
          const batch = Math.min(200, 10_000 - sent);
          for (let i = 0; i < batch; i++) {
            pending++;
            sent++;
            s.emit('join', { code: random(), name: 'guess' }, (r: Reply<JoinReply>) => {
              const key = r.ok ? 'FOUND' : r.error.code;
              answers.set(key, (answers.get(key) ?? 0) + 1);
              settle();
            });
          }
        });
        s.disconnect();
      }
      expect(sent).toBe(10_000);
      expect(answers.get('FOUND')).toBeUndefined();
      // At most the address's failure budget ever reaches a room lookup; the rest is refused.
      expect(answers.get('not-found') ?? 0).toBeLessThanOrEqual(21);
      expect(answers.get('rate-limited') ?? 0).toBeGreaterThan(100);
      // Even the right code is refused to this address for now…
      const same = await h.connect();
      expect(await call(same, 'join', { code: room.code, name: 'guess' })).toMatchObject({
        ok: false,
        error: { code: 'rate-limited' },
      });
      // …while a participant on another address joins at once.
      const other = await h.connect(fromAddress('127.0.0.2'));
      ok(await call(other, 'join', { code: room.code, name: 'Vera' }));
    },
  );

  it('limits joins and votes per connection and per address, and rooms created per address', async () => {
    // Per connection: one participant per room (20 connections × 5 joins made 100 voters); 5 joins,
    // then one per 5 s; 8 votes, then 2 a second.
    const room = await openRoom(h);
    const s = await h.connect();
    const joins = [];
    for (let i = 0; i < 6; i++) joins.push(await call(s, 'join', { code: room.code, name: `J${i}` }));
    expect(joins[0]!.ok).toBe(true);
    expect(joins.slice(1, 5).map((r) => !r.ok && r.error.code)).toEqual(Array(4).fill('invalid'));
    expect(joins[5]).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    expect((await hostState(room)).participants).toHaveLength(1);
    const votes = [];
    for (let i = 0; i < 9; i++) votes.push(await call(s, 'vote', { decision: 0, choice: i % 3 }));
    expect(votes.slice(0, 8).every((r) => r.ok)).toBe(true);
    expect(votes[8]).toMatchObject({ ok: false, error: { code: 'rate-limited' } });

    // Per address, with small limits: fresh connections do not get around them; another address does.
    await h.close();
    h = await startHarness({
      limits: {
        addressJoins: { burst: 3, perSecond: 0.001 },
        addressVotes: { burst: 4, perSecond: 0.001 },
        addressCreates: { burst: 2, perSecond: 0.001 },
      },
    });
    const small = await openRoom(h);
    const local = [];
    for (const name of ['A', 'B', 'C']) local.push(await joinAs(h, small.code, name));
    const fourth = await h.connect();
    expect(await call(fourth, 'join', { code: small.code, name: 'D' })).toMatchObject({
      ok: false,
      error: { code: 'rate-limited' },
    });
    const away = await joinAs(h, small.code, 'E', undefined, fromAddress('127.0.0.2'));
    const cast = [];
    for (const p of local)
      for (const choice of [0, 1]) cast.push(await call(p.socket, 'vote', { decision: 0, choice }));
    expect(cast.filter((r) => r.ok)).toHaveLength(4);
    expect(cast.at(-1)).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    ok(await call(away.socket, 'vote', { decision: 0, choice: 2 }));
    expect((await hostState(small)).tally.voters).toBe(3);
    // Rooms: one created above, one more, then refused from this address.
    const creator = await h.connect();
    ok(await call(creator, 'create', { storyId: 'mini' }));
    expect(await call(creator, 'create', { storyId: 'mini' })).toMatchObject({
      ok: false,
      error: { code: 'rate-limited' },
    });
  });

  it('refuses a connection from a foreign Origin, accepts its own and listed ones', async () => {
    const evil = connectClient(h.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { origin: 'http://evil.example' },
    });
    const refused = await new Promise<string>((r) => {
      evil.once('connect', () => r('connected'));
      evil.once('connect_error', (e) => r(`refused: ${e.message}`));
    });
    evil.close();
    expect(refused).toMatch(/^refused/);
    const polling = connectClient(h.url, {
      transports: ['polling'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { origin: 'http://127.0.0.1.evil.example' },
    });
    const refusedPolling = await new Promise<string>((r) => {
      polling.once('connect', () => r('connected'));
      polling.once('connect_error', () => r('refused'));
    });
    polling.close();
    expect(refusedPolling).toBe('refused');
    const own = await h.connect({ extraHeaders: { origin: h.url } });
    expect(own.connected).toBe(true);

    await h.close();
    h = await startHarness({ allowedOrigins: ['https://workshop.example.org'] });
    const listed = await h.connect({ extraHeaders: { origin: 'https://workshop.example.org' } });
    expect(listed.connected).toBe(true);
  });

  it('a removed participant is disconnected and cannot come back; a locked room takes no one new', async () => {
    const room = await openRoom(h);
    const a = await joinAs(h, room.code, 'Wes');
    ok(await call(a.socket, 'vote', { decision: 0, choice: 1 }));
    const gone = new Promise<void>((r) => a.socket.once('disconnect', () => r()));
    ok(
      await call(room.host, 'host', {
        type: 'remove',
        code: room.code,
        secret: room.secret,
        participant: a.reply.you.id,
      }),
    );
    await gone;
    const back = await h.connect();
    expect(
      await call(back, 'join', { code: room.code, name: 'Wes', token: a.reply.you.token }),
    ).toMatchObject({
      ok: false,
      error: { code: 'removed' },
    });
    expect((await hostState(room)).tally.voters).toBe(0);

    const b = await joinAs(h, room.code, 'Xia');
    ok(await call(room.host, 'host', { type: 'lock', code: room.code, secret: room.secret, locked: true }));
    const newcomer = await h.connect();
    expect(await call(newcomer, 'join', { code: room.code, name: 'Late' })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    b.socket.disconnect();
    const again = await joinAs(h, room.code, 'Xia', b.reply.you.token);
    expect(again.reply.you.id).toBe(b.reply.you.id);
  });

  it('join codes use the unambiguous alphabet and are unique', () => {
    const codes = new Set(Array.from({ length: 2000 }, newCode));
    expect(codes.size).toBeGreaterThan(1990);
    for (const c of codes) for (const ch of c) expect(CODE_ALPHABET).toContain(ch);
    expect(CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });
});

describe('transport limits', () => {
  it('a polling client hits the same 16 kB limit', async () => {
    const room = await openRoom(h);
    const s = await h.connect({ transports: ['polling'] });
    const closed = new Promise<string>((r) => s.once('disconnect', (reason) => r(reason)));
    s.emit('join', { code: room.code, name: 'y'.repeat(64 * 1024) });
    expect(await closed).toMatch(/transport (close|error)/);
    const t = await next<Tally>(room.host, 'tally', 50).catch(() => null);
    expect(t).toBeNull();
  });
});
