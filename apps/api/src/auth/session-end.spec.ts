import { describe, expect, it } from 'vitest';
import { refreshCookieOf, signUpCandidate, useTestApp } from '../testing/test-app';

describe('an access token ends with its session, at once', () => {
  const ctx = useTestApp();

  const me = (token: string) => ctx.t.request('GET', '/api/auth/me', { token });

  it('after logout (other sessions of the same account keep working)', async () => {
    const user = await signUpCandidate(ctx.t);
    const other = await ctx.t.request('POST', '/api/auth/login', { body: { email: user.email, password: user.password } });
    const otherToken = other.json<{ accessToken: string }>().accessToken;
    expect((await me(user.token)).statusCode).toBe(200);
    expect((await ctx.t.request('POST', '/api/auth/logout', { cookies: { nextstep_refresh: user.refreshCookie } })).statusCode).toBe(204);
    expect((await me(user.token)).statusCode).toBe(401);
    expect((await me(otherToken)).statusCode).toBe(200);
  });

  it('after a replayed refresh token closes the session, for the thief and the owner alike', async () => {
    const user = await signUpCandidate(ctx.t);
    const renewed = await ctx.t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: user.refreshCookie } });
    expect(renewed.statusCode).toBe(200);
    const renewedToken = renewed.json<{ accessToken: string }>().accessToken;
    expect(refreshCookieOf(renewed)).not.toBe(user.refreshCookie);
    // The old cookie again: someone copied it.
    const replayed = await ctx.t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: user.refreshCookie } });
    expect(replayed.json().code).toBe('REFRESH_REUSED');
    expect((await me(renewedToken)).statusCode).toBe(401);
    expect((await me(user.token)).statusCode).toBe(401);
  });

  it('a rotation keeps the session, and its tokens, alive', async () => {
    const user = await signUpCandidate(ctx.t);
    const renewed = await ctx.t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: user.refreshCookie } });
    expect((await me(user.token)).statusCode).toBe(200);
    expect((await me(renewed.json<{ accessToken: string }>().accessToken)).statusCode).toBe(200);
  });
});
