import fc from 'fast-check';
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { codes } from 'zipcodes';
import { currentTestServices } from '@nextstep/testing';
import { postalCodeKeys, postalCodeRows, type ZipcodesEntry } from './postal-codes';

describe('postalCodeKeys', () => {
  it.each([
    ['60614', ['60614']],
    ['60614-1234', ['60614']],
    ['606141234', ['60614']],
    [' 60614 ', ['60614']],
    ['m5v 3l9', ['M5V 3L9', 'M5V']],
    ['M5V3L9', ['M5V 3L9', 'M5V']],
    ['M5V-3L9', ['M5V 3L9', 'M5V']],
    ['m5v', ['M5V']],
    ['6061', []],
    ['606145', []],
    ['D5V 3L9', []], // D never starts a Canadian code
    ['M5V 3L', []],
    ['<script>', []],
    ['', []],
  ])('%j → %j', (text, keys) => expect(postalCodeKeys(text)).toEqual(keys));

  it('gives the same keys however the code is spaced, dashed or cased', () => {
    const digit = fc.integer({ min: 0, max: 9 }).map(String);
    const zip = fc.array(digit, { minLength: 5, maxLength: 5 }).map((d) => d.join(''));
    const spacing = fc.constantFrom('', ' ', '-', '  ');
    fc.assert(
      fc.property(zip, spacing, fc.boolean(), (code, sep, plus4) => {
        const text = plus4 ? `${code}${sep}1234` : code;
        expect(postalCodeKeys(text)).toEqual([code]);
      }),
    );
    const fsa = fc.constantFrom('M5V', 'K1A', 'H2X', 'V6B', 'T2P');
    fc.assert(
      fc.property(fsa, spacing, fc.boolean(), (area, sep, lower) => {
        const text = `${area}${sep}3L9`;
        expect(postalCodeKeys(lower ? text.toLowerCase() : text)).toEqual([`${area} 3L9`, area]);
      }),
    );
  });
});

describe('postalCodeRows', () => {
  const entry = (over: Partial<ZipcodesEntry>): ZipcodesEntry => ({
    zip: '60614',
    latitude: 41.9229,
    longitude: -87.6483,
    city: 'Chicago',
    state: 'IL',
    country: 'US',
    ...over,
  });

  it('keeps US ZIPs and Canadian areas with their abbreviations', () => {
    expect(postalCodeRows([entry({}), entry({ zip: 'M5V', latitude: 43.64, longitude: -79.39, city: 'Toronto', state: 'Ontario', country: 'Canada' })])).toEqual([
      { code: '60614', country: 'US', city: 'Chicago', region: 'IL', latitude: 41.9229, longitude: -87.6483 },
      { code: 'M5V', country: 'CA', city: 'Toronto', region: 'ON', latitude: 43.64, longitude: -79.39 },
    ]);
  });

  it('leaves out entries without a real place', () => {
    expect(
      postalCodeRows([
        entry({ zip: '09002', latitude: 0, longitude: 0 }), // military APO
        entry({ zip: 'K0H', latitude: null, longitude: null, country: 'Canada', state: 'Addington County' }),
        entry({ zip: 'E1H', latitude: null, longitude: 46.15, country: 'Canada', state: 'Shediac Bridge' }),
        entry({ zip: 'H0H', latitude: 90, longitude: 0, country: 'Canada', state: 'Quebec' }), // Santa Claus
        entry({ zip: 'XYZ12' }),
      ]),
    ).toEqual([]);
  });

  it('keeps nearly every entry of the package', () => {
    const rows = postalCodeRows(Object.values(codes));
    expect(rows.length).toBeGreaterThan(43_000);
    expect(rows.filter((r) => r.country === 'CA').length).toBeGreaterThan(1_600);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });
});

describe('postal_codes table', () => {
  it('holds the package rows after migrating', async () => {
    const client = new Client({ connectionString: currentTestServices().databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ code: string; city: string; region: string; latitude: number; longitude: number }>(
        `SELECT code, city, region, latitude, longitude FROM postal_codes WHERE code = ANY($1) ORDER BY code`,
        [['60614', 'M5V']],
      );
      expect(rows).toEqual([
        { code: '60614', city: 'Chicago', region: 'IL', latitude: 41.9229, longitude: -87.6483 },
        expect.objectContaining({ code: 'M5V', region: 'ON' }),
      ]);
      const { rows: count } = await client.query<{ n: string }>('SELECT count(*) AS n FROM postal_codes');
      expect(Number(count[0]?.n)).toBe(postalCodeRows(Object.values(codes)).length);
    } finally {
      await client.end();
    }
  });
});
