/**
 * Per-address budgets that several server processes share through Redis (--redis): a client that
 * spreads its attempts over the processes — wrong codes, wrong secrets, bots joining, rooms created
 * — is limited as if it were connected to one. Which budgets are shared, and why the flood caps are
 * not: SHARED_BUDGETS in server/rate-limit.ts.
 *
 * The same token bucket as rate-limit.ts (a burst, then a rate), kept in a Redis hash per budget
 * and address — tokens and when they were counted — and changed by one Lua script, so two
 * processes taking the last token at once cannot both get it. The time is Redis's own (TIME), so
 * processes on machines whose clocks differ share one clock. A bucket expires once it would be
 * full again: an address that stops trying leaves nothing behind.
 */
import type { Redis } from 'ioredis';
import type { SharedBuckets } from '../context.ts';
import type { BucketRule, KeyedBudget, SharedBudgetName } from '../rate-limit.ts';

/**
 * ARGV 1 key, 2 burst, 3 tokens per second, 4 '1' to take a token ('0': only look).
 * Returns 1 when a token is (was) there. Looking writes nothing.
 */
const BUCKET = `
local key, burst, rate, take = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4] == '1'
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local saved = redis.call('HMGET', key, 'tokens', 'at')
local tokens, at = tonumber(saved[1]), tonumber(saved[2])
if tokens == nil or at == nil then tokens, at = burst, now end
tokens = math.min(burst, tokens + math.max(0, now - at) / 1000 * rate)
local ok = tokens >= 1
if take and ok then
  tokens = tokens - 1
  redis.call('HSET', key, 'tokens', tostring(tokens), 'at', now)
  local full = rate > 0 and math.ceil((burst - tokens) / rate * 1000) or 86400000
  redis.call('PEXPIRE', key, full + 1000)
end
if ok then return 1 end
return 0`;

type BucketCall = (key: string, burst: number, rate: number, take: '0' | '1') => Promise<number>;

/** Shared buckets under `prefix` (`P limit:NAME:ADDRESS`). */
export function redisBuckets(redis: Redis, prefix: string): SharedBuckets {
  redis.defineCommand('rapport_bucket', { numberOfKeys: 0, lua: BUCKET });
  const bucket = (redis as unknown as { rapport_bucket: BucketCall }).rapport_bucket.bind(redis);
  return (name: SharedBudgetName, rule: BucketRule): KeyedBudget => {
    const ask = async (address: string, take: '0' | '1') =>
      Number(await bucket(`${prefix}limit:${name}:${address}`, rule.burst, rule.perSecond, take)) === 1;
    return { take: (address) => ask(address, '1'), has: (address) => ask(address, '0') };
  };
}
