import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCandidate, startTestApp, STRONG_PASSWORD, uniqueEmail, type TestApp } from '../testing/test-app';
import { branchWriteBody, companyWriteBody, jobWriteBody } from '../testing/write-bodies';
import { ACTORS, buildWorld, type Actor, type World } from './actors';

interface Context {
  t: TestApp;
  world: World;
}

interface Row {
  /** The route as the OpenAPI document names it, e.g. `GET /api/me/profile`. */
  route: string;
  /** Concrete path (ids filled in); defaults to the route's path. */
  path?: (c: Context, actor: Actor) => Promise<string> | string;
  body?: (c: Context, actor: Actor) => Promise<unknown> | unknown;
  expect: Record<Actor, number>;
}

const all = (status: number): Record<Actor, number> => Object.fromEntries(ACTORS.map((a) => [a, status])) as Record<Actor, number>;
const signedIn = (status: number): Record<Actor, number> => ({ ...all(status), anonymous: 401 });
const candidatesOnly = (status: number): Record<Actor, number> => ({ ...all(403), anonymous: 401, candidateA: status, candidateB: status });
const adminOnly = (status: number): Record<Actor, number> => ({ ...all(403), anonymous: 401, admin: status });
const staff = (status: number): Record<Actor, number> => ({ ...all(status), anonymous: 401, candidateA: 403, candidateB: 403 });
/** Staff routes on branch X records: the other branch's recruiter is told "not found". */
const branchXStaff = (status: number): Record<Actor, number> => ({ ...staff(status), recruiterY: 404 });
/** Candidate A's application at branch X, read by everyone who may and may not. */
const applicationReaders = (status: number): Record<Actor, number> => ({
  anonymous: 401,
  candidateA: status,
  candidateB: 404,
  recruiterX: status,
  recruiterY: 404,
  admin: status,
});
const ownCandidate = (status: number): Record<Actor, number> => ({ ...all(403), anonymous: 401, candidateA: status, candidateB: 404 });

const jobBody = (c: Context) => jobWriteBody(c.world.branchX.id, c.world.company.id);

/** A fresh job alert of the candidate, created through the API. */
async function jobAlertOf(c: Context, owner: 'candidateA' | 'candidateB'): Promise<string> {
  const res = await c.t.request('POST', '/api/me/job-alerts', { token: c.world.token(owner), body: { q: 'welder', frequency: 'daily' } });
  if (res.statusCode !== 201) throw new Error(`job alert failed: ${res.body}`);
  return res.json<{ id: string }>().id;
}

/**
 * Every route × every kind of caller. Requests are built so that a caller who
 * gets through sees a harmless, predictable answer (e.g. a wrong password
 * for erasure gives 400), which proves the access decision without side
 * effects on the shared actors. A route missing from this table fails the suite.
 */
const ROWS: Row[] = [
  { route: 'GET /api/health', expect: all(200) },
  { route: 'GET /api/health/ready', expect: all(200) },
  { route: 'GET /api/health/live', expect: all(200) },
  // A made-up token: nobody, signed in or not, can unsubscribe someone else.
  { route: 'POST /api/unsubscribe/{token}', expect: all(404) },
  { route: 'GET /api/unsubscribe/{token}', expect: all(404) },
  { route: 'POST /api/admin/queue-board/session', expect: adminOnly(204) },
  { route: 'POST /api/auth/register', body: () => ({ email: uniqueEmail(), password: STRONG_PASSWORD, firstName: 'N', lastName: 'U' }), expect: all(201) },
  { route: 'POST /api/auth/login', body: () => ({ email: uniqueEmail('nobody'), password: 'wrong-password-1' }), expect: all(401) },
  { route: 'POST /api/auth/refresh', expect: all(401) },
  { route: 'POST /api/auth/logout', expect: all(204) },
  { route: 'GET /api/auth/me', expect: signedIn(200) },
  // Same answer for any address: nobody learns whether an account exists.
  { route: 'POST /api/auth/forgot-password', body: () => ({ email: uniqueEmail('forgot') }), expect: all(202) },
  { route: 'POST /api/auth/reset-password', body: () => ({ token: 'A'.repeat(43), password: STRONG_PASSWORD }), expect: all(400) },
  { route: 'POST /api/auth/verify-email', body: () => ({ token: 'A'.repeat(43) }), expect: all(400) },
  { route: 'POST /api/auth/verify-email/resend', expect: signedIn(202) },
  { route: 'POST /api/auth/password', body: () => ({ currentPassword: 'not-the-current-1', newPassword: 'another-strong-pass-2' }), expect: signedIn(400) },
  { route: 'GET /api/me/profile', expect: candidatesOnly(200) },
  { route: 'PATCH /api/me/profile', body: () => ({ city: 'Aurora' }), expect: candidatesOnly(200) },
  { route: 'PUT /api/me/resume', expect: candidatesOnly(400) },
  { route: 'GET /api/me/resume', expect: candidatesOnly(404) },
  { route: 'GET /api/me/export', expect: candidatesOnly(200) },
  { route: 'DELETE /api/me', body: () => ({ password: 'not-my-password-1' }), expect: candidatesOnly(400) },
  {
    route: 'POST /api/admin/users',
    body: (c) => ({ email: uniqueEmail('staff'), password: STRONG_PASSWORD, firstName: 'S', lastName: 'T', role: 'recruiter', branchId: c.world.branchX.id }),
    expect: adminOnly(201),
  },
  { route: 'GET /api/admin/users', expect: adminOnly(200) },
  {
    route: 'POST /api/admin/users/{id}/deactivate',
    path: async (c) => `/api/admin/users/${(await signUpCandidate(c.t)).id}/deactivate`,
    expect: adminOnly(200),
  },
  {
    route: 'POST /api/admin/users/{id}/reactivate',
    path: async (c) => `/api/admin/users/${(await signUpCandidate(c.t)).id}/reactivate`,
    expect: adminOnly(200),
  },

  // Job board, public reads
  { route: 'GET /api/branches', expect: all(200) },
  { route: 'GET /api/branches/nearest', path: () => '/api/branches/nearest?lat=41.88&lng=-87.63', expect: all(200) },
  { route: 'GET /api/branches/{id}', path: (c) => `/api/branches/${c.world.branchX.id}`, expect: all(200) },
  { route: 'GET /api/companies/{id}', path: (c) => `/api/companies/${c.world.company.id}`, expect: all(200) },
  { route: 'GET /api/jobs', expect: all(200) },
  { route: 'GET /api/jobs/suggest', path: () => '/api/jobs/suggest?prefix=fork', expect: all(200) },
  { route: 'GET /api/jobs/{id}', path: (c) => `/api/jobs/${c.world.jobX}`, expect: all(200) },
  { route: 'GET /api/jobs/{id}/resume-fit', path: (c) => `/api/jobs/${c.world.jobX}/resume-fit`, expect: candidatesOnly(200) },

  // Job board, staff writes
  { route: 'POST /api/branches', body: branchWriteBody, expect: adminOnly(201) },
  { route: 'PATCH /api/branches/{id}', path: (c) => `/api/branches/${c.world.branchX.id}`, body: () => ({ openingHours: 'Mon-Sat 7-18' }), expect: adminOnly(200) },
  { route: 'POST /api/companies', body: companyWriteBody, expect: staff(201) },
  // Branch X's client: another branch's recruiter may post jobs for it, not change it.
  { route: 'PATCH /api/companies/{id}', path: (c) => `/api/companies/${c.world.company.id}`, body: () => ({ goals: 'Grow steadily.' }), expect: { ...staff(200), recruiterY: 403 } },
  { route: 'POST /api/jobs', body: jobBody, expect: { ...staff(201), recruiterY: 403 } },
  { route: 'PATCH /api/jobs/{id}', path: (c) => `/api/jobs/${c.world.jobX}`, body: () => ({ title: 'Senior Forklift Operator' }), expect: branchXStaff(200) },
  { route: 'POST /api/jobs/{id}/close', path: async (c) => `/api/jobs/${await c.world.freshJob()}/close`, body: () => ({}), expect: branchXStaff(200) },

  // Applications
  {
    route: 'POST /api/jobs/{id}/applications',
    path: async (c) => `/api/jobs/${await c.world.freshJob()}/applications`,
    body: () => ({ coverLetter: 'I have the forklift certificate and five years of experience in busy warehouses.', resumeText: 'Forklift.' }),
    expect: candidatesOnly(201),
  },
  { route: 'GET /api/me/applications', expect: candidatesOnly(200) },
  { route: 'GET /api/applications', expect: staff(200) },
  { route: 'GET /api/applications/{id}', path: (c) => `/api/applications/${c.world.applicationA}`, expect: applicationReaders(200) },
  { route: 'GET /api/applications/{id}/guidance', path: (c) => `/api/applications/${c.world.applicationA}/guidance`, expect: applicationReaders(200) },
  {
    route: 'POST /api/applications/{id}/follow-ups',
    path: (c) => `/api/applications/${c.world.applicationA}/follow-ups`,
    body: () => ({ kind: 'message', body: 'Any news on my application?' }),
    // The candidate gets through, and the guidance refuses: the interview is still to come.
    expect: ownCandidate(409),
  },
  { route: 'POST /api/applications/{id}/withdraw', path: async (c) => `/api/applications/${await c.world.freshApplication()}/withdraw`, body: () => ({}), expect: ownCandidate(200) },
  {
    route: 'POST /api/applications/{id}/transitions',
    path: async (c) => `/api/applications/${await c.world.freshApplication()}/transitions`,
    body: () => ({ to: 'screening' }),
    expect: branchXStaff(200),
  },
  {
    route: 'POST /api/applications/{id}/contacts',
    path: (c) => `/api/applications/${c.world.applicationA}/contacts`,
    body: () => ({ channel: 'email', summary: 'Interview confirmed for tomorrow.' }),
    expect: branchXStaff(201),
  },
  {
    route: 'POST /api/applications/{id}/interviews',
    path: async (c) => `/api/applications/${await c.world.freshApplication()}/interviews`,
    body: () => ({ scheduledAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), durationMinutes: 30, mode: 'video', interviewerName: 'Sam Ortiz' }),
    expect: branchXStaff(201),
  },
  // Candidate A's interview: their own and branch X's staff get the file; everyone else is told "not found".
  { route: 'GET /api/interviews/{id}/calendar.ics', path: (c) => `/api/interviews/${c.world.interviewA}/calendar.ics`, expect: applicationReaders(200) },
  { route: 'PATCH /api/interviews/{id}', path: (c) => `/api/interviews/${c.world.interviewA}`, body: () => ({ location: 'Dock 4' }), expect: branchXStaff(200) },
  { route: 'DELETE /api/interviews/{id}', path: async (c) => `/api/interviews/${await c.world.freshInterview()}`, expect: branchXStaff(200) },
  {
    route: 'POST /api/interviews/{id}/complete',
    path: async (c) => `/api/interviews/${await c.world.freshInterview({ past: true })}/complete`,
    body: () => ({}),
    expect: branchXStaff(200),
  },
  { route: 'GET /api/inbox', expect: staff(200) },

  // Recruiter console
  { route: 'GET /api/staff/jobs', expect: staff(200) },
  { route: 'GET /api/staff/jobs/{id}', path: (c) => `/api/staff/jobs/${c.world.jobX}`, expect: branchXStaff(200) },
  { route: 'GET /api/staff/companies', expect: staff(200) },
  { route: 'GET /api/staff/companies/{id}', path: (c) => `/api/staff/companies/${c.world.company.id}`, expect: staff(200) },
  { route: 'GET /api/recruiter/today', expect: staff(200) },
  {
    route: 'POST /api/applications/bulk-transitions',
    body: async (c) => ({ to: 'screening', items: [{ id: await c.world.freshApplication() }] }),
    // Another branch's recruiter gets an answer, with a NOT_FOUND row for the application.
    expect: staff(200),
  },
  {
    route: 'POST /api/applications/{id}/replies',
    path: (c) => `/api/applications/${c.world.applicationA}/replies`,
    body: () => ({ body: 'Your interview is confirmed; see you tomorrow.' }),
    expect: branchXStaff(201),
  },
  {
    route: 'GET /api/applications/{id}/resume-file',
    path: async (c) => {
      await c.world.uploadResumeA();
      return `/api/applications/${c.world.applicationA}/resume-file`;
    },
    // Contact details and files are for the branch's staff only, not even the candidate through this route.
    expect: branchXStaff(200),
  },
  { route: 'POST /api/messages/{id}/read', path: async (c) => `/api/messages/${await c.world.freshNote()}/read`, body: () => ({ read: true }), expect: branchXStaff(200) },
  {
    route: 'GET /api/interviews/conflicts',
    path: () => `/api/interviews/conflicts?start=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}&durationMinutes=30`,
    expect: staff(200),
  },

  // Job alerts: a candidate's own, and the public guest sign-up and e-mail links (signed tokens; made-up ones are refused)
  { route: 'GET /api/me/job-alerts', expect: candidatesOnly(200) },
  { route: 'POST /api/me/job-alerts', body: () => ({ q: 'forklift', frequency: 'daily' }), expect: candidatesOnly(201) },
  {
    route: 'PATCH /api/me/job-alerts/{id}',
    path: async (c) => `/api/me/job-alerts/${await jobAlertOf(c, 'candidateA')}`,
    body: () => ({ frequency: 'weekly' }),
    expect: ownCandidate(200),
  },
  { route: 'DELETE /api/me/job-alerts/{id}', path: async (c) => `/api/me/job-alerts/${await jobAlertOf(c, 'candidateA')}`, expect: ownCandidate(204) },
  { route: 'POST /api/job-alerts', body: () => ({ email: uniqueEmail('guest'), q: 'welder', frequency: 'weekly' }), expect: all(202) },
  { route: 'GET /api/job-alerts/confirm/{token}', expect: all(404) },
  { route: 'POST /api/job-alerts/confirm/{token}', expect: all(404) },
  { route: 'GET /api/job-alerts/unsubscribe/{token}', expect: all(404) },
  { route: 'POST /api/job-alerts/unsubscribe/{token}', expect: all(404) },
  { route: 'GET /api/job-alerts/manage/{token}', expect: all(404) },
  { route: 'POST /api/job-alerts/manage/{token}/unsubscribe-all', expect: all(404) },
];

export { ROWS as ACCESS_ROWS };

describe('access matrix', () => {
  const c = {} as Context;
  beforeAll(async () => {
    c.t = await startTestApp();
    c.world = await buildWorld(c.t);
  });
  afterAll(() => c.t.close());

  it('has a row for every route the API serves', async () => {
    const doc = (await c.t.request('GET', '/api/docs-json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    const served = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
    expect(ROWS.map((r) => r.route).sort()).toEqual(served.sort());
  });

  for (const row of ROWS) {
    it(row.route, async () => {
      const [method, template] = row.route.split(' ') as [string, string];
      const actual: Partial<Record<Actor, number>> = {};
      for (const actor of ACTORS) {
        const path = row.path ? await row.path(c, actor) : template.replace(/\{\w+\}/g, randomUUID());
        const body = row.body ? await row.body(c, actor) : undefined;
        const res = await c.t.request(method as 'GET', path, { token: c.world.token(actor), ...(body !== undefined ? { body } : {}) });
        actual[actor] = res.statusCode;
      }
      expect(actual).toEqual(row.expect);
    });
  }
});
