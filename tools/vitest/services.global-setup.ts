import { dropDatabase, migrate } from '@nextstep/db';
import { deleteRedisKeys, newTestServices, testEnv } from '@nextstep/testing';

/**
 * Vitest global setup for suites that talk to Postgres and Redis: one
 * throw-away database (migrated, never synchronized) and one Redis key prefix
 * per run, removed again at the end.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const services = newTestServices();
  await migrate(services.databaseUrl);
  // Test workers are forked after this point, so they inherit the variables.
  Object.assign(process.env, testEnv(services));

  return async () => {
    await dropDatabase(services.databaseUrl);
    await deleteRedisKeys(services.redisUrl, services.redisPrefix);
  };
}
