/**
 * What a room looks like to the people in it: the state every participant sees (one identical
 * message per change), the whole transcript, the people list and the group debrief.
 */
import type { GroupDebrief, LiveLine, ParticipantInfo, RoomState } from '../src/core/live/protocol.ts';
import { guestId } from '../src/core/session/story-text.ts';
import type { SessionView, ShownLine } from '../src/core/session/types.ts';
import type { Room } from './room.ts';

/**
 * The lines as every page gets them: English, with the keys each page looks its own language up by
 * (docs/live.md, "Each person's language") — the line's `# id:`, its variables, its speaker's name.
 */
export function liveLines(view: SessionView, lines: readonly ShownLine[] = view.lines): LiveLine[] {
  const counterparts = new Set(view.counterparts.map((c) => c.id));
  return lines.map((l) => {
    const you = l.speaker?.toLowerCase() === 'you';
    const who = l.speaker && !you ? (counterparts.has(l.speaker) ? l.speaker : guestId(l.speaker)) : null;
    return {
      seq: l.seq,
      kind: l.kind,
      speaker: l.speakerName,
      text: l.text,
      ...(l.key && { key: l.key }),
      ...(l.vars && Object.keys(l.vars).length > 0 && { vars: l.vars }),
      ...(who !== null && l.speakerName !== null && { speakerKey: `${view.storyId}:${who}#name` }),
      ...(you && { you: true as const }),
    };
  });
}

export function roomState(room: Room, now: number): RoomState {
  const view = room.view;
  const revealed = room.phase === 'revealed';
  const timer = room.timer;
  const open = room.phase === 'voting' || revealed;
  return {
    code: room.code,
    storyId: room.story.id,
    title: room.title,
    phase: room.phase,
    decision: room.decision,
    lines: liveLines(view, view.lines.slice(room.beatStart)),
    coach: view.coach
      ? {
          note: view.coach.note,
          effects: view.coach.effects,
          ...(view.coach.choiceKey && { key: view.coach.choiceKey }),
          ...(view.coach.explained && { explained: view.coach.explained }),
        }
      : null,
    choices: open ? view.choices.map((c) => c.text) : [],
    ...(open &&
      view.choices.some((c) => c.id !== undefined) && { choiceIds: view.choices.map((c) => c.id ?? '') }),
    result: revealed ? { counts: room.counts(), voters: room.voters } : null,
    timer: timer && timer.endsAt > now ? { remainingMs: timer.endsAt - now, totalMs: timer.totalMs } : null,
    locked: room.locked,
    debrief: room.over ? groupDebrief(room) : null,
  };
}

export function transcript(room: Room): LiveLine[] {
  return liveLines(room.view);
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
    ending: view.ending
      ? {
          id: view.ending.id,
          title: view.ending.title,
          ...(view.ending.titleKey && { titleKey: view.ending.titleKey }),
          learn: view.ending.learn,
        }
      : null,
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
