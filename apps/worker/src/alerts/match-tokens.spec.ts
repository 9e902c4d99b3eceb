import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertTokens, ALL_JOBS_TOKEN, branchToken, cellsCovering, cellToken, parseTsquery, queryAnchors, typeToken } from './match-tokens';

const flat = () => 1;

describe('parseTsquery and queryAnchors', () => {
  it('keeps the cheaper side of an AND and both sides of an OR', () => {
    const cost = (token: string) => ({ oper: 50, forklift: 5, journeyman: 3, electrician: 8, plumber: 4 })[token] ?? 1;
    expect(queryAnchors(parseTsquery("'forklift' & 'oper'"), cost)).toEqual(['forklift']);
    expect(queryAnchors(parseTsquery("'journeyman' <-> 'electrician' | 'plumber'"), cost)).toEqual(['journeyman', 'plumber']);
    expect(queryAnchors(parseTsquery("( 'a' | 'b' ) & 'c' & 'd'"), flat)).toEqual(['c']);
    expect(queryAnchors(parseTsquery("'a' <2> 'b'"), flat)).toEqual(['a']);
  });

  it('has no anchor when the query can match without any of its words', () => {
    expect(queryAnchors(parseTsquery('T'), flat)).toBeNull();
    expect(queryAnchors(parseTsquery("!'night'"), flat)).toBeNull();
    expect(queryAnchors(parseTsquery("'a' | !'b'"), flat)).toBeNull();
    // AND with a negation still needs its positive side.
    expect(queryAnchors(parseTsquery("'a' & !'b'"), flat)).toEqual(['a']);
  });

  it('reads quoted lexemes, weights and prefixes, and refuses what is not a tsquery', () => {
    expect(queryAnchors(parseTsquery("'it''s' & 'c++':* & 'x':AB"), (t) => (t === 'c++' ? 0 : 1))).toEqual(['c++']);
    expect(() => parseTsquery("'a' &")).toThrow(SyntaxError);
    expect(() => parseTsquery("'a' 'b'")).toThrow(SyntaxError);
    expect(() => parseTsquery("'a")).toThrow(SyntaxError);
  });

  it('anchors are a hitting set: any set of lexemes satisfying the query contains one of them', () => {
    // A random monotone query over a few words, printed like Postgres, evaluated against random documents.
    const word: fc.Arbitrary<string> = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    type Tree = { w: string } | { and: [Tree, Tree] } | { or: [Tree, Tree] };
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
      t: fc.oneof({ depthSize: 'small', withCrossShrink: true }, word.map((w) => ({ w })), fc.tuple(tie('t'), tie('t')).map((pair) => ({ and: pair })), fc.tuple(tie('t'), tie('t')).map((pair) => ({ or: pair }))),
    })).t;
    const print = (t: Tree): string => ('w' in t ? `'${t.w}'` : 'and' in t ? `( ${print(t.and[0])} & ${print(t.and[1])} )` : `( ${print(t.or[0])} | ${print(t.or[1])} )`);
    const holds = (t: Tree, doc: Set<string>): boolean => ('w' in t ? doc.has(t.w) : 'and' in t ? holds(t.and[0], doc) && holds(t.and[1], doc) : holds(t.or[0], doc) || holds(t.or[1], doc));
    fc.assert(
      fc.property(tree, fc.uniqueArray(word), fc.func(fc.nat(9)), (t, doc, cost) => {
        const anchors = queryAnchors(parseTsquery(print(t)), (token) => cost(token));
        const document = new Set(doc);
        if (holds(t, document)) expect(anchors?.some((anchor) => document.has(anchor))).toBe(true);
      }),
    );
  });
});

describe('cellsCovering', () => {
  it('covers every point of the circle with whole-degree cells', () => {
    fc.assert(
      fc.property(fc.double({ min: -60, max: 60, noNaN: true }), fc.double({ min: -170, max: 170, noNaN: true }), fc.double({ min: 0.1, max: 200, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (lat, lng, radius, bearing, share) => {
        const cells = cellsCovering(lat, lng, radius);
        if (!cells) return;
        // A point at `share` of the radius in direction `bearing` (small-distance approximation, inside the box by design).
        const dLat = (Math.cos(bearing) * radius * share) / 111.2;
        const dLng = (Math.sin(bearing) * radius * share) / (111.2 * Math.cos(((lat + dLat) * Math.PI) / 180));
        expect(cells).toContain(cellToken(Math.floor(lat + dLat * 0.99), Math.floor(lng + dLng * 0.99)));
      }),
    );
  });

  it('gives up on an area too large to list', () => {
    expect(cellsCovering(41.9, -87.6, 40)?.length).toBeLessThanOrEqual(4);
    expect(cellsCovering(41.9, -87.6, 5000)).toBeNull();
  });
});

describe('alertTokens', () => {
  const criteria = { queryTree: null, employmentTypes: null, branchId: null, latitude: null, longitude: null, radiusKm: null };

  it('picks the most selective criterion', () => {
    const cost = (token: string) => (token.startsWith(' g:') ? 30 : token.startsWith(' b:') ? 80 : token.startsWith(' t:') ? 300 : 10);
    const all = { ...criteria, queryTree: "'welder'", employmentTypes: ['temporary'], branchId: 'B-1', latitude: 41.9, longitude: -87.6, radiusKm: 25 };
    expect(alertTokens(all, cost)).toEqual(['welder']);
    expect(alertTokens({ ...all, queryTree: null }, cost)).toEqual(cellsCovering(41.9, -87.6, 25));
    expect(alertTokens({ ...all, queryTree: null, radiusKm: null, latitude: null, longitude: null }, cost)).toEqual([branchToken('b-1')]);
    expect(alertTokens({ ...criteria, employmentTypes: ['temporary', 'direct_hire'] }, cost)).toEqual([typeToken('temporary'), typeToken('direct_hire')]);
  });

  it('falls back to every job when nothing narrows the alert', () => {
    expect(alertTokens(criteria, flat)).toEqual([ALL_JOBS_TOKEN]);
    expect(alertTokens({ ...criteria, queryTree: 'T' }, flat)).toEqual([ALL_JOBS_TOKEN]);
    expect(alertTokens({ ...criteria, employmentTypes: ['temporary', 'temp_to_hire', 'direct_hire'] }, flat)).toEqual([ALL_JOBS_TOKEN]);
  });
});
