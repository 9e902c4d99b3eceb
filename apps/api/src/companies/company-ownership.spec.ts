import { createBranch, createCompany } from '@nextstep/db/testing';
import { describe, expect, it } from 'vitest';
import { createStaff, useTestApp } from '../testing/test-app';
import { COMPANY_PROFILE, jobWriteBody } from '../testing/write-bodies';

describe('a client company belongs to a branch', () => {
  const ctx = useTestApp({
    setUp: async (t) => {
      const north = await createBranch(t.dataSource, { name: 'North Branch' });
      const south = await createBranch(t.dataSource, { name: 'South Branch' });
      const client = await createCompany(t.dataSource, { name: 'Harbor Foods', confidential: true, branchId: north.id });
      const northRecruiter = await createStaff(t, 'recruiter', north.id);
      const southRecruiter = await createStaff(t, 'recruiter', south.id);
      const admin = await createStaff(t, 'admin');
      return { north, south, client, northRecruiter, southRecruiter, admin };
    },
  });

  it("another branch's recruiter cannot edit it, nor turn confidential off to expose the client's name", async () => {
    const res = await ctx.t.request('PATCH', `/api/companies/${ctx.client.id}`, { token: ctx.southRecruiter.token, body: { confidential: false } });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/belongs to another branch/);
    const [row] = (await ctx.t.dataSource.query('SELECT confidential FROM companies WHERE id = $1', [ctx.client.id])) as [{ confidential: boolean }];
    expect(row.confidential).toBe(true);
  });

  it('its own recruiters and the admins may; recruiters cannot hand it to another branch', async () => {
    const own = await ctx.t.request('PATCH', `/api/companies/${ctx.client.id}`, { token: ctx.northRecruiter.token, body: { goals: 'Two plants by 2028.' } });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ goals: 'Two plants by 2028.', branchId: ctx.north.id });
    const moved = await ctx.t.request('PATCH', `/api/companies/${ctx.client.id}`, { token: ctx.northRecruiter.token, body: { branchId: ctx.south.id } });
    expect(moved.statusCode).toBe(403);
    const byAdmin = await ctx.t.request('PATCH', `/api/companies/${ctx.client.id}`, { token: ctx.admin.token, body: { branchId: ctx.south.id } });
    expect(byAdmin.json()).toMatchObject({ branchId: ctx.south.id });
    await ctx.t.request('PATCH', `/api/companies/${ctx.client.id}`, { token: ctx.admin.token, body: { branchId: ctx.north.id } });
  });

  it('other branches still read it and post jobs for it', async () => {
    expect((await ctx.t.request('GET', `/api/staff/companies/${ctx.client.id}`, { token: ctx.southRecruiter.token })).statusCode).toBe(200);
    const job = await ctx.t.request('POST', '/api/jobs', { token: ctx.southRecruiter.token, body: jobWriteBody(ctx.south.id, ctx.client.id) });
    expect(job.statusCode).toBe(201);
  });

  it("a recruiter's new client is their branch's; an admin's is the branch named, or the admins' alone", async () => {
    const mine = await ctx.t.request('POST', '/api/companies', { token: ctx.southRecruiter.token, body: { name: 'Delta Mills', ...COMPANY_PROFILE } });
    expect(mine.json()).toMatchObject({ branchId: ctx.south.id });
    expect((await ctx.t.request('POST', '/api/companies', { token: ctx.southRecruiter.token, body: { name: 'Elsewhere Inc', ...COMPANY_PROFILE, branchId: ctx.north.id } })).statusCode).toBe(403);
    const unowned = await ctx.t.request('POST', '/api/companies', { token: ctx.admin.token, body: { name: 'Agency Account', ...COMPANY_PROFILE } });
    expect(unowned.json()).toMatchObject({ branchId: null });
    const id = unowned.json<{ id: string }>().id;
    expect((await ctx.t.request('PATCH', `/api/companies/${id}`, { token: ctx.northRecruiter.token, body: { goals: 'x' } })).statusCode).toBe(403);
    expect((await ctx.t.request('PATCH', `/api/companies/${id}`, { token: ctx.admin.token, body: { goals: 'Keep it simple.' } })).statusCode).toBe(200);
  });
});
