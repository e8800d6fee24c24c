/**
 * Who is connected to a room, kept where the room runs. The process that holds a participant's
 * connections (the "origin": this process, or with --redis another one) reports how many of them
 * are bound to that participant — an absolute count, numbered per origin — so a report that comes
 * late, twice, or after a census never counts a connection twice. A census is one origin's
 * counts for the whole room at once (after a room was taken over by another process); when an
 * origin is gone (a killed process), its connections no longer count.
 *
 * The sum over origins is the participant's `sockets` (people.ts): a participant whose last
 * connection closes is "seen" then, and leaves after LEFT_AFTER_MS without one.
 */
import type { Room } from './room.ts';

interface Report {
  n: number;
  seq: number;
}

interface Origin {
  /** The census this origin last sent (its seq): reports numbered before it are older. */
  census: number;
  byParticipant: Map<string, Report>;
}

export class Presence {
  /** room code → origin → what it reported. */
  private readonly rooms = new Map<string, Map<string, Origin>>();

  private origin(code: string, origin: string): Origin {
    let byOrigin = this.rooms.get(code);
    if (!byOrigin) this.rooms.set(code, (byOrigin = new Map()));
    let o = byOrigin.get(origin);
    if (!o) byOrigin.set(origin, (o = { census: -1, byParticipant: new Map() }));
    return o;
  }

  /** `origin` holds `n` connections bound to participant `id` (report number `seq`). */
  report(room: Room, origin: string, id: string, n: number, seq: number, now: number): boolean {
    const o = this.origin(room.code, origin);
    const last = o.byParticipant.get(id);
    if (seq <= o.census || (last && seq <= last.seq)) return false;
    o.byParticipant.set(id, { n, seq });
    return this.recount(room, [id], now);
  }

  /** Everything `origin` holds in the room, as of its report number `seq`. */
  census(room: Room, origin: string, counts: [string, number][], seq: number, now: number): boolean {
    const o = this.origin(room.code, origin);
    if (seq <= o.census) return false;
    o.census = seq;
    const touched = new Set<string>();
    for (const [id, report] of o.byParticipant)
      if (report.seq < seq) {
        o.byParticipant.delete(id);
        touched.add(id);
      }
    for (const [id, n] of counts) {
      const last = o.byParticipant.get(id);
      if (last && last.seq > seq) continue;
      o.byParticipant.set(id, { n, seq });
      touched.add(id);
    }
    return this.recount(room, [...touched], now);
  }

  /** A process is gone: its connections no longer count. Returns the rooms that changed. */
  dropOrigin(origin: string, rooms: (code: string) => Room | undefined, now: number): Room[] {
    const changed: Room[] = [];
    for (const [code, byOrigin] of this.rooms) {
      const o = byOrigin.get(origin);
      if (!o) continue;
      byOrigin.delete(origin);
      const room = rooms(code);
      if (room && this.recount(room, [...o.byParticipant.keys()], now)) changed.push(room);
    }
    return changed;
  }

  /** The origins that hold connections to any of these rooms. */
  origins(): Set<string> {
    const all = new Set<string>();
    for (const byOrigin of this.rooms.values()) for (const origin of byOrigin.keys()) all.add(origin);
    return all;
  }

  /** Forget the rooms that `keep` says no longer run here. */
  prune(keep: (code: string) => boolean): void {
    for (const code of this.rooms.keys()) if (!keep(code)) this.rooms.delete(code);
  }

  /** The room left this process (or was loaded again): start counting afresh. */
  forget(code: string): void {
    this.rooms.delete(code);
  }

  private recount(room: Room, ids: string[], now: number): boolean {
    const byOrigin = this.rooms.get(room.code);
    let changed = false;
    for (const id of ids) {
      const p = room.participants.get(id);
      if (!p) continue;
      let total = 0;
      for (const o of byOrigin?.values() ?? []) total += o.byParticipant.get(id)?.n ?? 0;
      if (total === p.sockets) continue;
      if (total === 0) p.lastSeen = now;
      p.sockets = total;
      changed = true;
    }
    return changed;
  }
}
