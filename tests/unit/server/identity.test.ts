/**
 * People the facilitator can trust, and the smaller holes (issue #19): blank and look-alike
 * names, a token rejoin keeping the name, removal as a ban of token and device that also closes a
 * connection restored by socket.io's recovery; the Origin check against DNS rebinding (403 on
 * both transports), POST /api/live, the timer's range, error messages that state the real limit.
 */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JoinReply, RoomState } from '../../../src/core/live/protocol.ts';
import { call, collect, joinAs, next, ok, openRoom, sleep, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const DEVICE = 'd'.repeat(32);

describe('names and identity', () => {
  it('refuses names that are blank once rendered; look-alikes and duplicates get a suffix', async () => {
    const room = await openRoom(h);
    for (const name of ['\u200C\u200C', '\u3164', '\u2800', '\u{E0041}\u{E0042}', '\u0301'])
      expect(
        await call(await h.connect(), 'join', { code: room.code, name }),
        JSON.stringify(name),
      ).toMatchObject({
        ok: false,
        error: { code: 'invalid', message: expect.stringMatching(/letter or digit/) },
      });
    const names = [];
    for (const name of ['Alice', 'Alice\u200B', '\u0410lice'])
      names.push((await joinAs(h, room.code, name)).reply.you.name);
    expect(names).toEqual(['Alice', 'Alice (2)', '\u0410lice (3)']);
  });

  it('a token rejoin keeps the person’s name', async () => {
    const room = await openRoom(h);
    const a = await joinAs(h, room.code, 'Kim');
    const back = await joinAs(h, room.code, 'The facilitator', a.reply.you.token);
    expect(back.reply.you).toMatchObject({ id: a.reply.you.id, name: 'Kim' });
  });

  it('remove bans the token and the device: no new voter without the token', async () => {
    const room = await openRoom(h);
    const s = await h.connect();
    const a = ok(await call<JoinReply>(s, 'join', { code: room.code, name: 'Troll', device: DEVICE }));
    ok(
      await call(room.host, 'host', {
        type: 'remove',
        code: room.code,
        secret: room.secret,
        participant: a.you.id,
      }),
    );
    const again = await h.connect();
    expect(await call(again, 'join', { code: room.code, name: 'Troll 2', device: DEVICE })).toMatchObject({
      ok: false,
      error: { code: 'removed' },
    });
  });

  it('a removed phone that comes back through connection-state recovery is told and closed', async () => {
    const room = await openRoom(h);
    const p = await joinAs(h, room.code, 'Sly');
    const first = next<RoomState>(p.socket, 'room');
    ok(await call(room.host, 'host', { type: 'timer', code: room.code, secret: room.secret, seconds: 60 }));
    await first; // an offset to recover from
    p.socket.io.reconnection(true);
    p.socket.io.reconnectionDelay(50);
    p.socket.io.reconnectionDelayMax(100);
    const reconnected = new Promise<void>((r) => p.socket.once('connect', () => r()));
    p.socket.io.engine.close();
    await sleep(30);
    ok(
      await call(room.host, 'host', {
        type: 'remove',
        code: room.code,
        secret: room.secret,
        participant: p.reply.you.id,
      }),
    );
    const removed = next<{ message: string }>(p.socket, 'removed');
    await reconnected;
    expect(p.socket.recovered).toBe(true);
    expect((await removed).message).toMatch(/removed you/);
    p.socket.io.reconnection(false);
    const after = collect<RoomState>(p.socket, 'room');
    await sleep(100);
    ok(await call(room.host, 'host', { type: 'reveal', code: room.code, secret: room.secret, decision: 0 }));
    await sleep(100);
    expect(after).toEqual([]);
    expect(p.socket.connected).toBe(false);
  });
});

/** A raw WebSocket upgrade (or polling request) with the given headers: the status the server answers. */
function handshake(port: number, headers: Record<string, string>, websocket: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: `/socket.io/?EIO=4&transport=${websocket ? 'websocket' : 'polling'}`,
      headers: websocket
        ? {
            Connection: 'Upgrade',
            Upgrade: 'websocket',
            'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
            'Sec-WebSocket-Version': '13',
            ...headers,
          }
        : headers,
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 101);
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the smaller holes', () => {
  it('refuses a DNS-rebinding page (Origin and Host both evil.example) with 403 on both transports', async () => {
    const port = h.server.port;
    const evil = { Origin: `http://evil.example:${port}`, Host: `evil.example:${port}` };
    expect(await handshake(port, evil, true)).toBe(403);
    expect(await handshake(port, evil, false)).toBe(403);
    expect(await handshake(port, { Origin: 'http://evil.example' }, true)).toBe(403);
    expect(await handshake(port, { Origin: `http://127.0.0.1:${port}` }, true)).toBe(101);
  });

  it('answers POST /api/live with 405', async () => {
    const res = await fetch(`${h.url}/api/live`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${h.url}/api/live`)).status).toBe(200);
  });

  it('accepts a timer of 1 to 5 minutes only, and says so', async () => {
    const room = await openRoom(h);
    const timer = (seconds: number) =>
      call(room.host, 'host', { type: 'timer', code: room.code, secret: room.secret, seconds });
    expect(await timer(3600)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('1 to 5 minutes') },
    });
    ok(await timer(300));
  });

  it('a 201-character name is refused with the real limit', async () => {
    const room = await openRoom(h);
    const reply = await call(await h.connect(), 'join', { code: room.code, name: 'x'.repeat(201) });
    expect(reply).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('at most 200 characters') },
    });
  });
});
