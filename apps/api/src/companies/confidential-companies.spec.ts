import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, signUpCandidate, startTestApp, type SignedInUser, type TestApp } from '../testing/test-app';

const SECRET_NAME = 'Zanzibar Quietworks';
const SECRET_SITE = 'zanzibar-quietworks.example';

/**
 * A confidential client whose values and goals are empty: the profile's gaps
 * are exactly where research prompts used to point candidates at the
 * company's website. Every answer a candidate or a stranger can get is
 * searched for its name and site.
 */
describe('a confidential company with empty profile fields', () => {
  let t: TestApp;
  let candidate: SignedInUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const branch = await createBranch(t.dataSource);
    const company = await createCompany(t.dataSource, {
      name: SECRET_NAME,
      website: `https://www.${SECRET_SITE}`,
      industry: 'precision tool maker',
      confidential: true,
      values: [],
      goals: '',
      operations: '   ',
    });
    const job = await createJob(t.dataSource, { branch, company, title: 'CNC Machinist', postalCode: '61109', status: 'open' });
    candidate = await signUpCandidate(t);
    const recruiter = await createStaff(t, 'recruiter', branch.id);
    const applied = await t.request('POST', `/api/jobs/${job.id}/applications`, {
      token: candidate.token,
      body: { coverLetter: 'Twelve years on CNC mills and lathes; I read drawings and hold tight tolerances every shift.', resumeText: 'CNC machinist.' },
    });
    expect(applied.statusCode).toBe(201);
    const applicationId = applied.json<{ id: string }>().id;
    // An interview to come is what makes the guidance list the research prompts.
    const scheduled = await t.request('POST', `/api/applications/${applicationId}/interviews`, {
      token: recruiter.token,
      body: { scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), durationMinutes: 45, mode: 'in_person', interviewerName: 'Dana Reyes' },
    });
    expect(scheduled.statusCode).toBe(201);
    Object.assign(ids, {
      jobs: job.id,
      applications: applicationId,
      interviews: scheduled.json<{ interviews: Array<{ id: string }> }>().interviews[0]?.id ?? '',
      companies: company.id,
      branches: branch.id,
    });
  });
  afterAll(() => t.close());

  it('is never named nor linked by any GET route a candidate or a stranger can call', async () => {
    const doc = (await t.request('GET', '/api/docs-json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    const paths = Object.entries(doc.paths)
      .filter(([, ops]) => 'get' in ops)
      .map(([path]) => path.replace(/\/api\/(\w[\w-]*)\/\{\w+\}/, (whole, resource: string) => `/api/${resource}/${ids[resource] ?? randomUUID()}`))
      .map((path) => path.replace(/\{\w+\}/g, randomUUID()));
    // What crawlers and feed readers get, outside /api.
    paths.push(`/jobs/${ids['jobs']}`, '/jobs.rss', '/sitemap.xml');
    expect(paths.length).toBeGreaterThan(15);
    const seen: string[] = [];
    for (const path of paths) {
      for (const token of [candidate.token, undefined]) {
        const res = await t.request('GET', path, { ...(token ? { token } : {}) });
        if (res.statusCode === 200) seen.push(path);
        const body = res.body.toLowerCase();
        expect(body, `${path} as ${token ? 'the candidate' : 'a stranger'}`).not.toContain(SECRET_NAME.toLowerCase());
        expect(body, `${path} as ${token ? 'the candidate' : 'a stranger'}`).not.toContain(SECRET_SITE);
      }
    }
    // The sweep really reached the pages that show the company.
    for (const shown of [`/api/jobs/${ids['jobs']}`, `/api/applications/${ids['applications']}`, `/api/applications/${ids['applications']}/guidance`, '/api/me/export']) {
      expect(seen).toContain(shown);
    }
  });

  it('gets research prompts that point to the branch, not to the website', async () => {
    const res = await t.request('GET', `/api/applications/${ids['applications']}/guidance`, { token: candidate.token });
    expect(res.statusCode).toBe(200);
    const prompts = res.json<{ companyResearch: Array<{ item: string; known: boolean; prompt: string }> }>().companyResearch;
    expect(prompts.filter((p) => !p.known).map((p) => p.item)).toEqual(['values', 'goals', 'operations']);
    for (const prompt of prompts) expect(prompt.prompt).not.toMatch(/website|https?:/);
  });
});
