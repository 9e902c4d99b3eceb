import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import { describe, expect, it } from 'vitest';
import { createStaff, signUpCandidate, useTestApp } from '../testing/test-app';

describe('with Redis down', () => {
  // Nothing listens on port 1: the API runs as it would during a Redis outage.
  const ctx = useTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });

  it('still records interviews and writes the outbox rows the worker will relay once Redis is back', async () => {
    expect((await ctx.t.request('GET', '/api/health')).json()).toMatchObject({ redis: 'down' });
    const branch = await createBranch(ctx.t.dataSource);
    const job = await createJob(ctx.t.dataSource, { branch, company: await createCompany(ctx.t.dataSource) });
    const recruiter = await createStaff(ctx.t, 'recruiter', branch.id);
    const candidate = await signUpCandidate(ctx.t);
    const applied = await ctx.t.request('POST', `/api/jobs/${job.id}/applications`, {
      token: candidate.token,
      body: { coverLetter: 'Eight years on the line, forklift certified, and happy to work nights when needed.', resumeText: 'Forklift.' },
    });
    expect(applied.statusCode).toBe(201);
    const id = applied.json<{ id: string }>().id;
    const scheduled = await ctx.t.request('POST', `/api/applications/${id}/interviews`, {
      token: recruiter.token,
      body: { scheduledAt: new Date(Date.now() - 2 * 3_600_000).toISOString(), durationMinutes: 60, mode: 'in_person', interviewerName: 'Pat Lee' },
    });
    expect(scheduled.statusCode).toBe(201);
    const interviewId = scheduled.json<{ interviews: Array<{ id: string }> }>().interviews[0]?.id;
    const completed = await ctx.t.request('POST', `/api/interviews/${interviewId}/complete`, { token: recruiter.token, body: {} });
    expect(completed.statusCode).toBe(200);
    const rows = (await ctx.t.dataSource.query('SELECT type FROM outbox_events WHERE application_id = $1 AND processed_at IS NULL ORDER BY id', [id])) as Array<{ type: string }>;
    expect(rows.map((r) => r.type)).toEqual(['application.submitted', 'application.status_changed', 'interview.scheduled', 'application.status_changed', 'interview.completed']);
  });
});
