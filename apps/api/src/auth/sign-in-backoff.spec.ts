import { currentTestServices } from '@nextstep/testing';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpCandidate, startTestApp, type SignedInUser, type TestApp } from '../testing/test-app';
import { FAILURES_BEFORE_BACKOFF } from './sign-in-backoff.service';

function deviceCookieOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'nextstep_device');
  if (!cookie) throw new Error(`no device cookie in ${res.statusCode}`);
  return cookie.value;
}

describe('strangers cannot lock a chosen user out', () => {
  let t: TestApp;
  let victim: SignedInUser;
  let knownDevice: string;
  let ip = 0;
  // Every attempt from a new address, as an attacker with many would do it.
  const from = () => ({ 'x-forwarded-for': `198.51.${Math.floor(++ip / 250)}.${ip % 250}` });
  const attempt = (password: string, cookies: Record<string, string> = {}) =>
    t.request('POST', '/api/auth/login', { body: { email: victim.email, password }, headers: from(), cookies });

  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: '127.0.0.1',
      RATE_LIMIT_AUTH_PER_MINUTE: '10',
      REDIS_PREFIX: `${currentTestServices().redisPrefix}:backoff`,
    });
    victim = await signUpCandidate(t);
    // The victim's own browser signed in before.
    const login = await t.request('POST', '/api/auth/login', { body: { email: victim.email, password: victim.password } });
    knownDevice = deviceCookieOf(login);
  });
  afterAll(() => t.close());

  it('11 wrong passwords from rotating addresses leave the right password working (limits count per account and address)', async () => {
    for (let i = 0; i < 11; i++) expect((await attempt('wrong-password-guess-1')).statusCode).toBe(401);
    expect((await attempt(victim.password)).statusCode).toBe(200);
  });

  it(`past ${FAILURES_BEFORE_BACKOFF} failures the account opens only on a known device, for the right password`, async () => {
    for (let i = 11; i < FAILURES_BEFORE_BACKOFF; i++) expect((await attempt('wrong-password-guess-1')).statusCode).toBe(401);
    const stranger = await attempt(victim.password);
    expect(stranger.statusCode).toBe(429);
    expect(stranger.json().message).toMatch(/device that signed in to it before/);
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(0);
    // The guessing stops being worth anything: wrong guesses get the same 429, without a password check.
    expect((await attempt('wrong-password-guess-2')).statusCode).toBe(429);
    expect((await attempt(victim.password, { nextstep_device: knownDevice })).statusCode).toBe(200);
    expect((await attempt('wrong-password-guess-3', { nextstep_device: knownDevice })).statusCode).toBe(401);
  });

  it('a device cookie proves nothing for another account', async () => {
    const other = await signUpCandidate(t);
    for (let i = 0; i < FAILURES_BEFORE_BACKOFF; i++) {
      await t.request('POST', '/api/auth/login', { body: { email: other.email, password: 'wrong-password-guess-1' }, headers: from() });
    }
    const res = await t.request('POST', '/api/auth/login', {
      body: { email: other.email, password: other.password },
      headers: from(),
      cookies: { nextstep_device: knownDevice },
    });
    expect(res.statusCode).toBe(429);
  });
});
