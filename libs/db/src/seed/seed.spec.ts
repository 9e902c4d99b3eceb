import fc from 'fast-check';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adviseFollowUp, adviseThankYou, followUpDueAt, toApplicationFacts, type ApplicationStage } from '@nextstep/guidance';
import { currentTestServices, newTestServices, runEntryPoint, testEnv } from '@nextstep/testing';
import { dropDatabase, migrate } from '../migrate';
import { verifyPassword } from '@nextstep/platform';
import { DEMO_ADMIN, DEMO_CANDIDATE, DEMO_RECRUITER_PASSWORD, demoRecruiterEmail } from './demo-users';
import { generateBranches, generateCompanies, generateJobs, ROLES_BY_INDUSTRY, seededFaker, withArticle, type CompanyRow, type JobRow } from './generate';
import { INDUSTRIES, INDUSTRY_BY_NOUN } from './industries';
import { ROLES, type RoleTemplate } from './roles';
import { SCHEDULES, SHIFT_LABELS, SHIFTS, shiftOfTitle, shiftsOf, type Shift } from './shifts';
import { seedDemoDataIfEmpty } from './seed';

const NOW = new Date('2026-11-25T00:00:00Z');

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A digest of every seeded value (ids included, bookkeeping timestamps excluded). */
function digest(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ d: string }>(`
      SELECT md5(
        (SELECT string_agg(concat_ws('|', id, name, address_line, city, region, postal_code, phone, email, latitude, longitude, time_zone, opening_hours), ',' ORDER BY id) FROM branches) ||
        (SELECT string_agg(concat_ws('|', id, name, website, industry, mission, values::text, goals, operations, confidential), ',' ORDER BY id) FROM companies) ||
        (SELECT string_agg(concat_ws('|', id, title, description, employment_type, skills::text, city, region, postal_code, latitude, longitude,
                  pay_min_cents, pay_max_cents, pay_period, status, branch_id, company_id, posted_at, closes_at), ',' ORDER BY id) FROM jobs) ||
        -- The demo candidate's story; user ids are the database's own, so people are named by e-mail.
        coalesce((SELECT string_agg(concat_ws('|', a.id, a.job_id, u.email, a.status, a.cover_letter, a.resume_text, a.applied_at, a.decision_expected_by,
                  a.follow_up_due_at, a.version, a.created_at, a.updated_at), ',' ORDER BY a.id) FROM applications a JOIN users u ON u.id = a.candidate_id), '') ||
        coalesce((SELECT string_agg(concat_ws('|', e.id, e.application_id, e.type, u.email, e.from_status, e.to_status, e.note, e.note_for_candidate, e.occurred_at),
                  ',' ORDER BY e.id) FROM application_events e JOIN users u ON u.id = e.actor_id), '') ||
        coalesce((SELECT string_agg(concat_ws('|', i.id, i.application_id, i.scheduled_at, i.duration_minutes, i.mode, i.location, i.interviewer_name, i.status,
                  i.completed_at, i.next_steps, u.email), ',' ORDER BY i.id) FROM interviews i LEFT JOIN users u ON u.id = i.scheduled_by_id), '') ||
        coalesce((SELECT string_agg(concat_ws('|', id, type, application_id, payload::text, created_at, processed_at), ',' ORDER BY id) FROM outbox_events), '')
      ) AS d`);
    return rows[0]?.d ?? '';
  });
}

describe('demo data seed', () => {
  const first = newTestServices().databaseUrl;
  const second = newTestServices().databaseUrl;

  beforeAll(async () => {
    await Promise.all([migrate(first), migrate(second)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([dropDatabase(first), dropDatabase(second)]);
  });

  it('loads a realistic board into an empty database', async () => {
    const result = await seedDemoDataIfEmpty(first, { now: NOW, nodeEnv: 'development' });
    expect(result.seeded).toBe(true);
    expect(result.summary).toMatch(/12 branches, 60 companies \(\d+ confidential\), 1,500 jobs/);
    expect(result.summary).toMatch(/curl '.*\/api\/jobs\?q=/);
    const stats = await withClient(first, async (c) => {
      const { rows } = await c.query<Record<string, number>>(`SELECT
          (SELECT count(*) FROM branches)::int AS branches,
          (SELECT count(DISTINCT time_zone) FROM branches)::int AS zones,
          (SELECT count(*) FROM companies WHERE confidential)::int AS confidential,
          (SELECT count(DISTINCT employment_type) FROM jobs)::int AS types,
          (SELECT count(*) FROM jobs WHERE status = 'open')::int AS open,
          (SELECT count(*) FROM jobs WHERE pay_period = 'hour' AND pay_min_cents NOT BETWEEN 1200 AND 8000)::int AS odd_hourly,
          (SELECT count(*) FROM jobs WHERE pay_period = 'year' AND pay_min_cents NOT BETWEEN 2500000 AND 20000000)::int AS odd_yearly,
          (SELECT count(*) FROM jobs j JOIN companies c ON c.id = j.company_id WHERE c.confidential AND position(c.name IN j.description) > 0)::int AS leaks,
          (SELECT count(*) FROM companies c WHERE c.branch_id IS NULL AND EXISTS (SELECT 1 FROM jobs j WHERE j.company_id = c.id))::int AS unowned`);
      return rows[0] ?? {};
    });
    // Every client with jobs belongs to a branch (the one posting most of them), whose recruiters may edit it.
    expect(stats).toMatchObject({ branches: 12, types: 3, odd_hourly: 0, odd_yearly: 0, leaks: 0, unowned: 0 });
    expect(stats['zones']).toBeGreaterThanOrEqual(4);
    expect(stats['confidential']).toBeGreaterThan(0);
    expect(stats['open']).toBeGreaterThan(1_200);
  });

  it('creates the documented demo sign-ins: one admin, one recruiter per branch, one candidate', async () => {
    const users = await withClient(first, async (c) =>
      (await c.query<{ email: string; role: string; password_hash: string; branch_id: string | null }>('SELECT email, role, password_hash, branch_id FROM users')).rows,
    );
    expect(users.filter((u) => u.role === 'admin')).toHaveLength(1);
    const recruiters = users.filter((u) => u.role === 'recruiter');
    expect(recruiters).toHaveLength(12);
    expect(new Set(recruiters.map((u) => u.branch_id)).size).toBe(12);
    const admin = users.find((u) => u.email === DEMO_ADMIN.email);
    expect(admin?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(admin?.password_hash ?? '', DEMO_ADMIN.password)).toBe(true);
    const candidate = users.find((u) => u.email === DEMO_CANDIDATE.email);
    expect(await verifyPassword(candidate?.password_hash ?? '', DEMO_CANDIDATE.password)).toBe(true);
  });

  it('gives the demo candidate two applications the portal and the Chicago recruiter both see: one waiting, one owing a thank-you', async () => {
    const story = await withClient(first, async (c) => {
      const applications = (
        await c.query<{ id: string; status: ApplicationStage; applied_at: Date; decision_expected_by: Date | null; follow_up_due_at: Date | null; job_status: string;
          posted_at: Date; city: string; title: string; version: number }>(
          `SELECT a.id, a.status, a.applied_at, a.decision_expected_by, a.follow_up_due_at, a.version, j.status AS job_status, j.posted_at, b.city, j.title
             FROM applications a JOIN users u ON u.id = a.candidate_id JOIN jobs j ON j.id = a.job_id JOIN branches b ON b.id = j.branch_id
            WHERE u.email = $1 ORDER BY a.applied_at DESC`,
          [DEMO_CANDIDATE.email],
        )
      ).rows;
      const interviews = (
        await c.query<{ application_id: string; scheduled_at: Date; duration_minutes: number; completed_at: Date | null; status: string; scheduled_by: string | null }>(
          `SELECT i.application_id, i.scheduled_at, i.duration_minutes, i.completed_at, i.status, u.email AS scheduled_by FROM interviews i LEFT JOIN users u ON u.id = i.scheduled_by_id`,
        )
      ).rows;
      const events = (
        await c.query<{ application_id: string; type: string; to_status: string | null; actor: string; occurred_at: Date }>(
          `SELECT e.application_id, e.type, e.to_status, u.email AS actor, e.occurred_at FROM application_events e JOIN users u ON u.id = e.actor_id ORDER BY e.occurred_at`,
        )
      ).rows;
      const outbox = (await c.query<{ pending: number; total: number }>(`SELECT count(*) FILTER (WHERE processed_at IS NULL)::int AS pending, count(*)::int AS total FROM outbox_events`)).rows[0];
      const emails = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM scheduled_emails')).rows[0]?.n;
      return { applications, interviews, events, outbox, emails };
    });
    const [fresh, interviewed] = story.applications;
    expect(story.applications.map((a) => a.status)).toEqual(['applied', 'interviewed']);
    if (!fresh || !interviewed) throw new Error('unreachable');
    // Jobs that fit the candidate's resume (forklift operator) in their city, open, and posted before they applied.
    const warehouseWork = /^(forklift|reach truck|warehouse forklift|warehouse associate|warehouse picker|order picker|material handler|shipping and receiving clerk)/i;
    expect(interviewed.title).toMatch(warehouseWork);
    expect(fresh.title).toMatch(warehouseWork);
    for (const a of story.applications) {
      expect(a).toMatchObject({ city: 'Chicago', job_status: 'open' });
      expect(a.posted_at.getTime()).toBeLessThan(a.applied_at.getTime());
      expect(a.applied_at.getTime()).toBeLessThan(NOW.getTime());
    }
    expect(fresh).toMatchObject({ follow_up_due_at: null, version: 1 });
    expect((NOW.getTime() - fresh.applied_at.getTime()) / 86_400_000).toBeGreaterThan(2);

    // The history is the API's: the candidate applied, the branch's recruiter screened, scheduled and completed.
    const chicagoRecruiter = demoRecruiterEmail('Chicago');
    expect(story.events.filter((e) => e.application_id === fresh.id).map((e) => [e.type, e.actor])).toEqual([['applied', DEMO_CANDIDATE.email]]);
    expect(story.events.filter((e) => e.application_id === interviewed.id).map((e) => [e.type, e.to_status, e.actor])).toEqual([
      ['applied', 'applied', DEMO_CANDIDATE.email],
      ['status_changed', 'screening', chicagoRecruiter],
      ['status_changed', 'interview_scheduled', chicagoRecruiter],
      ['interview_scheduled', null, chicagoRecruiter],
      ['status_changed', 'interviewed', chicagoRecruiter],
      ['interview_completed', null, chicagoRecruiter],
    ]);
    const [interview] = story.interviews;
    expect(story.interviews).toHaveLength(1);
    expect(interview).toMatchObject({ application_id: interviewed.id, status: 'completed', scheduled_by: chicagoRecruiter });
    // Held recently: ended at least an hour before the seed and less than a day before it.
    const endedAgo = NOW.getTime() - (interview?.completed_at?.getTime() ?? 0);
    expect(endedAgo).toBeGreaterThanOrEqual(3_600_000);
    expect(endedAgo).toBeLessThan(86_400_000);

    // What the portal's guidance says for them at seeding time.
    const facts = (a: typeof fresh) => toApplicationFacts({ status: a.status, appliedAt: a.applied_at, decisionExpectedBy: a.decision_expected_by }, story.interviews.filter((i) => i.application_id === a.id).map((i) => ({ scheduledAt: i.scheduled_at, durationMinutes: i.duration_minutes, completedAt: i.completed_at, status: i.status })));
    expect(adviseFollowUp(facts(fresh), NOW).code).toBe('APPLICATION_STAGE');
    expect(adviseThankYou(facts(fresh), NOW).code).toBe('NO_INTERVIEW_YET');
    const thankYou = adviseThankYou(facts(interviewed), NOW);
    expect(thankYou).toMatchObject({ code: 'SEND_THANK_YOU', allowed: true });
    expect(thankYou.dueAt?.getTime()).toBeGreaterThan(NOW.getTime());
    expect(adviseFollowUp(facts(interviewed), NOW).code).toBe('WAIT_FOR_DECISION');
    // The due date the API keeps in step on every save (ApplicationStore.save), from the same rule.
    expect(interviewed.follow_up_due_at?.toISOString()).toBe(followUpDueAt(facts(interviewed))?.toISOString());
    expect(interviewed.version).toBe(5);

    // The outbox holds the same events the API writes, already relayed, and no e-mail is planned for the seeded past.
    expect(story.outbox).toEqual({ pending: 0, total: 7 });
    expect(story.emails).toBe(0);
  });

  it('is deterministic: a second fresh database gets exactly the same data', async () => {
    await seedDemoDataIfEmpty(second, { now: NOW, nodeEnv: 'test' });
    expect(await digest(second)).toBe(await digest(first));
  });

  it('seeds only when the database has no branches', async () => {
    const before = await digest(first);
    const again = await seedDemoDataIfEmpty(first, { now: new Date('2030-01-01T00:00:00Z'), seed: 1 });
    expect(again.seeded).toBe(false);
    expect(again.summary).toMatch(/already present/);
    expect(await digest(first)).toBe(before);
  });

  it('never seeds twice when two processes start at once', async () => {
    const url = newTestServices().databaseUrl;
    await migrate(url);
    try {
      const results = await Promise.all([seedDemoDataIfEmpty(url, { jobs: 50 }), seedDemoDataIfEmpty(url, { jobs: 50 })]);
      expect(results.filter((r) => r.seeded)).toHaveLength(1);
      expect(await withClient(url, async (c) => (await c.query('SELECT count(*)::int AS n FROM jobs')).rows[0]?.n)).toBe(50);
    } finally {
      await dropDatabase(url);
    }
  });

  describe('in production', () => {
    const usersOf = (url: string) =>
      withClient(url, async (c) => (await c.query<{ email: string }>('SELECT email FROM users')).rows.map((r) => r.email));

    it('loads the board but creates no account, and says that sign-in comes from ADMIN_EMAIL', async () => {
      const url = newTestServices().databaseUrl;
      await migrate(url);
      try {
        const result = await seedDemoDataIfEmpty(url, { jobs: 30, nodeEnv: 'production' });
        expect(result.seeded).toBe(true);
        expect(await usersOf(url)).toEqual([]);
        expect(result.summary).toMatch(/ADMIN_EMAIL/);
        for (const published of [DEMO_ADMIN.password, DEMO_RECRUITER_PASSWORD, DEMO_CANDIDATE.password]) expect(result.summary).not.toContain(published);
        // A caller that does not say which environment it seeds gets the safe answer too.
        const unsaid = newTestServices().databaseUrl;
        await migrate(unsaid);
        try {
          await seedDemoDataIfEmpty(unsaid, { jobs: 10 });
          expect(await usersOf(unsaid)).toEqual([]);
        } finally {
          await dropDatabase(unsaid);
        }
      } finally {
        await dropDatabase(url);
      }
    });

    it('`npm run db:seed` with NODE_ENV=production creates no demo sign-in', async () => {
      const url = newTestServices().databaseUrl;
      const env = testEnv({ ...currentTestServices(), databaseUrl: url }, { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars' });
      const seed = runEntryPoint('libs/db/src/cli/seed.ts', env);
      try {
        expect((await seed.exited).code).toBe(0);
        const { stdout } = seed.output();
        expect(stdout).toMatch(/Seeded demo data: 12 branches/);
        expect(stdout).toMatch(/ADMIN_EMAIL/);
        expect(stdout).not.toContain(DEMO_ADMIN.password);
        expect(await usersOf(url)).toEqual([]);
      } finally {
        await dropDatabase(url);
      }
    }, 120_000);
  });
});

/** The first "h:mm am/pm" of a schedule line, as an hour of the day (0–23). */
function startHour(schedule: string): number {
  const match = /(\d{1,2}):(\d{2}) (am|pm)/.exec(schedule);
  if (!match) throw new Error(`no start time in "${schedule}"`);
  const hour = Number(match[1]) % 12;
  return match[3] === 'pm' ? hour + 12 : hour;
}

/** What a person reading the title expects of the schedule's start. */
const SHIFT_STARTS: Record<Shift, (hour: number, schedule: string) => boolean> = {
  day: (h) => h >= 5 && h <= 10,
  second: (h) => h >= 13 && h <= 17,
  night: (h) => h >= 19 && h <= 23,
  weekend: (_h, schedule) => /saturday|sunday/i.test(schedule),
};

function scheduleOf(job: JobRow): string {
  const line = job.description.split('\n\n').find((p) => p.startsWith('Schedule: '));
  if (!line) throw new Error(`no schedule in ${job.id}`);
  return line.slice('Schedule: '.length);
}

/** The role a title belongs to: its base title (the shift label cut off) names exactly one role. */
const ROLE_BY_TITLE = new Map<string, RoleTemplate>(ROLES.flatMap((role) => role.titles.map((title) => [title, role] as const)));
function baseTitle(title: string): string {
  const labels = Object.values(SHIFT_LABELS).flat().filter((l): l is string => l !== null);
  const label = labels.find((l) => title.endsWith(` – ${l}`));
  return label ? title.slice(0, -` – ${label}`.length) : title;
}

function board(seed: number, companies: number, jobs: number): { companies: CompanyRow[]; jobs: JobRow[] } {
  const faker = seededFaker(seed);
  const branches = generateBranches(faker);
  const rows = generateCompanies(faker, companies);
  return { companies: rows, jobs: [...generateJobs(faker, branches, rows, jobs, NOW)] };
}

describe('the demo board generator', () => {
  it('has coherent templates: every role offers only shifts its schedule pattern writes, every industry hires, no base title is ambiguous', () => {
    for (const role of ROLES) {
      for (const shift of role.shifts) expect(shiftsOf(role.pattern), `${role.key} ${shift}`).toContain(shift);
      for (const title of role.titles) {
        expect(ROLE_BY_TITLE.get(title), title).toBe(role);
        // A base title never names a shift of its own: the shift word comes from the job's shift.
        expect(shiftOfTitle(title), title).toBe('day');
      }
      for (const key of role.industries) expect(INDUSTRIES.map((i) => i.key)).toContain(key);
      for (const skill of role.skills) expect(skill.length).toBeGreaterThan(1);
    }
    for (const industry of INDUSTRIES) expect(ROLES_BY_INDUSTRY.get(industry.key)?.length ?? 0, industry.key).toBeGreaterThan(0);
    expect(INDUSTRY_BY_NOUN.size).toBe(INDUSTRIES.length);
    // Every schedule line of a shift starts when that shift does.
    for (const [pattern, byShift] of Object.entries(SCHEDULES)) {
      for (const shift of SHIFTS) {
        for (const line of byShift[shift] ?? []) expect(SHIFT_STARTS[shift](startHour(line), line), `${pattern} ${shift}: ${line}`).toBe(true);
      }
    }
  });

  it('writes jobs whose title, schedule, skills, pay and company agree (any seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { companies, jobs } = board(seed, 40, 250);
        const companyById = new Map(companies.map((c) => [c.id, c]));
        for (const job of jobs) {
          const company = companyById.get(job.company_id);
          const role = ROLE_BY_TITLE.get(baseTitle(job.title));
          if (!company || !role) throw new Error(`unknown company or role for "${job.title}"`);
          // The shift word of the title drives the schedule.
          const shift = shiftOfTitle(job.title);
          const schedule = scheduleOf(job);
          expect(SCHEDULES[role.pattern][shift], `${job.title}: ${schedule}`).toContain(schedule);
          expect(SHIFT_STARTS[shift](startHour(schedule), schedule), `${job.title}: ${schedule}`).toBe(true);
          // The role's skills, for an industry that hires for it.
          for (const skill of job.skills) expect(role.skills, job.title).toContain(skill);
          expect(role.industries).toContain(company.industryKey);
          expect(role.types).toContain(job.employment_type);
          const [lo, hi] = job.pay_period === 'hour' ? role.hourly.map((d) => d * 100) : role.yearly.map((d) => d * 100);
          expect(job.pay_min_cents).toBeGreaterThanOrEqual(lo ?? 0);
          expect(job.pay_max_cents).toBeLessThanOrEqual((hi ?? 0) + (job.pay_period === 'hour' ? 400 : hi ?? 0));
          expect(job.pay_max_cents).toBeGreaterThanOrEqual(job.pay_min_cents);
          expect(job.description).toContain(`Our client, ${withArticle(company.industry)} in ${job.city}, ${job.region}, is hiring ${withArticle(job.title)}.`);
          expect(job.description).not.toContain(company.name);
        }
      }),
      { numRuns: 12 },
    );
  });

  it('writes companies whose name, mission, values, goals and operations all come from their own industry', () => {
    const { companies } = board(20261125, 500, 0);
    expect(new Set(companies.map((c) => c.name)).size).toBe(500);
    for (const company of companies) {
      const industry = INDUSTRY_BY_NOUN.get(company.industry);
      if (!industry) throw new Error(`unknown industry ${company.industry}`);
      expect(industry.key).toBe(company.industryKey);
      expect(industry.missions).toContain(company.mission);
      expect(industry.goals).toContain(company.goals);
      for (const value of company.values) expect(industry.values).toContain(value);
      expect(company.values.length).toBeGreaterThanOrEqual(3);
      expect(industry.operations.some((o) => company.operations.startsWith(`The company ${o}, employing about `))).toBe(true);
      expect(industry.suffixes.some((suffix) => company.name.endsWith(` ${suffix}`)), company.name).toBe(true);
      expect(company.website).toMatch(/^https:\/\/www\.[a-z0-9]+\.example$/);
    }
  });

  it('gives search something realistic: broad words match many jobs, and the trade abbreviations appear', () => {
    const { jobs } = board(20261125, 60, 1_500);
    const text = (job: JobRow) => `${job.title}\n${job.skills.join('\n')}\n${job.description}`;
    const matching = (pattern: RegExp) => jobs.filter((job) => pattern.test(text(job))).length;
    for (const word of [/\bnurs(e|es|ing)\b/i, /\bwarehouse\b/i, /\bdriver\b/i, /\bcustomer service\b/i, /\bforklift\b/i]) expect(matching(word), String(word)).toBeGreaterThan(40);
    for (const abbreviation of [/\bCNA\b/, /\bRN\b/, /\bLPN\b/, /\bCDL-A\b/, /forklift certification/]) expect(matching(abbreviation), String(abbreviation)).toBeGreaterThan(5);
    // Shift work says so in the title, but most jobs are plain day work.
    const shifted = jobs.filter((job) => shiftOfTitle(job.title) !== 'day').length;
    expect(shifted).toBeGreaterThan(100);
    expect(shifted).toBeLessThan(jobs.length / 2);
  });

  it('is deterministic without a database: the same seed gives the same rows, another seed another board', () => {
    expect(board(7, 30, 200)).toEqual(board(7, 30, 200));
    expect(board(8, 30, 200).jobs.map((j) => j.title)).not.toEqual(board(7, 30, 200).jobs.map((j) => j.title));
  });

  it('uses "an" where people say it', () => {
    expect(['hotel', 'RN Case Manager', 'LPN', 'HVAC Technician', 'CNA', 'outpatient clinic group', 'Inventory Clerk', 'CDL-A Truck Driver'].map(withArticle)).toEqual([
      'a hotel',
      'an RN Case Manager',
      'an LPN',
      'an HVAC Technician',
      'a CNA',
      'an outpatient clinic group',
      'an Inventory Clerk',
      'a CDL-A Truck Driver',
    ]);
  });
});
