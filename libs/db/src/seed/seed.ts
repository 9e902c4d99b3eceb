import { Client, type ClientBase } from 'pg';
import type { BranchRow, CompanyRow, JobRow } from './generate';
import { ASSIGN_COMPANY_BRANCHES_SQL } from '../migrations/1790000610000-company-branch';
import { DEMO_ADMIN, DEMO_CANDIDATE, DEMO_RECRUITER_PASSWORD, insertDemoUsers } from './demo-users';
import { insertDemoStory, type DemoStory } from './demo-story';

/**
 * The generator, and with it faker with every one of its locales (about 16 MB of heap, and more for their code), is
 * loaded when a board is seeded, not by every process that imports @nextstep/db: the API and the worker never seed.
 */
const loadGenerator = () => import('./generate');

/** Outcome of `npm run db:seed`, printed by the CLI and the start script. */
export interface SeedResult {
  seeded: boolean;
  summary: string;
}

export interface SeedOptions {
  /** Number of jobs (default 1,500; `--jobs 200000` for the benchmark board). */
  jobs?: number;
  /** Number of client companies (default 60). */
  companies?: number;
  /** Random seed; the same seed and `now` give the same data, ids included. */
  seed?: number;
  /**
   * Anchor of the posting dates (default: the start of the current UTC day)
   * and of the demo candidate's applications (default: the current time, so
   * the interview they had is always a few hours old).
   */
  now?: Date;
  /** Printed in the summary's curl example. */
  appBaseUrl?: string;
  /** Called after each batch of jobs. */
  onProgress?: (inserted: number, total: number) => void;
  /**
   * The environment seeded. Demo sign-ins (whose passwords are published in the
   * README) are created in development and test only; when this is omitted or
   * `production`, the seed loads the board and creates no account at all.
   */
  nodeEnv?: 'development' | 'test' | 'production';
}

/** Whether the seed may create the demo sign-ins: never in production, nor when the caller does not say. */
export function seedsDemoUsers(options: Pick<SeedOptions, 'nodeEnv'>): boolean {
  return options.nodeEnv === 'development' || options.nodeEnv === 'test';
}

const BATCH = 2_000;
// Any constant works; it only has to be the same for every seeding process.
const SEED_LOCK = 4_242_026;

/**
 * Loads the demo data set when the database has no branches; otherwise
 * leaves it alone. Concurrent callers are serialised by an advisory lock, so
 * two `npm start`s never seed twice.
 */
export async function seedDemoDataIfEmpty(databaseUrl: string, options: SeedOptions = {}): Promise<SeedResult> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'nextstep-seed' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const existing = await counts(client);
    if (existing.branches > 0) {
      await client.query('ROLLBACK');
      return {
        seeded: false,
        summary: `Demo data already present (${existing.branches} branches, ${existing.companies} companies, ${existing.jobs} jobs); nothing seeded.`,
      };
    }
    await seedBoard(client, options);
    const users = seedsDemoUsers(options) ? await insertDemoUsers(client) : null;
    // Its own seeded faker, so the board is the same whether or not the demo accounts are made.
    const { seededFaker, DEFAULT_SEED } = await loadGenerator();
    const story = users ? await insertDemoStory(client, seededFaker((options.seed ?? DEFAULT_SEED) + 1), options.now ?? new Date()) : null;
    await client.query('COMMIT');
    const after = await counts(client);
    const base = (options.appBaseUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
    const signIns = users
      ? [
          'Demo sign-ins (POST /api/auth/login):',
          `  admin      ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
          `  recruiter  ${users.recruiters[0] ?? ''} (one per branch: recruiter.<city>@nextstep.demo) / ${DEMO_RECRUITER_PASSWORD}`,
          `  candidate  ${DEMO_CANDIDATE.email} / ${DEMO_CANDIDATE.password}${storyLine(story)}`,
        ]
      : [
          // Published passwords must never open a production system.
          'No accounts were created (production). Sign in as the admin from ADMIN_EMAIL / ADMIN_PASSWORD, which the API creates at start-up;',
          'that admin then adds recruiters (POST /api/admin/users).',
        ];
    return {
      seeded: true,
      summary: [
        `Seeded demo data: ${fmt(after.branches)} branches, ${fmt(after.companies)} companies (${fmt(after.confidential)} confidential), ` +
          `${fmt(after.jobs)} jobs (${fmt(after.open)} open).`,
        `Try a search:  curl '${base}/api/jobs?q=forklift%20operator&employmentType=temp_to_hire&limit=5'`,
        `Nearest branch: curl '${base}/api/branches/nearest?lat=41.88&lng=-87.63'`,
        ...signIns,
      ].join('\n'),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Inserts a whole board (no emptiness check): branches, companies, then jobs in batches. */
export async function seedBoard(client: ClientBase, options: SeedOptions = {}): Promise<void> {
  const { seededFaker, DEFAULT_SEED, generateBranches, generateCompanies, generateJobs } = await loadGenerator();
  const faker = seededFaker(options.seed ?? DEFAULT_SEED);
  const now = options.now ?? startOfUtcDay(new Date());
  const total = options.jobs ?? 1_500;
  const branches = generateBranches(faker);
  const companies = generateCompanies(faker, options.companies ?? 60);
  await insertBranches(client, branches);
  await insertCompanies(client, companies);
  let batch: JobRow[] = [];
  let inserted = 0;
  for (const job of generateJobs(faker, branches, companies, total, now)) {
    batch.push(job);
    if (batch.length === BATCH) {
      await insertJobs(client, batch);
      inserted += batch.length;
      batch = [];
      options.onProgress?.(inserted, total);
    }
  }
  if (batch.length) {
    await insertJobs(client, batch);
    inserted += batch.length;
    options.onProgress?.(inserted, total);
  }
  // Each client belongs to the branch that posts most of its jobs (who may edit it).
  await client.query(ASSIGN_COMPANY_BRANCHES_SQL);
  await client.query('ANALYZE branches, companies, jobs');
}

// Multi-row inserts: one JSON parameter per batch, unpacked by json_to_recordset (text[] from JSON arrays included).
export async function insertBranches(client: ClientBase, rows: BranchRow[]): Promise<void> {
  await client.query(
    `INSERT INTO branches (id, name, address_line, city, region, postal_code, phone, email, latitude, longitude, time_zone, opening_hours)
     SELECT id, name, address_line, city, region, postal_code, phone, email, latitude, longitude, time_zone, opening_hours
     FROM json_to_recordset($1::json) AS r(id uuid, name text, address_line text, city text, region text, postal_code text, phone text,
       email text, latitude float8, longitude float8, time_zone text, opening_hours text)`,
    [JSON.stringify(rows)],
  );
}

export async function insertCompanies(client: ClientBase, rows: Array<Omit<CompanyRow, 'sector' | 'industryKey'>>): Promise<void> {
  await client.query(
    `INSERT INTO companies (id, name, website, industry, mission, values, goals, operations, confidential)
     SELECT id, name, website, industry, mission, values, goals, operations, confidential
     FROM json_to_recordset($1::json) AS r(id uuid, name text, website text, industry text, mission text, values text[], goals text,
       operations text, confidential boolean)`,
    [JSON.stringify(rows)],
  );
}

export async function insertJobs(client: ClientBase, rows: JobRow[]): Promise<void> {
  await client.query(
    `INSERT INTO jobs (id, title, description, employment_type, skills, city, region, postal_code, latitude, longitude,
       pay_min_cents, pay_max_cents, pay_period, status, branch_id, company_id, posted_at, closes_at)
     SELECT id, title, description, employment_type, skills, city, region, postal_code, latitude, longitude,
       pay_min_cents, pay_max_cents, pay_period, status, branch_id, company_id, posted_at, closes_at
     FROM json_to_recordset($1::json) AS r(id uuid, title text, description text, employment_type job_employment_type, skills text[],
       city text, region text, postal_code text, latitude float8, longitude float8, pay_min_cents int, pay_max_cents int,
       pay_period job_pay_period, status job_status, branch_id uuid, company_id uuid, posted_at timestamptz, closes_at timestamptz)`,
    [JSON.stringify(rows)],
  );
}

async function counts(
  client: ClientBase,
): Promise<{ branches: number; companies: number; confidential: number; jobs: number; open: number }> {
  const { rows } = await client.query<Record<'branches' | 'companies' | 'confidential' | 'jobs' | 'open', number>>(
    `SELECT (SELECT count(*) FROM branches)::int AS branches,
            (SELECT count(*) FROM companies)::int AS companies,
            (SELECT count(*) FROM companies WHERE confidential)::int AS confidential,
            (SELECT count(*) FROM jobs)::int AS jobs,
            (SELECT count(*) FROM jobs WHERE status = 'open')::int AS open`,
  );
  const [row] = rows;
  if (!row) throw new Error('counting the demo data returned no row');
  return row;
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

const fmt = (n: number): string => n.toLocaleString('en-US');

const STAGE_WORDS: Partial<Record<DemoStory['applications'][number]['status'], string>> = { applied: 'waiting for news', interviewed: 'interviewed, a thank-you note is due' };

function storyLine(story: DemoStory | null): string {
  if (!story?.applications.length) return '';
  return ` (applied to ${story.applications.map((a) => `${a.title}: ${STAGE_WORDS[a.status] ?? a.status}`).join('; ')})`;
}
