import { Module, type ExecutionContext } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, REDIS, type AppConfig } from '@nextstep/platform';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { hasAuthRateLimit } from './rate-limit.decorators';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const MINUTE_MS = 60_000;
// Cookie names are the auth module's; repeated here because this module must not depend on it.
const REFRESH_COOKIE = 'nextstep_refresh';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * What a request to a sign-in style route really identifies, for its own
 * bucket: an address typed into it (counted with the caller's IP, so a
 * stranger elsewhere cannot use up someone's attempts), the session whose
 * cookie it renews, or the signed-in account. Null when it identifies
 * nothing: then only the per-IP limit applies, never a bucket shared by
 * every such request. Hashed, so no address or token is written to Redis.
 */
export function requestIdentity(request: Record<string, unknown>, verifiedSubject: (token: string) => string | null): string | null {
  const body = request['body'];
  const email = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['email'] : undefined;
  if (typeof email === 'string' && email.trim() !== '') return `email:${sha256(email.trim().toLowerCase())}:ip:${String(request['ip'])}`;
  const cookies = request['cookies'] as Record<string, string | undefined> | undefined;
  const refresh = cookies?.[REFRESH_COOKIE];
  if (refresh) return `session:${sha256(refresh)}`;
  const authorization = (request['headers'] as Record<string, string | undefined> | undefined)?.['authorization'];
  const bearer = authorization?.match(/^Bearer (\S+)$/)?.[1];
  const subject = bearer ? verifiedSubject(bearer) : null;
  return subject ? `user:${subject}` : null;
}

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => {
        // Only a genuine token may name an account's bucket; a forged one must not use up someone else's.
        const jwt = new JwtService({ secret: config.jwtSecret, verifyOptions: { algorithms: ['HS256'], issuer: 'nextstep', audience: 'nextstep-api' } });
        const verifiedSubject = (token: string): string | null => {
          try {
            const { sub } = jwt.verify<{ sub?: unknown }>(token);
            return typeof sub === 'string' ? sub : null;
          } catch {
            return null;
          }
        };
        const identityOf = (context: ExecutionContext) => requestIdentity(context.switchToHttp().getRequest<Record<string, unknown>>(), verifiedSubject);
        return {
          storage: new RedisThrottlerStorage(redis, config.redis.prefix),
          errorMessage: 'Too many requests; please wait a moment and try again.',
          throttlers: [
            { name: 'api', ttl: MINUTE_MS, limit: config.rateLimit.apiPerMinute },
            { name: 'auth-ip', ttl: MINUTE_MS, limit: config.rateLimit.authPerMinute, skipIf: (ctx) => !hasAuthRateLimit(ctx) },
            {
              name: 'auth-identity',
              ttl: MINUTE_MS,
              limit: config.rateLimit.authPerMinute,
              skipIf: (ctx) => !hasAuthRateLimit(ctx) || identityOf(ctx) === null,
              getTracker: (request) => requestIdentity(request, verifiedSubject) ?? '',
            },
          ],
        };
      },
    }),
  ],
  // Registered before the access guard (AppModule order), so floods are refused before any token work.
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}
