import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, signUpCandidate, startTestApp, type SignedInUser, type TestApp } from '../testing/test-app';

describe('Bull Board at /api/admin/queues', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let candidate: SignedInUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await createStaff(t, 'admin');
    candidate = await signUpCandidate(t);
  });
  afterAll(() => t.close());

  it('is for admins only', async () => {
    expect((await t.request('GET', '/api/admin/queues')).statusCode).toBe(401);
    expect((await t.request('GET', '/api/admin/queues', { token: candidate.token })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/admin/queues/api/queues', { token: candidate.token })).statusCode).toBe(403);
    const page = await t.request('GET', '/api/admin/queues', { token: admin.token });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('lists the worker queues', async () => {
    const res = await t.request('GET', '/api/admin/queues/api/queues', { token: admin.token });
    expect(res.statusCode).toBe(200);
    const names = res
      .json<{ queues: Array<{ name: string }> }>()
      .queues.map((q) => q.name)
      .sort();
    expect(names).toEqual(['emails', 'maintenance']);
  });

  it('opens in the admin’s browser through a cookie bound to the board', async () => {
    const session = await t.request('POST', '/api/admin/queue-board/session', { token: admin.token });
    expect(session.statusCode).toBe(204);
    const cookie = session.cookies.find((c) => c.name === 'nextstep_queue_board');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/admin/queues' });
    const page = await t.request('GET', '/api/admin/queues', { cookies: { nextstep_queue_board: cookie?.value ?? '' } });
    expect(page.statusCode).toBe(200);
    expect((await t.request('GET', '/api/admin/queues', { cookies: { nextstep_queue_board: 'forged.token.value' } })).statusCode).toBe(401);
  });
});
