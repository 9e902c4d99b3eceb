import { expandSearchText } from './search-synonyms/expand-search-text';
import { EMPLOYMENT_TYPES, JOB_PAY_MAX_ANNUAL_SQL, type EmploymentType } from '@nextstep/db';
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

/** Which index serves the relevance order: RUM (ordered inside the index) or the GIN fallback (sorted in memory). */
export type SearchIndexPath = 'rum' | 'gin';

/**
 * Relevance tiers, best first: the search text matches the title alone (1);
 * the title and skills together (2); only with the description (3). They are
 * told apart by the weights of search_vector (A title, B skills, C
 * description). The place (D: city and region) counts in every tier: "nurse
 * naperville" is a title match for a nurse job in Naperville. Tier 1 reads
 * title_vector (title and place only) instead, for its smaller index.
 */
export const RELEVANCE_TIERS = [1, 2, 3] as const;
export type RelevanceTier = (typeof RELEVANCE_TIERS)[number];

/**
 * The search text as a tsquery SQL expression. Every occurrence of it is the
 * same immutable expression over one bind parameter, so the planner folds it to
 * a constant and estimates the match with the column statistics.
 */
function tsqueryOf(q: string, p: Params): string {
  // Trade synonyms ("cna" = "certified nursing assistant") widen the search by OR, one spelling per bind parameter.
  const variants = expandSearchText(q).map((text) => `websearch_to_tsquery('english', ${p.add(text)})`);
  return variants.length === 1 ? (variants[0] ?? '') : `(${variants.join(' || ')})`;
}

/**
 * The same query with each lexeme restricted to the given weights
 * ('nurs' & 'charg' -> 'nurs':AD & 'charg':AD): it matches where those fields
 * alone satisfy the search. Negated lexemes get the weights too ("not in the
 * title"), so tiers add `matchesWhole` when the text has a negation.
 */
function restrictedTo(tsquery: string, weights: 'AD' | 'ABD'): string {
  return `regexp_replace((${tsquery})::text, '(''(?:[^'']|'''')*'')(?::(\\*?)[A-D]*)?', '\\1:\\2${weights}', 'g')::tsquery`;
}

/**
 * `j.search_vector @@ q` only when q has a negation (a restricted query is
 * stricter than q otherwise). Written as a CASE the planner folds away, so a
 * query without '!' is estimated on its restricted query alone.
 */
function matchesWhole(tsquery: string): string {
  return `(CASE WHEN strpos((${tsquery})::text, '!') > 0 THEN j.search_vector @@ ${tsquery} ELSE true END)`;
}

/** Which jobs of tier `tier` match, as a WHERE condition; the three tiers partition the matches of q. */
function tierCondition(tier: RelevanceTier, tsquery: string): string {
  // The title-and-place vector holds exactly the A and D lexemes, so this equals search_vector @@ restrictedTo(q, 'AD')
  // but reads a small index (jobs_title_rum_idx / jobs_title_vector_idx, migration 1790000940000).
  if (tier === 1) return `j.title_vector @@ ${tsquery} AND ${matchesWhole(tsquery)}`;
  if (tier === 2)
    return `j.search_vector @@ (${restrictedTo(tsquery, 'ABD')} && !!${restrictedTo(tsquery, 'AD')}) AND ${matchesWhole(tsquery)}`;
  return `j.search_vector @@ (${tsquery} && !!${restrictedTo(tsquery, 'ABD')})`;
}

/**
 * Far enough ahead of any posting time that `posted_at <=| bound` (RUM's
 * "distance to the left", bound - posted_at in seconds as float8) stays exact
 * to the microsecond, so it orders exactly like posted_at DESC.
 */
const RUM_FIRST_BOUND = `'2100-01-01T00:00:00Z'::timestamptz`;

/**
 * The search as one parameterised statement. Inner query: filters, keyset
 * condition, order and LIMIT on jobs alone (served by the partial indexes on
 * open jobs); outer query: branch, company and ts_headline for the page only.
 *
 * Orders (the cursor carries every key):
 * - relevance: tier ASC (see RELEVANCE_TIERS), posted_at DESC, id DESC. Each tier is its own branch
 *   with its own LIMIT; on the RUM path a branch is an ordered scan of a RUM index with posted_at
 *   attached (jobs_title_rum_idx for tier 1, jobs_search_rum_idx after), so a page reads about limit
 *   rows of the table per tier however many match. The index itself still reads the posting lists of
 *   the query's words, which is why tier 1, where a broad search's first page comes from, has the
 *   small title-and-place index;
 * - recent: posted_at DESC, id DESC;
 * - distance: distance ASC, id ASC.
 */
export function buildJobSearch(c: JobSearchCriteria, index: SearchIndexPath = 'gin'): { sql: string; params: unknown[] } {
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
    tsquery = tsqueryOf(c.q, p);
    select.push(['j.description', 'description']);
  }
  addFilters(c, where, p);

  let distance: string | undefined;
  if (c.origin) {
    distance = addOrigin(c, where, p);
    select.push([distance, 'distance_km']);
  }

  const limit = p.add(c.limit + 1);
  let inner: string;
  let outerOrder: string;
  const after = c.after;
  const columns = (extra: string[] = []): string =>
    [...select.map(([expression, alias]) => `${expression} AS ${alias}`), ...extra].join(', ');
  if (c.sort === 'relevance' && tsquery) {
    const q = tsquery;
    const cursor = after?.sort === 'relevance' ? after : undefined;
    const tiers = RELEVANCE_TIERS.filter((tier) => !cursor || tier >= cursor.tier);
    const ctes = tiers.map((tier, i) => {
      const conditions = [...where, tierCondition(tier, q)];
      // A later tier runs only when the earlier ones left the page short (a one-time filter, so its scan never
      // starts otherwise): a sparse tier would have Postgres recheck every match of q to find its few rows.
      const earlier = tiers.slice(0, i).map((t) => `(SELECT count(*) FROM tier${t})`);
      if (earlier.length) conditions.push(`${earlier.join(' + ')} < ${limit}`);
      const keyset = cursor?.tier === tier ? { postedAt: p.add(cursor.postedAt), id: p.add(cursor.id) } : undefined;
      if (keyset) conditions.push(`(j.posted_at, j.id) < (${keyset.postedAt}::timestamptz, ${keyset.id}::uuid)`);
      const whereSql = conditions.join('\n        AND ');
      const tierColumns = columns([`${tier} AS tier`]);
      if (index === 'gin') {
        return `tier${tier} AS MATERIALIZED (SELECT ${tierColumns} FROM jobs j WHERE ${whereSql} ORDER BY j.posted_at DESC, j.id DESC LIMIT ${limit})`;
      }
      // RUM returns the tier in posted_at order from the index (Postgres 15 cannot add "id DESC" to an ordered
      // index scan without sorting every match), so the id order within one posting instant is restored here:
      // the head is exact above its last posting instant, and every job at that instant is fetched by equality.
      const bound = keyset ? `${keyset.postedAt}::timestamptz` : RUM_FIRST_BOUND;
      return `head${tier} AS MATERIALIZED (SELECT ${tierColumns} FROM jobs j WHERE ${whereSql} ORDER BY j.posted_at <=| ${bound} LIMIT ${limit}),
    edge${tier} AS (SELECT min(posted_at) AS posted_at FROM head${tier}),
    tier${tier} AS MATERIALIZED (
      SELECT * FROM head${tier} WHERE posted_at > (SELECT posted_at FROM edge${tier})
      UNION ALL
      SELECT ${tierColumns} FROM jobs j WHERE ${whereSql} AND j.posted_at = (SELECT posted_at FROM edge${tier}))`;
    });
    inner = `WITH ${ctes.join(',\n    ')}
    SELECT * FROM (${tiers.map((tier) => `SELECT * FROM tier${tier}`).join(' UNION ALL ')}) t
    ORDER BY tier, posted_at DESC, id DESC
    LIMIT ${limit}`;
    outerOrder = 'p.tier, p.posted_at DESC, p.id DESC';
  } else {
    if (tsquery) where.push(`j.search_vector @@ ${tsquery}`);
    let order: string;
    if (c.sort === 'distance' && distance) {
      order = `${distance} ASC, j.id ASC`;
      outerOrder = 'p.distance_km ASC, p.id ASC';
      if (after?.sort === 'distance') where.push(`(${distance}, j.id) > (${p.add(after.distanceKm)}::float8, ${p.add(after.id)}::uuid)`);
    } else {
      order = 'j.posted_at DESC, j.id DESC';
      outerOrder = 'p.posted_at DESC, p.id DESC';
      if (after?.sort === 'recent') where.push(`(j.posted_at, j.id) < (${p.add(after.postedAt)}::timestamptz, ${p.add(after.id)}::uuid)`);
    }
    inner = `SELECT ${columns()}
    FROM jobs j
    WHERE ${where.join('\n      AND ')}
    ORDER BY ${order}
    LIMIT ${limit}`;
  }

  const snippet = tsquery ? `ts_headline('english', ${HTML_ESCAPED_DESCRIPTION}, ${tsquery}, ${p.add(HEADLINE_OPTIONS)})` : 'NULL';
  const outerColumns = select.filter(([, alias]) => alias !== 'description').map(([, alias]) => `p.${alias}`);
  if (c.sort === 'relevance' && tsquery) outerColumns.push('p.tier');
  // Branch and company are joined to the page only (at most limit + 1 rows), not to every match.
  const sql = `SELECT ${outerColumns.join(', ')}, b.name AS branch_name, c.name AS company_name,
      c.industry AS company_industry, c.confidential AS company_confidential, ${snippet} AS snippet
  FROM (${inner}) p
  JOIN branches b ON b.id = p.branch_id
  JOIN companies c ON c.id = p.company_id
  ORDER BY ${outerOrder}`;
  return { sql, params: p.values };
}

/** The filters other than text and place, shared by the page and the counts. */
function addFilters(c: Omit<JobSearchCriteria, 'sort' | 'limit'>, where: string[], p: Params): void {
  if (c.employmentTypes?.length) where.push(`j.employment_type = ANY(${p.add(c.employmentTypes)}::job_employment_type[])`);
  if (c.branchId) where.push(`j.branch_id = ${p.add(c.branchId)}::uuid`);
  if (c.payMinDollarsPerYear !== undefined) where.push(`${JOB_PAY_MAX_ANNUAL_SQL} >= ${p.add(c.payMinDollarsPerYear * 100)}::bigint`);
  if (c.postedWithinDays !== undefined) where.push(`j.posted_at >= now() - make_interval(days => ${p.add(c.postedWithinDays)}::int)`);
}

/**
 * The distance expression from the origin; with radiusKm, also the radius condition and (unless `withBox` is false) the
 * bounding box, which lets the lat/lng index find the jobs near the origin.
 */
function addOrigin(c: Pick<JobSearchCriteria, 'origin' | 'radiusKm'>, where: string[], p: Params, withBox = true): string {
  const origin = c.origin;
  if (!origin) throw new Error('addOrigin needs an origin');
  const distance = haversineSql('j.latitude', 'j.longitude', p.add(origin.lat), p.add(origin.lng));
  if (c.radiusKm !== undefined && withBox) {
    const box = boundingBox(origin, c.radiusKm);
    where.push(`j.latitude BETWEEN ${p.add(box.minLat)}::float8 AND ${p.add(box.maxLat)}::float8`);
    if (box.lng) where.push(`j.longitude BETWEEN ${p.add(box.lng.min)}::float8 AND ${p.add(box.lng.max)}::float8`);
  }
  if (c.radiusKm !== undefined) where.push(`${distance} <= ${p.add(c.radiusKm)}::float8`);
  return distance;
}

/** Counts are exact up to this many matches, then reported as "1,000+". */
export const COUNT_CAP = 1_000;

/**
 * Matches per employment type for the search without its employmentType
 * filter (every other filter applies), each counted over at most COUNT_CAP + 1
 * rows. The search's total is the sum over the types it selects (the types are
 * disjoint), so it needs no scan of its own.
 *
 * Each type's count reads its own partial index (jobs_search_<type>_idx,
 * migration 1790000930000), so a broad word's three counts walk its matches
 * once in all, not three times. The closing date depends on now() and is in no
 * index predicate, so open jobs past it are counted apart (`expired`, from
 * jobs_open_closes_at_idx: few, since a job past its closing date is rarely
 * left open for long) and taken off; each capped count reads that many more
 * rows, so the result stays exact up to the cap.
 */
export function buildJobCounts(c: JobSearchCriteria): { sql: string; params: unknown[] } {
  const p = new Params();
  const where = [`j.status = 'open'`];
  // @@@ is @@ under its other name, which GIN's tsvector_ops has and RUM's opclass lacks: counts must read the per-type
  // GIN indexes. The planner prices a RUM scan low, but for several words it collects every posting of each of them,
  // per type (measured on the bench board, "forklift operator salt lake city": 167 ms with RUM, 11 ms with GIN).
  if (c.q) where.push(`j.search_vector @@@ ${tsqueryOf(c.q, p)}`);
  addFilters({ ...c, employmentTypes: undefined }, where, p);
  // With a text, no bounding box: the planner would walk the lat/lng index and test the text on every job near a
  // busy town (14,000 rows around Phoenix, 330 ms on the bench board), while a type's text index and a distance check
  // on its matches cost a tenth of that. Without a text, the box is what finds the jobs.
  if (c.origin && c.radiusKm !== undefined) addOrigin(c, where, p, !c.q);
  const matches = where.join(' AND ');
  const cap = p.add(COUNT_CAP + 1);
  // The types are literals, not parameters (they are the enum's own values): a partial index is chosen only when
  // the planner can prove its predicate, and it cannot from a parameter in a generic plan.
  const types = EMPLOYMENT_TYPES.map((type) => ({ type, literal: `'${type}'::job_employment_type` }));
  const expired = types.map(({ type, literal }) => `count(*) FILTER (WHERE j.employment_type = ${literal})::int AS "${type}"`);
  const perType = types.map(
    ({ type, literal }) =>
      `(SELECT count(*)::int FROM (SELECT FROM jobs j WHERE ${matches} AND j.employment_type = ${literal}
          LIMIT ${cap}::int + (SELECT "${type}" FROM expired)) m) - (SELECT "${type}" FROM expired) AS "${type}"`,
  );
  const sql = `WITH expired AS MATERIALIZED (SELECT ${expired.join(', ')} FROM jobs j WHERE ${matches} AND j.closes_at <= now())
  SELECT ${perType.join(',\n  ')}`;
  return { sql, params: p.values };
}

export type JobCountsRow = Record<EmploymentType, number>;

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
  tier?: RelevanceTier;
  distance_km?: number;
  snippet: string | null;
}

export interface CappedCount {
  value: number;
  capped: boolean;
}

const capped = (n: number): CappedCount => ({ value: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP });

/**
 * The response's counts from the per-type row: each type as counted, and the
 * total as the sum over the selected types (all of them without the filter),
 * capped when any part is.
 */
export function countsFrom(row: JobCountsRow, selected: readonly EmploymentType[] | undefined) {
  const types = selected?.length ? selected : EMPLOYMENT_TYPES;
  const sum = types.reduce((total, type) => total + Number(row[type]), 0);
  return {
    total: capped(sum),
    byEmploymentType: Object.fromEntries(EMPLOYMENT_TYPES.map((type) => [type, capped(Number(row[type]))])) as Record<EmploymentType, CappedCount>,
  };
}
