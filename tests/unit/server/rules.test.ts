/**
 * The live room's pure parts without sockets: room rules, display names, CSV cells, token
 * buckets, the plain-data guard, the Origin check and the static file server.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../server/export.ts';
import { plainDataProblem } from '../../../server/guard.ts';
import { Bucket, BucketMap } from '../../../server/rate-limit.ts';
import { TrustedProxies } from '../../../server/address.ts';
import { OriginPolicy, originAllowed, ownOrigins } from '../../../server/origin.ts';
import { hashPassword, LEFT_AFTER_MS } from '../../../server/people.ts';
import { RoomError } from '../../../server/room.ts';
import { RoomRegistry } from '../../../server/rooms.ts';
import { staticHandler } from '../../../server/static.ts';
import { StoryLibrary } from '../../../server/stories.ts';
import { cleanDisplayName, foldName, nameProblem } from '../../../src/core/live/names.ts';
import {
  HostCommandSchema,
  JoinSchema,
  validate,
  VOTE_LOG_KEEP,
  VoteSchema,
} from '../../../src/core/live/protocol.ts';
import { FIXTURE_STORIES } from './helpers.ts';

const library = new StoryLibrary(FIXTURE_STORIES);
const registry = () =>
  new RoomRegistry({ maxRooms: 3, maxParticipants: 3, roomIdleMs: 1000, endedIdleMs: 500 });
const mini = () => {
  const loaded = library.load('mini');
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded;
};

describe('room rules', () => {
  it('keeps one vote per participant per decision, logging changes as not final', () => {
    const room = registry().create(mini().story, 'Mini', 0);
    const a = room.join({ name: 'A' }, 0).participant;
    room.vote(a.id, 0, 0, 1);
    room.vote(a.id, 0, 2, 2);
    expect(room.counts()).toEqual([0, 0, 1]);
    expect(room.voteLog.map((v) => [v.choice, v.final])).toEqual([
      [0, false],
      [2, true],
    ]);
  });

  it('bounds the vote log per participant and decision: the first votes and the final one, all counted', () => {
    const room = registry().create(mini().story, 'Mini', 0);
    const a = room.join({ name: 'A' }, 0).participant;
    const b = room.join({ name: 'B' }, 0).participant;
    for (let i = 0; i < 1000; i++) room.vote(a.id, 0, i % 3, i);
    room.vote(b.id, 0, 1, 2000);
    const mine = room.voteLog.filter((v) => v.participant === a.id);
    expect(mine).toHaveLength(VOTE_LOG_KEEP);
    expect(mine.map((v) => v.nth)).toEqual([1, 2, 3, 4, 1000]);
    expect(mine.map((v) => v.final)).toEqual([false, false, false, false, true]);
    expect(mine.at(-1)!.choice).toBe(999 % 3);
    expect(room.counts()).toEqual([1, 1, 0]);
    expect(room.voteLog).toHaveLength(VOTE_LOG_KEEP + 1);
  });

  it('limits participants, locks, refuses an empty name; a token rejoin keeps the name', () => {
    const room = registry().create(mini().story, 'Mini', 0);
    expect(() => room.join({ name: '\u202E\u0000' }, 0)).toThrow(RoomError);
    const first = room.join({ name: 'A' }, 0).participant;
    room.join({ name: 'B' }, 0);
    room.join({ name: 'C' }, 0);
    expect(() => room.join({ name: 'D' }, 0)).toThrow(/full \(3 people\)/);
    room.locked = true;
    expect(room.join({ name: 'Someone else', token: first.token }, 0)).toMatchObject({
      rejoined: true,
      participant: { id: first.id },
    });
    expect(room.participants.get(first.id)?.name).toBe('A');
  });

  it('removed and left participants free their place; a removed token and device stay banned', () => {
    const room = registry().create(mini().story, 'Mini', 0, { size: 2 });
    const device = 'd'.repeat(32);
    const bot = room.join({ name: 'Bot', device }, 0).participant;
    const gone = room.join({ name: 'Gone' }, 0).participant;
    expect(() => room.join({ name: 'Real' }, 1)).toThrow(/full \(2 people\)/);
    room.remove(bot.id);
    const real = room.join({ name: 'Real' }, 2).participant;
    expect(() => room.join({ name: 'Bot again', device }, 3)).toThrow(/removed you/);
    expect(() => room.join({ name: 'Bot', token: bot.token }, 3)).toThrow(/removed you/);
    // Gone never connected: after LEFT_AFTER_MS without a connection the place is free.
    expect(() => room.join({ name: 'Late' }, LEFT_AFTER_MS - 1)).toThrow(/full/);
    room.people.disconnected(real, 0);
    real.sockets = 1;
    const late = room.join({ name: 'Late' }, LEFT_AFTER_MS + 1).participant;
    expect(late.name).toBe('Late');
    // Gone comes back with the token while the room is full: told so; a place frees, back in.
    expect(() => room.join({ name: 'Gone', token: gone.token }, LEFT_AFTER_MS + 2)).toThrow(/full/);
  });

  it('asks for the room password at the door, never on a token rejoin', () => {
    const room = registry().create(mini().story, 'Mini', 0, { passwordHash: hashPassword('tea time') });
    expect(() => room.join({ name: 'A' }, 0)).toThrow(/has a password/);
    expect(() => room.join({ name: 'A', password: 'coffee' }, 0)).toThrow(/not the room’s password/);
    const a = room.join({ name: 'A', password: 'tea time' }, 0).participant;
    expect(room.join({ name: 'A', token: a.token }, 1).participant.id).toBe(a.id);
  });

  it('duplicate and look-alike names get a visible suffix', () => {
    const room = registry().create(mini().story, 'Mini', 0);
    room.people.size = 10;
    const names = ['Alice', 'Alice\u200B', '\u0410lice', 'alice', 'ALICE.', 'Bob', 'B0b'].map(
      (name) => room.join({ name }, 0).participant.name,
    );
    expect(names).toEqual([
      'Alice',
      'Alice (2)',
      '\u0410lice (3)',
      'alice (4)',
      'ALICE. (5)',
      'Bob',
      'B0b (2)',
    ]);
  });

  it('caps rooms and expires idle ones, ended rooms sooner', () => {
    const reg = registry();
    const a = reg.create(mini().story, 'Mini', 0);
    const b = reg.create(mini().story, 'Mini', 0);
    reg.create(mini().story, 'Mini', 0);
    expect(() => reg.create(mini().story, 'Mini', 0)).toThrow(/already runs 3 rooms/);
    // An ended room frees its place at once, and leaves memory sooner.
    b.end(0);
    const d = reg.create(mini().story, 'Mini', 0);
    a.touch(600);
    d.touch(600);
    expect(reg.expire(600)).toEqual([]);
    expect(reg.find(b.code)).toBeUndefined();
    expect(reg.expire(1599).map((r) => r.code)).not.toContain(a.code);
    const expired = reg.expire(1600);
    expect(expired.map((r) => r.code)).toContain(a.code);
    expect(expired.every((r) => r.phase === 'closed')).toBe(true);
  });

  it('200 ended rooms do not block create', () => {
    const reg = new RoomRegistry({
      maxRooms: 200,
      maxParticipants: 3,
      roomIdleMs: 1000,
      endedIdleMs: 3_600_000,
    });
    for (let i = 0; i < 200; i++) reg.create(mini().story, 'Mini', 0).end(0);
    expect(reg.create(mini().story, 'Mini', 0).phase).toBe('voting');
  });

  it('authorizes only the exact secret', () => {
    const reg = registry();
    const room = reg.create(mini().story, 'Mini', 0);
    expect(reg.authorize(room.code, room.secret)).toBe(room);
    expect(reg.authorize(room.code, '0'.repeat(32))).toBeUndefined();
    expect(reg.authorize('ZZZZZZ', room.secret)).toBeUndefined();
  });

  it('lists and loads stories, and says why a story is missing', () => {
    expect(library.list()).toEqual([
      { id: 'mini', title: 'Mini live fixture', summary: expect.stringContaining('Three choices') },
    ]);
    expect(library.load('nope')).toMatchObject({
      ok: false,
      message: expect.stringContaining('No story "nope"'),
    });
    expect(library.load('../etc')).toMatchObject({ ok: false });
  });
});

describe('validation', () => {
  it('schemas accept the real messages and refuse the rest', () => {
    expect(validate(VoteSchema, { decision: 0, choice: 19 }).ok).toBe(true);
    expect(validate(VoteSchema, { decision: 0, choice: 20 }).ok).toBe(false);
    expect(validate(JoinSchema, { code: 'ABCDEF', name: 'x' }).ok).toBe(true);
    expect(validate(JoinSchema, { code: 'ABCDE0', name: 'x' }).ok).toBe(false);
    expect(validate(JoinSchema, { code: 'abcdef', name: 'x' }).ok).toBe(false);
    expect(validate(JoinSchema, { code: 'ABCDEF', name: 'x', token: 'nothex' }).ok).toBe(false);
    const timer = (seconds: number) =>
      validate(HostCommandSchema, { type: 'timer', code: 'ABCDEF', secret: 'a'.repeat(32), seconds });
    for (const seconds of [0, 60, 180, 300]) expect(timer(seconds).ok, String(seconds)).toBe(true);
    for (const seconds of [1, 59, 301, 3600])
      expect(timer(seconds), String(seconds)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/1 to 5 minutes/),
      });
    expect(validate(JoinSchema, { code: 'ABCDEF', name: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/at most 200 characters/),
    });
    expect(validate(HostCommandSchema, { type: 'shutdown', code: 'ABCDEF', secret: 'a'.repeat(32) }).ok).toBe(
      false,
    );
  });

  it('the guard refuses prototype keys, deep nesting and non-plain values', () => {
    expect(plainDataProblem({ a: [1, 'x', null, true] })).toBeNull();
    expect(plainDataProblem(JSON.parse('{"__proto__":{}}'))).toMatch(/__proto__/);
    expect(plainDataProblem({ a: { constructor: 1 } })).toMatch(/constructor/);
    expect(plainDataProblem({ a: { b: { c: { d: { e: {} } } } } })).toMatch(/deeply/);
    expect(plainDataProblem(new Uint8Array(3))).toMatch(/plain/);
    expect(plainDataProblem(Number.NaN)).toMatch(/finite/);
    expect(plainDataProblem(Array.from({ length: 51 }, () => 0))).toMatch(/too long/);
  });
});

describe('display names', () => {
  it('removes controls, bidi overrides and isolates, zero-width and separators; keeps letters and emoji', () => {
    expect(cleanDisplayName('  Zoë \u202Eevil\u202C  ')).toBe('Zoë evil');
    expect(cleanDisplayName('a\u2066b\u2069c\u200Bd\uFEFFe\u2028f')).toBe('abcde f');
    expect(cleanDisplayName('tab\there\nnew')).toBe('tab here new');
    expect(cleanDisplayName('李小龍 👋🏽')).toBe('李小龍 👋🏽');
    expect(cleanDisplayName('<b>x</b>')).toBe('<b>x</b>');
    expect(cleanDisplayName('e\u0301')).toBe('é');
  });

  it('refuses names that are blank once rendered: fillers, blank braille, tags, lone marks, symbols alone', () => {
    for (const blank of [
      '\u200C\u200C',
      '\u3164',
      '\u2800\u2800',
      '\u{E0041}\u{E0042}',
      '\u0301\u0301',
      '\u115F',
      '❤️',
      ' . ',
    ])
      expect(nameProblem(cleanDisplayName(blank)), JSON.stringify(blank)).toMatch(/letter or digit/);
    for (const fine of ['Zoë', '李', '7', 'Ann 👋🏽']) expect(nameProblem(cleanDisplayName(fine))).toBeNull();
    expect(cleanDisplayName('Ann\u3164\u2800')).toBe('Ann');
    expect(cleanDisplayName('Z\u0301\u0302\u0303\u0304\u0305\u0306')).toHaveLength(4);
    expect(foldName('\u0410lice\u200B')).toBe(foldName('alice'));
  });
});

describe('CSV cells', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });
});

describe('rate limits', () => {
  it('a bucket allows a burst, then refills at its rate', () => {
    const b = new Bucket({ burst: 3, perSecond: 1 }, 0);
    expect([b.take(0), b.take(0), b.take(0), b.take(0)]).toEqual([true, true, true, false]);
    expect(b.take(500)).toBe(false);
    expect(b.take(1000)).toBe(true);
  });

  it('buckets per address are forgotten once full again', () => {
    const m = new BucketMap({ burst: 2, perSecond: 1 });
    m.take('a', 0);
    m.take('b', 0);
    m.sweep(500);
    expect(m.size).toBe(2);
    m.sweep(1000);
    expect(m.size).toBe(0);
  });
});

describe('Origin and static files', () => {
  const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

  it('allows no Origin, the server’s own origins and listed ones; refuses the rest, whatever the Host', () => {
    const own = ownOrigins({ address: '127.0.0.1', port: 8080, family: 'IPv4' });
    expect(own).toEqual(
      expect.arrayContaining(['http://127.0.0.1:8080', 'http://localhost:8080', 'http://[::1]:8080']),
    );
    expect(originAllowed(undefined, own)).toBe(true);
    expect(originAllowed('http://127.0.0.1:8080', own)).toBe(true);
    expect(originAllowed('http://127.0.0.1:9090', own)).toBe(false);
    expect(originAllowed('https://w.example', [...own, 'https://w.example'])).toBe(true);
    expect(originAllowed('null', own)).toBe(false);
    expect(originAllowed('file://a:1', own)).toBe(false);
    // DNS rebinding: the page's origin and the Host header agree, and neither is ours.
    const policy = new OriginPolicy(
      { address: () => ({ address: '127.0.0.1', port: 8799 }) } as never,
      [],
      () => null,
    );
    expect(policy.allows(req({ host: 'evil.example:8799', origin: 'http://evil.example:8799' }))).toBe(false);
    expect(policy.allows(req({ host: '127.0.0.1:8799', origin: 'http://127.0.0.1:8799' }))).toBe(true);
    const wild = ownOrigins({ address: '0.0.0.0', port: 80, family: 'IPv4' });
    expect(wild).toContain('http://localhost:80');
    expect(wild.some((o) => o.includes('0.0.0.0'))).toBe(false);
  });

  it('reads the client address from X-Forwarded-For only through a trusted proxy', () => {
    const proxies = new TrustedProxies(['127.0.0.1', '10.0.0.0/8']);
    expect(proxies.clientAddress('::ffff:127.0.0.1', '203.0.113.9')).toBe('203.0.113.9');
    expect(proxies.clientAddress('127.0.0.1', '198.51.100.1, 203.0.113.9, 10.1.2.3')).toBe('203.0.113.9');
    expect(proxies.clientAddress('192.0.2.7', '203.0.113.9')).toBe('192.0.2.7');
    expect(proxies.clientAddress('127.0.0.1', undefined)).toBe('127.0.0.1');
    expect(new TrustedProxies([]).clientAddress('127.0.0.1', '203.0.113.9')).toBe('127.0.0.1');
    expect(() => new TrustedProxies(['proxy.example'])).toThrow(/--trust-proxy takes addresses/);
  });

  it('serves files inside its folders only, with safe headers', async () => {
    const server = createServer(staticHandler([resolve(import.meta.dirname, 'fixtures/site')]));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const live = await fetch(`${base}/live`);
      expect(live.status).toBe(200);
      expect(live.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(live.headers.get('referrer-policy')).toBe('no-referrer');
      for (const path of ['/../helpers.ts', '/%2e%2e/helpers.ts', '/..%2fhelpers.ts', '/%00', '/nope.html']) {
        expect((await fetch(`${base}${path}`)).status, path).toBe(404);
      }
      expect((await fetch(`${base}/live.html`, { method: 'POST' })).status).toBe(405);
      // Source maps expose build paths and sources: never served.
      expect((await fetch(`${base}/sw.js.map`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
