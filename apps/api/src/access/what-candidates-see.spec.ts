import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import { describe, expect, it } from 'vitest';
import { createStaff, signUpCandidate, useTestApp } from '../testing/test-app';

interface Detail {
  history: Array<{ type: string; note: string | null; by: { id: string | null; name: string; role: string } }>;
  interviews: Array<{ interviewerEmail: string | null }>;
  candidate?: { emailVerified: boolean };
}

describe("an application's history, as the candidate sees it", () => {
  const ctx = useTestApp({
    setUp: async (t) => {
      const branch = await createBranch(t.dataSource, { name: 'Nextstep Aurora' });
      const branchName = branch.name;
      const job = await createJob(t.dataSource, { branch, company: await createCompany(t.dataSource) });
      const candidate = await signUpCandidate(t);
      const recruiter = await createStaff(t, 'recruiter', branch.id);
      const applied = await t.request('POST', `/api/jobs/${job.id}/applications`, {
        token: candidate.token,
        body: { coverLetter: 'Six years of warehouse work, forklift certified, and glad to work any shift you need.', resumeText: 'Forklift.' },
      });
      const applicationId = applied.json<{ id: string }>().id;
      const moved = await t.request('POST', `/api/applications/${applicationId}/transitions`, {
        token: recruiter.token,
        body: { to: 'screening', note: 'Client prefers someone cheaper; keep warm.' },
      });
      expect(moved.statusCode).toBe(200);
      await t.request('POST', `/api/applications/${applicationId}/interviews`, {
        token: recruiter.token,
        body: {
          scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          durationMinutes: 30,
          mode: 'phone',
          interviewerName: 'Dana Reyes',
          interviewerEmail: 'dana.reyes@client.example',
        },
      });
      return { candidate, recruiter, applicationId, branchName };
    },
  });

  it('hides staff ids, the interviewer’s e-mail and internal notes', async () => {
    const detail = (await ctx.t.request('GET', `/api/applications/${ctx.applicationId}`, { token: ctx.candidate.token })).json<Detail>();
    const body = JSON.stringify(detail);
    expect(body).not.toContain(ctx.recruiter.id);
    expect(body).not.toContain('dana.reyes@client.example');
    expect(body).not.toContain('keep warm');
    const screening = detail.history.find((e) => e.type === 'status_changed');
    expect(screening?.by).toEqual({ id: null, name: ctx.branchName, role: 'recruiter' });
    expect(screening?.note).toBeNull();
    expect(detail.history[0]?.by).toMatchObject({ id: ctx.candidate.id, name: 'You' });
    expect(detail.interviews[0]?.interviewerEmail).toBeNull();
  });

  it('shows a note the recruiter marked for the candidate', async () => {
    const res = await ctx.t.request('POST', `/api/applications/${ctx.applicationId}/transitions`, {
      token: ctx.recruiter.token,
      body: { to: 'rejected', note: 'The client chose someone with more night-shift experience. Thank you for your time.', noteForCandidate: true },
    });
    expect(res.statusCode).toBe(200);
    const detail = (await ctx.t.request('GET', `/api/applications/${ctx.applicationId}`, { token: ctx.candidate.token })).json<Detail>();
    expect(detail.history.find((e) => e.note?.includes('night-shift'))?.note).toMatch(/Thank you for your time/);
  });

  it('staff still see everything, and whether the candidate confirmed their address', async () => {
    const detail = (await ctx.t.request('GET', `/api/applications/${ctx.applicationId}`, { token: ctx.recruiter.token })).json<Detail>();
    expect(JSON.stringify(detail)).toContain('keep warm');
    expect(detail.interviews[0]?.interviewerEmail).toBe('dana.reyes@client.example');
    expect(detail.history.find((e) => e.type === 'status_changed')?.by.id).toBe(ctx.recruiter.id);
    expect(detail.candidate?.emailVerified).toBe(false);
    const list = (await ctx.t.request('GET', '/api/applications', { token: ctx.recruiter.token })).json<{ items: Array<{ id: string; candidate?: { emailVerified: boolean } }> }>();
    expect(list.items.find((i) => i.id === ctx.applicationId)?.candidate?.emailVerified).toBe(false);
  });
});
