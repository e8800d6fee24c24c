/**
 * What the live-room service does with each connection: its address (through trusted proxies),
 * its data and budgets (made again for one socket.io recovered from another process), the cap of
 * open connections per address, a recovered connection bound again to its participant — or told
 * it was removed — and every message through, in order: the connection's and the address's
 * message budgets, known events with one payload, the plain-data guard (guard.ts), the schema,
 * then the event's handler (handlers.ts) and its acknowledgement. A connection that keeps sending
 * refused messages is closed.
 */
import type { Server } from 'socket.io';
import {
  CLIENT_EVENTS,
  CreateRoomSchema,
  HostCommandSchema,
  JoinSchema,
  StoriesSchema,
  VoteSchema,
  fieldReason,
  validate,
  type ErrorCode,
  type LiveParams,
  type LiveReason,
} from '../src/core/live/protocol.ts';
import type { TrustedProxies } from './address.ts';
import type { Bindings } from './bindings.ts';
import { newSocketData, recoveredSocketData, Refusal, toLiveError, type LiveSocket } from './context.ts';
import { plainDataProblem } from './guard.ts';
import { createRoom, host, join, vote, type ServiceContext } from './handlers.ts';
import { REMOVED } from './host.ts';
import type { RateLimits } from './rate-limit.ts';
import { RoomError } from './room.ts';

export interface ConnectionDeps {
  ctx: ServiceContext;
  limits: RateLimits;
  proxies: TrustedProxies;
  /** Which connection is which participant, here. */
  bound: Bindings;
}

export function serveConnections(io: Server, { ctx, limits, proxies, bound }: ConnectionDeps): void {
  const { budgets, cast, now, log } = ctx;
  type Handler = (s: LiveSocket, m: unknown) => object | Promise<object>;
  const handlers: Record<(typeof CLIENT_EVENTS)[number], Handler> = {
    stories: () => ({ stories: ctx.stories.list() }),
    create: (s, m) => createRoom(ctx, s, m as never),
    join: (s, m) => join(ctx, s, m as never),
    vote: (s, m) => vote(ctx, s, m as never),
    host: (s, m) => host(ctx, s, m as never),
  };
  const schemas = {
    stories: StoriesSchema,
    create: CreateRoomSchema,
    join: JoinSchema,
    vote: VoteSchema,
    host: HostCommandSchema,
  };

  io.on('connection', (raw) => {
    const socket = raw as LiveSocket;
    if (!socket.recovered) {
      const forwarded = socket.handshake.headers['x-forwarded-for'];
      const address = proxies.clientAddress(socket.handshake.address, forwarded);
      socket.data = newSocketData(address, limits, now());
    } else socket.data = recoveredSocketData(socket.data, limits, now());
    const addr = socket.data.address;
    const open = (budgets.connections.get(addr) ?? 0) + 1;
    budgets.connections.set(addr, open);
    socket.on('disconnect', () => {
      const left = (budgets.connections.get(addr) ?? 1) - 1;
      if (left <= 0) budgets.connections.delete(addr);
      else budgets.connections.set(addr, left);
      bound.closed(socket);
    });
    if (open > limits.addressConnections) {
      socket.disconnect(true);
      return;
    }
    // A recovered socket keeps its data and rooms: count it as connected again — unless it was
    // removed (or its room closed) while it was away: then it is told and closed.
    const { room: code, participant } = socket.data;
    if (socket.recovered && code && participant) {
      socket.data.room = undefined;
      socket.data.participant = undefined;
      void bound.bind(socket, code, participant).then((standing) => {
        if (standing === 'ok') return;
        // The room could not be asked (--redis: its process is gone): a fresh connection rejoins.
        if (standing === null) return void socket.disconnect(true);
        bound.unbind(socket);
        for (const channel of socket.rooms) if (channel !== socket.id) void socket.leave(channel);
        if (standing === 'removed') {
          io.to(socket.id).emit('removed', REMOVED);
          socket.disconnect(true);
        }
      });
    }

    const refuse = (
      ack: ((r: unknown) => void) | null,
      code: ErrorCode,
      message: string,
      reason: LiveReason = 'bad-message',
      params?: LiveParams,
    ) => {
      ack?.({ ok: false, error: { code, message, reason, ...(params && { params }) } });
      if (++socket.data.violations >= limits.violationsBeforeDisconnect) socket.disconnect(true);
    };

    socket.onAny(async (event: string, ...args: unknown[]) => {
      const ack = typeof args.at(-1) === 'function' ? (args.pop() as (r: unknown) => void) : null;
      const t = now();
      if (!socket.data.messages.take(t) || !budgets.messages.take(socket.data.address, t))
        return refuse(ack, 'rate-limited', 'Too many messages. Slow down.', 'too-many-messages');
      if (!(CLIENT_EVENTS as readonly string[]).includes(event))
        return refuse(ack, 'bad-message', `Unknown message “${String(event).slice(0, 40)}”.`);
      if (args.length > 1) return refuse(ack, 'bad-message', 'A message carries one payload.');
      const name = event as keyof typeof handlers;
      const problem = plainDataProblem(args[0]);
      if (problem) return refuse(ack, 'bad-message', `Refused: ${problem}.`);
      const checked = validate(schemas[name], args[0]);
      if (!checked.ok) {
        const { reason, params } = fieldReason(checked.where);
        return refuse(ack, 'bad-message', `Refused ${name} message: ${checked.message}`, reason, params);
      }
      try {
        const reply = await handlers[name](socket, checked.value);
        // A vote is acknowledged after the facilitator's tally that counts it (broadcast.ts).
        if (name === 'vote') {
          if (ack) cast.afterTally(() => ack({ ok: true, ...reply }));
        } else ack?.({ ok: true, ...reply });
      } catch (e) {
        if (!(e instanceof Refusal || e instanceof RoomError))
          log(`error in ${name}: ${e instanceof Error ? e.stack : e}`);
        const error = toLiveError(e);
        refuse(ack, error.code, error.message, error.reason, error.params);
      }
    });
  });
}
