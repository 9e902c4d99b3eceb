import { z } from 'zod';
import { CursorError, scopeFingerprint, SignedCursorCodec } from '../common/pagination/signed-cursor';
import type { RelevanceTier } from './job-search.sql';

/**
 * The job search's keyset cursor (GET /api/jobs): its key layout, on the generic signed cursor of
 * common/pagination, which does the signing, the scope check and the "malformed" answers.
 * Pure: no Nest, no database.
 */
export type SearchSort = 'relevance' | 'recent' | 'distance';

export type CursorKey =
  /** `postedAt` is the exact timestamptz, to the microsecond: "2026-11-25T10:00:00.123456Z". */
  | { sort: 'recent'; postedAt: string; id: string }
  /** `tier` is the relevance tier (1 title, 2 title and skills, 3 description); within it, newest first. */
  | { sort: 'relevance'; tier: RelevanceTier; postedAt: string; id: string }
  | { sort: 'distance'; distanceKm: number; id: string };

export { CursorError };

// Any UUID Postgres writes (lowercase), not only version 4: seeded rows may carry fixed ids.
const ID = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const POSTED_AT = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
  .refine((value) => !Number.isNaN(Date.parse(value)));
const TIER = z.union([z.literal(1), z.literal(2), z.literal(3)]) satisfies z.ZodType<RelevanceTier>;

/** A signed key must still have this shape: a server bug must not turn into SQL errors. */
const SEARCH_CURSOR_KEY = z.discriminatedUnion('sort', [
  z.strictObject({ sort: z.literal('recent'), postedAt: POSTED_AT, id: ID }),
  z.strictObject({ sort: z.literal('relevance'), tier: TIER, postedAt: POSTED_AT, id: ID }),
  z.strictObject({ sort: z.literal('distance'), distanceKm: z.number().finite().nonnegative(), id: ID }),
]) satisfies z.ZodType<CursorKey>;

/** v3: the generic signed layout (v2 was the search's own codec; v1 carried a text rank instead of the tier). */
export const SEARCH_CURSOR_PURPOSE = 'nextstep:jobs-search-cursor:v3';

export class CursorCodec {
  private readonly codec: SignedCursorCodec<CursorKey>;

  constructor(secret: string) {
    this.codec = new SignedCursorCodec(secret, { purpose: SEARCH_CURSOR_PURPOSE, key: SEARCH_CURSOR_KEY, scopeNoun: 'search' });
  }

  /** `filters` identifies the search (see `filterFingerprint`); the key's sort is bound too. */
  encode(key: CursorKey, filters: string): string {
    return this.codec.encode(key, scopeOf(key.sort, filters));
  }

  /** The key, or a CursorError saying why the cursor cannot be used. */
  decode(token: string, sort: SearchSort, filters: string): CursorKey {
    return this.codec.decode(token, scopeOf(sort, filters));
  }
}

/** A cursor continues one search in one order: a cursor of another sort is "a different search". */
function scopeOf(sort: SearchSort, filters: string): string {
  return `${sort}:${filters}`;
}

/** A short, stable fingerprint of everything that selects rows, so a cursor only continues its own search. */
export const filterFingerprint: (filters: Record<string, unknown>) => string = scopeFingerprint;
