import { createUnsubscribeToken } from '@nextstep/mail';
import { testConfig } from '@nextstep/testing';
import { describe, expect, it } from 'vitest';
import { signUpCandidate, useTestApp } from '../testing/test-app';

describe('POST /api/unsubscribe/:token (RFC 8058 one-click)', () => {
  const ctx = useTestApp();

  const secret = () => testConfig().jwtSecret;

  it('turns guidance e-mails off for the user the token names, without signing in, as a mail client posts it', async () => {
    const candidate = await signUpCandidate(ctx.t);
    const res = await ctx.t.app.inject({
      method: 'POST',
      url: `/api/unsubscribe/${createUnsubscribeToken(candidate.id, secret())}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.statusCode).toBe(204);
    const profile = await ctx.t.request('GET', '/api/me/profile', { token: candidate.token });
    expect(profile.json<{ guidanceEmails: boolean }>().guidanceEmails).toBe(false);
    // Clicking twice is harmless.
    expect((await ctx.t.request('POST', `/api/unsubscribe/${createUnsubscribeToken(candidate.id, secret())}`)).statusCode).toBe(204);
  });

  it('refuses a token signed with another secret or for another user, and changes nothing', async () => {
    const candidate = await signUpCandidate(ctx.t);
    const forged = createUnsubscribeToken(candidate.id, 'z'.repeat(40));
    expect((await ctx.t.request('POST', `/api/unsubscribe/${forged}`)).statusCode).toBe(404);
    const [, signature] = createUnsubscribeToken(candidate.id, secret()).split('.');
    const otherUser = `${Buffer.from('00000000-0000-0000-0000-000000000000').toString('base64url')}.${signature}`;
    expect((await ctx.t.request('POST', `/api/unsubscribe/${otherUser}`)).statusCode).toBe(404);
    const profile = await ctx.t.request('GET', '/api/me/profile', { token: candidate.token });
    expect(profile.json<{ guidanceEmails: boolean }>().guidanceEmails).toBe(true);
  });

  it('opens a confirmation page from the footer link that changes nothing until the button is pressed', async () => {
    const candidate = await signUpCandidate(ctx.t);
    const token = createUnsubscribeToken(candidate.id, secret());
    const page = await ctx.t.request('GET', `/api/unsubscribe/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain(`action="/api/unsubscribe/${token}?from=page"`);
    const before = await ctx.t.request('GET', '/api/me/profile', { token: candidate.token });
    expect(before.json<{ guidanceEmails: boolean }>().guidanceEmails).toBe(true);

    const pressed = await ctx.t.app.inject({
      method: 'POST',
      url: `/api/unsubscribe/${token}?from=page`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(pressed.statusCode).toBe(303);
    expect(pressed.headers['location']).toBe(`/api/unsubscribe/${token}?done=1`);
    expect((await ctx.t.request('GET', `/api/unsubscribe/${token}?done=1`)).body).toContain('You are unsubscribed');
    const after = await ctx.t.request('GET', '/api/me/profile', { token: candidate.token });
    expect(after.json<{ guidanceEmails: boolean }>().guidanceEmails).toBe(false);
    expect((await ctx.t.request('GET', '/api/unsubscribe/not-a-real-token')).statusCode).toBe(404);
  });
});
