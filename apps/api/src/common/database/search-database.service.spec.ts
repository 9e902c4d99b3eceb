import { HttpStatus } from '@nestjs/common';
import { currentTestServices, testConfig } from '@nextstep/testing';
import { Client } from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitUntil } from '@nextstep/testing';
import { ApiError } from '../errors/api-error';
import { SEARCH_APPLICATION_NAME, SearchDatabase } from './search-database.service';

/** The lock the test holds so that searches wait inside Postgres for exactly as long as the test wants. */
const LOCK = 73_311;
const BLOCKED_SEARCH = `SELECT pg_advisory_xact_lock_shared(${LOCK}) AS waited`;

interface Refusal {
  status: number;
  code: unknown;
  retryAfterSeconds: unknown;
  ms: number;
}

/** Runs a search that is expected to be refused, and how long the refusal took. */
async function refusal(search: SearchDatabase, sql = BLOCKED_SEARCH): Promise<Refusal> {
  const started = performance.now();
  try {
    await search.query(sql);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const body = error.getResponse() as Record<string, unknown>;
    return { status: error.getStatus(), code: body['code'], retryAfterSeconds: body['retryAfterSeconds'], ms: performance.now() - started };
  }
  throw new Error('the search was not refused');
}

describe('SearchDatabase', () => {
  let search: SearchDatabase | undefined;
  let holder: Client;

  function open(env: Record<string, string>): SearchDatabase {
    search = new SearchDatabase(testConfig(env));
    return search;
  }

  beforeEach(async () => {
    holder = new Client({ connectionString: currentTestServices().databaseUrl, application_name: 'search-database-spec' });
    await holder.connect();
  });

  afterEach(async () => {
    await holder.query('SELECT pg_advisory_unlock_all()');
    await holder.end();
    await search?.onModuleDestroy();
    search = undefined;
  });

  it('runs statements on its own connections, each with the statement timeout', async () => {
    const db = open({ SEARCH_STATEMENT_TIMEOUT_MS: '1500' });
    const [row] = await db.query<{ app: string; timeout: string; two: number }>(
      `SELECT current_setting('application_name') AS app, current_setting('statement_timeout') AS timeout, $1::int + 1 AS two`,
      [1],
    );
    expect(row).toEqual({ app: SEARCH_APPLICATION_NAME, timeout: '1500ms', two: 2 });
  });

  it('answers a statement past the timeout with 503 SEARCH_TIMEOUT, and the connection keeps working', async () => {
    const db = open({ SEARCH_POOL_SIZE: '1', SEARCH_STATEMENT_TIMEOUT_MS: '300' });
    await holder.query('SELECT pg_advisory_lock($1)', [LOCK]);
    const refused = await refusal(db);
    expect(refused).toMatchObject({ status: HttpStatus.SERVICE_UNAVAILABLE, code: 'SEARCH_TIMEOUT', retryAfterSeconds: 1 });
    // Postgres stopped it at the timeout; the answer does not wait for anything else.
    expect(refused.ms).toBeGreaterThanOrEqual(290);
    expect(refused.ms).toBeLessThan(1_300);
    await holder.query('SELECT pg_advisory_unlock($1)', [LOCK]);
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(db.stats()).toMatchObject({ timedOut: 1, inFlight: 0 });
  });

  it('refuses at once with 503 SEARCH_BUSY when every connection is taken and the line is full', async () => {
    const db = open({ SEARCH_POOL_SIZE: '2', SEARCH_QUEUE_MAX: '2', SEARCH_STATEMENT_TIMEOUT_MS: '10000' });
    await holder.query('SELECT pg_advisory_lock($1)', [LOCK]);
    const running = Array.from({ length: 4 }, () => db.query<{ waited: string }>(BLOCKED_SEARCH));
    await waitUntil(async () => {
      const { rows } = await holder.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock' AND datname = current_database()`,
        [SEARCH_APPLICATION_NAME],
      );
      return rows[0]?.n === 2;
    }, 'two searches waiting on the lock in Postgres');
    expect(db.stats().inFlight).toBe(4);

    const refused = await refusal(db, 'SELECT 1');
    expect(refused).toMatchObject({ status: HttpStatus.SERVICE_UNAVAILABLE, code: 'SEARCH_BUSY', retryAfterSeconds: 10 });
    // At once: nothing was waited for (the timeout is 10 s).
    expect(refused.ms).toBeLessThan(100);
    expect(db.stats()).toMatchObject({ refused: 1, inFlight: 4 });

    await holder.query('SELECT pg_advisory_unlock($1)', [LOCK]);
    expect(await Promise.all(running)).toEqual(Array.from({ length: 4 }, () => [{ waited: '' }]));
    expect(db.stats().inFlight).toBe(0);
  });

  it('lets no search wait past its timeout for a connection: each answers 503 soon after the timeout', async () => {
    const db = open({ SEARCH_POOL_SIZE: '1', SEARCH_QUEUE_MAX: '3', SEARCH_STATEMENT_TIMEOUT_MS: '400' });
    await holder.query('SELECT pg_advisory_lock($1)', [LOCK]);
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => refusal(db)));
    for (const outcome of outcomes) {
      expect(outcome.status).toBe(HttpStatus.SERVICE_UNAVAILABLE);
      expect(['SEARCH_BUSY', 'SEARCH_TIMEOUT']).toContain(outcome.code);
      expect(outcome.ms).toBeLessThan(2 * 400 + 500);
    }
    // The one connection ran into the statement timeout; the ones waiting behind it gave up waiting.
    const stats = db.stats();
    expect(stats.waitedOut).toBeGreaterThanOrEqual(1);
    expect(stats.timedOut).toBeGreaterThanOrEqual(1);
    expect(stats.inFlight).toBe(0);
  });

  it('runs a search of several statements on one connection, admitted once, within one time budget', async () => {
    const db = open({ SEARCH_POOL_SIZE: '1', SEARCH_QUEUE_MAX: '0', SEARCH_STATEMENT_TIMEOUT_MS: '600' });
    const pids = await db.session(async (run) => {
      const first = await run<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      // The line is full while this search runs: one more is refused, and this search's second statement is not.
      expect((await refusal(db, 'SELECT 1')).code).toBe('SEARCH_BUSY');
      const second = await run<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      return [first[0]?.pid, second[0]?.pid];
    });
    expect(pids[0]).toBe(pids[1]);
    expect(db.stats()).toMatchObject({ refused: 1, inFlight: 0 });

    // The first statement uses most of the search's 600 ms, so the second runs with what is left and is stopped.
    await holder.query('SELECT pg_advisory_lock($1)', [LOCK]);
    const started = performance.now();
    const outcome = db.session(async (run) => {
      await run('SELECT pg_sleep(0.4)');
      return run(BLOCKED_SEARCH);
    });
    await expect(outcome).rejects.toMatchObject({ response: expect.objectContaining({ code: 'SEARCH_TIMEOUT' }) });
    const ms = performance.now() - started;
    expect(ms).toBeGreaterThanOrEqual(590);
    expect(ms).toBeLessThan(900);
    await holder.query('SELECT pg_advisory_unlock($1)', [LOCK]);
    // The connection is back to the full timeout for the next search.
    expect(await db.query<{ timeout: string }>(`SELECT current_setting('statement_timeout') AS timeout`)).toEqual([{ timeout: '600ms' }]);
  });

  it('passes other database errors through untouched', async () => {
    const db = open({});
    await expect(db.query('SELECT * FROM no_such_table')).rejects.toMatchObject({ code: '42P01' });
    expect(await db.query('SELECT 2 AS two')).toEqual([{ two: 2 }]);
  });
});
