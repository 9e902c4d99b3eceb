import { createBranch, createCompany } from '@nextstep/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, startTestApp, type TestApp } from '../testing/test-app';

describe('staff company reads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('unmasks confidential companies for staff, while the public profile stays hidden', async () => {
    const secret = await createCompany(t.dataSource, { name: 'Hidden Mills', confidential: true });
    const recruiter = await createStaff(t, 'recruiter', (await createBranch(t.dataSource, { name: 'Aurora' })).id);

    const companies = (await t.request('GET', '/api/staff/companies', { token: recruiter.token })).json<Array<{ id: string; name: string; confidential: boolean }>>();
    expect(companies).toContainEqual(expect.objectContaining({ id: secret.id, name: 'Hidden Mills', confidential: true }));
    expect((await t.request('GET', `/api/staff/companies/${secret.id}`, { token: recruiter.token })).json()).toMatchObject({ name: 'Hidden Mills' });
    expect((await t.request('GET', `/api/companies/${secret.id}`)).statusCode).toBe(404);
  });
});
