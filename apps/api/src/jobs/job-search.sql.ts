import { JOB_PAY_MAX_ANNUAL_SQL, type EmploymentType } from '@nextstep/db';
import { boundingBox, haversineSql, type LatLng } from '../branches/geo';
import type { CursorKey, SearchSort } from './search-cursor';

/** Everything the search needs, already validated. */
export interface JobSearchCriteria {
  q?: string;
  employmentTypes?: EmploymentType[];
  branchId?: string;
  origin?: LatLng;
  radiusKm?: number;
  payMinDollarsPerYear?: number;
  postedWithinDays?: number;
  sort: SearchSort;
  limit: number;
  after?: CursorKey;
}

/** Collects bind parameters; SQL only ever contains `$n` placeholders for user input. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const HTML_ESCAPED_DESCRIPTION = `replace(replace(replace(replace(replace(p.description, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')`;
const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "';
/** Exact text of posted_at (microseconds, UTC), so the cursor compares equal to what Postgres stores. */
const POSTED_KEY = `to_char(j.posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The search as one parameterised statement. Inner query: filters, keyset
 * condition, order and LIMIT on jobs alone (served by the partial indexes on
 * open jobs); outer query: branch, company and ts_headline for the page only.
 *
 * Orders (all columns descending or all ascending, so a row comparison is the keyset condition):
 * - relevance: rank DESC, posted_at DESC, id DESC — rank is ts_rank_cd rounded to 6 decimals (numeric),
 *   so it is the same value on every page and compares exactly;
 * - recent: posted_at DESC, id DESC;
 * - distance: distance ASC, id ASC.
 */
export function buildJobSearch(c: JobSearchCriteria): { sql: string; params: unknown[] } {
  const p = new Params();
  const where = [`j.status = 'open'`, `(j.closes_at IS NULL OR j.closes_at > now())`];
  // [expression, alias]: the inner query selects them, the outer one passes the aliases on.
  const select: Array<[string, string]> = [
    ['j.id', 'id'],
    ['j.title', 'title'],
    ['j.employment_type', 'employment_type'],
    ['j.city', 'city'],
    ['j.region', 'region'],
    ['j.pay_min_cents', 'pay_min_cents'],
    ['j.pay_max_cents', 'pay_max_cents'],
    ['j.pay_period', 'pay_period'],
    ['j.posted_at', 'posted_at'],
    [POSTED_KEY, 'posted_key'],
    ['j.branch_id', 'branch_id'],
    ['j.company_id', 'company_id'],
  ];

  let tsquery: string | undefined;
  if (c.q) {
    tsquery = `websearch_to_tsquery('english', ${p.add(c.q)})`;
    where.push(`j.search_vector @@ ${tsquery}`);
    select.push(['j.description', 'description']);
  }
  // 32: rank / (rank + 1), a value in [0, 1).
  const rank = tsquery ? `round(ts_rank_cd(j.search_vector, ${tsquery}, 32)::numeric, 6)` : undefined;
  if (rank) select.push([rank, 'rank']);

  if (c.employmentTypes?.length) where.push(`j.employment_type = ANY(${p.add(c.employmentTypes)}::job_employment_type[])`);
  if (c.branchId) where.push(`j.branch_id = ${p.add(c.branchId)}::uuid`);
  if (c.payMinDollarsPerYear !== undefined) where.push(`${JOB_PAY_MAX_ANNUAL_SQL} >= ${p.add(c.payMinDollarsPerYear * 100)}::bigint`);
  if (c.postedWithinDays !== undefined) where.push(`j.posted_at >= now() - make_interval(days => ${p.add(c.postedWithinDays)}::int)`);

  let distance: string | undefined;
  if (c.origin) {
    distance = haversineSql('j.latitude', 'j.longitude', p.add(c.origin.lat), p.add(c.origin.lng));
    select.push([distance, 'distance_km']);
    if (c.radiusKm !== undefined) {
      const box = boundingBox(c.origin, c.radiusKm);
      where.push(`j.latitude BETWEEN ${p.add(box.minLat)}::float8 AND ${p.add(box.maxLat)}::float8`);
      if (box.lng) where.push(`j.longitude BETWEEN ${p.add(box.lng.min)}::float8 AND ${p.add(box.lng.max)}::float8`);
      where.push(`${distance} <= ${p.add(c.radiusKm)}::float8`);
    }
  }

  let order: string;
  let outerOrder: string;
  const after = c.after;
  if (c.sort === 'relevance' && rank) {
    order = `${rank} DESC, j.posted_at DESC, j.id DESC`;
    outerOrder = 'p.rank DESC, p.posted_at DESC, p.id DESC';
    if (after?.sort === 'relevance') {
      where.push(
        `(${rank}, j.posted_at, j.id) < (${p.add(after.rank)}::numeric, ${p.add(after.postedAt)}::timestamptz, ${p.add(after.id)}::uuid)`,
      );
    }
  } else if (c.sort === 'distance' && distance) {
    order = `${distance} ASC, j.id ASC`;
    outerOrder = 'p.distance_km ASC, p.id ASC';
    if (after?.sort === 'distance') where.push(`(${distance}, j.id) > (${p.add(after.distanceKm)}::float8, ${p.add(after.id)}::uuid)`);
  } else {
    order = 'j.posted_at DESC, j.id DESC';
    outerOrder = 'p.posted_at DESC, p.id DESC';
    if (after?.sort === 'recent') where.push(`(j.posted_at, j.id) < (${p.add(after.postedAt)}::timestamptz, ${p.add(after.id)}::uuid)`);
  }

  const inner = `SELECT ${select.map(([expression, alias]) => `${expression} AS ${alias}`).join(', ')}
    FROM jobs j
    WHERE ${where.join('\n      AND ')}
    ORDER BY ${order}
    LIMIT ${p.add(c.limit + 1)}`;
  const snippet = tsquery ? `ts_headline('english', ${HTML_ESCAPED_DESCRIPTION}, ${tsquery}, ${p.add(HEADLINE_OPTIONS)})` : 'NULL';
  const outerColumns = select.filter(([, alias]) => alias !== 'description').map(([, alias]) => `p.${alias}`);
  // Branch and company are joined to the page only (at most limit + 1 rows), not to every match.
  const sql = `SELECT ${outerColumns.join(', ')}, b.name AS branch_name, c.name AS company_name,
      c.industry AS company_industry, c.confidential AS company_confidential, ${snippet} AS snippet
  FROM (${inner}) p
  JOIN branches b ON b.id = p.branch_id
  JOIN companies c ON c.id = p.company_id
  ORDER BY ${outerOrder}`;
  return { sql, params: p.values };
}

/** One row of the statement above. */
export interface JobSearchRow {
  id: string;
  title: string;
  employment_type: EmploymentType;
  city: string;
  region: string;
  pay_min_cents: number;
  pay_max_cents: number;
  pay_period: 'hour' | 'year';
  posted_at: Date;
  posted_key: string;
  branch_id: string;
  branch_name: string;
  company_id: string;
  company_name: string;
  company_industry: string;
  company_confidential: boolean;
  rank?: string;
  distance_km?: number;
  snippet: string | null;
}
