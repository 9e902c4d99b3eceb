/**
 * Postal codes as the postal_codes table keys them, and the rows it is loaded
 * with (US ZIP codes and Canadian forward sortation areas from the `zipcodes`
 * package, the version package-lock.json pins).
 */

export type PostalCountry = 'US' | 'CA';

/** One row of postal_codes. */
export interface PostalCodeRow {
  code: string;
  country: PostalCountry;
  city: string;
  region: string;
  latitude: number;
  longitude: number;
}

/**
 * The keys to look a code up by, most precise first; empty when the text is
 * no US or Canadian code.
 * - US: "60614", "60614-1234" and "606141234" → ["60614"] (ZIP+4 narrows within the ZIP, which is all the table knows);
 * - Canada: "m5v 3l9", "M5V3L9" → ["M5V 3L9", "M5V"] (the full code if the table ever holds it, else its
 *   forward sortation area, the first three characters); "M5V" → ["M5V"].
 */
export function postalCodeKeys(text: string): string[] {
  const compact = text.toUpperCase().replace(/[\s-]+/g, '');
  if (/^\d{5}(\d{4})?$/.test(compact)) return [compact.slice(0, 5)];
  // Canadian codes never use D, F, I, O, Q or U, and W and Z never come first.
  const letter = '[ABCEGHJ-NPRSTVXY]';
  if (new RegExp(`^${letter}\\d[ABCEGHJ-NPRSTV-Z](\\d[ABCEGHJ-NPRSTV-Z]\\d)?$`).test(compact)) {
    const fsa = compact.slice(0, 3);
    return compact.length === 6 ? [`${fsa} ${compact.slice(3)}`, fsa] : [fsa];
  }
  return [];
}

/** The province and territory names the package uses, as the two-letter abbreviations Canada Post uses. */
const PROVINCES: Record<string, string> = {
  Alberta: 'AB',
  'British Columbia': 'BC',
  Manitoba: 'MB',
  'New Brunswick': 'NB',
  'Newfoundland and Labrador': 'NL',
  'Nova Scotia': 'NS',
  'Northwest Territory': 'NT',
  'Nunavut Territory': 'NU',
  Ontario: 'ON',
  'Prince Edward Island': 'PE',
  Quebec: 'QC',
  Saskatchewan: 'SK',
  Yukon: 'YT',
};

/** The shape of one entry of `require('zipcodes').codes`. */
export interface ZipcodesEntry {
  zip: string;
  latitude: number | null;
  longitude: number | null;
  city: string;
  state: string;
  country: string;
}

const isCoordinate = (value: unknown, limit: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/**
 * The table's rows from the package's entries. Left out, because a wrong
 * place is worse than "unknown postal code": entries without coordinates
 * (a few Canadian lines whose commas shifted the columns), entries at 0,0
 * (military APO/FPO codes with no place) and Canadian entries outside Canada
 * (H0H, Santa Claus at the North Pole).
 */
export function postalCodeRows(entries: Iterable<ZipcodesEntry>): PostalCodeRow[] {
  const rows = new Map<string, PostalCodeRow>();
  for (const entry of entries) {
    const { latitude, longitude } = entry;
    if (!isCoordinate(latitude, 90) || !isCoordinate(longitude, 180) || (latitude === 0 && longitude === 0)) continue;
    const [code] = postalCodeKeys(entry.zip);
    if (code === undefined) continue;
    if (entry.country === 'US' && /^\d{5}$/.test(code)) {
      rows.set(code, { code, country: 'US', city: entry.city, region: entry.state, latitude, longitude });
    } else if (entry.country === 'Canada') {
      const region = PROVINCES[entry.state];
      const inCanada = latitude >= 41 && latitude <= 84 && longitude >= -142 && longitude <= -52;
      if (region !== undefined && inCanada) rows.set(code, { code, country: 'CA', city: entry.city, region, latitude, longitude });
    }
  }
  return [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
