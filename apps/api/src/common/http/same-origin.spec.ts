import { describe, expect, it } from 'vitest';
import { signUpCandidate, uniqueEmail, useAppWithCandidate } from '../../testing/test-app';

describe('login CSRF and cross-site forms', () => {
  const ctx = useAppWithCandidate();

  it.each([
    ['application/x-www-form-urlencoded', (email: string, password: string) => `email=${encodeURIComponent(email)}&password=${encodeURIComponent(password)}`],
    ['text/plain', (email: string, password: string) => JSON.stringify({ email, password })],
    ['multipart/form-data; boundary=x', (email: string, password: string) => `--x\r\nContent-Disposition: form-data; name="email"\r\n\r\n${email}\r\n--x\r\nContent-Disposition: form-data; name="password"\r\n\r\n${password}\r\n--x--\r\n`],
  ])('a sign-in sent as %s (what a foreign page can post) is refused with 415', async (contentType, encode) => {
    const res = await ctx.t.request('POST', '/api/auth/login', { body: encode(ctx.candidate.email, ctx.candidate.password), headers: { 'content-type': contentType } });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(res.cookies.find((c) => c.name === 'nextstep_refresh')).toBeUndefined();
  });

  it('JSON still signs in, with or without a charset', async () => {
    const res = await ctx.t.request('POST', '/api/auth/login', {
      body: JSON.stringify({ email: ctx.candidate.email, password: ctx.candidate.password }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('a cookie-bearing request from another origin is refused; from APP_BASE_URL, or from a non-browser client, it works', async () => {
    const signedIn = await signUpCandidate(ctx.t, { email: uniqueEmail('origin') });
    const refresh = (origin?: string, cookie = signedIn.refreshCookie) =>
      ctx.t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: cookie }, ...(origin ? { headers: { origin } } : {}) });
    const foreign = await refresh('https://evil.example');
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'ORIGIN_REFUSED' });
    const own = await refresh('http://localhost:3000');
    expect(own.statusCode).toBe(200);
    const next = own.cookies.find((c) => c.name === 'nextstep_refresh')?.value ?? '';
    expect((await refresh(undefined, next)).statusCode).toBe(200);
  });

  it('reads and token-in-path pages are not affected', async () => {
    expect((await ctx.t.request('GET', '/api/health', { headers: { origin: 'https://evil.example' }, cookies: { x: '1' } })).statusCode).toBe(200);
    // A mail client's RFC 8058 one-click unsubscribe is a form post, and must keep working (this token is made up: 404, not 415).
    const res = await ctx.t.request('POST', '/api/unsubscribe/made-up-token', { body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.statusCode).toBe(404);
  });
});
