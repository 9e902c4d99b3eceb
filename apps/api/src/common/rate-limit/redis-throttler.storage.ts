import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';

type RateLimitRedis = Redis & {
  nextstepRateLimit(key: string, blockKey: string, ttlMs: number, limit: number, blockMs: number): Promise<[number, number, number, number]>;
};

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

// Counts a hit and blocks atomically, so API instances sharing Redis agree.
// Returns {hits, msUntilWindowEnds, blocked, msUntilBlockEnds}.
const INCREMENT = `
local blockTtl = redis.call('PTTL', KEYS[2])
if blockTtl > 0 then
  local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
  return {hits, math.max(redis.call('PTTL', KEYS[1]), 0), 1, blockTtl}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, ttl, 1, tonumber(ARGV[3])}
end
return {hits, ttl, 0, 0}
`;

/**
 * Throttler storage in Redis. When Redis cannot be reached the request is let
 * through (and logged): an outage of the counter must not take the API down;
 * Argon2 still makes password guessing slow.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger(RedisThrottlerStorage.name);

  private readonly redis: RateLimitRedis;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    // A defined command runs by EVALSHA, so the script text is not sent with every request.
    if (!('nextstepRateLimit' in redis)) redis.defineCommand('nextstepRateLimit', { numberOfKeys: 2, lua: INCREMENT });
    this.redis = redis as RateLimitRedis;
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    // The key sits in a hash tag so both keys of the script live in one cluster slot.
    const base = `${this.prefix}:ratelimit:${throttlerName}:{${key}}`;
    try {
      const [hits, windowMs, blocked, blockMs] = await this.redis.nextstepRateLimit(base, `${base}:blocked`, ttl, limit, blockDuration || ttl);
      return { totalHits: hits, timeToExpire: Math.ceil(windowMs / 1000), isBlocked: blocked === 1, timeToBlockExpire: Math.ceil(blockMs / 1000) };
    } catch (error) {
      this.logger.warn(`Rate limit not applied, Redis unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}
