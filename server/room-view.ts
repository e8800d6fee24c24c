/**
 * What a room looks like to the people in it: the state every participant sees (one identical
 * message per change), the whole transcript, the people list and the group debrief.
 */
import type { GroupDebrief, LiveLine, ParticipantInfo, RoomState } from '../src/core/live/protocol.ts';
import type { SessionView } from '../src/core/session/types.ts';
import type { Room } from './room.ts';

const toLine = (l: SessionView['lines'][number]): LiveLine => ({
  seq: l.seq,
  kind: l.kind,
  speaker: l.speakerName,
  text: l.text,
});

export function roomState(room: Room, now: number): RoomState {
  const view = room.view;
  const revealed = room.phase === 'revealed';
  const timer = room.timer;
  return {
    code: room.code,
    title: room.title,
    phase: room.phase,
    decision: room.decision,
    lines: view.lines.slice(room.beatStart).map(toLine),
    coach: view.coach ? { note: view.coach.note, effects: view.coach.effects } : null,
    choices: room.phase === 'voting' || revealed ? view.choices.map((c) => c.text) : [],
    result: revealed ? { counts: room.counts(), voters: room.voters } : null,
    timer: timer && timer.endsAt > now ? { remainingMs: timer.endsAt - now, totalMs: timer.totalMs } : null,
    locked: room.locked,
    debrief: room.over ? groupDebrief(room) : null,
  };
}

export function transcript(room: Room): LiveLine[] {
  return room.view.lines.map(toLine);
}

export function participantList(room: Room): ParticipantInfo[] {
  const list: ParticipantInfo[] = [];
  for (const p of room.people.byId.values()) {
    if (p.removed) continue;
    list.push({ id: p.id, name: p.name, connected: p.sockets > 0, voted: room.voteOf(p.id) !== null });
  }
  return list;
}

export function groupDebrief(room: Room): GroupDebrief {
  const view = room.view;
  const outcome = view.outcome;
  return {
    ending: view.ending ? { id: view.ending.id, title: view.ending.title, learn: view.ending.learn } : null,
    score: outcome?.score ?? 0,
    rapport: outcome?.rapport ?? 0,
    trust: outcome?.trust ?? 0,
    counterparts: view.counterparts.map((c) => ({
      id: c.id,
      name: c.name,
      rapport: c.rapport,
      trust: c.trust,
    })),
    decisions: room.history,
    participants: participantList(room).length,
  };
}
