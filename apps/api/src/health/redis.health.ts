import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectRedis, redisReady } from '@nextstep/platform';
import type Redis from 'ioredis';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  check<const Key extends string>(key: Key) {
    return this.health
      .check(key)
      .attempt(async ({ signal }) => {
        // A process that just started may still be connecting; that is not an outage.
        await redisReady(this.redis, signal);
        const reply = await this.redis.ping();
        if (reply !== 'PONG') throw new Error(`unexpected PING reply ${reply}`);
      })
      .withTimeout(1_500);
  }
}
