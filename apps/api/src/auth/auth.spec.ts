import { describe, expect, it, vi } from 'vitest';
import { currentTestServices } from '@nextstep/testing';
import {
  createStaff,
  insertBranch,
  refreshCookieOf,
  signUpCandidate,
  startTestApp,
  STRONG_PASSWORD,
  uniqueEmail,
  useTestApp,
} from '../testing/test-app';
import { PasswordService } from './password.service';

describe('accounts', () => {
  const ctx = useTestApp();

  describe('POST /api/auth/register', () => {
    it('creates a candidate, returns a token and the user, and sets an httpOnly refresh cookie', async () => {
      const email = uniqueEmail('Jordan').toUpperCase();
      const res = await ctx.t.request('POST', '/api/auth/register', {
        body: { email, password: STRONG_PASSWORD, firstName: ' Jordan ', lastName: 'Rivera', timeZone: 'America/New_York' },
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.user).toMatchObject({ email: email.toLowerCase(), role: 'candidate', firstName: 'Jordan', timeZone: 'America/New_York', active: true });
      expect(body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(res.body).not.toMatch(/argon2|passwordHash|password_hash/);
      const cookie = res.cookies.find((c) => c.name === 'nextstep_refresh');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });

      const me = await ctx.t.request('GET', '/api/auth/me', { token: body.accessToken });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ id: body.user.id, role: 'candidate' });
    });

    it('refuses an e-mail that is taken, whatever its case', async () => {
      const first = await signUpCandidate(ctx.t);
      const res = await ctx.t.request('POST', '/api/auth/register', {
        body: { email: `  ${first.email.toUpperCase()} `, password: STRONG_PASSWORD, firstName: 'A', lastName: 'B' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'EMAIL_TAKEN' });
    });

    it.each([
      ['short', 'tiny-pass', /at least 10 characters/],
      ['common', 'Password123', /too easy to guess/],
      ['repetitive', 'aaaaaaaaaaaa', /too easy to guess\. Repeated characters/],
      // What the strength estimator exists to catch: a season and a year, a repeated pattern, the published demo passwords.
      ['seasonal', 'Summer2026!', /too easy to guess/],
      ['patterned', 'abcabcabca', /too easy to guess\. Repeated character patterns/],
      ['published', 'demo-admin-2026!', /demo password published in our documentation/],
      ['published', 'demo-recruiter-2026!', /demo password published in our documentation/],
      ['published', 'demo-candidate-2026!', /demo password published in our documentation/],
      ['personal', 'Quinnsworth-Plaza-88', /must not contain your name/],
    ])('says what is wrong with a %s password (%s)', async (_kind, password, message) => {
      const res = await ctx.t.request('POST', '/api/auth/register', { body: { email: uniqueEmail(), password, firstName: 'Casey', lastName: 'Quinn' } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'WEAK_PASSWORD', message: expect.stringMatching(message), fields: { password: expect.any(String) } });
    });

    it.each(['"a\r\nbcc: x@evil.test"@example.com', '"jordan rivera"@example.com', 'a@b@example.com', 'jordan@example.com\r\nbcc: x@evil.test', '<jordan@example.com>'])(
      'refuses an address that is not a plain one, which would end up in mail headers: %j',
      async (email) => {
        const res = await ctx.t.request('POST', '/api/auth/register', { body: { email, password: STRONG_PASSWORD, firstName: 'A', lastName: 'B' } });
        expect(res.statusCode).toBe(400);
        expect(res.json().fields).toHaveProperty('email');
      },
    );

    it('refuses fields it does not know, so nobody can make themselves an admin', async () => {
      const res = await ctx.t.request('POST', '/api/auth/register', {
        body: { email: uniqueEmail(), password: STRONG_PASSWORD, firstName: 'A', lastName: 'B', role: 'admin', branchId: 'x' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { role: 'property role should not exist', branchId: expect.any(String) } });
    });

    it('names each invalid field', async () => {
      const res = await ctx.t.request('POST', '/api/auth/register', { body: { email: 'nope', password: STRONG_PASSWORD, firstName: '', lastName: 'B', timeZone: 'Mars/Base' } });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().fields).sort()).toEqual(['email', 'firstName', 'timeZone']);
    });

    it('answers 400, not 500, to a body that is not JSON', async () => {
      const res = await ctx.t.request('POST', '/api/auth/register', { body: '{"email":', headers: { 'content-type': 'application/json' } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/not valid JSON/), code: 'MALFORMED_REQUEST' });
    });
  });

  describe('POST /api/auth/login', () => {
    it('signs in with the right password', async () => {
      const user = await signUpCandidate(ctx.t);
      const res = await ctx.t.request('POST', '/api/auth/login', { body: { email: user.email.toUpperCase(), password: user.password } });
      expect(res.statusCode).toBe(200);
      expect(res.json().user.id).toBe(user.id);
    });

    it('answers a wrong password and an unknown e-mail identically, through the same Argon2 check', async () => {
      const user = await signUpCandidate(ctx.t);
      const passwords = ctx.t.app.get(PasswordService);
      const verify = vi.spyOn(passwords, 'verify');

      const timings: Record<'wrongPassword' | 'unknownEmail', number[]> = { wrongPassword: [], unknownEmail: [] };
      const bodies = new Set<string>();
      for (let i = 0; i < 5; i++) {
        for (const [kind, body] of [
          ['wrongPassword', { email: user.email, password: 'not-the-password-1' }],
          ['unknownEmail', { email: uniqueEmail('ghost'), password: 'not-the-password-1' }],
        ] as const) {
          const started = performance.now();
          const res = await ctx.t.request('POST', '/api/auth/login', { body });
          timings[kind].push(performance.now() - started);
          expect(res.statusCode).toBe(401);
          bodies.add(res.body);
        }
      }
      expect(bodies.size).toBe(1);
      expect(JSON.parse([...bodies][0] ?? '{}')).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'The e-mail address or password is not correct.' });
      // One Argon2 verification per attempt, known e-mail or not.
      expect(verify).toHaveBeenCalledTimes(10);
      verify.mockRestore();
      // Other test processes share the cores and only ever add time, so each kind's fastest attempt is its own cost.
      // An answer that skipped Argon2 (tens of milliseconds of hashing) would be many times quicker, so a factor of 4 still
      // tells them apart, while contention (the fastest attempts once differed by 2.01 in CI) stays inside it.
      const ratio = Math.min(...timings.wrongPassword) / Math.min(...timings.unknownEmail);
      expect(ratio).toBeGreaterThan(0.25);
      expect(ratio).toBeLessThan(4);
    });
  });

  describe('refresh tokens', () => {
    it('rotate on every use, and a replayed token closes the whole session', async () => {
      const user = await signUpCandidate(ctx.t);
      const first = await ctx.t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: user.refreshCookie } });
      expect(first.statusCode).toBe(200);
      const second = refreshCookieOf(first);
      expect(second).not.toBe(user.refreshCookie);
      expect(first.json().accessToken).toBeTruthy();

      const replay = await ctx.t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: user.refreshCookie } });
      expect(replay.statusCode).toBe(401);
      expect(replay.json().code).toBe('REFRESH_REUSED');
      // The thief's replay also ended the legitimate newer token.
      const afterReplay = await ctx.t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: second } });
      expect(afterReplay.statusCode).toBe(401);
    });

    it('end on logout', async () => {
      const user = await signUpCandidate(ctx.t);
      const out = await ctx.t.request('POST', '/api/auth/logout', { cookies: { nextstep_refresh: user.refreshCookie } });
      expect(out.statusCode).toBe(204);
      const res = await ctx.t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: user.refreshCookie } });
      expect(res.statusCode).toBe(401);
    });

    it('are required to refresh', async () => {
      const res = await ctx.t.request('POST', '/api/auth/refresh');
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('REFRESH_INVALID');
    });
  });

  describe('password change', () => {
    it('ends every earlier access and refresh token', async () => {
      const user = await signUpCandidate(ctx.t);
      const res = await ctx.t.request('POST', '/api/auth/password', {
        token: user.token,
        body: { currentPassword: user.password, newPassword: 'violet-harbor-lantern-7' },
      });
      expect(res.statusCode).toBe(200);
      expect((await ctx.t.request('GET', '/api/auth/me', { token: user.token })).statusCode).toBe(401);
      expect((await ctx.t.request('GET', '/api/auth/me', { token: res.json().accessToken })).statusCode).toBe(200);
      expect((await ctx.t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: user.refreshCookie } })).statusCode).toBe(401);
      const login = await ctx.t.request('POST', '/api/auth/login', { body: { email: user.email, password: 'violet-harbor-lantern-7' } });
      expect(login.statusCode).toBe(200);
    });

    it('needs the current password', async () => {
      const user = await signUpCandidate(ctx.t);
      const res = await ctx.t.request('POST', '/api/auth/password', { token: user.token, body: { currentPassword: 'wrong-wrong-1', newPassword: 'violet-harbor-lantern-7' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toHaveProperty('currentPassword');
    });
  });

  describe('admin user management', () => {
    it('creates a recruiter for a branch, and refuses one without a branch', async () => {
      const admin = await createStaff(ctx.t, 'admin');
      const branchId = await insertBranch(ctx.t.dataSource);
      const ok = await ctx.t.request('POST', '/api/admin/users', {
        token: admin.token,
        body: { email: uniqueEmail('rec'), password: STRONG_PASSWORD, firstName: 'Rae', lastName: 'Cruz', role: 'recruiter', branchId },
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ role: 'recruiter', branchId });
      const missing = await ctx.t.request('POST', '/api/admin/users', {
        token: admin.token,
        body: { email: uniqueEmail('rec'), password: STRONG_PASSWORD, firstName: 'Rae', lastName: 'Cruz', role: 'recruiter' },
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().fields).toHaveProperty('branchId');
      const candidateRole = await ctx.t.request('POST', '/api/admin/users', {
        token: admin.token,
        body: { email: uniqueEmail('rec'), password: STRONG_PASSWORD, firstName: 'Rae', lastName: 'Cruz', role: 'candidate' },
      });
      expect(candidateRole.statusCode).toBe(400);
    });

    it('deactivation stops the user’s tokens at once', async () => {
      const admin = await createStaff(ctx.t, 'admin');
      const user = await signUpCandidate(ctx.t);
      expect((await ctx.t.request('GET', '/api/auth/me', { token: user.token })).statusCode).toBe(200);
      const res = await ctx.t.request('POST', `/api/admin/users/${user.id}/deactivate`, { token: admin.token });
      expect(res.statusCode).toBe(200);
      expect(res.json().active).toBe(false);
      expect((await ctx.t.request('GET', '/api/auth/me', { token: user.token })).statusCode).toBe(401);
      expect((await ctx.t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: user.refreshCookie } })).statusCode).toBe(401);
      expect((await ctx.t.request('POST', '/api/auth/login', { body: { email: user.email, password: user.password } })).statusCode).toBe(401);

      await ctx.t.request('POST', `/api/admin/users/${user.id}/reactivate`, { token: admin.token });
      expect((await ctx.t.request('POST', '/api/auth/login', { body: { email: user.email, password: user.password } })).statusCode).toBe(200);
    });

    it('lists users page by page without repeats', async () => {
      const admin = await createStaff(ctx.t, 'admin');
      for (let i = 0; i < 3; i++) await signUpCandidate(ctx.t);
      const seen = new Set<string>();
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await ctx.t.request('GET', '/api/admin/users', { token: admin.token, query: { role: 'candidate', limit: '2', ...(cursor ? { cursor } : {}) } });
        expect(res.statusCode).toBe(200);
        const page = res.json<{ items: Array<{ id: string; role: string }>; nextCursor: string | null }>();
        for (const item of page.items) {
          expect(item.role).toBe('candidate');
          expect(seen.has(item.id)).toBe(false);
          seen.add(item.id);
        }
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 100);
      const [{ count }] = (await ctx.t.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE role = 'candidate' AND erased_at IS NULL`)) as [{ count: number }];
      expect(seen.size).toBe(count);
    });
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After after too many sign-in attempts, counted in Redis', async () => {
    const { redisPrefix } = currentTestServices();
    const t = await startTestApp({ RATE_LIMIT_AUTH_PER_MINUTE: '3', REDIS_PREFIX: `${redisPrefix}:rl` });
    try {
      const body = { email: uniqueEmail('flood'), password: 'whatever-it-is-1' };
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await t.request('POST', '/api/auth/login', { body })).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const limited = await t.request('POST', '/api/auth/login', { body });
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json()).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });

      // A second API instance sharing Redis sees the same count.
      const other = await startTestApp({ RATE_LIMIT_AUTH_PER_MINUTE: '3', REDIS_PREFIX: `${redisPrefix}:rl` });
      try {
        expect((await other.request('POST', '/api/auth/login', { body })).statusCode).toBe(429);
      } finally {
        await other.close();
      }
      // Reads are not held to the strict sign-in limit.
      expect((await t.request('GET', '/api/health')).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
