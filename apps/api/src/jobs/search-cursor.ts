import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RelevanceTier } from './job-search.sql';

/**
 * Opaque keyset cursors for GET /api/jobs: base64url(JSON of the last row's
 * sort key + id) "." base64url(HMAC-SHA256, 128 bits). The HMAC makes a
 * tampered or forged cursor detectable, and the cursor is bound to the sort
 * and to the filters it was issued for, so it cannot be replayed on another
 * search. Pure: no Nest, no database.
 */
export type SearchSort = 'relevance' | 'recent' | 'distance';

export type CursorKey =
  /** `postedAt` is the exact timestamptz, to the microsecond: "2026-11-25T10:00:00.123456Z". */
  | { sort: 'recent'; postedAt: string; id: string }
  /** `tier` is the relevance tier (1 title, 2 title and skills, 3 description); within it, newest first. */
  | { sort: 'relevance'; tier: RelevanceTier; postedAt: string; id: string }
  | { sort: 'distance'; distanceKm: number; id: string };

export class CursorError extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const POSTED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const TIERS: readonly number[] = [1, 2, 3];
const MAC_BYTES = 16;

/** Version 2: relevance keys carry the tier (version 1 carried a text rank, which no longer orders the results). */
const VERSION = 2;

interface Wire {
  v: typeof VERSION;
  s: SearchSort;
  k: Array<string | number>;
  f: string;
}

export class CursorCodec {
  private readonly key: Buffer;

  constructor(secret: string) {
    // A key of its own, derived from the app secret: a cursor MAC is never a valid token signature.
    this.key = createHmac('sha256', secret).update('nextstep:jobs-search-cursor').digest();
  }

  /** `filters` identifies the search (see `filterFingerprint`). */
  encode(key: CursorKey, filters: string): string {
    const k =
      key.sort === 'recent'
        ? [key.postedAt, key.id]
        : key.sort === 'relevance'
          ? [key.tier, key.postedAt, key.id]
          : [key.distanceKm, key.id];
    const wire: Wire = { v: VERSION, s: key.sort, k, f: filters };
    const body = Buffer.from(JSON.stringify(wire)).toString('base64url');
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /** The key, or a CursorError saying why the cursor cannot be used. */
  decode(token: string, sort: SearchSort, filters: string): CursorKey {
    const [body, mac, ...rest] = token.split('.');
    if (!body || !mac || rest.length || !/^[A-Za-z0-9_-]+$/.test(body) || !/^[A-Za-z0-9_-]+$/.test(mac)) {
      throw new CursorError('cursor is malformed; pass nextCursor from the previous page unchanged');
    }
    const given = Buffer.from(mac, 'base64url');
    const expected = this.mac(body);
    // Canonical encoding only: base64url has spare bits in its last character.
    if (given.length !== expected.length || given.toString('base64url') !== mac || !timingSafeEqual(given, expected)) {
      throw new CursorError('cursor is not valid (it was altered or issued by another server)');
    }
    let wire: unknown;
    try {
      wire = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      throw new CursorError('cursor is malformed');
    }
    const key = parseWire(wire);
    if (key.sort !== sort || (wire as Wire).f !== filters) {
      throw new CursorError('cursor belongs to a different search; start again without cursor');
    }
    return key;
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest().subarray(0, MAC_BYTES);
  }
}

function parseWire(wire: unknown): CursorKey {
  if (typeof wire !== 'object' || wire === null) throw new CursorError('cursor is malformed');
  const { v, s, k, f } = wire as Partial<Wire>;
  if (v !== VERSION || typeof f !== 'string' || !Array.isArray(k)) throw new CursorError('cursor is malformed');
  const id = k[k.length - 1];
  if (typeof id !== 'string' || !UUID.test(id)) throw new CursorError('cursor is malformed');
  const postedAt = (value: unknown): string => {
    if (typeof value !== 'string' || !POSTED_AT.test(value) || Number.isNaN(Date.parse(value)))
      throw new CursorError('cursor is malformed');
    return value;
  };
  if (s === 'recent' && k.length === 2) return { sort: s, postedAt: postedAt(k[0]), id };
  if (s === 'relevance' && k.length === 3 && typeof k[0] === 'number' && TIERS.includes(k[0])) {
    return { sort: s, tier: k[0] as RelevanceTier, postedAt: postedAt(k[1]), id };
  }
  if (s === 'distance' && k.length === 2 && typeof k[0] === 'number' && Number.isFinite(k[0]) && k[0] >= 0) {
    return { sort: s, distanceKm: k[0], id };
  }
  throw new CursorError('cursor is malformed');
}

/** A short, stable fingerprint of everything that selects rows, so a cursor only continues its own search. */
export function filterFingerprint(filters: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(filters)
      .sort()
      .map((name) => [name, filters[name] ?? null]),
  );
  return createHmac('sha256', 'filters').update(canonical).digest('base64url').slice(0, 12);
}
