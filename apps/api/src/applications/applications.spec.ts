import { createCompany, createJob } from '@nextstep/db/testing';
import { APPLICATION_STAGES } from '@nextstep/guidance';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTwoBranches, signUpCandidate, useTestApp, type SignedInUser } from '../testing/test-app';

const DAY = 86_400_000;
const COVER = 'I have run a forklift for six years across two warehouses and would bring that care to your team.';

describe('applications and interviews', () => {
  const ctx = useTestApp({
    setUp: (t) =>
      createTwoBranches(t, {
        branch: { name: 'Joliet', phone: '+1 815-555-0142', openingHours: 'Mon–Fri 8–5' },
        otherBranch: { name: 'Peoria' },
        company: { mission: 'Keep the Midwest stocked.' },
        job: { title: 'Forklift Operator', skills: ['forklift', 'inventory control'] },
      }),
  });
  let candidate: SignedInUser;
  beforeEach(async () => {
    candidate = await signUpCandidate(ctx.t);
  });

  async function apply(user = candidate, jobId = ctx.job.id) {
    const res = await ctx.t.request('POST', `/api/jobs/${jobId}/applications`, { token: user.token, body: { coverLetter: COVER, resumeText: 'Forklift certified. Inventory control.' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; status: string; version: number }>();
  }

  const followUp = (id: string, kind: 'message' | 'thank_you' = 'message', user = candidate) =>
    ctx.t.request('POST', `/api/applications/${id}/follow-ups`, { token: user.token, body: { kind, body: 'Thank you for your time, I remain very interested.' } });

  async function scheduleInterview(id: string, scheduledAt: Date, durationMinutes = 60) {
    const res = await ctx.t.request('POST', `/api/applications/${id}/interviews`, {
      token: ctx.recruiter.token,
      body: { scheduledAt: scheduledAt.toISOString(), durationMinutes, mode: 'in_person', location: '1 Dock Rd', interviewerName: 'Pat Lee' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ interviews: Array<{ id: string; status: string }>; status: string }>();
  }

  async function outbox(applicationId: string): Promise<Array<{ type: string; payload: Record<string, unknown> }>> {
    return ctx.t.dataSource.query('SELECT type, payload FROM outbox_events WHERE application_id = $1 ORDER BY id', [applicationId]);
  }

  it('walks the whole story, blocking every premature follow-up on the server', async () => {
    const application = await apply();
    expect(application.status).toBe('applied');

    const early = await followUp(application.id);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'APPLICATION_STAGE', message: expect.stringMatching(/resume|cover letter/i), earliestAt: null });

    const soon = new Date(Date.now() + 3 * DAY);
    const scheduled = await scheduleInterview(application.id, soon);
    expect(scheduled.status).toBe('interview_scheduled');
    const interviewId = scheduled.interviews[0]?.id ?? '';
    const upcoming = await followUp(application.id);
    expect(upcoming.statusCode).toBe(409);
    expect(upcoming.json().code).toBe('INTERVIEW_UPCOMING');

    // The interview really took place three days ago and is recorded late.
    const threeDaysAgo = new Date(Date.now() - 3 * DAY);
    await ctx.t.request('PATCH', `/api/interviews/${interviewId}`, { token: ctx.recruiter.token, body: { scheduledAt: new Date(threeDaysAgo.getTime() - 3_600_000).toISOString() } });
    const completed = await ctx.t.request('POST', `/api/interviews/${interviewId}/complete`, {
      token: ctx.recruiter.token,
      body: { completedAt: threeDaysAgo.toISOString(), nextSteps: 'We will decide within two weeks.' },
    });
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json().status).toBe('interviewed');

    const thanks = await followUp(application.id, 'thank_you');
    expect(thanks.statusCode).toBe(201);
    const wait = await followUp(application.id);
    expect(wait.statusCode).toBe(409);
    expect(wait.json()).toMatchObject({ code: 'WAIT_FOR_DECISION', earliestAt: new Date(threeDaysAgo.getTime() + 14 * DAY).toISOString() });
    expect((await followUp(application.id, 'thank_you')).json().code).toBe('ALREADY_THANKED');

    // Move the completion to 15 days ago: now calling is right.
    await ctx.t.dataSource.query(`UPDATE interviews SET scheduled_at = now() - interval '15 days 1 hour', completed_at = now() - interval '15 days' WHERE id = $1`, [interviewId]);
    const now = await followUp(application.id);
    expect(now.statusCode, now.body).toBe(201);
    const again = await followUp(application.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('RECENTLY_FOLLOWED_UP');

    const detail = (await ctx.t.request('GET', `/api/applications/${application.id}`, { token: candidate.token })).json();
    expect(detail.messages.map((m: { kind: string }) => m.kind)).toEqual(['thank_you', 'message']);
    expect(detail.branchContact).toMatchObject({ phone: '+1 815-555-0142' });
    // Every entry says who acted; the candidate sees staff by branch, never by id.
    expect(detail.history.every((e: { by: { id: string | null; name: string } }) => e.by.name && (e.by.id === null || e.by.id === candidate.id))).toBe(true);

    const inbox = (await ctx.t.request('GET', '/api/inbox', { token: ctx.recruiter.token })).json<Array<{ applicationId: string }>>();
    expect(inbox.filter((m) => m.applicationId === application.id)).toHaveLength(2);
    expect((await ctx.t.request('GET', '/api/inbox', { token: ctx.otherRecruiter.token })).json<Array<{ applicationId: string }>>().some((m) => m.applicationId === application.id)).toBe(false);

    expect((await outbox(application.id)).map((e) => e.type)).toEqual([
      'application.submitted',
      'application.status_changed',
      'interview.scheduled',
      'interview.rescheduled',
      'application.status_changed',
      'interview.completed',
      'application.thank_you_sent',
      'application.followed_up',
    ]);
  });

  it('restarts the clock when the recruiter tells the candidate where they stand', async () => {
    const application = await apply();
    const scheduled = await scheduleInterview(application.id, new Date(Date.now() - 16 * DAY));
    const interviewId = scheduled.interviews[0]?.id ?? '';
    await ctx.t.request('POST', `/api/interviews/${interviewId}/complete`, { token: ctx.recruiter.token, body: { completedAt: new Date(Date.now() - 15 * DAY).toISOString() } });
    const contact = await ctx.t.request('POST', `/api/applications/${application.id}/contacts`, { token: ctx.recruiter.token, body: { channel: 'phone', summary: 'Still deciding; expect news next week.' } });
    expect(contact.statusCode).toBe(201);
    const res = await followUp(application.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('WAIT_FOR_DECISION');
    expect(new Date(res.json().earliestAt).getTime()).toBeGreaterThan(Date.now() + 13 * DAY);
    expect((await outbox(application.id)).map((e) => e.type)).toContain('application.contact_recorded');
  });

  it.each(['offer', 'hired', 'rejected', 'withdrawn'] as const)('closes the follow-up at %s', async (stage) => {
    const application = await apply();
    const scheduled = await scheduleInterview(application.id, new Date(Date.now() - 16 * DAY));
    await ctx.t.request('POST', `/api/interviews/${scheduled.interviews[0]?.id}/complete`, { token: ctx.recruiter.token, body: {} });
    if (stage === 'withdrawn') {
      expect((await ctx.t.request('POST', `/api/applications/${application.id}/withdraw`, { token: candidate.token, body: {} })).statusCode).toBe(200);
    } else {
      if (stage === 'hired') await ctx.t.request('POST', `/api/applications/${application.id}/transitions`, { token: ctx.recruiter.token, body: { to: 'offer' } });
      const moved = await ctx.t.request('POST', `/api/applications/${application.id}/transitions`, { token: ctx.recruiter.token, body: { to: stage } });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    const advice = (await ctx.t.request('GET', `/api/applications/${application.id}/guidance`, { token: candidate.token })).json();
    expect(advice.followUp.code).toBe(stage === 'offer' ? 'OFFER_PENDING' : 'CLOSED');
    expect(advice.followUp.allowed).toBe(stage === 'offer');
  });

  it('refuses a second application, a closed job and a short cover letter', async () => {
    await apply();
    const twice = await ctx.t.request('POST', `/api/jobs/${ctx.job.id}/applications`, { token: candidate.token, body: { coverLetter: COVER, resumeText: 'x' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('ALREADY_APPLIED');

    const closed = await createJob(ctx.t.dataSource, { branch: ctx.branch, company: await createCompany(ctx.t.dataSource), status: 'closed' });
    const notOpen = await ctx.t.request('POST', `/api/jobs/${closed.id}/applications`, { token: candidate.token, body: { coverLetter: COVER, resumeText: 'x' } });
    expect(notOpen.statusCode).toBe(409);
    expect(notOpen.json().code).toBe('JOB_NOT_OPEN');

    const other = await createJob(ctx.t.dataSource, { branch: ctx.branch, company: await createCompany(ctx.t.dataSource) });
    const short = await ctx.t.request('POST', `/api/jobs/${other.id}/applications`, { token: candidate.token, body: { coverLetter: 'Hire me', resumeText: 'x' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.coverLetter).toMatch(/at least 50 characters/);
  });

  it('validates interview completion times', async () => {
    const application = await apply();
    const scheduled = await scheduleInterview(application.id, new Date(Date.now() - 2 * DAY));
    const id = scheduled.interviews[0]?.id;
    const future = await ctx.t.request('POST', `/api/interviews/${id}/complete`, { token: ctx.recruiter.token, body: { completedAt: new Date(Date.now() + DAY).toISOString() } });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields).toHaveProperty('completedAt');
    const beforeStart = await ctx.t.request('POST', `/api/interviews/${id}/complete`, { token: ctx.recruiter.token, body: { completedAt: new Date(Date.now() - 3 * DAY).toISOString() } });
    expect(beforeStart.statusCode).toBe(400);
  });

  it('keeps other branches and other candidates out', async () => {
    const application = await apply();
    const stranger = await signUpCandidate(ctx.t);
    expect((await ctx.t.request('GET', `/api/applications/${application.id}`, { token: stranger.token })).statusCode).toBe(404);
    expect((await ctx.t.request('GET', `/api/applications/${application.id}`, { token: ctx.otherRecruiter.token })).statusCode).toBe(404);
    expect((await ctx.t.request('POST', `/api/applications/${application.id}/transitions`, { token: ctx.otherRecruiter.token, body: { to: 'screening' } })).statusCode).toBe(404);
    const list = (await ctx.t.request('GET', '/api/applications', { token: ctx.otherRecruiter.token })).json<{ items: Array<{ id: string }> }>();
    expect(list.items.some((i) => i.id === application.id)).toBe(false);
  });

  it('lets exactly one of two simultaneous transitions win, and records both attempts truthfully', async () => {
    const application = await apply();
    const [a, b] = await Promise.all([
      ctx.t.request('POST', `/api/applications/${application.id}/transitions`, { token: ctx.recruiter.token, body: { to: 'screening', version: application.version } }),
      ctx.t.request('POST', `/api/applications/${application.id}/transitions`, { token: ctx.recruiter.token, body: { to: 'rejected', version: application.version } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().code).toBe('STALE_VERSION');
    const events = (await ctx.t.dataSource.query(`SELECT type, to_status, actor_id FROM application_events WHERE application_id = $1 ORDER BY occurred_at`, [application.id])) as Array<{ type: string; to_status: string; actor_id: string }>;
    expect(events.filter((e) => e.type === 'status_changed')).toHaveLength(1);
    expect(events.every((e) => e.actor_id)).toBe(true);
    const [{ status }] = (await ctx.t.dataSource.query('SELECT status FROM applications WHERE id = $1', [application.id])) as [{ status: string }];
    expect(status).toBe((a.statusCode === 200 ? a : b).json().status);
  });

  it('applies the transition table to every pair of stages through the API', async () => {
    const results: string[] = [];
    for (const from of APPLICATION_STAGES) {
      const application = await apply(await signUpCandidate(ctx.t));
      await ctx.t.dataSource.query('UPDATE applications SET status = $1 WHERE id = $2', [from, application.id]);
      for (const to of APPLICATION_STAGES) {
        if (to === 'withdrawn' || to === 'interview_scheduled' || to === 'interviewed') continue;
        const res = await ctx.t.request('POST', `/api/applications/${application.id}/transitions`, { token: ctx.recruiter.token, body: { to } });
        if (res.statusCode === 200) {
          results.push(`${from}>${to}`);
          await ctx.t.dataSource.query('UPDATE applications SET status = $1 WHERE id = $2', [from, application.id]);
        } else {
          expect(res.statusCode).toBe(409);
          expect(res.json()).toMatchObject({ code: 'INVALID_TRANSITION', from, to, message: expect.stringContaining(`${from} to ${to}`) });
        }
      }
    }
    expect(results.sort()).toEqual(
      ['applied>screening', 'applied>rejected', 'screening>rejected', 'interview_scheduled>screening', 'interview_scheduled>rejected', 'interviewed>offer', 'interviewed>rejected', 'offer>hired', 'offer>rejected'].sort(),
    );
  });

  it('lists the candidates the agency owes news, soonest due first', async () => {
    const due = await apply(await signUpCandidate(ctx.t));
    const s = await scheduleInterview(due.id, new Date(Date.now() - 12 * DAY));
    await ctx.t.request('POST', `/api/interviews/${s.interviews[0]?.id}/complete`, { token: ctx.recruiter.token, body: { completedAt: new Date(Date.now() - 11 * DAY).toISOString() } });
    const fresh = await apply(await signUpCandidate(ctx.t));
    const f = await scheduleInterview(fresh.id, new Date(Date.now() - 2 * DAY));
    await ctx.t.request('POST', `/api/interviews/${f.interviews[0]?.id}/complete`, { token: ctx.recruiter.token, body: {} });

    const owed = (await ctx.t.request('GET', '/api/applications', { token: ctx.recruiter.token, query: { owedNews: 'true' } })).json<{ items: Array<{ id: string }> }>();
    const ids = owed.items.map((i) => i.id);
    expect(ids).toContain(due.id);
    expect(ids).not.toContain(fresh.id);
  });

  it('writes exactly one outbox row per action, with ids and times only', async () => {
    const application = await apply();
    const expectRows = async (types: string[]) => expect((await outbox(application.id)).map((e) => e.type)).toEqual(types);
    await expectRows(['application.submitted']);

    const scheduled = await scheduleInterview(application.id, new Date(Date.now() + 2 * DAY));
    const first = scheduled.interviews[0]?.id ?? '';
    await expectRows(['application.submitted', 'application.status_changed', 'interview.scheduled']);

    await ctx.t.request('PATCH', `/api/interviews/${first}`, { token: ctx.recruiter.token, body: { durationMinutes: 45 } });
    await ctx.t.request('DELETE', `/api/interviews/${first}`, { token: ctx.recruiter.token });
    await expectRows(['application.submitted', 'application.status_changed', 'interview.scheduled', 'interview.rescheduled', 'application.status_changed', 'interview.cancelled']);
    // Back in screening after the cancellation: the cancellation notice says it all, so no stage e-mail.
    expect((await outbox(application.id))[4]?.payload).toEqual({ from: 'interview_scheduled', to: 'screening', notify: false });

    const second = (await scheduleInterview(application.id, new Date(Date.now() - 2 * DAY))).interviews.find((i) => i.status === 'scheduled')?.id;
    await ctx.t.request('POST', `/api/interviews/${second}/complete`, { token: ctx.recruiter.token, body: { decisionExpectedBy: new Date(Date.now() + 20 * DAY).toISOString() } });
    await ctx.t.request('POST', `/api/applications/${application.id}/contacts`, { token: ctx.recruiter.token, body: { channel: 'email', summary: 'Decision next week.' } });
    await ctx.t.request('POST', `/api/applications/${application.id}/withdraw`, { token: candidate.token, body: { note: 'Took another job' } });

    const rows = await outbox(application.id);
    expect(rows.map((e) => e.type).slice(6)).toEqual([
      'application.status_changed',
      'interview.scheduled',
      'application.status_changed',
      'interview.completed',
      'application.contact_recorded',
      'application.status_changed',
    ]);
    expect(rows.at(-1)?.payload).toEqual({ from: 'interviewed', to: 'withdrawn', notify: true });
    expect(rows.find((e) => e.type === 'interview.completed')?.payload).toEqual({ interviewId: second, completedAt: expect.any(String) });
    // Payloads never carry personal data: only ids, stages and timestamps.
    const text = JSON.stringify(rows.map((e) => e.payload));
    expect(text).not.toMatch(/Took another job|Decision next week|Pat Lee|@/);
  });
});
