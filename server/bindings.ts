/**
 * Which of this process's connections are bound to which participant, and the reports of it to
 * where each room runs (presence.ts, through the router): an absolute count per participant, with
 * a number that grows with every report, so that reports crossing processes (--redis) in any
 * order, or after a census, never count a connection twice.
 *
 * A connection joins its room's channels where the room runs (ops.ts), in order with the room's
 * broadcasts; here it only leaves them, when it binds to someone else or is unbound.
 */
import type { LiveSocket } from './context.ts';
import type { RoomRouter } from './router.ts';

export type Standing = 'ok' | 'removed' | 'gone';

export class Bindings {
  /** room code → participant id → connection ids. */
  private readonly byRoom = new Map<string, Map<string, Set<string>>>();
  private seq = 0;

  constructor(
    private readonly rooms: RoomRouter,
    private readonly log: (line: string) => void,
  ) {}

  /**
   * Bind `socket` to participant `id` of room `code`, unbinding any earlier participant. Resolves
   * with the participant's standing where the room runs ('gone': no such room or participant;
   * null: the room could not be asked).
   */
  bind(socket: LiveSocket, code: string, id: string): Promise<Standing | null> {
    const d = socket.data;
    if (d.room === code && d.participant === id) return Promise.resolve('ok');
    this.unbind(socket, code);
    if (!socket.connected) return Promise.resolve(null);
    d.room = code;
    d.participant = id;
    let people = this.byRoom.get(code);
    if (!people) this.byRoom.set(code, (people = new Map()));
    let sockets = people.get(id);
    if (!sockets) people.set(id, (sockets = new Set()));
    sockets.add(socket.id);
    return this.report(code, id);
  }

  /** Unbind `socket` from its participant and leave the channels (but `keepRoom`'s room channel). */
  unbind(socket: LiveSocket, keepRoom?: string): void {
    const d = socket.data;
    const { room, participant } = d;
    if (!room || !participant) return;
    if (room !== keepRoom) void socket.leave(`room:${room}`);
    void socket.leave(`p:${room}:${participant}`);
    this.closed(socket);
    d.room = undefined;
    d.participant = undefined;
  }

  /**
   * The connection closed: it no longer counts. Its data keeps the binding: socket.io's recovery
   * may bring the connection back with it (see service.ts).
   */
  closed(socket: LiveSocket): void {
    const { room, participant } = socket.data;
    if (!room || !participant) return;
    const people = this.byRoom.get(room);
    const sockets = people?.get(participant);
    if (!people || !sockets?.delete(socket.id)) return;
    if (sockets.size === 0) people.delete(participant);
    if (people.size === 0) this.byRoom.delete(room);
    void this.report(room, participant);
  }

  private report(code: string, id: string): Promise<Standing | null> {
    const n = this.byRoom.get(code)?.get(id)?.size ?? 0;
    return this.rooms.run(code, 'presence', { participant: id, n, seq: ++this.seq }).then(
      (standing) => standing ?? 'gone',
      (e: unknown) => {
        this.log(`presence in room ${code} not reported: ${e instanceof Error ? e.message : e}`);
        return null;
      },
    );
  }

  /** Every participant of room `code` with connections here, and the report number it stands for. */
  census(code: string): { counts: [string, number][]; seq: number } {
    const counts: [string, number][] = [];
    for (const [id, sockets] of this.byRoom.get(code) ?? []) counts.push([id, sockets.size]);
    return { counts, seq: ++this.seq };
  }
}
