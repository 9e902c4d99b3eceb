import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import { describe, expect, it } from 'vitest';
import { createStaff, signUpCandidate, uniqueEmail, useTestApp } from '../../testing/test-app';

describe('input the validators should never have to see', () => {
  const ctx = useTestApp({
    setUp: async (t) => {
      const branch = await createBranch(t.dataSource);
      const company = await createCompany(t.dataSource);
      const branchId = branch.id;
      const companyId = company.id;
      const jobId = (await createJob(t.dataSource, { branch, company })).id;
      const candidate = await signUpCandidate(t);
      const admin = await createStaff(t, 'admin');
      return { candidate, admin, jobId, branchId, companyId };
    },
  });

  it('70,000 unknown keys: a quick, small 400 that names a few and counts the rest, without signing in', async () => {
    const body: Record<string, number> = {};
    for (let i = 0; i < 70_000; i++) body[`k${i}`] = i;
    const started = performance.now();
    const res = await ctx.t.request('POST', '/api/auth/login', { body });
    const elapsed = performance.now() - started;
    expect(res.statusCode).toBe(400);
    expect(res.body.length).toBeLessThan(2_000);
    expect(Object.keys(res.json().fields)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(res.json().message).toMatch(/and 69,995 more$/);
    // It took 2.6 s (and answered 5.4 MB) before; parsing the 1 MB body is most of what is left (about 0.1–0.6 s,
    // depending on how busy the machine's two cores are), so the bound leaves room for a loaded CI run.
    expect(elapsed).toBeLessThan(1_500);
  });

  it('a body of many nested values is refused before validation too', async () => {
    const skills = Array.from({ length: 20_000 }, (_, i) => `skill ${i}`);
    const res = await ctx.t.request('PATCH', '/api/me/profile', { token: ctx.candidate.token, body: { skills } });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toHaveProperty('body');
  });

  it('caps the fields list of an ordinary 400 too', async () => {
    const body = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`x${i}`, 1]));
    const res = await ctx.t.request('POST', '/api/auth/register', { body });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).length).toBeLessThanOrEqual(20);
  });

  it('JSON nested 5,000 deep is a 400 naming the field, not a stack overflow', async () => {
    for (const nested of ['['.repeat(5_000) + ']'.repeat(5_000), '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000)]) {
      const res = await ctx.t.request('POST', '/api/auth/login', {
        body: `{"email":${nested},"password":"x"}`,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { email: expect.stringMatching(/nested too deeply/) } });
    }
  });

  describe('a NUL character (\\u0000) in a text field is a 400 naming the field, on every route that stores text', () => {
    const NUL = 'a\u0000b';
    const cases: Array<{ route: string; field: string; send: () => Promise<{ statusCode: number; json(): { fields?: Record<string, string> } }> }> = [
      {
        route: 'POST /api/auth/register',
        field: 'firstName',
        send: () => ctx.t.request('POST', '/api/auth/register', { body: { email: uniqueEmail(), password: 'amber-kettle-sunrise-42', firstName: NUL, lastName: 'Q' } }),
      },
      { route: 'POST /api/auth/login', field: 'password', send: () => ctx.t.request('POST', '/api/auth/login', { body: { email: uniqueEmail(), password: NUL } }) },
      { route: 'POST /api/auth/forgot-password', field: 'email', send: () => ctx.t.request('POST', '/api/auth/forgot-password', { body: { email: `x${NUL}@example.com` } }) },
      { route: 'PATCH /api/me/profile', field: 'city', send: () => ctx.t.request('PATCH', '/api/me/profile', { token: ctx.candidate.token, body: { city: NUL } }) },
      {
        route: 'POST /api/jobs/{id}/applications',
        field: 'coverLetter',
        send: () => ctx.t.request('POST', `/api/jobs/${ctx.jobId}/applications`, { token: ctx.candidate.token, body: { coverLetter: `${'I run forklifts and love it. '.repeat(3)}${NUL}` } }),
      },
      { route: 'PATCH /api/companies/{id}', field: 'goals', send: () => ctx.t.request('PATCH', `/api/companies/${ctx.companyId}`, { token: ctx.admin.token, body: { goals: NUL } }) },
      { route: 'PATCH /api/branches/{id}', field: 'openingHours', send: () => ctx.t.request('PATCH', `/api/branches/${ctx.branchId}`, { token: ctx.admin.token, body: { openingHours: NUL } }) },
      { route: 'PATCH /api/jobs/{id}', field: 'title', send: () => ctx.t.request('PATCH', `/api/jobs/${ctx.jobId}`, { token: ctx.admin.token, body: { title: NUL } }) },
      { route: 'GET /api/jobs?q=', field: 'q', send: () => ctx.t.request('GET', '/api/jobs', { query: { q: NUL } }) },
      { route: 'GET /api/branches/nearest?postalCode=', field: 'postalCode', send: () => ctx.t.request('GET', '/api/branches/nearest', { query: { postalCode: NUL } }) },
    ];
    it.each(cases)('$route ($field)', async ({ field, send }) => {
      const res = await send();
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toHaveProperty(field, expect.stringMatching(/NUL/));
    });
  });

  describe('dates', () => {
    it('an interview at +010000-01-01, or three years out, is a 400 that names the field and says which dates work', async () => {
      const applied = await ctx.t.request('POST', `/api/jobs/${ctx.jobId}/applications`, {
        token: ctx.candidate.token,
        body: { coverLetter: 'Six years of warehouse work, forklift certified, and glad to work any shift you need.', resumeText: 'Forklift.' },
      });
      expect(applied.statusCode).toBe(201);
      const applicationId = applied.json<{ id: string }>().id;
      for (const scheduledAt of ['+010000-01-01T00:00:00.000Z', new Date(Date.now() + 3 * 365 * 86_400_000).toISOString(), '1999-01-01T00:00:00.000Z']) {
        const res = await ctx.t.request('POST', `/api/applications/${applicationId}/interviews`, {
          token: ctx.admin.token,
          body: { scheduledAt, durationMinutes: 30, mode: 'phone', interviewerName: 'Sam Ortiz' },
        });
        expect(res.statusCode, scheduledAt).toBe(400);
        expect(res.json().fields.scheduledAt).toMatch(/must lie within 2 years of today \(from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\)/);
      }
      const fine = await ctx.t.request('POST', `/api/applications/${applicationId}/interviews`, {
        token: ctx.admin.token,
        body: { scheduledAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), durationMinutes: 30, mode: 'phone', interviewerName: 'Sam Ortiz' },
      });
      expect(fine.statusCode).toBe(201);
    });

    it('a job closing in the year 9000 is refused the same way', async () => {
      const res = await ctx.t.request('PATCH', `/api/jobs/${ctx.jobId}`, { token: ctx.admin.token, body: { closesAt: '9000-01-01T00:00:00.000Z' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toHaveProperty('closesAt', expect.stringMatching(/within 2 years/));
    });

    it('a list cursor with the year -271821 is a 400 naming the cursor', async () => {
      const cursor = Buffer.from(JSON.stringify({ t: '-271821-04-20T00:00:00.000Z', id: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
      const res = await ctx.t.request('GET', '/api/applications', { token: ctx.admin.token, query: { cursor } });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toHaveProperty('cursor');
    });
  });
});
