import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import type { Job } from '@nextstep/db';
import { draftThankYouLetter } from '@nextstep/mail';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStaff, signUpCandidate, useTestApp, type SignedInUser } from '../testing/test-app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const COVER = 'I have run a forklift for six years across two warehouses and would bring that care to your team.';

interface Guidance {
  stage: string;
  followUp: { code: string; allowed: boolean; message: string; earliestAt: string | null };
  thankYou: { code: string; allowed: boolean; dueAt: string | null; withinHours: number; interviewerName: string | null; draft: string | null };
  candidateTimeZone: string;
  branch: { name: string; phone: string; openingHours: string; timeZone: string; openNow: boolean | null; opensAt: string | null; windows: unknown };
  nextSteps: string[];
}

/** What the portal's pages read beyond the basic application routes (applications.spec.ts covers those). */
describe('candidate portal reads', () => {
  const ctx = useTestApp({
    setUp: async (t) => {
      // Open around the clock, so "open now" does not depend on when the suite runs.
      const branch = await createBranch(t.dataSource, { name: 'Nextstep Joliet', phone: '+1 815-555-0142', openingHours: 'Daily 00:00–24:00', timeZone: 'America/Chicago' });
      const company = await createCompany(t.dataSource, { name: 'Prairie Foods', mission: 'Keep the Midwest stocked.' });
      const recruiter = await createStaff(t, 'recruiter', branch.id);
      return { branch, company, recruiter };
    },
  });
  let candidate: SignedInUser;
  beforeEach(async () => {
    candidate = await signUpCandidate(ctx.t, { firstName: 'Maria', lastName: 'Lopez' });
    await ctx.t.request('PATCH', '/api/me/profile', { token: candidate.token, body: { timeZone: 'America/Denver' } });
  });

  async function apply(job?: Job): Promise<string> {
    const target = job ?? (await createJob(ctx.t.dataSource, { branch: ctx.branch, company: ctx.company, title: 'Forklift Operator' }));
    const res = await ctx.t.request('POST', `/api/jobs/${target.id}/applications`, { token: candidate.token, body: { coverLetter: COVER, resumeText: 'Forklift certified.' } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  }

  async function schedule(applicationId: string, scheduledAt: Date, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await ctx.t.request('POST', `/api/applications/${applicationId}/interviews`, {
      token: ctx.recruiter.token,
      body: { scheduledAt: scheduledAt.toISOString(), durationMinutes: 45, mode: 'in_person', location: '1 Dock Rd', interviewerName: 'Pat Lee', ...extra },
    });
    expect(res.statusCode, res.body).toBe(201);
    const interviews = res.json<{ interviews: Array<{ id: string; scheduledAt: string }> }>().interviews;
    return interviews.find((i) => i.scheduledAt === scheduledAt.toISOString())?.id ?? '';
  }

  const guidance = async (id: string, token = candidate.token) => {
    const res = await ctx.t.request('GET', `/api/applications/${id}/guidance`, { token });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Guidance>();
  };

  it('offers the same thank-you draft as the reminder e-mail, with the 24-hour "ideally by" time', async () => {
    const id = await apply();
    const before = await guidance(id);
    expect(before.thankYou).toMatchObject({ code: 'NO_INTERVIEW_YET', draft: null, interviewerName: null, withinHours: 24 });

    const start = new Date(Date.now() - 3 * HOUR);
    const interviewId = await schedule(id, start);
    const endedAt = new Date(Date.now() - 2 * HOUR);
    expect((await ctx.t.request('POST', `/api/interviews/${interviewId}/complete`, { token: ctx.recruiter.token, body: { completedAt: endedAt.toISOString() } })).statusCode).toBe(200);

    const after = await guidance(id);
    expect(after.thankYou).toMatchObject({ code: 'SEND_THANK_YOU', allowed: true, withinHours: 24, interviewerName: 'Pat Lee', dueAt: new Date(endedAt.getTime() + DAY).toISOString() });
    const expected = draftThankYouLetter({
      candidate: { firstName: 'Maria', lastName: 'Lopez', timeZone: 'America/Denver' },
      job: { title: 'Forklift Operator' },
      company: { name: 'Prairie Foods', mission: 'Keep the Midwest stocked.' },
      interview: { interviewerName: 'Pat Lee', endedAt },
    });
    expect(after.thankYou.draft).toBe(expected.join('\n\n'));
    expect(after.thankYou.draft).toMatch(/^Dear Pat Lee,\n\nThank you for meeting with me on .+ about the Forklift Operator position at Prairie Foods\./);
    expect(after.candidateTimeZone).toBe('America/Denver');

    // Once thanked, no draft is offered any more.
    const sent = await ctx.t.request('POST', `/api/applications/${id}/follow-ups`, { token: candidate.token, body: { kind: 'thank_you', body: after.thankYou.draft } });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((await guidance(id)).thankYou).toMatchObject({ code: 'ALREADY_THANKED', draft: null });
  });

  it('keeps a confidential employer out of the draft', async () => {
    const secret = await createCompany(ctx.t.dataSource, { name: 'Hidden Mills', confidential: true, industry: 'flour mill' });
    const id = await apply(await createJob(ctx.t.dataSource, { branch: ctx.branch, company: secret, title: 'Packer' }));
    await schedule(id, new Date(Date.now() - 2 * HOUR));
    const { thankYou } = await guidance(id);
    expect(thankYou.code).toBe('SEND_THANK_YOU');
    expect(thankYou.draft).toContain('about the Packer position.');
    expect(thankYou.draft).not.toContain('Hidden Mills');
  });

  it('says where a thank-you note and a message went: the branch, which passes the note to an interviewer without an e-mail address', async () => {
    const id = await apply();
    const interviewId = await schedule(id, new Date(Date.now() - 16 * DAY));
    await ctx.t.request('POST', `/api/interviews/${interviewId}/complete`, { token: ctx.recruiter.token, body: { completedAt: new Date(Date.now() - 15 * DAY).toISOString() } });

    const thanks = await ctx.t.request('POST', `/api/applications/${id}/follow-ups`, { token: candidate.token, body: { kind: 'thank_you', body: 'Thank you for your time on the interview.' } });
    expect(thanks.statusCode, thanks.body).toBe(201);
    expect(thanks.json().deliveredTo).toEqual({
      channel: 'branch_email',
      branch: { id: ctx.branch.id, name: 'Nextstep Joliet', phone: '+1 815-555-0142', email: ctx.branch.email },
      interviewerName: 'Pat Lee',
      summary: 'Sent to your branch, Nextstep Joliet, which passes it on to Pat Lee, who interviewed you.',
    });

    const message = await ctx.t.request('POST', `/api/applications/${id}/follow-ups`, { token: candidate.token, body: { kind: 'message', body: 'Is there any news about the position?' } });
    expect(message.statusCode, message.body).toBe(201);
    expect(message.json().deliveredTo).toMatchObject({ channel: 'branch_email', interviewerName: null, summary: expect.stringMatching(/^Sent to your branch, Nextstep Joliet/) });

    // And it really is there.
    const inbox = (await ctx.t.request('GET', '/api/inbox', { token: ctx.recruiter.token })).json<Array<{ id: string }>>();
    expect(inbox.map((m) => m.id)).toEqual(expect.arrayContaining([thanks.json().id, message.json().id]));
  });

  it('tells the portal whether the branch is open now, and refuses to guess from unreadable hours', async () => {
    const id = await apply();
    const open = await guidance(id);
    expect(open.branch).toMatchObject({
      name: 'Nextstep Joliet',
      phone: '+1 815-555-0142',
      timeZone: 'America/Chicago',
      openNow: true,
      opensAt: null,
      windows: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }],
    });

    const vague = await createBranch(ctx.t.dataSource, { openingHours: 'By appointment only' });
    const other = await apply(await createJob(ctx.t.dataSource, { branch: vague, company: ctx.company }));
    expect((await guidance(other)).branch).toMatchObject({ openingHours: 'By appointment only', openNow: null, opensAt: null, windows: null });
  });

  it('lists each application with its next interview and the candidate zone on the detail', async () => {
    const id = await apply();
    const soon = new Date(Date.now() + 2 * DAY);
    await schedule(id, new Date(Date.now() + 5 * DAY));
    await schedule(id, soon);
    const quiet = await apply();

    const mine = (await ctx.t.request('GET', '/api/me/applications', { token: candidate.token })).json<Array<{ id: string; nextInterviewAt: string | null; job: { title: string } }>>();
    expect(mine.find((a) => a.id === id)).toMatchObject({ nextInterviewAt: soon.toISOString(), job: { title: 'Forklift Operator' } });
    expect(mine.find((a) => a.id === quiet)?.nextInterviewAt).toBeNull();

    const detail = (await ctx.t.request('GET', `/api/applications/${id}`, { token: candidate.token })).json();
    expect(detail).toMatchObject({ candidateTimeZone: 'America/Denver', nextInterviewAt: soon.toISOString() });
  });

  it('names the existing application when the candidate applies twice', async () => {
    const job = await createJob(ctx.t.dataSource, { branch: ctx.branch, company: ctx.company });
    const id = await apply(job);
    const twice = await ctx.t.request('POST', `/api/jobs/${job.id}/applications`, { token: candidate.token, body: { coverLetter: COVER } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'ALREADY_APPLIED', applicationId: id });
  });

  describe('add to calendar', () => {
    it('serves the interview as an iCalendar file with the invitation UID, for the candidate and the branch', async () => {
      const id = await apply();
      const start = new Date(Math.ceil((Date.now() + 3 * DAY) / 60_000) * 60_000);
      const interviewId = await schedule(id, start, { mode: 'video', location: 'https://meet.example/abc' });

      for (const token of [candidate.token, ctx.recruiter.token]) {
        const res = await ctx.t.request('GET', `/api/interviews/${interviewId}/calendar.ics`, { token });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/calendar; method=PUBLISH; charset=utf-8/i);
        expect(res.headers['content-disposition']).toBe('attachment; filename="interview.ics"');
        const ics = res.body.replace(/\r\n[ \t]/g, '');
        expect(ics).toContain('METHOD:PUBLISH');
        // The same UID the worker puts in the invitation e-mail (APP_BASE_URL host).
        expect(ics).toMatch(new RegExp(`UID:interview-${interviewId}@[a-z0-9.-]+\\r\\n`));
        expect(ics).toContain(`DTSTART:${start.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')}`);
        expect(ics).toContain('SUMMARY:Interview: Forklift Operator (Prairie Foods)');
        expect(ics).toContain('LOCATION:Video call: https://meet.example/abc');
        expect(ics).not.toContain('ATTENDEE');
      }
    });

    it('moves with a reschedule (higher SEQUENCE) and is refused once the interview is cancelled', async () => {
      const id = await apply();
      const interviewId = await schedule(id, new Date(Date.now() + 3 * DAY));
      const ics = async () => (await ctx.t.request('GET', `/api/interviews/${interviewId}/calendar.ics`, { token: candidate.token })).body;
      expect(await ics()).toContain('SEQUENCE:0');
      await ctx.t.request('PATCH', `/api/interviews/${interviewId}`, { token: ctx.recruiter.token, body: { scheduledAt: new Date(Date.now() + 4 * DAY).toISOString() } });
      expect(await ics()).toContain('SEQUENCE:1');

      await ctx.t.request('DELETE', `/api/interviews/${interviewId}`, { token: ctx.recruiter.token });
      const cancelled = await ctx.t.request('GET', `/api/interviews/${interviewId}/calendar.ics`, { token: candidate.token });
      expect(cancelled.statusCode).toBe(409);
      expect(cancelled.json()).toMatchObject({ code: 'INTERVIEW_NOT_SCHEDULED', message: expect.stringMatching(/cancelled/) });
    });

    it('is not found for another candidate, another branch, or an unknown id', async () => {
      const id = await apply();
      const interviewId = await schedule(id, new Date(Date.now() + 3 * DAY));
      const stranger = await signUpCandidate(ctx.t);
      const otherRecruiter = await createStaff(ctx.t, 'recruiter', (await createBranch(ctx.t.dataSource)).id);
      for (const token of [stranger.token, otherRecruiter.token]) {
        const res = await ctx.t.request('GET', `/api/interviews/${interviewId}/calendar.ics`, { token });
        expect(res.statusCode).toBe(404);
        expect(res.body).not.toContain('BEGIN:VCALENDAR');
      }
      expect((await ctx.t.request('GET', '/api/interviews/00000000-0000-4000-8000-000000000000/calendar.ics', { token: candidate.token })).statusCode).toBe(404);
      expect((await ctx.t.request('GET', `/api/interviews/${interviewId}/calendar.ics`)).statusCode).toBe(401);
    });
  });
});
