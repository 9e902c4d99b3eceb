import { dropDatabase, migrate } from '@nextstep/db';
import { newTestServices } from '@nextstep/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/test-app';

describe('bootstrap admin', () => {
  // Its own database: the rule is "only when no admin exists", which other suites' admins would mask.
  const { databaseUrl } = newTestServices();
  beforeAll(() => migrate(databaseUrl));
  afterAll(() => dropDatabase(databaseUrl));

  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD when there is no admin, once', async () => {
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

  it('is not created when an admin already exists', async () => {
    const t = await startTestApp({ DATABASE_URL: databaseUrl, ADMIN_EMAIL: 'second@agency.example', ADMIN_PASSWORD: 'second-admin-password-9' });
    try {
      const login = await t.request('POST', '/api/auth/login', { body: { email: 'second@agency.example', password: 'second-admin-password-9' } });
      expect(login.statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});
