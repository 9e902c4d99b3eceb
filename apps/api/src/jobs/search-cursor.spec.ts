import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SignedCursorCodec } from '../common/pagination/signed-cursor';
import { CursorCodec, CursorError, filterFingerprint, SEARCH_CURSOR_PURPOSE, type CursorKey, type SearchSort } from './search-cursor';

const SECRET = 'a-test-secret-that-is-long-enough-123';
const codec = new CursorCodec(SECRET);
const uuid = fc.uuid();
const postedAt = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((d) => fc.integer({ min: 0, max: 999 }).map((us) => d.toISOString().replace(/Z$/, `${String(us).padStart(3, '0')}Z`)));
const key: fc.Arbitrary<CursorKey> = fc.oneof(
  fc.record({ sort: fc.constant('recent' as const), postedAt, id: uuid }),
  fc.record({
    sort: fc.constant('relevance' as const),
    tier: fc.constantFrom(1 as const, 2 as const, 3 as const),
    postedAt,
    id: uuid,
  }),
  fc.record({ sort: fc.constant('distance' as const), distanceKm: fc.double({ min: 0, max: 20_000, noNaN: true }), id: uuid }),
);

describe('CursorCodec', () => {
  it('round-trips every key', () => {
    fc.assert(
      fc.property(key, fc.string(), (k, filters) => {
        expect(codec.decode(codec.encode(k, filters), k.sort, filters)).toEqual(k);
      }),
    );
  });

  it('refuses a cursor with any character changed', () => {
    fc.assert(
      fc.property(key, fc.nat(), fc.constantFrom(...'ABCxyz019-_.'), (k, at, ch) => {
        const token = codec.encode(k, 'f');
        const i = at % token.length;
        fc.pre(token[i] !== ch);
        const tampered = token.slice(0, i) + ch + token.slice(i + 1);
        expect(() => codec.decode(tampered, k.sort, 'f')).toThrow(CursorError);
      }),
    );
  });

  it('refuses garbage, another secret, another sort and another search', () => {
    const k: CursorKey = { sort: 'recent', postedAt: '2026-11-25T10:00:00.123456Z', id: '0b7d3c1e-6a4f-4e0b-9a59-1f0d2c3b4a5e' };
    const token = codec.encode(k, 'f1');
    for (const bad of ['', 'abc', 'a.b.c', '%%%.%%%', `${token}x`]) expect(() => codec.decode(bad, 'recent', 'f1')).toThrow(CursorError);
    expect(() => new CursorCodec('another-secret-that-is-long-enough-123').decode(token, 'recent', 'f1')).toThrow(/not valid/);
    expect(() => codec.decode(token, 'relevance', 'f1')).toThrow(/different search/);
    expect(() => codec.decode(token, 'recent', 'f2')).toThrow(/different search/);
  });

  it('refuses a correctly signed cursor whose content is malformed', () => {
    // Signed by us but shaped wrongly: a server bug must not turn into SQL errors.
    const signer = new SignedCursorCodec(SECRET, { purpose: SEARCH_CURSOR_PURPOSE, key: z.unknown(), scopeNoun: 'search' });
    const forge = (sort: SearchSort, key: unknown): string => signer.encode(key, `${sort}:f`);
    const id = '0b7d3c1e-6a4f-4e0b-9a59-1f0d2c3b4a5e';
    expect(() => codec.decode(forge('recent', { sort: 'recent', postedAt: 'yesterday', id: 'x' }), 'recent', 'f')).toThrow(/malformed/);
    expect(() => codec.decode(forge('distance', { sort: 'distance', distanceKm: -1, id }), 'distance', 'f')).toThrow(/malformed/);
    expect(() => codec.decode(forge('recent', [1, 2]), 'recent', 'f')).toThrow(/malformed/);
    expect(() =>
      codec.decode(forge('relevance', { sort: 'relevance', tier: 4, postedAt: '2026-11-25T10:00:00.123456Z', id }), 'relevance', 'f'),
    ).toThrow(/malformed/);
    // A millisecond instant would skip rows at a page end: the key must be exact to the microsecond.
    expect(() => codec.decode(forge('recent', { sort: 'recent', postedAt: '2026-11-25T10:00:00.123Z', id }), 'recent', 'f')).toThrow(/malformed/);
    // The version-2 layout (sort, array key) under this purpose is refused, not misread.
    expect(() =>
      codec.decode(forge('relevance', { v: 2, s: 'relevance', k: [1, '2026-11-25T10:00:00.123456Z', id], f: 'f' }), 'relevance', 'f'),
    ).toThrow(/malformed/);
  });
});

describe('filterFingerprint', () => {
  it('ignores key order but not values', () => {
    expect(filterFingerprint({ a: 1, b: 'x' })).toBe(filterFingerprint({ b: 'x', a: 1 }));
    expect(filterFingerprint({ a: 1 })).not.toBe(filterFingerprint({ a: 2 }));
  });
});
