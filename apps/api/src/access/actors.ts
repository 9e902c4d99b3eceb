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
}

/** Two branches with a recruiter each, an admin, two candidates, and candidate A's application at branch X. */
export async function buildWorld(t: TestApp): Promise<World> {
  const branchX = await createBranch(t.dataSource, { name: 'Access Branch X' });
  const branchY = await createBranch(t.dataSource, { name: 'Access Branch Y' });
  const company = await createCompany(t.dataSource);
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
  };
}
