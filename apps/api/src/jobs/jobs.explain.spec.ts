import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createBranch, createCompany, resetJobBoard } from '@nextstep/db/testing';
import { testConfig } from '@nextstep/testing';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app';
import { buildJobCounts, buildJobSearch, type JobSearchCriteria } from './job-search.sql';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/**
 * The real search statements, EXPLAINed on 30,000 jobs with fresh statistics
 * (no planner switches), searching for selective terms (a few dozen
 * matches, as real searches are): they must use the GIN and the partial btree indexes,
 * never a sequential scan of jobs.
 */
describe('search query plans', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let branchId: string;

  async function plan(criteria: Partial<JobSearchCriteria>, build = buildJobSearch): Promise<PlanNode[]> {
    const { sql, params } = build({ sort: 'recent', limit: 20, ...criteria });
    const [row] = await db.query<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    const root = row?.['QUERY PLAN'][0]?.Plan;
    if (!root) throw new Error('no plan');
    if (process.env['EXPLAIN_DEBUG'])
      console.log(JSON.stringify(nodes(root).map((n) => [n['Node Type'], n['Relation Name'], n['Index Name']])));
    return nodes(root);
  }
  const jobIndexes = (all: PlanNode[]): string[] => all.filter((n) => n['Index Name']).map((n) => n['Index Name'] ?? '');
  const seqScansOfJobs = (all: PlanNode[]): PlanNode[] => all.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'jobs');

  beforeAll(async () => {
    app = await createApp(testConfig());
    await app.init();
    db = app.get(DataSource);
    await resetJobBoard(db);
    const branches = [await createBranch(db), await createBranch(db, { latitude: 39.74, longitude: -104.99 })];
    branchId = branches[1]?.id ?? '';
    const company = await createCompany(db);
    // The migrations' own indexes, built once over the 30,000 rows: maintaining GIN and RUM entries row by row costs
    // several times as much, and the plans below depend only on the indexes and the statistics.
    const indexes = await db.query<Array<{ name: string; definition: string }>>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE tablename = 'jobs' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'jobs'::regclass)`,
    );
    for (const { name } of indexes) await db.query(`DROP INDEX "${name}"`);
    // This test process's later files use the same database: the indexes come back even if the rows fail.
    try {
      await insertBoard(branches[0]?.id ?? '', company.id);
    } finally {
      for (const { definition } of indexes) await db.query(definition);
    }
    await db.query('ANALYZE jobs, branches, companies');
  }, 120_000);
  afterAll(() => app.close());

  /** 30,000 jobs over two branches (half each) and one company; one in ten closed. */
  async function insertBoard(firstBranchId: string, companyId: string): Promise<void> {
    await db.query(
      `INSERT INTO jobs (title, description, employment_type, skills, city, region, postal_code, latitude, longitude,
         pay_min_cents, pay_max_cents, pay_period, status, branch_id, company_id, posted_at)
       SELECT CASE WHEN i % 500 = 0 THEN 'Phlebotomist' WHEN i % 700 = 1 THEN 'Welder'
                   ELSE (ARRAY['Forklift Operator','Warehouse Associate','Registered Nurse','Data Analyst','Line Cook','Electrician',
                               'Receptionist','Software Engineer','Machine Operator','Payroll Specialist'])[1 + i % 10] || ' ' || (i % 97) END,
              'Job number ' || i || ' with duties ' || md5(i::text) || ' and ' || md5((i * 7)::text),
              (ARRAY['temporary','temp_to_hire','direct_hire'])[1 + i % 3]::job_employment_type,
              ARRAY['skill' || (i % 50), 'tool' || (i % 31)],
              'Town', 'IL', lpad((i % 400)::text, 5, '6'),
              30 + (i % 1500) / 100.0, -120 + (i % 3000) / 100.0,
              1500 + i % 1000, 2600 + i % 1000, 'hour',
              (CASE WHEN i % 10 = 0 THEN 'closed' ELSE 'open' END)::job_status,
              $1, $2, now() - (i || ' minutes')::interval
       FROM generate_series(1, 30000) AS i`,
      [firstBranchId, companyId],
    );
    await db.query(`UPDATE jobs SET branch_id = $1 WHERE random() < 0.5`, [branchId]);
  }

  // Where the rum extension exists, its index also answers @@ and the planner may prefer it to the GIN one; with one
  // employment type, that type's own partial index serves as well.
  const TITLE_INDEXES = ['jobs_title_vector_idx', 'jobs_title_rum_idx'];
  const TEXT_INDEXES = [...TITLE_INDEXES, 'jobs_search_vector_idx', 'jobs_search_rum_idx', 'jobs_search_temporary_idx', 'jobs_search_temp_to_hire_idx', 'jobs_search_direct_hire_idx'];
  const usesTextIndex = (all: PlanNode[]) => jobIndexes(all).some((name) => TEXT_INDEXES.includes(name));

  it('full text starts from a text index (GIN, or RUM where installed)', async () => {
    const all = await plan({ q: 'phlebotomist', sort: 'relevance' });
    expect(usesTextIndex(all)).toBe(true);
    expect(seqScansOfJobs(all)).toEqual([]);
  });

  it('the best tier (title and place) reads the small title index', async () => {
    const all = await plan({ q: 'registered nurse', sort: 'relevance' });
    expect(jobIndexes(all).some((name) => TITLE_INDEXES.includes(name))).toBe(true);
    expect(seqScansOfJobs(all)).toEqual([]);
  });

  it('full text with filters still starts from a text index', async () => {
    const all = await plan({ q: 'welder', sort: 'relevance', employmentTypes: ['temporary'], payMinDollarsPerYear: 40_000 });
    expect(usesTextIndex(all)).toBe(true);
    expect(seqScansOfJobs(all)).toEqual([]);
  });

  it('the recent board walks the posted_at keyset index', async () => {
    const all = await plan({ sort: 'recent' });
    expect(jobIndexes(all)).toContain('jobs_open_posted_idx');
    expect(seqScansOfJobs(all)).toEqual([]);
  });

  it('recent with filters uses an index, never a sequential scan', async () => {
    const typed = await plan({ sort: 'recent', employmentTypes: ['temporary'], postedWithinDays: 7 });
    expect(jobIndexes(typed).some((name) => ['jobs_open_type_posted_idx', 'jobs_open_posted_idx'].includes(name))).toBe(true);
    expect(seqScansOfJobs(typed)).toEqual([]);
    const byBranch = await plan({ sort: 'recent', branchId });
    expect(jobIndexes(byBranch).some((name) => ['jobs_open_branch_posted_idx', 'jobs_open_posted_idx'].includes(name))).toBe(true);
    expect(seqScansOfJobs(byBranch)).toEqual([]);
  });

  it('the next page (keyset condition) seeks into the posted_at index', async () => {
    const [row] = await db.query<Array<{ k: string; id: string }>>(
      `SELECT to_char(posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS k, id FROM jobs WHERE status = 'open' ORDER BY posted_at DESC, id DESC OFFSET 5000 LIMIT 1`,
    );
    const all = await plan({ sort: 'recent', after: { sort: 'recent', postedAt: row?.k ?? '', id: row?.id ?? '' } });
    expect(jobIndexes(all)).toContain('jobs_open_posted_idx');
    expect(seqScansOfJobs(all)).toEqual([]);
  });

  it('a radius search prefilters with the lat/lng index', async () => {
    const all = await plan({ sort: 'distance', origin: { lat: 35, lng: -100 }, radiusKm: 20 });
    expect(jobIndexes(all)).toContain('jobs_open_lat_lng_idx');
    expect(seqScansOfJobs(all)).toEqual([]);
  });

  it("the counts read each type's own GIN index, and the closing-date index for the jobs past their day", async () => {
    const all = await plan({ q: 'registered nurse', sort: 'relevance' }, buildJobCounts);
    // One scan of each type's own GIN index (never RUM: see buildJobCounts), one of the closing-date index.
    expect(jobIndexes(all).filter((name) => TEXT_INDEXES.includes(name)).sort()).toEqual([
      'jobs_search_direct_hire_idx',
      'jobs_search_temp_to_hire_idx',
      'jobs_search_temporary_idx',
    ]);
    expect(jobIndexes(all)).toContain('jobs_open_closes_at_idx');
    expect(seqScansOfJobs(all)).toEqual([]);
  });
});
