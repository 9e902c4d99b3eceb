import { createCompany, createJob } from '@nextstep/db/testing';
import { describe, expect, it } from 'vitest';
import { createStaff, createTwoBranches, signUpCandidate, useTestApp, type SignedInUser } from '../testing/test-app';
import { multipartFile } from '../testing/uploads';
import { startOfLocalDay } from './branch-day';

const DAY = 86_400_000;
const COVER = 'Seven years of picking and packing, forklift certified, and happy to take the early shift.';

describe('recruiter console API', () => {
  const ctx = useTestApp({
    setUp: async (t) => ({
      ...(await createTwoBranches(t, {
        branch: { name: 'Aurora', timeZone: 'America/Chicago' },
        otherBranch: { name: 'Elgin' },
        job: { title: 'Picker Packer', skills: ['forklift'] },
      })),
      admin: await createStaff(t, 'admin'),
    }),
  });

  async function applyAs(candidate: SignedInUser, jobId = ctx.job.id) {
    const res = await ctx.t.request('POST', `/api/jobs/${jobId}/applications`, { token: candidate.token, body: { coverLetter: COVER, resumeText: 'Forklift certified.' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; version: number }>();
  }

  /** A candidate with a held interview (ended two days ago) and a thank-you note waiting in the inbox. */
  async function interviewedWithNote() {
    const candidate = await signUpCandidate(ctx.t, { phone: '+1 630 555 0199' });
    const application = await applyAs(candidate);
    const start = new Date(Date.now() - 2 * DAY);
    const scheduled = await ctx.t.request('POST', `/api/applications/${application.id}/interviews`, {
      token: ctx.recruiter.token,
      body: { scheduledAt: start.toISOString(), durationMinutes: 30, mode: 'phone', interviewerName: 'Lee Park' },
    });
    const interviewId = scheduled.json<{ interviews: Array<{ id: string }> }>().interviews[0]?.id ?? '';
    const completed = await ctx.t.request('POST', `/api/interviews/${interviewId}/complete`, { token: ctx.recruiter.token, body: { completedAt: new Date(start.getTime() + 1_800_000).toISOString() } });
    expect(completed.statusCode, completed.body).toBe(200);
    const note = await ctx.t.request('POST', `/api/applications/${application.id}/follow-ups`, {
      token: candidate.token,
      body: { kind: 'thank_you', body: 'Thank you for the conversation about the packing line.' },
    });
    expect(note.statusCode, note.body).toBe(201);
    return { candidate, applicationId: application.id, messageId: note.json<{ id: string }>().id };
  }

  it("shows the branch's staff how to reach the candidate, and the candidate's own view stays as it was", async () => {
    const candidate = await signUpCandidate(ctx.t, { phone: '+1 630 555 0101' });
    const upload = multipartFile('cv.txt', 'text/plain', Buffer.from('Forklift certified. Seven years of picking.'));
    expect((await ctx.t.request('PUT', '/api/me/resume', { token: candidate.token, body: upload.body, headers: upload.headers })).statusCode).toBe(200);
    const { id } = await applyAs(candidate);

    const staffView = (await ctx.t.request('GET', `/api/applications/${id}`, { token: ctx.recruiter.token })).json();
    expect(staffView.candidate).toMatchObject({
      email: candidate.email,
      phone: '+1 630 555 0101',
      resumeFile: { fileName: 'cv.txt', contentType: expect.stringContaining('text/plain'), sizeBytes: 43 },
    });
    const own = (await ctx.t.request('GET', `/api/applications/${id}`, { token: candidate.token })).json();
    expect(own.candidate).toBeUndefined();

    const file = await ctx.t.request('GET', `/api/applications/${id}/resume-file`, { token: ctx.recruiter.token });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="cv.txt"');
    expect(file.body).toBe('Forklift certified. Seven years of picking.');
    expect((await ctx.t.request('GET', `/api/applications/${id}/resume-file`, { token: ctx.otherRecruiter.token })).statusCode).toBe(404);
    expect((await ctx.t.request('GET', `/api/applications/${id}/resume-file`, { token: candidate.token })).statusCode).toBe(403);

    const list = (await ctx.t.request('GET', '/api/applications', { token: ctx.recruiter.token, query: { jobId: ctx.job.id } })).json<{ items: Array<{ id: string; candidate: unknown }> }>();
    expect(list.items.find((item) => item.id === id)?.candidate).toMatchObject({ email: candidate.email, phone: '+1 630 555 0101' });
  });

  it('marks messages read and unread, and a reply reaches the candidate as a contact', async () => {
    const { candidate, applicationId, messageId } = await interviewedWithNote();
    const before = (await ctx.t.request('GET', `/api/applications/${applicationId}`, { token: ctx.recruiter.token })).json<{ version: number; messages: Array<{ id: string; readAt: string | null; from: string }> }>();
    expect(before.messages).toEqual([expect.objectContaining({ id: messageId, readAt: null, from: 'candidate' })]);

    expect((await ctx.t.request('POST', `/api/messages/${messageId}/read`, { token: ctx.otherRecruiter.token, body: { read: true } })).statusCode).toBe(404);
    expect((await ctx.t.request('POST', `/api/messages/${messageId}/read`, { token: candidate.token, body: { read: true } })).statusCode).toBe(403);
    const read = await ctx.t.request('POST', `/api/messages/${messageId}/read`, { token: ctx.recruiter.token, body: { read: true } });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().readAt).toEqual(expect.any(String));
    const unread = await ctx.t.request('POST', `/api/messages/${messageId}/read`, { token: ctx.recruiter.token, body: { read: false } });
    expect(unread.json().readAt).toBeNull();

    const stale = await ctx.t.request('POST', `/api/applications/${applicationId}/replies`, { token: ctx.recruiter.token, body: { body: 'Thanks!', version: before.version - 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const replied = await ctx.t.request('POST', `/api/applications/${applicationId}/replies`, {
      token: ctx.recruiter.token,
      body: { body: 'Thank you, Lee will decide by Friday and we will call you then.', version: before.version },
    });
    expect(replied.statusCode, replied.body).toBe(201);
    const after = replied.json<{ version: number; lastEmployerContactAt: string; messages: Array<{ from: string }>; contacts: Array<{ channel: string }> }>();
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.lastEmployerContactAt).toEqual(expect.any(String));
    expect(after.messages.map((m) => m.from)).toEqual(['candidate', 'branch']);
    expect(after.contacts).toEqual([expect.objectContaining({ channel: 'email' })]);
    // The worker e-mails the reply (and re-plans the follow-up from the contact).
    const events = await ctx.t.dataSource.query(`SELECT type FROM outbox_events WHERE application_id = $1 ORDER BY id`, [applicationId]);
    expect(events.map((e: { type: string }) => e.type).slice(-2)).toEqual(['application.contact_recorded', 'application.recruiter_replied']);
    // The candidate sees the answer in their messages; the branch's own reply is not an inbox item.
    const candidateView = (await ctx.t.request('GET', `/api/applications/${applicationId}`, { token: candidate.token })).json<{ messages: Array<{ from: string }> }>();
    expect(candidateView.messages.map((m) => m.from)).toEqual(['candidate', 'branch']);
    const inbox = (await ctx.t.request('GET', '/api/inbox', { token: ctx.recruiter.token })).json<Array<{ applicationId: string }>>();
    expect(inbox.filter((item) => item.applicationId === applicationId)).toHaveLength(1);
  });

  it("lists the branch's day: owed news, interviews today and tomorrow in its zone, unread notes, counts per stage", async () => {
    const { applicationId, messageId } = await interviewedWithNote();
    // Owed news: a held interview 13 days ago, no news since.
    const owedCandidate = await signUpCandidate(ctx.t);
    const owed = await applyAs(owedCandidate);
    const longAgo = new Date(Date.now() - 13 * DAY);
    const scheduled = await ctx.t.request('POST', `/api/applications/${owed.id}/interviews`, {
      token: ctx.recruiter.token,
      body: { scheduledAt: longAgo.toISOString(), durationMinutes: 30, mode: 'video', interviewerName: 'Lee Park' },
    });
    const owedInterview = scheduled.json<{ interviews: Array<{ id: string }> }>().interviews[0]?.id ?? '';
    await ctx.t.request('POST', `/api/interviews/${owedInterview}/complete`, { token: ctx.recruiter.token, body: { completedAt: new Date(longAgo.getTime() + 1_800_000).toISOString() } });
    // An interview tomorrow afternoon, branch time.
    const upcoming = await applyAs(await signUpCandidate(ctx.t));
    const tomorrowAfternoon = new Date(startOfLocalDay(new Date(), 'America/Chicago', 1).getTime() + 15 * 3_600_000);
    await ctx.t.request('POST', `/api/applications/${upcoming.id}/interviews`, {
      token: ctx.recruiter.token,
      body: { scheduledAt: tomorrowAfternoon.toISOString(), durationMinutes: 45, mode: 'in_person', interviewerName: 'Lee Park' },
    });

    const res = await ctx.t.request('GET', '/api/recruiter/today', { token: ctx.recruiter.token });
    expect(res.statusCode, res.body).toBe(200);
    const today = res.json<{
      branch: { id: string; timeZone: string };
      owedNews: Array<{ id: string; lastInterviewAt: string; candidate: { phone: string | null } }>;
      interviews: Array<{ day: string; application: { id: string } }>;
      unread: Array<{ id: string }>;
      stageCounts: Array<{ stage: string; count: number }>;
    }>();
    expect(today.branch).toMatchObject({ id: ctx.branch.id, timeZone: 'America/Chicago' });
    expect(today.owedNews.map((a) => a.id)).toContain(owed.id);
    expect(today.owedNews.map((a) => a.id)).not.toContain(applicationId);
    expect(today.interviews).toContainEqual(expect.objectContaining({ day: 'tomorrow', application: expect.objectContaining({ id: upcoming.id }) }));
    expect(today.unread.map((m) => m.id)).toContain(messageId);
    expect(today.stageCounts.find((c) => c.stage === 'interviewed')?.count).toBeGreaterThanOrEqual(2);
    expect(today.stageCounts).toHaveLength(8);

    expect((await ctx.t.request('GET', '/api/recruiter/today', { token: ctx.recruiter.token, query: { branchId: ctx.otherBranch.id } })).statusCode).toBe(404);
    const forAdmin = await ctx.t.request('GET', '/api/recruiter/today', { token: ctx.admin.token, query: { branchId: ctx.branch.id } });
    expect(forAdmin.json().owedNews.map((a: { id: string }) => a.id)).toContain(owed.id);
    const elgin = (await ctx.t.request('GET', '/api/recruiter/today', { token: ctx.otherRecruiter.token })).json<{ owedNews: unknown[]; unread: unknown[] }>();
    expect(elgin.owedNews).toEqual([]);
    expect(elgin.unread).toEqual([]);
  });

  it('moves many applications with a result per row, and a stale or foreign one fails alone', async () => {
    const fresh = await applyAs(await signUpCandidate(ctx.t));
    const changed = await applyAs(await signUpCandidate(ctx.t));
    const foreignJob = await createJob(ctx.t.dataSource, { branch: ctx.otherBranch, company: await createCompany(ctx.t.dataSource) });
    const foreign = await applyAs(await signUpCandidate(ctx.t), foreignJob.id);
    await ctx.t.request('POST', `/api/applications/${changed.id}/transitions`, { token: ctx.admin.token, body: { to: 'screening' } });

    const res = await ctx.t.request('POST', '/api/applications/bulk-transitions', {
      token: ctx.recruiter.token,
      body: { to: 'rejected', note: 'We filled the role this time.', items: [fresh, changed, foreign].map(({ id, version }) => ({ id, version })) },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().results).toEqual([
      expect.objectContaining({ id: fresh.id, ok: true, status: 'rejected', code: null }),
      expect.objectContaining({ id: changed.id, ok: false, status: 'screening', code: 'STALE_VERSION' }),
      expect.objectContaining({ id: foreign.id, ok: false, status: null, version: null, code: 'NOT_FOUND' }),
    ]);
    const again = await ctx.t.request('POST', '/api/applications/bulk-transitions', { token: ctx.recruiter.token, body: { to: 'screening', items: [{ id: fresh.id }] } });
    expect(again.json().results[0]).toMatchObject({ ok: false, code: 'INVALID_TRANSITION', status: 'rejected' });
    const bad = await ctx.t.request('POST', '/api/applications/bulk-transitions', { token: ctx.recruiter.token, body: { to: 'hired', items: [] } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().fields)).toEqual(expect.arrayContaining(['to', 'items']));
  });

  it("warns of the recruiter's own overlapping interviews only", async () => {
    const { id } = await applyAs(await signUpCandidate(ctx.t));
    const start = new Date(Date.now() + 10 * DAY);
    const scheduled = await ctx.t.request('POST', `/api/applications/${id}/interviews`, {
      token: ctx.recruiter.token,
      body: { scheduledAt: start.toISOString(), durationMinutes: 60, mode: 'video', interviewerName: 'Lee Park' },
    });
    const interviewId = scheduled.json<{ interviews: Array<{ id: string }> }>().interviews[0]?.id ?? '';
    const check = (token: string, at: Date, extra: Record<string, string> = {}) =>
      ctx.t.request('GET', '/api/interviews/conflicts', { token, query: { start: at.toISOString(), durationMinutes: '30', ...extra } });

    const clash = await check(ctx.recruiter.token, new Date(start.getTime() + 30 * 60_000));
    expect(clash.statusCode, clash.body).toBe(200);
    expect(clash.json()).toEqual([expect.objectContaining({ interviewId, applicationId: id, jobTitle: 'Picker Packer' })]);
    expect((await check(ctx.recruiter.token, new Date(start.getTime() + 60 * 60_000))).json()).toEqual([]);
    expect((await check(ctx.recruiter.token, start, { excludeInterviewId: interviewId })).json()).toEqual([]);
    expect((await check(ctx.admin.token, start)).json()).toEqual([]);
    const bad = await ctx.t.request('GET', '/api/interviews/conflicts', { token: ctx.recruiter.token, query: { start: 'soon', durationMinutes: '0' } });
    expect(bad.statusCode).toBe(400);
  });

  it('a recorded contact leaves the candidate the note with their messages and in their history', async () => {
    const { candidate, applicationId } = await interviewedWithNote();
    const recorded = await ctx.t.request('POST', `/api/applications/${applicationId}/contacts`, {
      token: ctx.recruiter.token,
      body: { channel: 'phone', summary: 'The employer decides on Friday; we will call you then.' },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const own = (await ctx.t.request('GET', `/api/applications/${applicationId}`, { token: candidate.token })).json<{
      messages: Array<{ from: string; body: string }>;
      history: Array<{ type: string; note: string | null }>;
    }>();
    expect(own.messages).toContainEqual(expect.objectContaining({ from: 'branch', body: 'The employer decides on Friday; we will call you then.' }));
    expect(own.history).toContainEqual(expect.objectContaining({ type: 'contact_recorded', note: 'phone: The employer decides on Friday; we will call you then.' }));
  });

  it("writes an interview into the console's history on the branch's clock, with its zone", async () => {
    const candidate = await signUpCandidate(ctx.t);
    const application = await applyAs(candidate);
    // 19:00 UTC on March 17, 2026 is 2:00 PM in Chicago (daylight time since March 8).
    const scheduled = await ctx.t.request('POST', `/api/applications/${application.id}/interviews`, {
      token: ctx.recruiter.token,
      body: { scheduledAt: '2026-03-17T19:00:00.000Z', durationMinutes: 45, mode: 'phone', interviewerName: 'Lee Park', version: application.version },
    });
    expect(scheduled.statusCode, scheduled.body).toBe(201);
    const staffView = (await ctx.t.request('GET', `/api/applications/${application.id}`, { token: ctx.recruiter.token })).json<{
      history: Array<{ type: string; note: string | null }>;
    }>();
    expect(staffView.history).toContainEqual(
      expect.objectContaining({ type: 'interview_scheduled', note: 'Phone interview with Lee Park, Tue, Mar 17, 2:00 PM CDT, 45 minutes' }),
    );
  });

  it('refuses every write made on a version someone else already changed', async () => {
    const { id, version } = await applyAs(await signUpCandidate(ctx.t));
    await ctx.t.request('POST', `/api/applications/${id}/transitions`, { token: ctx.admin.token, body: { to: 'screening', version } });
    const writes = [
      ctx.t.request('POST', `/api/applications/${id}/contacts`, { token: ctx.recruiter.token, body: { channel: 'phone', summary: 'Called.', version } }),
      ctx.t.request('POST', `/api/applications/${id}/interviews`, {
        token: ctx.recruiter.token,
        body: { scheduledAt: new Date(Date.now() + DAY).toISOString(), durationMinutes: 30, mode: 'phone', interviewerName: 'Lee Park', version },
      }),
      ctx.t.request('POST', `/api/applications/${id}/transitions`, { token: ctx.recruiter.token, body: { to: 'rejected', version } }),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('STALE_VERSION');
    }
  });
});
