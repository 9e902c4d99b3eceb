import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import type { Branch, Company } from '@nextstep/db';
import { createStaff, signUpCandidate, type SignedInUser, type TestApp } from '../testing/test-app';

export const ACTORS = ['anonymous', 'candidateA', 'candidateB', 'recruiterX', 'recruiterY', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];
type Candidate = 'candidateA' | 'candidateB';

const COVER = 'Six years of warehouse work, forklift certified, and glad to work any shift you need.';

export interface World {
  branchX: Branch;
  branchY: Branch;
  company: Company;
  jobX: string;
  /** candidateA's application to jobX (branch X). */
  applicationA: string;
  /** A scheduled interview on applicationA. */
  interviewA: string;
  users: Record<Exclude<Actor, 'anonymous'>, SignedInUser>;
  token(actor: Actor): string | undefined;
  freshJob(): Promise<string>;
  freshApplication(candidate?: Candidate): Promise<string>;
  freshInterview(options?: { past?: boolean }): Promise<string>;
  /** Candidate A's thank-you note on a fresh application at branch X. */
  freshNote(): Promise<string>;
  /** Candidate A uploads a resume file (idempotent). */
  uploadResumeA(): Promise<void>;
}

/** Two branches with a recruiter each, an admin, two candidates, and candidate A's application at branch X. */
export async function buildWorld(t: TestApp): Promise<World> {
  const branchX = await createBranch(t.dataSource, { name: 'Access Branch X' });
  const branchY = await createBranch(t.dataSource, { name: 'Access Branch Y' });
  // A client of branch X: its recruiters (and admins) may edit it, branch Y's may read it and post jobs for it.
  const company = await createCompany(t.dataSource, { branchId: branchX.id });
  const users = {
    candidateA: await signUpCandidate(t, { firstName: 'Ada' }),
    candidateB: await signUpCandidate(t, { firstName: 'Ben' }),
    recruiterX: await createStaff(t, 'recruiter', branchX.id),
    recruiterY: await createStaff(t, 'recruiter', branchY.id),
    admin: await createStaff(t, 'admin'),
  };
  const freshJob = async () => (await createJob(t.dataSource, { branch: branchX, company })).id;
  const freshApplication = async (candidate: Candidate = 'candidateA') => {
    const res = await t.request('POST', `/api/jobs/${await freshJob()}/applications`, {
      token: users[candidate].token,
      body: { coverLetter: COVER, resumeText: 'Forklift certified.' },
    });
    if (res.statusCode !== 201) throw new Error(`apply failed: ${res.body}`);
    return res.json<{ id: string }>().id;
  };
  const freshInterview = async ({ past = false } = {}) => {
    const applicationId = await freshApplication();
    const scheduledAt = new Date(Date.now() + (past ? -2 : 2) * 86_400_000).toISOString();
    const res = await t.request('POST', `/api/applications/${applicationId}/interviews`, {
      token: users.admin.token,
      body: { scheduledAt, durationMinutes: 45, mode: 'video', interviewerName: 'Morgan Hale' },
    });
    if (res.statusCode !== 201) throw new Error(`schedule failed: ${res.body}`);
    const interviews = res.json<{ interviews: Array<{ id: string }> }>().interviews;
    return interviews[interviews.length - 1]?.id ?? '';
  };

  const freshNote = async () => {
    const applicationId = await freshApplication();
    const start = new Date(Date.now() - 2 * 86_400_000);
    const scheduled = await t.request('POST', `/api/applications/${applicationId}/interviews`, {
      token: users.admin.token,
      body: { scheduledAt: start.toISOString(), durationMinutes: 30, mode: 'video', interviewerName: 'Morgan Hale' },
    });
    const interviewId = scheduled.json<{ interviews: Array<{ id: string }> }>().interviews[0]?.id ?? '';
    await t.request('POST', `/api/interviews/${interviewId}/complete`, { token: users.admin.token, body: { completedAt: new Date(start.getTime() + 1_800_000).toISOString() } });
    const note = await t.request('POST', `/api/applications/${applicationId}/follow-ups`, {
      token: users.candidateA.token,
      body: { kind: 'thank_you', body: 'Thank you for the time you gave me yesterday.' },
    });
    if (note.statusCode !== 201) throw new Error(`thank-you failed: ${note.body}`);
    return note.json<{ id: string }>().id;
  };
  const uploadResumeA = async () => {
    const boundary = '----access-matrix';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="resume.txt"\r\nContent-Type: text/plain\r\n\r\nForklift certified.\r\n--${boundary}--\r\n`;
    const res = await t.request('PUT', '/api/me/resume', {
      token: users.candidateA.token,
      body: payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    if (res.statusCode !== 200) throw new Error(`resume upload failed: ${res.body}`);
  };

  const jobX = await freshJob();
  const applicationA = await freshApplication();
  const scheduled = await t.request('POST', `/api/applications/${applicationA}/interviews`, {
    token: users.admin.token,
    body: { scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 30, mode: 'phone', interviewerName: 'Morgan Hale' },
  });
  const interviewA = scheduled.json<{ interviews: Array<{ id: string }> }>().interviews[0]?.id ?? '';

  return {
    branchX,
    branchY,
    company,
    jobX,
    applicationA,
    interviewA,
    users,
    token: (actor) => (actor === 'anonymous' ? undefined : users[actor].token),
    freshJob,
    freshApplication,
    freshInterview,
    freshNote,
    uploadResumeA,
  };
}
