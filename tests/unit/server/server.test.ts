/**
 * The live-room server with real socket.io clients on loopback: the happy path from creating a
 * room to the export, and coming back after a dropped connection or a reload.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportReply, HostState, JoinReply, RoomState, Tally } from '../../../src/core/live/protocol.ts';
import { call, collect, joinAs, next, ok, openRoom, sleep, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('live room: the happy path', () => {
  it('tells the game that live rooms are available (GET /api/live)', async () => {
    const res = await fetch(`${h.url}/api/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ liveRooms: true, facilitate: '/live.html?facilitate' });
  });

  it('lists the stories it can run', async () => {
    const s = await h.connect();
    const reply = ok(await call<{ stories: { id: string; title: string }[] }>(s, 'stories'));
    expect(reply.stories.map((x) => x.id)).toEqual(['mini']);
  });

  it('runs a room: join, vote, hidden tally, reveal, advance, ending, debrief, export', async () => {
    const { host, code, secret, state } = await openRoom(h);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    expect(state.room.choices).toHaveLength(3);
    expect(state.room.lines.at(-1)?.text).toBe('Shall we begin?');

    const people = await Promise.all(['Ana', 'Ben', 'Chloé'].map((n) => joinAs(h, code, n)));
    for (const p of people) {
      expect(p.reply.state.phase).toBe('voting');
      expect(p.reply.state.result).toBeNull();
      expect(p.reply.vote).toBeNull();
    }
    const participantTallies = people.map((p) => collect<Tally>(p.socket, 'tally'));
    const roomUpdates = people.map((p) => collect<RoomState>(p.socket, 'room'));

    // Votes: 2 × choice 1, 1 × choice 2; the facilitator sees the tally as it comes in.
    const seen = next<Tally>(host, 'tally', 3000, (t) => t.voters === 3);
    ok(await call(people[0]!.socket, 'vote', { decision: 0, choice: 0 }));
    ok(await call(people[1]!.socket, 'vote', { decision: 0, choice: 1 }));
    ok(await call(people[2]!.socket, 'vote', { decision: 0, choice: 0 }));
    // Ben changes his mind before the reveal.
    ok(await call(people[1]!.socket, 'vote', { decision: 0, choice: 0 }));
    const tally = await seen;
    expect(tally.counts.reduce((a, b) => a + b, 0)).toBe(3);
    await sleep(50);
    expect(participantTallies.flat()).toEqual([]);
    expect(roomUpdates.flat().every((r) => r.result === null)).toBe(true);

    // Reveal: everyone sees the split, and voting closes.
    const revealed = next<RoomState>(people[2]!.socket, 'room');
    ok(await call(host, 'host', { type: 'reveal', code, secret, decision: 0 }));
    const afterReveal = await revealed;
    expect(afterReveal.phase).toBe('revealed');
    expect(afterReveal.result).toEqual({ counts: [3, 0, 0], voters: 3 });

    // Advance with the majority.
    const moved = next<RoomState>(people[0]!.socket, 'room', 3000, (r) => r.decision === 1);
    const adv = ok(
      await call<{ state: HostState; record: { taken: number; by: string } }>(host, 'host', {
        type: 'advance',
        code,
        secret,
        decision: 0,
      }),
    );
    expect(adv.record).toMatchObject({ taken: 0, by: 'majority' });
    const step2 = await moved;
    expect(step2.phase).toBe('voting');
    expect(step2.lines[0]).toMatchObject({ kind: 'choice', text: 'Ask about her team' });
    expect(step2.coach?.note).toBe('Interest in people builds goodwill.');
    expect(step2.choices).toEqual(['Thank her', 'Leave']);

    // Decision 2: one vote for "Leave", but the facilitator picks "Thank her".
    ok(await call(people[0]!.socket, 'vote', { decision: 1, choice: 1 }));
    const ended = next<RoomState>(people[1]!.socket, 'room', 3000, (r) => r.phase === 'ended');
    const last = ok(
      await call<{ record: { by: string } }>(host, 'host', {
        type: 'advance',
        code,
        secret,
        decision: 1,
        choice: 0,
      }),
    );
    expect(last.record.by).toBe('facilitator');
    const end = await ended;
    expect(end.debrief?.ending?.title).toBe('The meeting ends');
    expect(end.debrief?.decisions.map((d) => [d.counts, d.taken, d.by])).toEqual([
      [[3, 0, 0], 0, 'majority'],
      [[0, 1], 0, 'facilitator'],
    ]);
    expect(end.debrief?.counterparts[0]?.name).toBe('Ana Test');

    // Export: every vote (Ben's changed vote too), as CSV and JSON.
    const csv = ok(await call<ExportReply>(host, 'host', { type: 'export', code, secret, format: 'csv' }));
    const rows = csv.data.trim().split('\r\n');
    expect(rows[0]).toBe(
      'room,story,decision,decision_source,participant,name,choice,choice_text,voted_at,final,nth_vote,taken_choice,taken_by,choice_id',
    );
    expect(rows).toHaveLength(1 + 5);
    expect(rows.filter((r) => r.includes(',false,'))).toHaveLength(1);
    expect(csv.filename).toMatch(new RegExp(`^rapport-live-mini-${code}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const json = ok(await call<ExportReply>(host, 'host', { type: 'export', code, secret, format: 'json' }));
    const data = JSON.parse(json.data);
    expect(data.votes).toHaveLength(5);
    expect(data.participants.map((p: { name: string }) => p.name).sort()).toEqual(['Ana', 'Ben', 'Chloé']);
    expect(data.debrief.decisions).toHaveLength(2);
  });

  it('advancing needs a clear majority, or the facilitator’s pick', async () => {
    const { host, code, secret } = await openRoom(h);
    const noVotes = await call(host, 'host', { type: 'advance', code, secret, decision: 0 });
    expect(noVotes).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const [a, b] = await Promise.all([joinAs(h, code, 'A'), joinAs(h, code, 'B')]);
    ok(await call(a.socket, 'vote', { decision: 0, choice: 0 }));
    ok(await call(b.socket, 'vote', { decision: 0, choice: 2 }));
    const tie = await call(host, 'host', { type: 'advance', code, secret, decision: 0 });
    expect(tie).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('tied between 1 and 3') },
    });
    ok(await call(host, 'host', { type: 'advance', code, secret, decision: 0, choice: 2 }));
    // A second click on the same decision does not advance twice.
    const again = await call(host, 'host', { type: 'advance', code, secret, decision: 0, choice: 0 });
    expect(again).toMatchObject({ ok: false, error: { code: 'stale' } });
  });

  it('runs a discussion timer that never closes the vote', async () => {
    let clock = Date.now();
    await h.close();
    h = await startHarness({ now: () => clock });
    const { host, code, secret } = await openRoom(h);
    const p = await joinAs(h, code, 'Tim');
    const timed = next<RoomState>(p.socket, 'room');
    ok(await call(host, 'host', { type: 'timer', code, secret, seconds: 60 }));
    const state = await timed;
    expect(state.timer?.totalMs).toBe(60_000);
    clock += 61_000;
    ok(await call(p.socket, 'vote', { decision: 0, choice: 1 }));
    const stopped = next<RoomState>(p.socket, 'room');
    ok(await call(host, 'host', { type: 'timer', code, secret, seconds: 0 }));
    expect((await stopped).timer).toBeNull();
  });
});

describe('live room: coming back', () => {
  it('a participant who reconnects with the token keeps identity and vote', async () => {
    const { host, code, secret } = await openRoom(h);
    const first = await joinAs(h, code, 'Dana');
    ok(await call(first.socket, 'vote', { decision: 0, choice: 2 }));
    first.socket.disconnect();
    await sleep(50);
    const back = await joinAs(h, code, 'Dana', first.reply.you.token);
    expect(back.reply.you.id).toBe(first.reply.you.id);
    expect(back.reply.vote).toBe(2);
    // Still one participant and one vote.
    const resumed = ok(await call<{ state: HostState }>(host, 'host', { type: 'resume', code, secret }));
    expect(resumed.state.participants).toHaveLength(1);
    expect(resumed.state.tally.voters).toBe(1);
    // The vote can still change until the reveal.
    ok(await call(back.socket, 'vote', { decision: 0, choice: 0 }));
    const after = ok(await call<{ state: HostState }>(host, 'host', { type: 'resume', code, secret }));
    expect(after.state.tally.counts).toEqual([1, 0, 0]);
  });

  it('a dropped connection is recovered by socket.io with its state and missed broadcasts', async () => {
    const { host, code, secret } = await openRoom(h);
    const p = await joinAs(h, code, 'Eli');
    // Receive one broadcast so the client has an offset to recover from.
    const timerOn = next<RoomState>(p.socket, 'room');
    ok(await call(host, 'host', { type: 'timer', code, secret, seconds: 60 }));
    await timerOn;
    p.socket.io.reconnection(true);
    p.socket.io.reconnectionDelay(50);
    p.socket.io.reconnectionDelayMax(100);
    const reconnected = new Promise<void>((r) => p.socket.once('connect', () => r()));
    // Missed while away: the reveal.
    const missed = next<RoomState>(p.socket, 'room', 3000, (r) => r.phase === 'revealed');
    p.socket.io.engine.close();
    ok(await call(host, 'host', { type: 'reveal', code, secret, decision: 0 }));
    await reconnected;
    expect(p.socket.recovered).toBe(true);
    expect((await missed).phase).toBe('revealed');
    const state = ok(await call<{ state: HostState }>(host, 'host', { type: 'resume', code, secret }));
    expect(state.state.participants[0]).toMatchObject({ name: 'Eli', connected: true });
  });

  it('a facilitator who reloads gets the room back with the secret', async () => {
    const { host, code, secret } = await openRoom(h);
    const p = await joinAs(h, code, 'Fay');
    ok(await call(p.socket, 'vote', { decision: 0, choice: 1 }));
    host.disconnect();
    const again = await h.connect();
    const resumed = ok(await call<{ state: HostState }>(again, 'host', { type: 'resume', code, secret }));
    expect(resumed.state.tally.counts).toEqual([0, 1, 0]);
    // …and receives tallies again.
    const tally = next<Tally>(again, 'tally', 3000, (t) => t.counts[2] === 1);
    ok(await call(p.socket, 'vote', { decision: 0, choice: 2 }));
    await tally;
  });

  it('rooms expire after inactivity and tell everyone', async () => {
    let clock = Date.now();
    await h.close();
    h = await startHarness({ now: () => clock, roomIdleMs: 60_000 });
    const { host, code } = await openRoom(h);
    const p = await joinAs(h, code, 'Gus');
    const told = next<{ message: string }>(p.socket, 'expired');
    const toldHost = next<{ message: string }>(host, 'expired');
    clock += 59_000;
    h.server.service.sweep();
    expect(h.server.service.registry.find(code)).toBeDefined();
    clock += 2_000;
    h.server.service.sweep();
    expect(h.server.service.registry.find(code)).toBeUndefined();
    expect((await told).message).toMatch(/closed/);
    await toldHost;
    const late = await h.connect();
    expect(await call<JoinReply>(late, 'join', { code, name: 'Late' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
