import { QueryFailedError } from 'typeorm';

/**
 * The SQLSTATE codes the apps act on (https://www.postgresql.org/docs/current/errcodes-appendix.html).
 * Named here once, so a feature asks `isUniqueViolation(error)` instead of comparing against '23505'.
 */
export const SqlState = {
  /** A UNIQUE index or constraint refused the row: someone else wrote it first. */
  UNIQUE_VIOLATION: '23505',
  /** CREATE DATABASE found the name taken. */
  DUPLICATE_DATABASE: '42P04',
  /** statement_timeout (or a cancel request) ended the statement. */
  QUERY_CANCELED: '57014',
  /** Postgres has no connection slot left. */
  TOO_MANY_CONNECTIONS: '53300',
} as const;

export type SqlState = (typeof SqlState)[keyof typeof SqlState];

const SQLSTATE_SHAPE = /^[0-9A-Z]{5}$/;

/**
 * The SQLSTATE of a failed statement, whichever layer threw it: TypeORM wraps
 * the driver's error in a QueryFailedError (the code is on `driverError`), while
 * node-postgres' own Client and Pool throw a DatabaseError carrying `code`.
 * Anything else (a dropped socket, a Node errno such as ECONNREFUSED) has none.
 */
export function sqlStateOf(error: unknown): string | undefined {
  const source: unknown = error instanceof QueryFailedError ? error.driverError : error;
  if (typeof source !== 'object' || source === null || !('code' in source)) return undefined;
  const { code } = source;
  return typeof code === 'string' && SQLSTATE_SHAPE.test(code) ? code : undefined;
}

export function hasSqlState(error: unknown, state: SqlState): boolean {
  return sqlStateOf(error) === state;
}

/** A UNIQUE constraint refused the write: the caller answers 409 (taken, already done) instead of failing. */
export function isUniqueViolation(error: unknown): boolean {
  return hasSqlState(error, SqlState.UNIQUE_VIOLATION);
}
