import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { currentTestServices, newTestServices } from '@nextstep/testing';
import { dropDatabase, ensureDatabase, migrate, pendingSchemaChanges } from './migrate';
import { MIGRATIONS } from './migrations';

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    return Boolean((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const fresh = newTestServices();
  const freshName = new URL(fresh.databaseUrl).pathname.slice(1);
  afterAll(() => dropDatabase(fresh.databaseUrl));

  it('creates a missing database, then applies every migration once', async () => {
    expect(await databaseExists(freshName)).toBe(false);
    const applied = await migrate(fresh.databaseUrl);
    expect(await databaseExists(freshName)).toBe(true);
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await migrate(fresh.databaseUrl)).toEqual([]);
    expect(await ensureDatabase(fresh.databaseUrl)).toBe(false);
  });

  // The entities and the migrations must describe the same schema: an entity
  // change without its migration fails here (TypeORM would generate SQL).
  it('leaves nothing for TypeORM to generate', async () => {
    expect(await pendingSchemaChanges(currentTestServices().databaseUrl)).toEqual([]);
  });

  it('refuses a database name that could break out of the identifier', async () => {
    await expect(ensureDatabase('postgres://postgres@127.0.0.1:5432/x";DROP')).rejects.toThrow(/database name/);
  });
});
