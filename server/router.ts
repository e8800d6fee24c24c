/**
 * Where a room's operations run. One process (the default): here, on the registry's rooms
 * (`LocalRouter`). Several processes sharing Redis (--redis): in the process that owns the room,
 * wherever the client is connected (`ClusterRouter`, server/cluster/router.ts). The handlers
 * (handlers.ts) see only this interface, so the rules and the replies are the same either way.
 */
import type { OwnerEnv } from './context.ts';
import { runOp, type HostInput, type OpInput, type OpName, type OpOutput } from './ops.ts';
import { Room } from './room.ts';
import { secretMatches } from './rooms.ts';

export interface RoomRouter {
  /** This process, as the origin of the connections it holds. */
  readonly origin: string;
  /** Run `op` where room `code` runs; null when no room has that code. */
  run<K extends OpName>(code: string, op: K, input: OpInput<K>): Promise<OpOutput<K> | null>;
  /** Bring back the rooms the store kept (before the server takes connections); how many. */
  start(): Promise<number>;
  /** The server is stopping (with --redis: the other processes take its rooms over). */
  close(): Promise<void>;
}

export const LOCAL = 'local';

/** Every room runs in this process. */
export class LocalRouter implements RoomRouter {
  readonly origin = LOCAL;

  constructor(
    private readonly env: OwnerEnv,
    private readonly endedIdleMs: number,
  ) {}

  // Not `async` up to the operation: a room found here is changed in the same turn as the call.
  run<K extends OpName>(code: string, op: K, input: OpInput<K>): Promise<OpOutput<K> | null> {
    const room = this.env.registry.find(code);
    if (room)
      try {
        return Promise.resolve(runOp(this.env, room, op, input, LOCAL));
      } catch (e) {
        return Promise.reject(e as Error);
      }
    if (op !== 'host') return Promise.resolve(null);
    return this.endedRoom(code, (input as HostInput).secret).then((ended) =>
      ended ? runOp(this.env, ended, op, input, LOCAL) : null,
    );
  }

  /** An ended room the registry no longer holds, back from the store for its facilitator (export). */
  private async endedRoom(code: string, secret: string): Promise<Room | null> {
    const stored = await this.env.store.load(code).catch(() => null);
    if (!stored || stored.meta.endedAt === null || !secretMatches(stored.meta.secret, secret)) return null;
    const room = Room.restore(stored, this.env.now());
    this.env.registry.add(room);
    return room;
  }

  async start(): Promise<number> {
    const { store, registry, log } = this.env;
    const t = this.env.now();
    let resumed = 0;
    for (const stored of await store.loadAll()) {
      const ended = stored.meta.endedAt;
      if (ended !== null && t - Math.max(ended, stored.meta.lastActivity) >= this.endedIdleMs) continue;
      try {
        registry.add(Room.restore(stored, t));
        resumed++;
      } catch (e) {
        log(`room ${stored.meta.code} could not be resumed: ${e instanceof Error ? e.message : e}`);
      }
    }
    return resumed;
  }

  async close(): Promise<void> {}
}
