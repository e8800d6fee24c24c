/**
 * The live-room service's handlers, one per client event, after the message passed the
 * connection's and the address's message budgets, the plain-data guard and the schema. Each
 * checks its own budgets, then has the room's operation run where the room runs (ops.ts, through
 * the router: here, or with --redis the process that owns the room), which applies the room's
 * rules and writes the change to the store before it answers — so an acknowledged vote is kept.
 *
 * Budgets kept apart so one cannot be turned against another: a participant's failed joins
 * (per connection and per address) never block a facilitator, whose wrong secrets have their own
 * budget and whose right secret is never limited; a rejoin with a valid token is never refused
 * for others' failures nor counted as one (after a restart the rooms are back, so the phones'
 * automatic rejoins find them). New participants per address are paced, and a connection makes
 * at most one participant per room. Budgets belong to the process the client is connected to.
 */
import type * as v from 'valibot';
import type {
  CreateRoomSchema,
  HostCommandSchema,
  JoinSchema,
  VoteSchema,
} from '../src/core/live/protocol.ts';
import { Refusal, saved, type AddressBudgets, type LiveSocket, type OwnerEnv } from './context.ts';
import type { FacilitatorKeys } from './keys.ts';
import { TOO_MANY_CODES } from './ops.ts';
import { hashPassword, RoomError } from './people.ts';
import type { RoomRouter } from './router.ts';
import { CodeTaken, TooManyRooms } from './store/store.ts';
import type { StoryLibrary } from './stories.ts';

/** What every handler gets. */
export interface ServiceContext extends OwnerEnv {
  stories: StoryLibrary;
  keys: FacilitatorKeys;
  budgets: AddressBudgets;
  rooms: RoomRouter;
  /** Bind a connection to a participant of room `code` (counted where the room runs), unbinding any earlier one. */
  bind(socket: LiveSocket, code: string, participantId: string): void;
}

const needKey = () =>
  new Refusal(
    'key-required',
    'Running rooms on this server needs a facilitator key. Ask the person who runs the server for one.',
    'key-required',
  );

export async function createRoom(
  ctx: ServiceContext,
  socket: LiveSocket,
  msg: v.InferOutput<typeof CreateRoomSchema>,
) {
  const t = ctx.now();
  const addr = socket.data.address;
  if (!ctx.keys.allows(msg.key)) {
    await ctx.budgets.failedHost.take(addr, t);
    throw needKey();
  }
  if (!(await ctx.budgets.creates.take(addr, t)))
    throw new Refusal(
      'rate-limited',
      'Too many rooms created from this network. Wait a minute and try again.',
      'too-many-rooms-created',
    );
  const loaded = ctx.stories.load(msg.storyId);
  if (!loaded.ok) throw new Refusal('not-found', loaded.message, loaded.reason, loaded.params);
  const passwordHash = msg.password ? hashPassword(msg.password) : null;
  // With --redis another process may hold a code this one does not know: then draw another.
  for (let attempt = 1; ; attempt++) {
    const room = ctx.registry.create(loaded.story, loaded.title, t, { size: msg.size, passwordHash });
    try {
      await saved(
        ctx,
        ctx.store.createRoom(room.meta(), room.story, ctx.registry.maxRooms),
        `room ${room.code}`,
      );
    } catch (e) {
      ctx.registry.rooms.delete(room.code);
      if (e instanceof CodeTaken && attempt < 5) continue;
      if (e instanceof TooManyRooms) throw ctx.registry.tooMany();
      throw e;
    }
    void socket.join(`host:${room.code}`);
    ctx.log(`room ${room.code} created for “${loaded.title}” (${room.people.size} places)`);
    return { code: room.code, secret: room.secret, state: ctx.cast.hostState(room) };
  }
}

export async function join(ctx: ServiceContext, socket: LiveSocket, msg: v.InferOutput<typeof JoinSchema>) {
  const t = ctx.now();
  const d = socket.data;
  const { budgets } = ctx;
  if (!d.joins.take(t) || !(await budgets.joins.take(d.address, t)))
    throw new Refusal(
      'rate-limited',
      'Too many join attempts. Wait a few seconds and try again.',
      'too-many-joins',
    );
  const mayTryCode = d.failedJoins.has(t) && (await budgets.failedJoins.has(d.address, t));
  const fail = async () => {
    d.failedJoins.take(t);
    await budgets.failedJoins.take(d.address, t);
  };
  // Without a token this can only be a newcomer: no need to ask the room.
  if (!mayTryCode && !msg.token) throw new Refusal('rate-limited', TOO_MANY_CODES, 'too-many-codes');
  let outcome;
  try {
    outcome = await ctx.rooms.run(msg.code, 'join', {
      socket: socket.id,
      name: msg.name,
      token: msg.token,
      device: msg.device,
      password: msg.password,
      mayTryCode,
      alreadyJoined: d.joinedAs.includes(msg.code),
      mayBeNew: await budgets.newcomers.has(d.address, t),
    });
  } catch (e) {
    if ((e instanceof RoomError || e instanceof Refusal) && e.code === 'password') await fail();
    throw e;
  }
  if (!outcome) {
    if (!mayTryCode) throw new Refusal('rate-limited', TOO_MANY_CODES, 'too-many-codes');
    await fail();
    throw new Refusal(
      'not-found',
      'No room has that code. Check the code on the facilitator’s screen.',
      'no-room',
    );
  }
  const { rejoined, ...reply } = outcome;
  if (!rejoined) {
    await budgets.newcomers.take(d.address, t);
    d.joinedAs.push(msg.code);
  }
  ctx.bind(socket, msg.code, reply.you.id);
  return reply;
}

export async function vote(ctx: ServiceContext, socket: LiveSocket, msg: v.InferOutput<typeof VoteSchema>) {
  const t = ctx.now();
  if (!socket.data.votes.take(t) || !ctx.budgets.votes.take(socket.data.address, t))
    throw new Refusal(
      'rate-limited',
      'Too many votes in a short time. Wait a moment; your last vote counts.',
      'too-many-votes',
    );
  const { room, participant } = socket.data;
  const done =
    room && participant
      ? await ctx.rooms.run(room, 'vote', { participant, decision: msg.decision, choice: msg.choice })
      : null;
  if (!done) throw new Refusal('not-joined', 'Join a room before voting.', 'not-joined');
  return done;
}

export async function host(
  ctx: ServiceContext,
  socket: LiveSocket,
  msg: v.InferOutput<typeof HostCommandSchema>,
) {
  const t = ctx.now();
  const addr = socket.data.address;
  const refuse = async (error: Refusal): Promise<never> => {
    // Wrong secrets and keys spend the facilitators' budget, never the participants'.
    if (!(await ctx.budgets.failedHost.take(addr, t)))
      throw new Refusal(
        'rate-limited',
        'Too many attempts with a wrong room code or key. Wait a minute.',
        'too-many-wrong-keys',
      );
    throw error;
  };
  if (!ctx.keys.allows(msg.key)) await refuse(needKey());
  const done = await ctx.rooms.run(msg.code, 'host', { ...msg, socket: socket.id });
  if (!done || 'forbidden' in done)
    return refuse(
      new Refusal(
        'forbidden',
        'This room does not exist any more, or this browser does not hold its facilitator key.',
        'forbidden',
      ),
    );
  return done.reply;
}
