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
import { RoomError } from '../../../server/room.ts';
import { RoomRegistry } from '../../../server/rooms.ts';
import { originAllowed } from '../../../server/service.ts';
import { staticHandler } from '../../../server/static.ts';
import { StoryLibrary } from '../../../server/stories.ts';
import { cleanDisplayName } from '../../../src/core/live/names.ts';
import { HostCommandSchema, JoinSchema, validate, VoteSchema } from '../../../src/core/live/protocol.ts';
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
    const a = room.join('A', undefined, 0).participant;
    room.vote(a.id, 0, 0, 1);
    room.vote(a.id, 0, 2, 2);
    expect(room.counts()).toEqual([0, 0, 1]);
    expect(room.voteLog.map((v) => [v.choice, v.final])).toEqual([
      [0, false],
      [2, true],
    ]);
  });

  it('limits participants, locks, and refuses an empty name', () => {
    const room = registry().create(mini().story, 'Mini', 0);
    expect(() => room.join('\u202E\u0000', undefined, 0)).toThrow(RoomError);
    const first = room.join('A', undefined, 0).participant;
    room.join('B', undefined, 0);
    room.join('C', undefined, 0);
    expect(() => room.join('D', undefined, 0)).toThrow(/full/);
    room.locked = true;
    expect(room.join('A again', first.token, 0)).toMatchObject({
      rejoined: true,
      participant: { id: first.id },
    });
    expect(room.participants.get(first.id)?.name).toBe('A again');
  });

  it('caps rooms and expires idle ones, ended rooms sooner', () => {
    const reg = registry();
    const a = reg.create(mini().story, 'Mini', 0);
    const b = reg.create(mini().story, 'Mini', 0);
    reg.create(mini().story, 'Mini', 0);
    expect(() => reg.create(mini().story, 'Mini', 0)).toThrow(/already runs 3 rooms/);
    b.end();
    a.touch(600);
    expect(reg.expire(600).map((r) => r.code)).toEqual([b.code]);
    expect(reg.expire(1599).map((r) => r.code)).not.toContain(a.code);
    expect(reg.expire(1600).map((r) => r.code)).toContain(a.code);
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
    expect(
      validate(HostCommandSchema, { type: 'timer', code: 'ABCDEF', secret: 'a'.repeat(32), seconds: 3601 })
        .ok,
    ).toBe(false);
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

  it('allows no Origin, the same origin and listed ones; refuses the rest', () => {
    expect(originAllowed(req({ host: '127.0.0.1:8080' }), [])).toBe(true);
    expect(originAllowed(req({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1:8080' }), [])).toBe(true);
    expect(originAllowed(req({ host: '127.0.0.1:8080', origin: 'http://127.0.0.1:9090' }), [])).toBe(false);
    expect(originAllowed(req({ host: 'a:1', origin: 'https://w.example' }), ['https://w.example'])).toBe(
      true,
    );
    expect(originAllowed(req({ host: 'a:1', origin: 'null' }), [])).toBe(false);
    expect(originAllowed(req({ host: 'a:1', origin: 'file://a:1' }), [])).toBe(false);
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
    } finally {
      server.close();
    }
  });
});
