import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTestServices, newTestServices, runEntryPoint, testEnv } from '@nextstep/testing';
import { dropDatabase, migrate } from '../migrate';
import { verifyPassword } from '@nextstep/platform';
import { DEMO_ADMIN, DEMO_CANDIDATE, DEMO_RECRUITER_PASSWORD } from './demo-users';
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
                  pay_min_cents, pay_max_cents, pay_period, status, branch_id, company_id, posted_at, closes_at), ',' ORDER BY id) FROM jobs)
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
