import { createHmac, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';

/**
 * Opaque keyset cursors, signed: base64url(JSON of the last row's sort key and
 * the scope it was issued for) "." base64url(HMAC-SHA256, 128 bits). The MAC
 * makes a tampered or forged cursor detectable, so the key a list reads back
 * is one it wrote; the scope binds the cursor to the query (order, filters,
 * the caller's view) it continues, so it cannot be replayed on another. The
 * key schema still checks the decoded key: a cursor signed by an older version
 * of the list, under the same purpose, must not reach SQL in the wrong shape.
 * Pure: no Nest, no database.
 */
export class CursorError extends Error {}

export interface SignedCursorOptions<Key, Wire> {
  /**
   * Names the list and its key layout, e.g. "nextstep:applications-cursor:v1". Each purpose signs with a key of
   * its own, derived from the app secret, so one list's cursor is never valid for another, nor as a token
   * signature; change the version when the key's layout changes.
   */
  purpose: string;
  /**
   * Validates the decoded key and may turn its JSON form (Wire: strings and numbers) into the runtime one (Key,
   * e.g. with Dates); a failure is a malformed cursor.
   */
  key: z.ZodType<Key, Wire>;
  /** What a cursor of another scope belongs to, in its error message: "search", "list". */
  scopeNoun: string;
}

const MAC_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export class SignedCursorCodec<Key, Wire = Key> {
  private readonly secret: Buffer;
  private readonly schema: z.ZodType<Key, Wire>;
  private readonly scopeNoun: string;

  constructor(appSecret: string, options: SignedCursorOptions<Key, Wire>) {
    this.secret = createHmac('sha256', appSecret).update(options.purpose).digest();
    this.schema = options.key;
    this.scopeNoun = options.scopeNoun;
  }

  /** `key` in its JSON form, as `options.key` reads it back; `scope` identifies the query. */
  encode(key: Wire, scope: string): string {
    const body = Buffer.from(JSON.stringify({ k: key, s: scope })).toString('base64url');
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  /** The key, or a CursorError saying why the cursor cannot be used (the caller answers 400 naming `cursor`). */
  decode(token: string, scope: string): Key {
    const [body, mac, ...rest] = token.split('.');
    if (!body || !mac || rest.length || !BASE64URL.test(body) || !BASE64URL.test(mac)) {
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
    if (typeof wire !== 'object' || wire === null || !('s' in wire) || !('k' in wire)) throw new CursorError('cursor is malformed');
    if (wire.s !== scope) throw new CursorError(`cursor belongs to a different ${this.scopeNoun}; start again without cursor`);
    const parsed = this.schema.safeParse(wire.k);
    if (!parsed.success) throw new CursorError('cursor is malformed');
    return parsed.data;
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.secret).update(body).digest().subarray(0, MAC_BYTES);
  }
}

/**
 * A short, stable fingerprint of everything that selects and orders a list's rows (not its limit or position),
 * for the `scope` of a cursor. Key order does not matter; undefined and null are the same.
 */
export function scopeFingerprint(scope: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(scope)
      .sort()
      .map((name) => [name, scope[name] ?? null]),
  );
  return createHmac('sha256', 'cursor-scope').update(canonical).digest('base64url').slice(0, 12);
}
