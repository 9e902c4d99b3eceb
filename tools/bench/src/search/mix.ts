// The query mix: at least 100 distinct searches people plausibly type, built from the bench board's own
// vocabulary (its titles, towns, skills, employment types and pay), with a Zipf-like popularity skew.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

export type QueryClass = 'broad' | 'title' | 'title_city' | 'skill_type' | 'pay' | 'radius' | 'postal';

export const CLASS_LABELS: Record<QueryClass, string> = {
  broad: 'one-word broad term',
  title: 'two-word title',
  title_city: 'title + city (selective)',
  skill_type: 'skill + employment type',
  pay: 'title + payMin',
  radius: 'term + lat/lng + radiusKm',
  postal: 'term + postalCode + radiusKm',
};

export interface MixQuery {
  cls: QueryClass;
  /** Path and query string of GET /api/jobs. */
  path: string;
  /** Share of the whole mix (sums to 1 over the mix). */
  weight: number;
  /** Popularity rank, 1 = most searched. */
  rank: number;
}

/** Words in titles that nobody searches alone. */
const NOT_SEARCH_WORDS = new Set(['and', 'the', 'for', 'with', 'shift', '2nd', '3rd', '1st', 'night', 'weekend', 'part', 'time', 'full', 'level', 'senior', 'junior', 'lead', 'assistant', 'associate', 'specialist', 'i', 'ii', 'iii']);
/** Broad searches people type on any staffing board; used when the board has jobs for them. */
const EVERYDAY_TERMS = ['nurse', 'warehouse', 'driver', 'customer service', 'forklift', 'welder', 'electrician', 'receptionist', 'cashier', 'accounting'];
/** Popularity skew: weight of rank r is 1 / r^s. */
const ZIPF_S = 1;

/** mulberry32: small, seeded, so the same board gives the same mix. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** "Forklift Operator – 2nd Shift" → "forklift operator". */
function baseTitle(title: string): string {
  return title.split(/\s+[–-]\s+|\s*\(/)[0]?.trim().toLowerCase() ?? title.toLowerCase();
}

/** Whether GET /api/jobs takes postalCode yet (helper A2 adds it): read from the DTO's source, not imported. */
export function apiTakesPostalCode(root: string): boolean {
  const file = resolve(root, 'apps/api/src/jobs/dto/search-jobs.query.ts');
  return existsSync(file) && /^\s*postalCode\??[!]?:/m.test(readFileSync(file, 'utf8'));
}

const qs = (params: Record<string, string | number>): string =>
  '/api/jobs?' + Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');

export async function buildMix(databaseUrl: string, options: { postalCode: boolean; seed?: number }): Promise<MixQuery[]> {
  const next = random(options.seed ?? 13);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const open = `status = 'open'`;
    const titles = (await client.query<{ title: string; n: number }>(`SELECT title, count(*)::int AS n FROM jobs WHERE ${open} GROUP BY title ORDER BY n DESC, title`)).rows;
    const titleCities = (
      await client.query<{ title: string; city: string; n: number }>(
        `SELECT title, city, count(*)::int AS n FROM jobs WHERE ${open} GROUP BY title, city HAVING count(*) >= 3 ORDER BY title, city`,
      )
    ).rows;
    const skills = (
      await client.query<{ skill: string; type: string; n: number }>(
        `SELECT DISTINCT ON (skill) skill, employment_type::text AS type, n FROM (
           SELECT s AS skill, employment_type, count(*)::int AS n FROM jobs, unnest(skills) s WHERE ${open} GROUP BY 1, 2) t
         ORDER BY skill, n DESC`,
      )
    ).rows.sort((a, b) => b.n - a.n || a.skill.localeCompare(b.skill));
    const places = (
      await client.query<{ city: string; postal_code: string; lat: number; lng: number; n: number }>(
        `SELECT city, postal_code, round(avg(latitude)::numeric, 4)::float8 AS lat, round(avg(longitude)::numeric, 4)::float8 AS lng, count(*)::int AS n
         FROM jobs WHERE ${open} GROUP BY city, postal_code ORDER BY n DESC, city LIMIT 40`,
      )
    ).rows;
    const pay = (
      await client.query<{ title: string; p60: number }>(
        `SELECT title, percentile_cont(0.6) WITHIN GROUP (ORDER BY pay_max_cents * CASE pay_period WHEN 'hour' THEN 2080 ELSE 1 END / 100)::float8 AS p60
         FROM jobs WHERE ${open} GROUP BY title`,
      )
    ).rows;

    // One-word broad terms: the words of the most common titles, plus the everyday searches the board has jobs for.
    const wordJobs = new Map<string, number>();
    for (const { title, n } of titles) {
      for (const word of new Set(baseTitle(title).split(/[^a-z]+/))) {
        if (word.length >= 4 && !NOT_SEARCH_WORDS.has(word)) wordJobs.set(word, (wordJobs.get(word) ?? 0) + n);
      }
    }
    const vocabulary = [...titles.map((t) => t.title.toLowerCase()), ...skills.map((s) => s.skill.toLowerCase())].join('\n');
    const broadTerms = [
      ...EVERYDAY_TERMS.filter((term) => vocabulary.includes(term)),
      ...[...wordJobs.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word),
    ];
    const broad = [...new Set(broadTerms)].slice(0, 22).map((q) => qs({ q }));

    const twoWordTitles = [...new Set(titles.map((t) => baseTitle(t.title)).filter((t) => t.split(' ').length === 2))];
    const title = twoWordTitles.slice(0, 25).map((q) => qs({ q }));

    const titleCity = shuffle(titleCities, next)
      .slice(0, 30)
      .map((r) => qs({ q: `${baseTitle(r.title)} ${r.city.toLowerCase()}` }));

    const skillType = skills.slice(0, 20).map((s) => qs({ q: s.skill.toLowerCase(), employmentType: s.type }));

    const payQueries = shuffle(pay, next)
      .slice(0, 15)
      .map((r) => qs({ q: baseTitle(r.title), payMin: Math.max(5_000, Math.round(r.p60 / 5_000) * 5_000) }));

    const terms = [...broad.slice(0, 8).map((p) => decodeURIComponent(p.split('q=')[1] ?? '')), ...twoWordTitles.slice(0, 8)];
    const radiusKm = [15, 25, 40];
    const radius = shuffle(places, next)
      .slice(0, 15)
      .map((place, i) => qs({ q: terms[i % terms.length] ?? 'warehouse', lat: place.lat, lng: place.lng, radiusKm: radiusKm[i % 3] ?? 25 }));
    const postal = options.postalCode
      ? shuffle(places, next)
          .slice(0, 12)
          .map((place, i) => qs({ q: terms[(i + 3) % terms.length] ?? 'driver', postalCode: place.postal_code, radiusKm: radiusKm[(i + 1) % 3] ?? 25 }))
      : [];

    const byClass: Array<[QueryClass, string[]]> = [
      ['broad', broad],
      ['title', title],
      ['title_city', titleCity],
      ['skill_type', skillType],
      ['pay', payQueries],
      ['radius', radius],
      ['postal', postal],
    ];
    // Popularity: round robin over the classes, each class's own order (broad terms by size first),
    // so every class has popular and rare members, and the most popular search is a broad word.
    const seen = new Set<string>();
    const ordered: Array<{ cls: QueryClass; path: string }> = [];
    for (let i = 0; byClass.some(([, paths]) => i < paths.length); i++) {
      for (const [cls, paths] of byClass) {
        const path = paths[i];
        if (path && !seen.has(path)) {
          seen.add(path);
          ordered.push({ cls, path });
        }
      }
    }
    const raw = ordered.map((_, i) => 1 / (i + 1) ** ZIPF_S);
    const total = raw.reduce((a, b) => a + b, 0);
    return ordered.map((q, i) => ({ ...q, rank: i + 1, weight: (raw[i] ?? 0) / total }));
  } finally {
    await client.end();
  }
}

/** A weighted sampler over `queries` (their weights need not sum to 1). */
export function sampler(queries: MixQuery[], seed: number): () => MixQuery {
  const next = random(seed);
  const cumulative: number[] = [];
  let sum = 0;
  for (const q of queries) cumulative.push((sum += q.weight));
  return () => {
    const x = next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return queries[lo] as MixQuery;
  };
}
