/**
 * Export of a live room's votes: the vote log (changed votes too, marked not final; per participant
 * and decision the first votes and the final one, numbered so changes not kept are counted), as
 * CSV for a spreadsheet and as JSON with the room's decisions and debrief.
 *
 * CSV cells that a spreadsheet would read as a formula (=, +, -, @, tab, CR) get a leading
 * apostrophe, so a display name such as `=HYPERLINK(…)` stays text.
 */
import type { ExportReply } from '../src/core/live/protocol.ts';
import type { Room } from './room.ts';
import { groupDebrief } from './room-view.ts';

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean): string {
  let s = String(value);
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

const HEADER = [
  'room',
  'story',
  'decision',
  'decision_source',
  'participant',
  'name',
  'choice',
  'choice_text',
  'voted_at',
  'final',
  'nth_vote',
  'taken_choice',
  'taken_by',
  'choice_id',
];

export function votesCsv(room: Room): string {
  const rows = [HEADER.join(',')];
  for (const v of room.voteLog) {
    const decided = room.history[v.decision];
    rows.push(
      [
        room.code,
        room.story.id,
        v.decision + 1,
        v.source,
        v.participant,
        v.name,
        v.choice + 1,
        v.choiceText,
        v.at,
        v.final,
        v.nth,
        decided ? decided.taken + 1 : '',
        decided ? decided.by : '',
        v.choiceId ?? '',
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}

export function votesJson(room: Room, now: number): string {
  return JSON.stringify(
    {
      format: 'rapport-live-votes',
      version: 1,
      exportedAt: new Date(now).toISOString(),
      room: room.code,
      story: { id: room.story.id, hash: room.story.hash, title: room.title },
      participants: [...room.participants.values()].map((p) => ({
        id: p.id,
        name: p.name,
        joinedAt: new Date(p.joinedAt).toISOString(),
        removed: p.removed,
      })),
      decisions: room.history,
      // Choice numbers in `votes` count from 0, as in `decisions` (the CSV counts from 1). Per
      // participant and decision the first votes and the final one are kept; `nth` counts them all.
      votes: room.voteLog.map(({ seq: _seq, ...v }) => v),
      debrief: room.over ? groupDebrief(room) : null,
    },
    null,
    2,
  );
}

export function exportVotes(room: Room, format: 'csv' | 'json', now: number): ExportReply {
  const stamp = new Date(now).toISOString().slice(0, 10);
  const filename = `rapport-live-${room.story.id}-${room.code}-${stamp}.${format}`;
  return format === 'csv'
    ? { filename, mime: 'text/csv;charset=utf-8', data: votesCsv(room) }
    : { filename, mime: 'application/json', data: votesJson(room, now) };
}
