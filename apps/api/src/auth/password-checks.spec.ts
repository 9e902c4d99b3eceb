import { currentTestServices } from '@nextstep/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCandidate, startTestApp, STRONG_PASSWORD, type TestApp } from '../testing/test-app';

describe('routes that check the current password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '127.0.0.1', RATE_LIMIT_AUTH_PER_MINUTE: '3', REDIS_PREFIX: `${currentTestServices().redisPrefix}:password-checks` });
  });
  afterAll(() => t.close());
  let ip = 0;
  // Each attempt from another address: what is limited is the account, not the address.
  const from = () => ({ 'x-forwarded-for': `203.0.113.${++ip}` });

  it('POST /api/auth/password is rate-limited per account: a stolen token cannot guess the password', async () => {
    const user = await signUpCandidate(t);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.request('POST', '/api/auth/password', { token: user.token, body: { currentPassword: `guess-number-${i}-x`, newPassword: 'lantern-orchard-velvet-17' }, headers: from() });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
  });

  it('DELETE /api/me is too', async () => {
    const user = await signUpCandidate(t);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await t.request('DELETE', '/api/me', { token: user.token, body: { password: `guess-number-${i}-x` }, headers: from() })).statusCode);
    expect(statuses).toEqual([400, 400, 400, 429]);
  });

  it('a new password must differ from the current one', async () => {
    const user = await signUpCandidate(t);
    const res = await t.request('POST', '/api/auth/password', { token: user.token, body: { currentPassword: STRONG_PASSWORD, newPassword: STRONG_PASSWORD }, headers: from() });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'PASSWORD_UNCHANGED', fields: { newPassword: expect.stringMatching(/current password/) } });
  });
});
