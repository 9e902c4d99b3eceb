import { DEMO_ADMIN, DEMO_RECRUITER_PASSWORD, dropDatabase, seedDemoDataIfEmpty } from '@nextstep/db';
import { hashPassword } from '@nextstep/platform';
import { newTestDatabase } from '@nextstep/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/test-app';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars' };

describe('bootstrap admin', () => {
  // Its own database: other suites' admins would mask what this one checks.
  let databaseUrl: string;
  beforeAll(async () => {
    databaseUrl = await newTestDatabase();
  });
  afterAll(() => dropDatabase(databaseUrl));

  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD when that account does not exist, once', async () => {
    const env = { DATABASE_URL: databaseUrl, ADMIN_EMAIL: 'Boss@Agency.example', ADMIN_PASSWORD: 'first-admin-password-9' };
    for (let run = 0; run < 2; run++) {
      const t = await startTestApp(env);
      try {
        const login = await t.request('POST', '/api/auth/login', { body: { email: 'boss@agency.example', password: 'first-admin-password-9' } });
        expect(login.statusCode).toBe(200);
        expect(login.json().user.role).toBe('admin');
        const [{ count }] = (await t.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE role = 'admin'`)) as [{ count: number }];
        expect(count).toBe(1);
      } finally {
        await t.close();
      }
    }
  });

  it('is created even when another admin exists (the demo seed’s, say)', async () => {
    const t = await startTestApp({ DATABASE_URL: databaseUrl, ADMIN_EMAIL: 'second@agency.example', ADMIN_PASSWORD: 'second-admin-password-9' });
    try {
      const login = await t.request('POST', '/api/auth/login', { body: { email: 'second@agency.example', password: 'second-admin-password-9' } });
      expect(login.statusCode).toBe(200);
      expect(login.json().user.role).toBe('admin');
    } finally {
      await t.close();
    }
  });

  it('never promotes an existing account that holds ADMIN_EMAIL', async () => {
    const first = await startTestApp({ DATABASE_URL: databaseUrl });
    try {
      const registered = await first.request('POST', '/api/auth/register', {
        body: { email: 'taken@agency.example', password: 'someone-elses-pass-42', firstName: 'Eve', lastName: 'Early' },
      });
      expect(registered.statusCode).toBe(201);
    } finally {
      await first.close();
    }
    const t = await startTestApp({ DATABASE_URL: databaseUrl, ADMIN_EMAIL: 'taken@agency.example', ADMIN_PASSWORD: 'the-operators-pass-42' });
    try {
      const [row] = (await t.dataSource.query(`SELECT role FROM users WHERE email = 'taken@agency.example'`)) as [{ role: string }];
      expect(row.role).toBe('candidate');
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'taken@agency.example', password: 'the-operators-pass-42' } })).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describe('production start-up', () => {
  let databaseUrl: string;
  beforeAll(async () => {
    databaseUrl = await newTestDatabase();
  });
  afterAll(() => dropDatabase(databaseUrl));

  it('refuses to run while an account signs in with a published demo password, naming it', async () => {
    // The demo board with its sign-ins, as `npm run db:seed` made it before production stopped creating them.
    await seedDemoDataIfEmpty(databaseUrl, { jobs: 10, nodeEnv: 'development' });
    await expect(startTestApp({ ...PRODUCTION, DATABASE_URL: databaseUrl })).rejects.toThrow(
      new RegExp(`Refusing to start in production: .*${DEMO_ADMIN.email.replace('.', '\\.')}.*recruiter\\.chicago@nextstep\\.demo`),
    );
  });

  it('starts once every demo account has another password or is deactivated, and ADMIN_PASSWORD is not a published one', async () => {
    await expect(startTestApp({ ...PRODUCTION, DATABASE_URL: databaseUrl, ADMIN_EMAIL: 'ops@agency.example', ADMIN_PASSWORD: DEMO_RECRUITER_PASSWORD })).rejects.toThrow(
      /ADMIN_PASSWORD/,
    );
    const hash = await hashPassword('a-new-private-passphrase-9');
    const pool = await startTestApp({ DATABASE_URL: databaseUrl });
    try {
      await pool.dataSource.query(`UPDATE users SET password_hash = $1 WHERE email = $2`, [hash, DEMO_ADMIN.email]);
      await pool.dataSource.query(`UPDATE users SET deactivated_at = now() WHERE email LIKE '%@nextstep.demo' AND email <> $1`, [DEMO_ADMIN.email]);
    } finally {
      await pool.close();
    }
    const t = await startTestApp({ ...PRODUCTION, DATABASE_URL: databaseUrl, ADMIN_EMAIL: 'ops@agency.example', ADMIN_PASSWORD: 'the-operators-pass-42' });
    try {
      expect((await t.request('GET', '/api/health')).statusCode).toBe(200);
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'ops@agency.example', password: 'the-operators-pass-42' } })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
