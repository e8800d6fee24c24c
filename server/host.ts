/**
 * The facilitator's commands, once the service has checked the room's secret: reveal, advance
 * (majority or another choice), the discussion timer, locking the room, removing a participant,
 * ending, exporting. Each is written to the store before the facilitator's reply, then the room
 * is told what changed.
 *
 * Removing a participant bans their token and their device from the room and closes every
 * connection of theirs (one that socket.io's recovery brings back later is closed then: see
 * service.ts).
 */
import type { HostCommand, LiveNotice } from '../src/core/live/protocol.ts';
import { saved, type OwnerEnv } from './context.ts';
import { exportVotes } from './export.ts';
import type { Room } from './room.ts';

/** What a removed participant is told (each page words `reason` in its own language). */
export const REMOVED: LiveNotice = {
  message: 'The facilitator removed you from this room.',
  reason: 'removed',
};

export async function handleHostCommand(
  room: Room,
  cmd: HostCommand,
  ctx: OwnerEnv,
  now: number,
): Promise<object> {
  const { cast, io } = ctx;
  const saveRoom = () => saved(ctx, ctx.store.saveRoom(room.meta()), `room ${room.code}`);
  switch (cmd.type) {
    case 'resume':
      return { state: cast.hostState(room) };
    case 'export':
      return exportVotes(room, cmd.format, now);
    case 'reveal':
      room.reveal(cmd.decision);
      break;
    case 'advance': {
      const record = room.advance(cmd.decision, cmd.choice, now);
      await saveRoom();
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
      const { sockets: _open, ...stored } = p;
      await saved(ctx, ctx.store.removeParticipant(room.code, stored, room.decision), 'a removal');
      const channel = `p:${room.code}:${p.id}`;
      io.to(channel).emit('removed', REMOVED);
      io.in(channel).disconnectSockets(true);
      cast.participantsChanged(room);
      return { state: cast.hostState(room) };
    }
    case 'end':
      room.end(now);
      ctx.log(`room ${room.code} ended by the facilitator`);
      break;
  }
  await saveRoom();
  cast.roomChanged(room);
  return { state: cast.hostState(room) };
}
