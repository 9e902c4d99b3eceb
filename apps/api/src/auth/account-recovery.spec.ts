import { startSmtpSink, type ReceivedEmail, type SmtpSink } from '@nextstep/mail/testing';
import { currentTestServices } from '@nextstep/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCookieOf, signUpCandidate, startTestApp, STRONG_PASSWORD, uniqueEmail, type SignedInUser, type TestApp } from '../testing/test-app';

const NEW_PASSWORD = 'lantern-orchard-velvet-17';

function textOf(mail: ReceivedEmail): string {
  return typeof mail.parsed.text === 'string' ? mail.parsed.text : '';
}

function recipientOf(mail: ReceivedEmail): string {
  return mail.envelope.to.join(',');
}

function tokenIn(mail: ReceivedEmail, path: '/reset-password' | '/verify-email'): string {
  const match = textOf(mail).match(new RegExp(`http://localhost:3000${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${textOf(mail)}`);
  return match[1];
}

describe('account recovery and verification', () => {
  let t: TestApp;
  let sink: SmtpSink;
  /** E-mails that arrived for one address, waiting until there are `count`. */
  const mailFor = async (address: string, count = 1, subject?: RegExp): Promise<ReceivedEmail[]> => {
    const matches = () => sink.received.filter((m) => recipientOf(m) === address && (!subject || subject.test(m.parsed.subject ?? '')));
    const deadline = Date.now() + 15_000;
    while (matches().length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} e-mail(s) to ${address}, got ${matches().length}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return matches();
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    const { redisPrefix } = currentTestServices();
    // A prefix of its own: the account-e-mail queue is worked by this app alone, which sends to this sink.
    t = await startTestApp({ SMTP_URL: sink.url, REDIS_PREFIX: `${redisPrefix}:recovery` });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  describe('POST /api/auth/forgot-password', () => {
    it('answers 202 with the same body whether or not the address has an account', async () => {
      const candidate = await signUpCandidate(t);
      const known = await t.request('POST', '/api/auth/forgot-password', { body: { email: candidate.email } });
      const unknown = await t.request('POST', '/api/auth/forgot-password', { body: { email: uniqueEmail('nobody') } });
      expect(known.statusCode).toBe(202);
      expect(unknown.statusCode).toBe(202);
      expect(unknown.body).toBe(known.body);
      expect(known.json().message).toMatch(/If an account uses this address/);
    });

    it('e-mails a single-use link to /reset-password that says when it expires and what to do if you did not ask', async () => {
      const candidate = await signUpCandidate(t);
      const before = Date.now();
      expect((await t.request('POST', '/api/auth/forgot-password', { body: { email: candidate.email.toUpperCase() } })).statusCode).toBe(202);
      const [mail] = await mailFor(candidate.email, 1, /new password/);
      if (!mail) throw new Error('no mail');
      const token = tokenIn(mail, '/reset-password');
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(mail.parsed.subject).toBe('Choose a new password for Nextstep');
      expect(textOf(mail)).toMatch(/The link works once, until .* \(30 minutes\)/);
      expect(textOf(mail)).toMatch(/Did not ask for this\? Then ignore this e-mail: your password stays as it is/);
      // Stored hashed, expiring after PASSWORD_RESET_TTL_MINUTES.
      const [row] = (await t.dataSource.query(
        `SELECT token_hash, expires_at FROM account_tokens WHERE user_id = $1 AND purpose = 'password_reset'`,
        [candidate.id],
      )) as Array<{ token_hash: string; expires_at: Date }>;
      expect(row?.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row?.token_hash).not.toContain(token);
      const ttl = (row?.expires_at.getTime() ?? 0) - before;
      expect(ttl).toBeGreaterThan(29 * 60_000);
      expect(ttl).toBeLessThanOrEqual(30 * 60_000 + 5_000);
    });

    it('sends at most 3 reset e-mails per address an hour, and still answers the same', async () => {
      const candidate = await signUpCandidate(t);
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await t.request('POST', '/api/auth/forgot-password', { body: { email: candidate.email } }));
      expect(answers.map((a) => a.statusCode)).toEqual([202, 202, 202, 202, 202]);
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      await mailFor(candidate.email, 3, /new password/);
      const [{ count }] = (await t.dataSource.query(`SELECT count(*)::int AS count FROM account_tokens WHERE user_id = $1 AND purpose = 'password_reset'`, [
        candidate.id,
      ])) as [{ count: number }];
      expect(count).toBe(3);
    });
  });

  describe('POST /api/auth/reset-password', () => {
    let candidate: SignedInUser;
    let token: string;
    beforeAll(async () => {
      candidate = await signUpCandidate(t);
      await t.request('POST', '/api/auth/forgot-password', { body: { email: candidate.email } });
      const [mail] = await mailFor(candidate.email, 1, /new password/);
      if (!mail) throw new Error('no mail');
      token = tokenIn(mail, '/reset-password');
    });

    it('applies the password policy and refuses the current password', async () => {
      const weak = await t.request('POST', '/api/auth/reset-password', { body: { token, password: 'Summer2026!' } });
      expect(weak.statusCode).toBe(400);
      expect(weak.json()).toMatchObject({ code: 'WEAK_PASSWORD', fields: { password: expect.any(String) } });
      const same = await t.request('POST', '/api/auth/reset-password', { body: { token, password: candidate.password } });
      expect(same.statusCode).toBe(400);
      expect(same.json()).toMatchObject({ code: 'PASSWORD_UNCHANGED', fields: { password: expect.any(String) } });
    });

    it('sets the password, ends every session and older access token, and e-mails a notice', async () => {
      const res = await t.request('POST', '/api/auth/reset-password', { body: { token, password: NEW_PASSWORD } });
      expect(res.statusCode).toBe(200);
      expect((await t.request('GET', '/api/auth/me', { token: candidate.token })).statusCode).toBe(401);
      expect((await t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: candidate.refreshCookie } })).statusCode).toBe(401);
      expect((await t.request('POST', '/api/auth/login', { body: { email: candidate.email, password: candidate.password } })).statusCode).toBe(401);
      const login = await t.request('POST', '/api/auth/login', { body: { email: candidate.email, password: NEW_PASSWORD } });
      expect(login.statusCode).toBe(200);
      // The link reached the address, so the address is proven.
      expect(login.json().user.emailVerified).toBe(true);
      const [notice] = await mailFor(candidate.email, 1, /password was changed/);
      expect(notice && textOf(notice)).toMatch(/was changed on .*Every device that was signed in has been signed out/s);
      expect(notice && textOf(notice)).toContain('http://localhost:3000/reset-password');
    });

    it('works once: the same link, or a made-up one, is a 400 naming the token', async () => {
      for (const attempt of [token, 'A'.repeat(43), 'not a token']) {
        const res = await t.request('POST', '/api/auth/reset-password', { body: { token: attempt, password: 'another-lantern-orchard-9' } });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ code: 'RESET_TOKEN_INVALID', fields: { token: expect.any(String) } });
      }
    });

    it('refuses an expired link', async () => {
      const other = await signUpCandidate(t);
      await t.request('POST', '/api/auth/forgot-password', { body: { email: other.email } });
      const [mail] = await mailFor(other.email, 1, /new password/);
      if (!mail) throw new Error('no mail');
      await t.dataSource.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [other.id]);
      const res = await t.request('POST', '/api/auth/reset-password', { body: { token: tokenIn(mail, '/reset-password'), password: NEW_PASSWORD } });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('RESET_TOKEN_INVALID');
    });
  });

  describe('e-mail verification', () => {
    it('registering sends verify_email; POST /api/auth/verify-email verifies, and /api/auth/me says so', async () => {
      const candidate = await signUpCandidate(t);
      expect((await t.request('GET', '/api/auth/me', { token: candidate.token })).json().emailVerified).toBe(false);
      const [mail] = await mailFor(candidate.email, 1, /Confirm your e-mail/);
      if (!mail) throw new Error('no mail');
      expect(textOf(mail)).toMatch(/The link works until .* \(48 hours\)/);
      expect(textOf(mail)).toMatch(/Did not create an account\?/);
      const token = tokenIn(mail, '/verify-email');
      // Signed in or not: the link may be opened on another device.
      const verified = await t.request('POST', '/api/auth/verify-email', { body: { token } });
      expect(verified.statusCode).toBe(200);
      expect(verified.json()).toEqual({ emailVerified: true, email: candidate.email });
      expect((await t.request('GET', '/api/auth/me', { token: candidate.token })).json().emailVerified).toBe(true);
      expect((await t.request('POST', '/api/auth/verify-email', { body: { token } })).json().code).toBe('VERIFICATION_TOKEN_INVALID');
      const resend = await t.request('POST', '/api/auth/verify-email/resend', { token: candidate.token });
      expect(resend.statusCode).toBe(409);
      expect(resend.json().code).toBe('EMAIL_ALREADY_VERIFIED');
    });

    it('resends on request, at most 3 times an hour', async () => {
      const candidate = await signUpCandidate(t);
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await t.request('POST', '/api/auth/verify-email/resend', { token: candidate.token })).statusCode);
      expect(statuses).toEqual([202, 202, 202, 429]);
      const limited = await t.request('POST', '/api/auth/verify-email/resend', { token: candidate.token });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(60);
      // The sign-up e-mail and three more.
      const mails = await mailFor(candidate.email, 4, /Confirm your e-mail/);
      expect(mails).toHaveLength(4);
    });

    it('does not hold back the guidance e-mails: an unverified candidate keeps them on', async () => {
      const candidate = await signUpCandidate(t);
      const profile = await t.request('GET', '/api/me/profile', { token: candidate.token });
      expect(profile.json().guidanceEmails).toBe(true);
    });
  });

  it('changing the password while signed in e-mails the notice too', async () => {
    const candidate = await signUpCandidate(t);
    const res = await t.request('POST', '/api/auth/password', {
      token: candidate.token,
      body: { currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(refreshCookieOf(res)).toBeTruthy();
    await mailFor(candidate.email, 1, /password was changed/);
  });
});
