/**
 * The facilitator's commands, once the service has checked the room's secret: reveal, advance
 * (majority or another choice), the discussion timer, locking the room, removing a participant,
 * ending, exporting. Each returns the reply for the facilitator and tells the room what changed.
 */
import type { Server } from 'socket.io';
import type { HostCommand } from '../src/core/live/protocol.ts';
import type { Broadcaster } from './broadcast.ts';
import { exportVotes } from './export.ts';
import type { Room } from './room.ts';
import type { RoomRegistry } from './rooms.ts';

export interface HostContext {
  cast: Broadcaster;
  io: Server;
  registry: RoomRegistry;
  now: number;
  log: (line: string) => void;
}

export function handleHostCommand(room: Room, cmd: HostCommand, ctx: HostContext): object {
  const { cast, io, now } = ctx;
  switch (cmd.type) {
    case 'resume':
      return { state: cast.hostState(room) };
    case 'reveal':
      room.reveal(cmd.decision);
      break;
    case 'advance': {
      const record = room.advance(cmd.decision, cmd.choice);
      if (room.phase === 'ended') ctx.log(`room ${room.code} reached an ending`);
      cast.roomChanged(room);
      return { state: cast.hostState(room), record };
    }
    case 'timer':
      room.setTimer(cmd.seconds, now);
      break;
    case 'lock':
      room.locked = cmd.locked;
      break;
    case 'remove': {
      const p = room.remove(cmd.participant);
      const channel = `p:${room.code}:${p.id}`;
      io.to(channel).emit('removed', { message: 'The facilitator removed you from this room.' });
      io.in(channel).disconnectSockets(true);
      break;
    }
    case 'end':
      room.end();
      ctx.log(`room ${room.code} ended by the facilitator`);
      break;
    case 'export':
      return exportVotes(room, cmd.format, now);
  }
  cast.roomChanged(room);
  return { state: cast.hostState(room) };
}
