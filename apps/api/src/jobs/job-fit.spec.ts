import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import { describe, expect, it } from 'vitest';
import { useAppWithCandidate } from '../testing/test-app';

describe('GET /api/jobs/:id/resume-fit', () => {
  const ctx = useAppWithCandidate();

  async function jobWith(skills: string[], status: 'open' | 'draft' = 'open') {
    const branch = await createBranch(ctx.t.dataSource);
    const company = await createCompany(ctx.t.dataSource);
    return createJob(ctx.t.dataSource, { branch, company, skills, status });
  }

  it('says every skill is missing while there is no resume on file', async () => {
    const job = await jobWith(['Forklift certification', 'Inventory control']);
    const res = await ctx.t.request('GET', `/api/jobs/${job.id}/resume-fit`, { token: ctx.candidate.token });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ hasResume: false, score: 0, matched: [], missing: ['Forklift certification', 'Inventory control'] });
  });

  it('checks the resume on file against the job’s skills', async () => {
    await ctx.t.dataSource.query(
      `INSERT INTO candidate_profiles (user_id, resume_text) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET resume_text = EXCLUDED.resume_text`,
      [ctx.candidate.id, 'Six years on a forklift (forklift certification, 2019). Shipping and receiving.'],
    );
    const job = await jobWith(['Forklift certification', 'Inventory control', 'Shipping']);
    const res = await ctx.t.request('GET', `/api/jobs/${job.id}/resume-fit`, { token: ctx.candidate.token });
    expect(res.json()).toEqual({ hasResume: true, score: 2 / 3, matched: ['Forklift certification', 'Shipping'], missing: ['Inventory control'] });
  });

  it('answers 404 for a draft, like the job page', async () => {
    const job = await jobWith(['Welding'], 'draft');
    const res = await ctx.t.request('GET', `/api/jobs/${job.id}/resume-fit`, { token: ctx.candidate.token });
    expect(res.statusCode).toBe(404);
  });
});
