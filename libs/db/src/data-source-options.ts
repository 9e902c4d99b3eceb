import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * The one description of the database used by the API, the worker, the CLI
 * scripts and the tests. The schema only ever changes through migrations.
 */
export function dataSourceOptions(databaseUrl: string, overrides: { applicationName?: string; poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into Postgres 13+; extensions are a migration's business, not the app's at connect time.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName: overrides.applicationName ?? 'nextstep',
    poolSize: overrides.poolSize ?? 10,
    extra: { connectionTimeoutMillis: 5_000 },
  };
}
