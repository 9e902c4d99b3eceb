import type { Branch, Company } from '@nextstep/db';
import { createBranch, createCompany } from '@nextstep/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, startTestApp, type SignedInUser, type TestApp } from '../testing/test-app';
import { COMPANY_PROFILE, jobWriteBody } from '../testing/write-bodies';

describe('a client company belongs to a branch', () => {
  let t: TestApp;
  let north: Branch;
  let south: Branch;
  let client: Company;
  let northRecruiter: SignedInUser;
  let southRecruiter: SignedInUser;
  let admin: SignedInUser;
  beforeAll(async () => {
    t = await startTestApp();
    north = await createBranch(t.dataSource, { name: 'North Branch' });
    south = await createBranch(t.dataSource, { name: 'South Branch' });
    client = await createCompany(t.dataSource, { name: 'Harbor Foods', confidential: true, branchId: north.id });
    northRecruiter = await createStaff(t, 'recruiter', north.id);
    southRecruiter = await createStaff(t, 'recruiter', south.id);
    admin = await createStaff(t, 'admin');
  });
  afterAll(() => t.close());

  it("another branch's recruiter cannot edit it, nor turn confidential off to expose the client's name", async () => {
    const res = await t.request('PATCH', `/api/companies/${client.id}`, { token: southRecruiter.token, body: { confidential: false } });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/belongs to another branch/);
    const [row] = (await t.dataSource.query('SELECT confidential FROM companies WHERE id = $1', [client.id])) as [{ confidential: boolean }];
    expect(row.confidential).toBe(true);
  });

  it('its own recruiters and the admins may; recruiters cannot hand it to another branch', async () => {
    const own = await t.request('PATCH', `/api/companies/${client.id}`, { token: northRecruiter.token, body: { goals: 'Two plants by 2028.' } });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ goals: 'Two plants by 2028.', branchId: north.id });
    const moved = await t.request('PATCH', `/api/companies/${client.id}`, { token: northRecruiter.token, body: { branchId: south.id } });
    expect(moved.statusCode).toBe(403);
    const byAdmin = await t.request('PATCH', `/api/companies/${client.id}`, { token: admin.token, body: { branchId: south.id } });
    expect(byAdmin.json()).toMatchObject({ branchId: south.id });
    await t.request('PATCH', `/api/companies/${client.id}`, { token: admin.token, body: { branchId: north.id } });
  });

  it('other branches still read it and post jobs for it', async () => {
    expect((await t.request('GET', `/api/staff/companies/${client.id}`, { token: southRecruiter.token })).statusCode).toBe(200);
    const job = await t.request('POST', '/api/jobs', { token: southRecruiter.token, body: jobWriteBody(south.id, client.id) });
    expect(job.statusCode).toBe(201);
  });

  it("a recruiter's new client is their branch's; an admin's is the branch named, or the admins' alone", async () => {
    const mine = await t.request('POST', '/api/companies', { token: southRecruiter.token, body: { name: 'Delta Mills', ...COMPANY_PROFILE } });
    expect(mine.json()).toMatchObject({ branchId: south.id });
    expect((await t.request('POST', '/api/companies', { token: southRecruiter.token, body: { name: 'Elsewhere Inc', ...COMPANY_PROFILE, branchId: north.id } })).statusCode).toBe(403);
    const unowned = await t.request('POST', '/api/companies', { token: admin.token, body: { name: 'Agency Account', ...COMPANY_PROFILE } });
    expect(unowned.json()).toMatchObject({ branchId: null });
    const id = unowned.json<{ id: string }>().id;
    expect((await t.request('PATCH', `/api/companies/${id}`, { token: northRecruiter.token, body: { goals: 'x' } })).statusCode).toBe(403);
    expect((await t.request('PATCH', `/api/companies/${id}`, { token: admin.token, body: { goals: 'Keep it simple.' } })).statusCode).toBe(200);
  });
});
