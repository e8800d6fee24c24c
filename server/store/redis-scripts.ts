/**
 * The Lua scripts of the Redis room store (redis.ts). Each runs atomically in Redis: a write is
 * all kept or not at all, and no other client's command runs in between.
 *
 * Every write is fenced: it is refused (error NOTOWNER) unless the room's `owner` field names the
 * writing process. A process that lost a room (it was taken over while it stalled, or its Redis
 * connection dropped) can therefore never overwrite what the new owner wrote.
 *
 * A process is alive while its liveness key (`proc:ID`, a short TTL it renews every second)
 * exists and its inbox channel has a subscriber: a killed process's connection closes at once, so
 * Redis sees it gone at once; a frozen one loses its key within the TTL.
 *
 * Keys (P is the prefix, `rapport:live:` by default): `P room:CODE` hash (meta, story, owner,
 * ended), `P people:CODE` hash id → participant, `P order:CODE` zset (join order), `P banned:CODE`
 * set of devices, `P votes:CODE` hash `decision:participant` → choice, `P log:CODE` hash seq → vote
 * record, `P story:HASH` the compiled story, `P stories` set of hashes, `P running` set of codes,
 * `P ended` zset code → ended at, `P proc:ID` liveness, channel `P inbox:ID`.
 */

/** ARGV[1] prefix, ARGV[2] code, ARGV[3] the writing process. */
const HEAD = `
local P, code, me = ARGV[1], ARGV[2], ARGV[3]
local room = P .. 'room:' .. code
`;
const FENCE = `
if redis.call('HGET', room, 'owner') ~= me then return redis.error_reply('NOTOWNER ' .. code) end
`;
const ALIVE = `
local seen = {}
local function alive(id)
  if seen[id] == nil then
    seen[id] = redis.call('EXISTS', P .. 'proc:' .. id) == 1
      and redis.call('PUBSUB', 'NUMSUB', P .. 'inbox:' .. id)[2] > 0
  end
  return seen[id]
end
`;

export const SCRIPTS = {
  /**
   * ARGV 4 meta, 5 story hash, 6 story JSON, 7 ended at or '', 8 the most running rooms or ''.
   * 0 if the code is taken, -1 if the processes already run that many rooms together.
   */
  create: `${HEAD}
if redis.call('EXISTS', room) == 1 then return 0 end
if ARGV[8] ~= '' and ARGV[7] == '' and redis.call('SCARD', P .. 'running') >= tonumber(ARGV[8]) then return -1 end
redis.call('SET', P .. 'story:' .. ARGV[5], ARGV[6], 'NX')
redis.call('SADD', P .. 'stories', ARGV[5])
redis.call('HSET', room, 'meta', ARGV[4], 'story', ARGV[5], 'owner', me)
if ARGV[7] == '' then redis.call('SADD', P .. 'running', code)
else redis.call('HSET', room, 'ended', ARGV[7]); redis.call('ZADD', P .. 'ended', ARGV[7], code) end
return 1`,

  /** ARGV 4 meta, 5 ended at or ''. */
  saveRoom: `${HEAD}${FENCE}
redis.call('HSET', room, 'meta', ARGV[4])
if ARGV[5] ~= '' then
  redis.call('HSET', room, 'ended', ARGV[5])
  redis.call('SREM', P .. 'running', code)
  redis.call('ZADD', P .. 'ended', ARGV[5], code)
end
return 1`,

  /** ARGV 4 participant id, 5 participant JSON. Keeps the order people joined in. */
  saveParticipant: `${HEAD}${FENCE}
redis.call('HSET', P .. 'people:' .. code, ARGV[4], ARGV[5])
local order = P .. 'order:' .. code
if not redis.call('ZSCORE', order, ARGV[4]) then
  redis.call('ZADD', order, redis.call('ZCARD', order), ARGV[4])
end
return 1`,

  /** ARGV 4 id, 5 JSON, 6 the vote field to clear, 7 device or ''. */
  removeParticipant: `${HEAD}${FENCE}
redis.call('HSET', P .. 'people:' .. code, ARGV[4], ARGV[5])
redis.call('HDEL', P .. 'votes:' .. code, ARGV[6])
if ARGV[7] ~= '' then redis.call('SADD', P .. 'banned:' .. code, ARGV[7]) end
return 1`,

  /** One vote: ARGV 4 field, 5 choice, 6 seq, 7 record JSON, 8 the seq dropped from the log or ''. */
  saveVote: `${HEAD}${FENCE}
redis.call('HSET', P .. 'votes:' .. code, ARGV[4], ARGV[5])
local log = P .. 'log:' .. code
if ARGV[8] ~= '' then redis.call('HDEL', log, ARGV[8]) end
redis.call('HSET', log, ARGV[6], ARGV[7])
return 1`,

  /** Everything kept of a room, read at one instant; nil if there is no such room. */
  load: `${HEAD}
local meta = redis.call('HGET', room, 'meta')
if not meta then return nil end
local hash = redis.call('HGET', room, 'story')
return {
  meta, hash, redis.call('GET', P .. 'story:' .. hash),
  redis.call('HGETALL', P .. 'people:' .. code),
  redis.call('ZRANGE', P .. 'order:' .. code, 0, -1),
  redis.call('SMEMBERS', P .. 'banned:' .. code),
  redis.call('HGETALL', P .. 'votes:' .. code),
  redis.call('HGETALL', P .. 'log:' .. code),
}`,

  /**
   * Who runs the room: its owner if that process is alive; otherwise `me` takes it (an owner
   * that is gone, or none). nil if there is no such room.
   */
  claim: `${HEAD}${ALIVE}
if redis.call('EXISTS', room) == 0 then return nil end
local owner = redis.call('HGET', room, 'owner')
if owner == me then return me end
if owner and owner ~= '' and alive(owner) then return owner end
redis.call('HSET', room, 'owner', me)
return me`,

  /**
   * Every second: renew `me`'s liveness (ARGV 3 TTL ms); take every running room whose owner is
   * gone; say which of `me`'s rooms (ARGV 5…4+n, n = ARGV 4) it no longer owns and which of the
   * other processes named (the rest) are gone. Returns { taken, lost, gone }.
   */
  heartbeat: `
local P, me = ARGV[1], ARGV[2]
${ALIVE}
redis.call('SET', P .. 'proc:' .. me, '1', 'PX', ARGV[3])
local taken, lost, gone = {}, {}, {}
for _, code in ipairs(redis.call('SMEMBERS', P .. 'running')) do
  local room = P .. 'room:' .. code
  local owner = redis.call('HGET', room, 'owner')
  if owner ~= me and (not owner or owner == '' or not alive(owner)) then
    redis.call('HSET', room, 'owner', me)
    taken[#taken + 1] = code
  end
end
local n = tonumber(ARGV[4])
for i = 5, 4 + n do
  if redis.call('HGET', P .. 'room:' .. ARGV[i], 'owner') ~= me then lost[#lost + 1] = ARGV[i] end
end
for i = 5 + n, #ARGV do
  if not alive(ARGV[i]) then gone[#gone + 1] = ARGV[i] end
end
return { taken, lost, gone }`,

  /** Let go of rooms (a process stopping): ARGV 2 me, the rest codes. */
  release: `
local P, me = ARGV[1], ARGV[2]
for i = 3, #ARGV do
  local room = P .. 'room:' .. ARGV[i]
  if redis.call('HGET', room, 'owner') == me then redis.call('HDEL', room, 'owner') end
end
redis.call('DEL', P .. 'proc:' .. me)
return 1`,

  /** Forget rooms that ended before ARGV 2, and the stories no room runs any more. */
  forget: `
local P = ARGV[1]
local codes = redis.call('ZRANGEBYSCORE', P .. 'ended', '-inf', '(' .. ARGV[2])
for _, code in ipairs(codes) do
  redis.call('DEL', P .. 'room:' .. code, P .. 'people:' .. code, P .. 'order:' .. code,
    P .. 'banned:' .. code, P .. 'votes:' .. code, P .. 'log:' .. code)
  redis.call('ZREM', P .. 'ended', code)
end
if #codes > 0 then
  local used = {}
  for _, code in ipairs(redis.call('SMEMBERS', P .. 'running')) do
    used[redis.call('HGET', P .. 'room:' .. code, 'story') or ''] = true
  end
  for _, code in ipairs(redis.call('ZRANGE', P .. 'ended', 0, -1)) do
    used[redis.call('HGET', P .. 'room:' .. code, 'story') or ''] = true
  end
  for _, hash in ipairs(redis.call('SMEMBERS', P .. 'stories')) do
    if not used[hash] then
      redis.call('DEL', P .. 'story:' .. hash)
      redis.call('SREM', P .. 'stories', hash)
    end
  end
end
return #codes`,
} as const;

export type ScriptName = keyof typeof SCRIPTS;
