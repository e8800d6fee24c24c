/**
 * Token buckets for the live-room server: per connection and per network address.
 *
 * A bucket holds up to `burst` tokens and refills at `perSecond`; each message takes one. The
 * clock is injected so tests can move time. Buckets keyed by address are dropped once full again
 * and idle, so a stream of distinct addresses cannot grow memory without bound.
 */

export interface BucketRule {
  burst: number;
  perSecond: number;
}

export class Bucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rule: BucketRule,
    now: number,
  ) {
    this.tokens = rule.burst;
    this.last = now;
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.last) / 1000;
    this.tokens = Math.min(this.rule.burst, this.tokens + elapsed * this.rule.perSecond);
    this.last = now;
  }

  /** Take one token if there is one. */
  take(now: number): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whether a token is available, without taking it. */
  has(now: number): boolean {
    this.refill(now);
    return this.tokens >= 1;
  }

  /** Full and so indistinguishable from a new bucket: safe to forget. */
  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.rule.burst;
  }
}

/**
 * A budget per key (an address): this process's buckets (BucketMap), or buckets several processes
 * share (server/cluster/budgets.ts, --redis), whose answers come back from Redis.
 */
export interface KeyedBudget {
  /** Take one token for `key` if there is one. */
  take(key: string, now: number): boolean | Promise<boolean>;
  /** Whether `key` has a token, without taking it. */
  has(key: string, now: number): boolean | Promise<boolean>;
}

/** Buckets keyed by a string (an address), created on first use. */
export class BucketMap implements KeyedBudget {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: BucketRule,
    private readonly maxKeys = 100_000,
  ) {}

  get(key: string, now: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.sweep(now);
      bucket = new Bucket(this.rule, now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  take(key: string, now: number): boolean {
    return this.get(key, now).take(now);
  }

  has(key: string, now: number): boolean {
    return this.get(key, now).has(now);
  }

  /** Forget every bucket that has refilled completely. */
  sweep(now: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}

/**
 * The per-address budgets that several processes share with --redis: those that protect the rooms
 * (guessing codes, wrong secrets, filling a room with bots, creating rooms, join attempts). The
 * flood caps — all messages, votes and open connections per address — bound the work of the
 * process a client is connected to, so they stay with it (and a Redis round trip per vote would
 * cost more than the vote).
 */
export const SHARED_BUDGETS = ['joins', 'newcomers', 'failedJoins', 'failedHost', 'creates'] as const;
export type SharedBudgetName = (typeof SHARED_BUDGETS)[number];

export interface RateLimits {
  /** Any message on one connection. */
  connectionMessages: BucketRule;
  /** Join attempts on one connection. */
  connectionJoins: BucketRule;
  /** Failed join attempts (a code that finds no room, a wrong room password) on one connection. */
  connectionFailedJoins: BucketRule;
  /** Votes on one connection. */
  connectionVotes: BucketRule;
  /** Any message from one address, across all its connections. */
  addressMessages: BucketRule;
  /** Join attempts from one address (every participant behind one NAT shares it). */
  addressJoins: BucketRule;
  /** New participants (not rejoins) from one address: bots fill a room no faster than people. */
  addressNewcomers: BucketRule;
  /**
   * Failed join attempts from one address: guessing codes stops here. Participants' failures
   * only; a rejoin with a valid token is never refused or counted.
   */
  addressFailedJoins: BucketRule;
  /** Facilitator commands with a wrong secret or key from one address (a valid one is never limited). */
  addressFailedHost: BucketRule;
  /** Votes from one address. */
  addressVotes: BucketRule;
  /** Rooms created from one address. */
  addressCreates: BucketRule;
  /** Open connections from one address. */
  addressConnections: number;
  /** Rejected messages after which a connection is closed. */
  violationsBeforeDisconnect: number;
}

export const DEFAULT_LIMITS: RateLimits = {
  connectionMessages: { burst: 40, perSecond: 10 },
  connectionJoins: { burst: 5, perSecond: 0.2 },
  connectionFailedJoins: { burst: 5, perSecond: 0.1 },
  connectionVotes: { burst: 8, perSecond: 2 },
  addressMessages: { burst: 4000, perSecond: 400 },
  addressJoins: { burst: 1500, perSecond: 50 },
  addressNewcomers: { burst: 100, perSecond: 2 },
  addressFailedJoins: { burst: 20, perSecond: 0.2 },
  addressFailedHost: { burst: 20, perSecond: 0.2 },
  addressVotes: { burst: 3000, perSecond: 500 },
  addressCreates: { burst: 10, perSecond: 1 / 60 },
  addressConnections: 1500,
  violationsBeforeDisconnect: 100,
};
