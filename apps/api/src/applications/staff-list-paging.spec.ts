import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import type { Job } from '@nextstep/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, signUpCandidate, startTestApp, type SignedInUser, type TestApp } from '../testing/test-app';

interface Page {
  items: Array<{ id: string }>;
  nextCursor: string | null;
}

// GET /api/applications pages by a signed keyset cursor, bound to the list it came from.
describe('staff application list paging', () => {
  let t: TestApp;
  let job: Job;
  let recruiter: SignedInUser;
  let otherRecruiter: SignedInUser;
  /** Newest application first, as the list orders them. */
  let newestFirst: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const [branch, other] = [await createBranch(t.dataSource, { name: 'Aurora' }), await createBranch(t.dataSource, { name: 'Elgin' })];
    job = await createJob(t.dataSource, { branch, company: await createCompany(t.dataSource), title: 'Picker Packer' });
    recruiter = await createStaff(t, 'recruiter', branch.id);
    otherRecruiter = await createStaff(t, 'recruiter', other.id);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const candidate = await signUpCandidate(t);
      const res = await t.request('POST', `/api/jobs/${job.id}/applications`, { token: candidate.token, body: { coverLetter: 'Seven years of picking and packing, forklift certified, and happy to take the early shift.', resumeText: 'Forklift certified.' } });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json<{ id: string }>().id);
    }
    // Four of them inside one millisecond, a microsecond apart: a cursor rounded to the millisecond would lose rows.
    const stamps = ['2026-11-20T10:00:00.123404Z', '2026-11-20T10:00:00.123403Z', '2026-11-20T10:00:00.123402Z', '2026-11-20T10:00:00.123401Z', '2026-11-19T08:00:00.000000Z'];
    for (const [i, id] of ids.entries()) {
      await t.dataSource.query('UPDATE applications SET applied_at = $1 WHERE id = $2', [stamps[i], id]);
    }
    newestFirst = ids;
  });
  afterAll(() => t.close());

  const list = (token: string, query: Record<string, string>) => t.request('GET', '/api/applications', { token, query: { jobId: job.id, ...query } });

  it('walks every application once, in order, two at a time', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await list(recruiter.token, { limit: '2', ...(cursor ? { cursor } : {}) });
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<Page>();
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(newestFirst);
    expect(pages).toBe(3);
  });

  it('refuses a cursor that was altered, or that belongs to another list or another recruiter\'s view', async () => {
    const cursor = (await list(recruiter.token, { limit: '2' })).json<Page>().nextCursor ?? '';
    expect(cursor).not.toBe('');
    const [body = '', mac = ''] = cursor.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { k: { t: string; id: string }; s: string };
    const forged = Buffer.from(JSON.stringify({ ...payload, k: { ...payload.k, t: '2030-01-01T00:00:00.000000Z' } })).toString('base64url');

    const cases: Array<[string, Record<string, string>, RegExp]> = [
      [recruiter.token, { cursor: `${forged}.${mac}` }, /altered/],
      [recruiter.token, { cursor: 'not-a-cursor' }, /malformed/],
      [recruiter.token, { cursor, status: 'applied' }, /different list/],
      [recruiter.token, { cursor, owedNews: 'true' }, /different list/],
      [otherRecruiter.token, { cursor }, /different list/],
    ];
    for (const [token, query, message] of cases) {
      const res = await list(token, { limit: '2', ...query });
      expect(res.statusCode, JSON.stringify(query)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'INVALID_CURSOR', fields: { cursor: expect.stringMatching(message) } });
    }
  });
});
