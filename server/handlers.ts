/**
 * The live-room service's handlers, one per client event, after the message passed the
 * connection's and the address's message budgets, the plain-data guard and the schema. Each
 * checks its own budgets, applies the room's rules, writes the change to the store and only then
 * replies (so an acknowledged vote is kept).
 *
 * Budgets kept apart so one cannot be turned against another: a participant's failed joins
 * (per connection and per address) never block a facilitator, whose wrong secrets have their own
 * budget and whose right secret is never limited; a rejoin with a valid token is never refused
 * for others' failures nor counted as one (after a restart the rooms are back, so the phones'
 * automatic rejoins find them). New participants per address are paced, and a connection makes
 * at most one participant per room.
 */
import type * as v from 'valibot';
import type {
  CreateRoomSchema,
  HostCommandSchema,
  JoinSchema,
  VoteSchema,
} from '../src/core/live/protocol.ts';
import { Refusal, saved, type LiveSocket, type ServiceContext } from './context.ts';
import { handleHostCommand } from './host.ts';
import { hashPassword, RoomError } from './people.ts';
import { Room } from './room.ts';
import { roomState } from './room-view.ts';

const needKey = () =>
  new Refusal(
    'key-required',
    'Running rooms on this server needs a facilitator key. Ask the person who runs the server for one.',
  );

export function createRoom(
  ctx: ServiceContext,
  socket: LiveSocket,
  msg: v.InferOutput<typeof CreateRoomSchema>,
) {
  const t = ctx.now();
  const addr = socket.data.address;
  if (!ctx.keys.allows(msg.key)) {
    ctx.budgets.failedHost.take(addr, t);
    throw needKey();
  }
  if (!ctx.budgets.creates.take(addr, t))
    throw new Refusal(
      'rate-limited',
      'Too many rooms created from this network. Wait a minute and try again.',
    );
  const loaded = ctx.stories.load(msg.storyId);
  if (!loaded.ok) throw new Refusal('not-found', loaded.message);
  const room = ctx.registry.create(loaded.story, loaded.title, t, {
    size: msg.size,
    passwordHash: msg.password ? hashPassword(msg.password) : null,
  });
  return saved(ctx, ctx.store.createRoom(room.meta(), room.story), `room ${room.code}`).then(
    () => {
      void socket.join(`host:${room.code}`);
      ctx.log(`room ${room.code} created for “${loaded.title}” (${room.people.size} places)`);
      return { code: room.code, secret: room.secret, state: ctx.cast.hostState(room) };
    },
    (e: unknown) => {
      ctx.registry.rooms.delete(room.code);
      throw e;
    },
  );
}

export async function join(ctx: ServiceContext, socket: LiveSocket, msg: v.InferOutput<typeof JoinSchema>) {
  const t = ctx.now();
  const d = socket.data;
  const { budgets } = ctx;
  if (!d.joins.take(t) || !budgets.joins.take(d.address, t))
    throw new Refusal('rate-limited', 'Too many join attempts. Wait a few seconds and try again.');
  const room = ctx.registry.find(msg.code);
  const rejoin = !!(room && msg.token && room.hasToken(msg.token));
  const fail = () => {
    d.failedJoins.take(t);
    budgets.failedJoins.take(d.address, t);
  };
  if (!rejoin) {
    // Guessing codes stops here: after too many attempts that found nothing, no code is tried.
    if (!d.failedJoins.has(t) || !budgets.failedJoins.has(d.address, t))
      throw new Refusal(
        'rate-limited',
        'Too many attempts with codes that found no room. Wait a minute, then check the code on the screen.',
      );
    if (!room) {
      fail();
      throw new Refusal('not-found', 'No room has that code. Check the code on the facilitator’s screen.');
    }
    if (d.joinedAs.includes(room.code))
      throw new Refusal('invalid', 'This connection has already joined the room. Reload the page to rejoin.');
    if (!budgets.newcomers.has(d.address, t))
      throw new Refusal(
        'rate-limited',
        'Many people just joined from this network. Wait a few seconds and try again.',
      );
  }
  let joined;
  try {
    joined = room!.join({ name: msg.name, token: msg.token, device: msg.device, password: msg.password }, t);
  } catch (e) {
    if (e instanceof RoomError && e.code === 'password') fail();
    throw e;
  }
  const { participant, rejoined } = joined;
  if (!rejoined) {
    budgets.newcomers.take(d.address, t);
    d.joinedAs.push(room!.code);
    await saved(ctx, ctx.store.saveParticipant(room!.code, participant), 'a participant');
  }
  room!.touch(t);
  ctx.bind(socket, room!, participant.id);
  return {
    you: { id: participant.id, name: participant.name, token: participant.token },
    vote: room!.voteOf(participant.id),
    state: roomState(room!, t),
  };
}

export async function vote(ctx: ServiceContext, socket: LiveSocket, msg: v.InferOutput<typeof VoteSchema>) {
  const t = ctx.now();
  if (!socket.data.votes.take(t) || !ctx.budgets.votes.take(socket.data.address, t))
    throw new Refusal(
      'rate-limited',
      'Too many votes in a short time. Wait a moment; your last vote counts.',
    );
  const room = socket.data.room ? ctx.registry.find(socket.data.room) : undefined;
  if (!room || !socket.data.participant) throw new Refusal('not-joined', 'Join a room before voting.');
  const change = room.vote(socket.data.participant, msg.decision, msg.choice, t);
  room.touch(t);
  await saved(ctx, ctx.store.saveVote(room.code, change.vote, change.record, change.dropped), 'a vote');
  ctx.cast.voted(room);
  return { vote: msg.choice, decision: msg.decision };
}

/** The room if `secret` is its facilitator secret — an ended room comes back from the store. */
async function authorize(ctx: ServiceContext, code: string, secret: string): Promise<Room | undefined> {
  const room = ctx.registry.authorize(code, secret);
  if (room || ctx.registry.find(code)) return room;
  const stored = await ctx.store.load(code).catch(() => null);
  if (!stored || stored.meta.secret !== secret || stored.meta.endedAt === null) return undefined;
  const restored = Room.restore(stored, ctx.now());
  ctx.registry.add(restored);
  return restored;
}

export async function host(
  ctx: ServiceContext,
  socket: LiveSocket,
  msg: v.InferOutput<typeof HostCommandSchema>,
) {
  const t = ctx.now();
  const addr = socket.data.address;
  const refuse = (error: Refusal) => {
    // Wrong secrets and keys spend the facilitators' budget, never the participants'.
    if (!ctx.budgets.failedHost.take(addr, t))
      throw new Refusal('rate-limited', 'Too many attempts with a wrong room code or key. Wait a minute.');
    throw error;
  };
  if (!ctx.keys.allows(msg.key)) refuse(needKey());
  const room = await authorize(ctx, msg.code, msg.secret);
  if (!room)
    return refuse(
      new Refusal(
        'forbidden',
        'This room does not exist any more, or this browser does not hold its facilitator key.',
      ),
    );
  room.touch(t);
  void socket.join(`host:${room.code}`);
  return handleHostCommand(room, msg, ctx, t);
}
