import { describe, expect, it } from 'vitest';
import { useAppWithCandidate } from '../testing/test-app';

describe('Cache-Control: no-store', () => {
  const ctx = useAppWithCandidate();

  it('on sign-in answers and everything about the caller', async () => {
    const login = await ctx.t.request('POST', '/api/auth/login', { body: { email: ctx.candidate.email, password: ctx.candidate.password } });
    expect(login.headers['cache-control']).toBe('no-store');
    for (const path of ['/api/auth/me', '/api/me/profile', '/api/me/export', '/api/me/applications']) {
      const res = await ctx.t.request('GET', path, { token: ctx.candidate.token });
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-store');
    }
    // Failed sign-ins too: the answer says something about an account.
    expect((await ctx.t.request('POST', '/api/auth/login', { body: { email: ctx.candidate.email, password: 'not-it-at-all-1' } })).headers['cache-control']).toBe('no-store');
  });

  it('not on the public job board, which caches may keep', async () => {
    const res = await ctx.t.request('GET', '/api/branches');
    expect(res.headers['cache-control'] ?? '').not.toContain('no-store');
  });
});
