import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, REDIS, type AppConfig } from '@nextstep/platform';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { hasAuthRateLimit } from './rate-limit.decorators';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const MINUTE_MS = 60_000;

/** Sign-in attempts are counted per e-mail too, hashed so no address is written to Redis. */
function emailTracker(request: Record<string, unknown>): string {
  const body = request['body'];
  const email = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['email'] : undefined;
  const normalized = typeof email === 'string' ? email.trim().toLowerCase() : '';
  return createHash('sha256').update(normalized).digest('hex');
}

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        storage: new RedisThrottlerStorage(redis, config.redis.prefix),
        errorMessage: 'Too many requests; please wait a moment and try again.',
        throttlers: [
          { name: 'api', ttl: MINUTE_MS, limit: config.rateLimit.apiPerMinute },
          { name: 'auth-ip', ttl: MINUTE_MS, limit: config.rateLimit.authPerMinute, skipIf: (ctx) => !hasAuthRateLimit(ctx) },
          {
            name: 'auth-email',
            ttl: MINUTE_MS,
            limit: config.rateLimit.authPerMinute,
            skipIf: (ctx) => !hasAuthRateLimit(ctx),
            getTracker: (request) => emailTracker(request),
          },
        ],
      }),
    }),
  ],
  // Registered before the access guard (AppModule order), so floods are refused before any token work.
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}
