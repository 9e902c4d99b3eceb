import { HttpStatus, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { ErrorCode } from '@nextstep/contracts';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { DatabaseError, Pool, type PoolClient } from 'pg';
import { ApiError } from '../errors/api-error';

/** Shows up in pg_stat_activity, so an operator can tell search's connections from the rest. */
export const SEARCH_APPLICATION_NAME = 'nextstep-api-search';

/** SQLSTATE 57014 query_canceled: what Postgres answers when statement_timeout ends a statement. */
const QUERY_CANCELED = '57014';

/** pg-pool's message when a caller waited connectionTimeoutMillis for a connection (or to open one). */
const POOL_WAIT_TIMEOUT = 'timeout exceeded when trying to connect';

/** Less time than this left after waiting for a connection: the search is refused rather than started. */
const MIN_STATEMENT_MS = 25;
/**
 * A statement runs with the full timeout unless the search has used more than this share of it: only a search that
 * really waited pays a round trip (set_config) to shorten it, and so does the next search on that connection, to
 * restore it. A busy but healthy API never does.
 */
const BUDGET_SLACK_SHARE = 0.25;

/** SQLSTATE 53300 too_many_connections: Postgres itself is full; as much an overload as a long line. */
const TOO_MANY_CONNECTIONS = '53300';

/** Runs one statement of a search session and returns its rows. */
export type SearchRunner = <Row>(sql: string, params?: readonly unknown[]) => Promise<Row[]>;

export interface SearchLimits {
  /** Connections search may hold at once; the main pool's connections are never among them. */
  poolSize: number;
  /** Searches that may wait for one of those connections; one more is refused at once. */
  queueMax: number;
  /** A search's whole time, waiting for a connection included; Postgres ends the statement when it runs out. */
  statementTimeoutMs: number;
}

export function searchLimits(config: AppConfig): SearchLimits {
  const { poolSize, queueMax, statementTimeoutMs } = config.search;
  return { poolSize, queueMax, statementTimeoutMs };
}

export interface SearchDatabaseStats {
  /** Searches holding or waiting for a connection. */
  inFlight: number;
  /** Refused at once because the line was full. */
  refused: number;
  /** Gave up waiting for a connection (statementTimeoutMs, or too little of it left to start). */
  waitedOut: number;
  /** Ended by statement_timeout in Postgres. */
  timedOut: number;
}

/**
 * The public job search's own small pool, separate from the TypeORM pool that
 * sign-in, applications and every other write use: search traffic, however
 * heavy, can take only these connections, so the rest of the API keeps its
 * capacity. Every connection carries `statement_timeout`, so no search runs on
 * in Postgres after its answer stopped being useful.
 *
 * In front of the pool sits a bounded line. When it is full a search is
 * refused at once (503 SEARCH_BUSY with Retry-After) instead of queueing for
 * seconds. The timeout covers the whole search: a search that waited for its
 * connection runs with what is left (503 SEARCH_BUSY when nearly nothing is),
 * and a statement that runs out is 503 SEARCH_TIMEOUT. So no search takes
 * much longer than the timeout, and overload is never a 500. Only the API opens this pool (the worker does
 * not import it); the pool connects lazily, on the first search.
 */
@Injectable()
export class SearchDatabase implements OnModuleDestroy {
  readonly limits: SearchLimits;
  private readonly pool: Pool;
  private readonly counts: SearchDatabaseStats = { inFlight: 0, refused: 0, waitedOut: 0, timedOut: 0 };
  /** The statement_timeout a connection runs with, when a search changed it from the configured one. */
  private readonly timeouts = new WeakMap<PoolClient, number>();

  constructor(@InjectConfig() config: AppConfig) {
    this.limits = searchLimits(config);
    this.pool = new Pool({
      connectionString: config.databaseUrl,
      application_name: SEARCH_APPLICATION_NAME,
      max: this.limits.poolSize,
      statement_timeout: this.limits.statementTimeoutMs,
      connectionTimeoutMillis: this.limits.statementTimeoutMs,
    });
    // An idle connection that Postgres drops (restart, pg_terminate_backend) is removed by the pool; without a
    // listener the 'error' event would end the process.
    this.pool.on('error', () => undefined);
  }

  /** Runs one read-only statement and returns its rows (a search of one statement; see `session`). */
  query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.session((run) => run<Row>(sql, params));
  }

  /**
   * Runs the statements of one search (the page, then its counts) on one connection: the search is admitted to
   * the line once and holds one connection, so a search is never half served because its second statement found
   * the line full. The whole search, waiting for the connection included, has statementTimeoutMs; each statement
   * runs with what is left of it.
   */
  async session<T>(work: (run: SearchRunner) => Promise<T>): Promise<T> {
    if (this.counts.inFlight >= this.limits.poolSize + this.limits.queueMax) {
      this.counts.refused++;
      throw this.busy('Many searches are running right now; please try again in a moment.');
    }
    const deadline = performance.now() + this.limits.statementTimeoutMs;
    this.counts.inFlight++;
    try {
      const client = await this.connect();
      let broken: Error | undefined;
      const run: SearchRunner = async <Row>(sql: string, params: readonly unknown[] = []) => {
        await this.budget(client, deadline);
        const result = await client.query<Row & Record<string, unknown>>(sql, params as unknown[]);
        return result.rows;
      };
      try {
        return await work(run);
      } catch (error) {
        // A statement Postgres refused leaves a working connection; anything else (a dropped socket) does not.
        if (!(error instanceof DatabaseError) && !(error instanceof ApiError)) broken = error instanceof Error ? error : new Error(String(error));
        if (error instanceof DatabaseError && error.code === QUERY_CANCELED) {
          this.counts.timedOut++;
          throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.SEARCH_TIMEOUT, 'This search took too long; please try again in a moment or narrow it.', {
            retryAfterSeconds: this.retryAfterSeconds,
          });
        }
        throw error;
      } finally {
        client.release(broken);
      }
    } finally {
      this.counts.inFlight--;
    }
  }

  /** Gives the statement what is left of the search's time (see BUDGET_SLACK_SHARE). */
  private async budget(client: PoolClient, deadline: number): Promise<void> {
    const full = this.limits.statementTimeoutMs;
    const left = Math.floor(deadline - performance.now());
    if (left < MIN_STATEMENT_MS) {
      this.counts.waitedOut++;
      throw this.busy('Many searches are running right now; please try again in a moment.');
    }
    const wanted = left >= full * (1 - BUDGET_SLACK_SHARE) ? full : left;
    if ((this.timeouts.get(client) ?? full) === wanted) return;
    await client.query(`SELECT set_config('statement_timeout', $1, false)`, [String(wanted)]);
    this.timeouts.set(client, wanted);
  }

  stats(): Readonly<SearchDatabaseStats> {
    return { ...this.counts };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }

  private async connect(): Promise<PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      const overloaded = error instanceof DatabaseError ? error.code === TOO_MANY_CONNECTIONS : error instanceof Error && error.message === POOL_WAIT_TIMEOUT;
      if (overloaded) {
        this.counts.waitedOut++;
        throw this.busy('Many searches are running right now; please try again in a moment.');
      }
      throw error;
    }
  }

  private get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.limits.statementTimeoutMs / 1_000));
  }

  private busy(message: string): ApiError {
    return new ApiError(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.SEARCH_BUSY, message, { retryAfterSeconds: this.retryAfterSeconds });
  }
}
