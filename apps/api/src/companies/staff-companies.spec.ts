import { createBranch, createCompany } from '@nextstep/db/testing';
import { describe, expect, it } from 'vitest';
import { createStaff, useTestApp } from '../testing/test-app';

describe('staff company reads', () => {
  const ctx = useTestApp();

  it('unmasks confidential companies for staff, while the public profile stays hidden', async () => {
    const secret = await createCompany(ctx.t.dataSource, { name: 'Hidden Mills', confidential: true });
    const recruiter = await createStaff(ctx.t, 'recruiter', (await createBranch(ctx.t.dataSource, { name: 'Aurora' })).id);

    const companies = (await ctx.t.request('GET', '/api/staff/companies', { token: recruiter.token })).json<Array<{ id: string; name: string; confidential: boolean }>>();
    expect(companies).toContainEqual(expect.objectContaining({ id: secret.id, name: 'Hidden Mills', confidential: true }));
    expect((await ctx.t.request('GET', `/api/staff/companies/${secret.id}`, { token: recruiter.token })).json()).toMatchObject({ name: 'Hidden Mills' });
    expect((await ctx.t.request('GET', `/api/companies/${secret.id}`)).statusCode).toBe(404);
  });
});
