import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import { describe, expect, it } from 'vitest';
import { createStaff, useTestApp } from '../testing/test-app';

describe('staff job reads', () => {
  const ctx = useTestApp();

  it("lists a branch's drafts for its recruiters only, and lets an admin pick the branch", async () => {
    const [aurora, elgin] = [await createBranch(ctx.t.dataSource, { name: 'Aurora' }), await createBranch(ctx.t.dataSource, { name: 'Elgin' })];
    const secret = await createCompany(ctx.t.dataSource, { name: 'Hidden Mills', confidential: true });
    const draft = await createJob(ctx.t.dataSource, { branch: aurora, company: secret, status: 'draft', title: 'Mill Operator' });
    await createJob(ctx.t.dataSource, { branch: elgin, company: secret, title: 'Elsewhere' });
    const recruiter = await createStaff(ctx.t, 'recruiter', aurora.id);
    const other = await createStaff(ctx.t, 'recruiter', elgin.id);
    const admin = await createStaff(ctx.t, 'admin');

    const mine = (await ctx.t.request('GET', '/api/staff/jobs', { token: recruiter.token })).json<Array<{ id: string; status: string; branchId: string }>>();
    expect(mine).toEqual([expect.objectContaining({ id: draft.id, status: 'draft', branchId: aurora.id })]);
    expect((await ctx.t.request('GET', `/api/staff/jobs/${draft.id}`, { token: recruiter.token })).json()).toMatchObject({ title: 'Mill Operator', status: 'draft' });
    expect((await ctx.t.request('GET', `/api/staff/jobs/${draft.id}`, { token: other.token })).statusCode).toBe(404);
    expect((await ctx.t.request('GET', `/api/jobs/${draft.id}`)).statusCode).toBe(404);
    const forAdmin = (await ctx.t.request('GET', '/api/staff/jobs', { token: admin.token, query: { branchId: elgin.id } })).json<Array<{ branchId: string }>>();
    expect(forAdmin.length).toBeGreaterThan(0);
    expect(forAdmin.every((job) => job.branchId === elgin.id)).toBe(true);
  });
});
