import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandSearchText, MAX_SEARCH_VARIANTS } from './expand-search-text';
import { TRADE_SYNONYMS } from './trade-synonyms';

describe('expandSearchText', () => {
  it('swaps in the trade words people use for the same job', () => {
    expect(expandSearchText('CNA')).toEqual(['CNA', '"certified nursing assistant"', '"nursing assistant"', '"nurse aide"']);
    expect(expandSearchText('rn night shift')).toEqual(['rn night shift', '"registered nurse" night shift']);
    expect(expandSearchText('bookkeeper')).toContain('"accounting clerk"');
    expect(expandSearchText('CDL-A driver')).toContain('"truck driver"-A driver');
    expect(expandSearchText('truck driver chicago')).toContain('cdl chicago');
  });

  it('excludes the synonyms of an excluded word, and leaves quoted phrases and parts of longer words alone', () => {
    expect(expandSearchText('nurse -rn')).toEqual(['nurse -rn -"registered nurse"']);
    expect(expandSearchText('"rn" weekends')).toEqual(['"rn" weekends']);
    expect(expandSearchText('burn unit')).toEqual(['burn unit']);
    expect(expandSearchText('welders')).toEqual(['welders']);
  });

  it('replaces each of several trade words', () => {
    const variants = expandSearchText('rn or lpn');
    expect(variants).toContain('"registered nurse" or lpn');
    expect(variants).toContain('rn or "licensed practical nurse"');
    expect(variants).toContain('"registered nurse" or "licensed practical nurse"');
  });

  it('keeps every group well formed: lower-case, trimmed, no member in two groups', () => {
    const seen = new Set<string>();
    for (const group of TRADE_SYNONYMS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const member of group) {
        expect(member).toBe(member.trim().toLowerCase().replace(/\s+/g, ' '));
        expect(seen.has(member)).toBe(false);
        seen.add(member);
      }
    }
  });

  it('properties: the typed text comes first (unless it excludes a trade word), nothing is duplicated, the count is bounded, text without trade words is untouched', () => {
    const members = TRADE_SYNONYMS.flat();
    const word = fc.oneof(fc.constantFrom(...members, 'night', 'chicago', '-weekend', '"line cook"', 'or'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (words) => {
        const text = words.join(' ');
        const variants = expandSearchText(text);
        // Exclusions only ever add words to the typed text.
        expect(variants[0]?.length).toBeGreaterThanOrEqual(text.length);
        expect(new Set(variants).size).toBe(variants.length);
        expect(variants.length).toBeLessThanOrEqual(MAX_SEARCH_VARIANTS);
        const lower = text.toLowerCase();
        const hasMember = members.some((m) => new RegExp(`(?<![\\p{L}\\p{N}])${m.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u').test(lower));
        if (!hasMember) expect(variants).toEqual([text]);
        else if (!text.includes('-')) expect(variants[0]).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
