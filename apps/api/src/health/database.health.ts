import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/** Shows up in pg_stat_activity next to nextstep-api and nextstep-api-search. */
export const HEALTH_APPLICATION_NAME = 'nextstep-api-health';

/** How long a readiness probe waits for Postgres: a connection, then `SELECT 1`. */
export const DB_PING_TIMEOUT_MS = 1_500;

/**
 * Readiness asks Postgres through a pool of its own: two connections that
 * nothing else uses and that stay open between probes. A saturated search
 * pool or a main pool with a line of requests is a busy API, not a missing
 * database, and must not make a load balancer drain every instance at once;
 * only a database that does not answer on these connections is "down".
 */
@Injectable()
export class HealthDatabase implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(
    @InjectConfig() config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly health: HealthIndicatorService,
  ) {
    this.pool = new Pool({
      connectionString: config.databaseUrl,
      application_name: HEALTH_APPLICATION_NAME,
      max: 2,
      // Kept open between probes (the reserved connection); a dropped one is replaced on the next probe.
      idleTimeoutMillis: 0,
      connectionTimeoutMillis: DB_PING_TIMEOUT_MS,
      statement_timeout: DB_PING_TIMEOUT_MS,
      query_timeout: DB_PING_TIMEOUT_MS,
    });
    // Postgres closing an idle connection (restart, pg_terminate_backend) is reported by the next probe.
    this.pool.on('error', () => undefined);
  }

  check<const Key extends string>(key: Key) {
    return this.health
      .check(key)
      .attempt(async () => {
        // The app's own pool closed (shutting down, or lost for good) leaves nothing to serve requests with.
        if (!this.dataSource.isInitialized) throw new Error('the main connection pool is closed');
        await this.pool.query('SELECT 1');
      })
      .withTimeout(DB_PING_TIMEOUT_MS + 500);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
