import { currentTestServices } from '@nextstep/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlState, hasSqlState, isUniqueViolation, sqlStateOf } from './postgres-errors';

/** What a rejected promise rejected with (the helpers are about that value, not a message). */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to fail');
}

// Real Postgres errors, through both layers that raise them: TypeORM (QueryFailedError) and node-postgres itself.
describe('Postgres error helpers', () => {
  const { databaseUrl } = currentTestServices();
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, poolSize: 1 });
  const client = new Client({ connectionString: databaseUrl });

  beforeAll(async () => {
    await Promise.all([dataSource.initialize(), client.connect()]);
    // Temporary tables belong to the session: nothing is left behind and no other test sees them.
    await dataSource.query('CREATE TEMP TABLE taken (email text PRIMARY KEY)');
    await dataSource.query(`INSERT INTO taken VALUES ('a@example.com')`);
    await client.query('CREATE TEMP TABLE taken (email text PRIMARY KEY)');
    await client.query(`INSERT INTO taken VALUES ('a@example.com')`);
  });
  afterAll(async () => {
    await Promise.all([dataSource.destroy(), client.end()]);
  });

  it('recognises a unique violation raised through TypeORM', async () => {
    const error = await failureOf(dataSource.query(`INSERT INTO taken VALUES ('a@example.com')`));
    expect(error).toHaveProperty('driverError');
    expect(sqlStateOf(error)).toBe('23505');
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('recognises a unique violation raised by node-postgres directly', async () => {
    const error = await failureOf(client.query(`INSERT INTO taken VALUES ('a@example.com')`));
    expect(isUniqueViolation(error)).toBe(true);
    expect(hasSqlState(error, SqlState.QUERY_CANCELED)).toBe(false);
  });

  it('tells other SQLSTATEs apart', async () => {
    const notNull = await failureOf(dataSource.query('INSERT INTO taken VALUES (NULL)'));
    expect(sqlStateOf(notNull)).toBe('23502');
    expect(isUniqueViolation(notNull)).toBe(false);

    await client.query(`SET statement_timeout = '20ms'`);
    try {
      const canceled = await failureOf(client.query('SELECT pg_sleep(5)'));
      expect(hasSqlState(canceled, SqlState.QUERY_CANCELED)).toBe(true);
    } finally {
      await client.query('RESET statement_timeout');
    }
  });

  it('finds no SQLSTATE on errors that did not come from Postgres', async () => {
    // Port 1 on the loopback is closed: the driver fails with a Node errno (ECONNREFUSED), not a SQLSTATE.
    const refused = await failureOf(new Client({ connectionString: 'postgres://postgres@127.0.0.1:1/x', connectionTimeoutMillis: 2_000 }).connect());
    expect(refused).toHaveProperty('code', 'ECONNREFUSED');
    expect(sqlStateOf(refused)).toBeUndefined();
    expect(isUniqueViolation(refused)).toBe(false);
    expect(sqlStateOf(new Error('23505'))).toBeUndefined();
    expect(sqlStateOf(null)).toBeUndefined();
  });
});
