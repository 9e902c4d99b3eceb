import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@nextstep/platform';
import Redis from 'ioredis';

const BASE_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface TestServices {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}

/** A unique database name and Redis prefix, so parallel and repeated runs never meet. */
export function newTestServices(): TestServices {
  const runId = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const url = new URL(BASE_DATABASE_URL);
  url.pathname = `/nextstep_test_${runId}`;
  return { databaseUrl: url.toString(), redisUrl: REDIS_URL, redisPrefix: `{nextstep_test_${runId}}` };
}

/** Deletes every Redis key under the prefix (SCAN, not KEYS, so a shared server is not blocked). */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let deleted = 0;
  try {
    const pattern = `${prefix.replace(/([*?[\]\\])/g, '\\$1')}*`;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}

/** The environment an app under test is configured with. */
export function testEnv(services: TestServices, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    REDIS_PREFIX: services.redisPrefix,
    // Every test process shares one counter per route and IP, so all use the same generous limits
    // (a block set by a stricter process would hold for everyone). The rate-limit test uses its own prefix.
    RATE_LIMIT_AUTH_PER_MINUTE: '100000',
    RATE_LIMIT_API_PER_MINUTE: '100000',
    // Suites write jobs straight into the database (factories), which the API's cache cannot see;
    // the cache's own suite turns it on.
    SEARCH_CACHE_SECONDS: '0',
    ...extra,
  };
}

/** Reads the services that the global setup of this run created. */
export function currentTestServices(): TestServices {
  const databaseUrl = process.env['DATABASE_URL'];
  const redisPrefix = process.env['REDIS_PREFIX'];
  if (!databaseUrl || !redisPrefix || !redisPrefix.startsWith('{nextstep_test_')) {
    throw new Error('Test services are missing: run this suite with `services: true` in its vitest config.');
  }
  return { databaseUrl, redisUrl: process.env['REDIS_URL'] ?? REDIS_URL, redisPrefix };
}

/** A validated configuration pointing at this run's services. */
export function testConfig(extra: Record<string, string> = {}): AppConfig {
  return loadConfig(testEnv(currentTestServices(), extra));
}
