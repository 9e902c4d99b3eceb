import { Injectable } from '@nestjs/common';
import { InjectConfig, InjectRedis, type AppConfig } from '@nextstep/platform';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';

type CounterRedis = Redis & { nextstepWindowHit(key: string, windowMs: number): Promise<[number, number]> };

// Counts one hit in a fixed window that starts with the first hit. Returns {hits, msUntilWindowEnds}.
const HIT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {hits, redis.call('PTTL', KEYS[1])}
`;

export interface WindowVerdict {
  allowed: boolean;
  /** Seconds until the window ends and the count starts again. */
  retryAfterSeconds: number;
}

/**
 * Counts things people may only do a few times an hour (reset e-mails per
 * address, verification e-mails per account), in Redis so every API
 * instance shares the count. Unlike the request throttler it fails closed:
 * callers decide what a Redis outage means (see `hit`).
 */
@Injectable()
export class WindowCounter {
  private readonly redis: CounterRedis;

  constructor(
    @InjectRedis() redis: Redis,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    if (!('nextstepWindowHit' in redis)) redis.defineCommand('nextstepWindowHit', { numberOfKeys: 1, lua: HIT });
    this.redis = redis as CounterRedis;
  }

  /** How many `what` for `identity` the current window has counted so far (0 when none). Rejects when Redis cannot be reached. */
  async count(what: string, identity: string): Promise<number> {
    return Number((await this.redis.get(this.key(what, identity))) ?? 0);
  }

  /**
   * One more `what` for `identity` (hashed, so no address is written to
   * Redis). Rejects when Redis cannot be reached.
   */
  async hit(what: string, identity: string, limit: number, windowMs: number): Promise<WindowVerdict> {
    const [hits, ttlMs] = await this.redis.nextstepWindowHit(this.key(what, identity), windowMs);
    return { allowed: hits <= limit, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
  }

  private key(what: string, identity: string): string {
    return `${this.config.redis.prefix}:counter:${what}:${createHash('sha256').update(identity).digest('hex')}`;
  }
}
