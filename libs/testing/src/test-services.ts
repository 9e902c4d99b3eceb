import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '@nextstep/platform';
import Redis from 'ioredis';
import { Client } from 'pg';

const BASE_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface TestServices {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}

/**
 * A unique run id: the creation time (base 36 milliseconds) first, so a later run can tell a leftover of a crashed
 * run by its age alone (see sweepStaleTestServices), then random bytes, so parallel runs never meet.
 */
function newRunId(): string {
  return `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

function databaseUrlNamed(name: string): string {
  const url = new URL(BASE_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A unique database name and Redis prefix, so parallel and repeated runs never meet. */
export function newTestServices(): TestServices {
  const runId = newRunId();
  return { databaseUrl: databaseUrlNamed(`nextstep_test_${runId}`), redisUrl: REDIS_URL, redisPrefix: `{nextstep_test_${runId}}` };
}

/** Names every database and Redis key of one test run starts with. */
export interface TestRun {
  runId: string;
  /** Migrated once by the run's global setup; each test process's database is a copy of it. */
  templateUrl: string;
}

const RUN_ID_VARIABLE = 'NEXTSTEP_TEST_RUN';

/** A new test run: its template database is still to be created and migrated by the caller. */
export function newTestRun(): TestRun {
  const runId = newRunId();
  return { runId, templateUrl: databaseUrlNamed(`nextstep_template_${runId}`) };
}

/** What the global setup hands the test processes it forks (they inherit its environment). */
export function testRunEnv(run: TestRun): Record<string, string> {
  return { [RUN_ID_VARIABLE]: run.runId, REDIS_URL: REDIS_URL };
}

async function withMaintenanceClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: BASE_DATABASE_URL, application_name: 'nextstep-test-services' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected test database name ${name}`);
  return `"${name}"`;
}

/**
 * Drops the databases a few at a time, each on its own connection. Every DROP DATABASE waits for a checkpoint, and
 * drops that wait together share one: a suite with a database per file (the worker's 14) spent seconds dropping
 * them one by one.
 */
async function dropDatabases(names: string[], concurrency = 4): Promise<void> {
  const queue = [...names];
  const dropNext = async (): Promise<void> => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      await withMaintenanceClient((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, dropNext));
}

/** Copies the run's migrated template (tens of milliseconds, where migrating takes seconds). */
async function createFromTemplate(client: Client, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template)}`);
      break;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === '42P04') break; // this process created it for an earlier file
      // 55006: "source database is being accessed by other users": another process is copying it this instant.
      if (code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
  // Only test rows live here: a commit need not wait for the disk (this database's own setting, never the cluster's).
  await client.query(`ALTER DATABASE ${quoteIdentifier(name)} SET synchronous_commit = off`);
  // TypeORM records generated columns under the database's name; the copy still names the template, and the
  // schema check (libs/db migrate.spec.ts) would then see them as missing.
  const copy = new Client({ connectionString: databaseUrlNamed(name), application_name: 'nextstep-test-services' });
  await copy.connect();
  try {
    await copy.query(`UPDATE typeorm_metadata SET database = $1 WHERE database = $2`, [name, template]);
  } finally {
    await copy.end();
  }
}

/**
 * The database and Redis prefix of this test process, one per Vitest pool slot (VITEST_POOL_ID, 1 to maxWorkers):
 * files of one slot run one after another, as the whole suite used to, while other slots run beside them on their
 * own copies. Created from the run's template on the slot's first file, then reused; sets DATABASE_URL and
 * REDIS_PREFIX so currentTestServices() and testConfig() point at them.
 *
 * With NEXTSTEP_TEST_DATABASE_PER=file (the worker suites) each file gets a fresh copy and prefix instead: a worker
 * started by one file would otherwise pick up what the previous file left due (its start-up sweep) before the
 * file's own reset. A copy costs about 0.1-0.3 s.
 */
export async function useWorkerTestServices(): Promise<TestServices> {
  const runId = process.env[RUN_ID_VARIABLE];
  if (!runId) throw new Error(`${RUN_ID_VARIABLE} is missing: run this suite with \`services: true\` in its vitest config.`);
  const slot = process.env['VITEST_POOL_ID'] ?? '1';
  if (!/^\d+$/.test(slot)) throw new Error(`unexpected VITEST_POOL_ID ${slot}`);
  const perFile = process.env['NEXTSTEP_TEST_DATABASE_PER'] === 'file';
  const name = `nextstep_test_${runId}_w${slot}${perFile ? `_${randomBytes(3).toString('hex')}` : ''}`;
  const services = { databaseUrl: databaseUrlNamed(name), redisUrl: REDIS_URL, redisPrefix: `{${name}}` };
  if (process.env['DATABASE_URL'] !== services.databaseUrl) {
    await withMaintenanceClient(async (client) => {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!rowCount) await createFromTemplate(client, name, `nextstep_template_${runId}`);
    });
  }
  Object.assign(process.env, { DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl, REDIS_PREFIX: services.redisPrefix });
  return services;
}

/**
 * A fresh, migrated database of its own for a suite that must not see other files' rows (a copy of the run's
 * template: a fraction of a second, where migrating takes seconds). Dropped with the run, or earlier by the caller.
 */
export async function newTestDatabase(): Promise<string> {
  const runId = process.env[RUN_ID_VARIABLE];
  if (!runId) throw new Error(`${RUN_ID_VARIABLE} is missing: run this suite with \`services: true\` in its vitest config.`);
  const name = `nextstep_test_${runId}_own_${randomBytes(4).toString('hex')}`;
  await withMaintenanceClient((client) => createFromTemplate(client, name, `nextstep_template_${runId}`));
  return databaseUrlNamed(name);
}

/** Drops the run's template and every process's database, and deletes its Redis keys. */
export async function dropTestRun(run: TestRun): Promise<void> {
  await withMaintenanceClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname = $2`,
      [`nextstep_test_${run.runId}_`, `nextstep_template_${run.runId}`],
    );
    await dropDatabases(rows.map((row) => row.datname));
  });
  await deleteRedisKeys(REDIS_URL, `{nextstep_test_${run.runId}_`);
}

const LEFTOVER = /^\{?nextstep_(?:test|template)_([0-9a-z]{6,})_[0-9a-f]{8}/;

/**
 * Removes what crashed or killed runs left behind: test databases and Redis keys whose run id says they were made
 * more than `olderThanMs` ago (no run lasts that long). Only names of this scheme are touched.
 */
export async function sweepStaleTestServices(olderThanMs = 6 * 3_600_000, now = Date.now()): Promise<{ databases: string[]; redisKeys: number }> {
  const stale = (name: string) => {
    const match = LEFTOVER.exec(name);
    return match?.[1] !== undefined && parseInt(match[1], 36) < now - olderThanMs;
  };
  const databases = await withMaintenanceClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^nextstep_(test|template)_'`);
    const old = rows.map((row) => row.datname).filter(stale);
    await dropDatabases(old);
    return old;
  });
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let redisKeys = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', '{nextstep_test_*', 'COUNT', 1000);
      cursor = next;
      const old = keys.filter(stale);
      if (old.length) redisKeys += await redis.del(...old);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return { databases, redisKeys };
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
