import { loadConfig } from '@nextstep/platform';
import { currentTestServices } from '@nextstep/testing';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signUpCandidate, startTestApp, uniqueEmail, type TestApp } from '../../testing/test-app';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars' };

/** An app with a strict sign-in limit and a Redis prefix of its own, so no other suite's counts meet these. */
function strictApp(env: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp({ RATE_LIMIT_AUTH_PER_MINUTE: '3', REDIS_PREFIX: `${currentTestServices().redisPrefix}:ip-${randomUUID().slice(0, 8)}`, ...env });
}

const from = (ip: string) => ({ 'x-forwarded-for': ip });

describe('who the client is', () => {
  it('ignores X-Forwarded-For by default, even in production: a fresh IP per request does not reset the sign-in limit', async () => {
    const t = await strictApp(PRODUCTION);
    try {
      const statuses: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const res = await t.request('POST', '/api/auth/login', { body: { email: uniqueEmail('rotating'), password: 'not-the-password-1' }, headers: from(`203.0.113.${i}`) });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await t.close();
    }
  });

  it('believes X-Forwarded-For from the proxies TRUST_PROXY lists, and only from them', async () => {
    // Injected requests come from 127.0.0.1: the trusted proxy here.
    const t = await strictApp({ TRUST_PROXY: '127.0.0.1' });
    try {
      const attempt = (ip: string) =>
        t.request('POST', '/api/auth/login', { body: { email: uniqueEmail('proxied'), password: 'not-the-password-1' }, headers: from(ip) });
      for (let i = 0; i < 3; i++) expect((await attempt('198.51.100.7')).statusCode).toBe(401);
      expect((await attempt('198.51.100.7')).statusCode).toBe(429);
      // Another client behind the same proxy has its own count.
      expect((await attempt('198.51.100.8')).statusCode).toBe(401);
    } finally {
      await t.close();
    }
    const elsewhere = await strictApp({ TRUST_PROXY: '10.0.0.0/8' });
    try {
      const statuses: number[] = [];
      for (let i = 1; i <= 4; i++) {
        const res = await elsewhere.request('POST', '/api/auth/login', { body: { email: uniqueEmail('spoofed'), password: 'not-the-password-1' }, headers: from(`203.0.113.${i}`) });
        statuses.push(res.statusCode);
      }
      // 127.0.0.1 is not in 10.0.0.0/8, so its forwarded header counts for nothing.
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await elsewhere.close();
    }
  });

  it('TRUST_PROXY takes addresses, CIDR ranges and proxy-addr names, and refuses "true"', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,loopback' }).trustProxy).toEqual(['10.0.0.5', '10.1.0.0/16', 'loopback']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY must list the proxies' addresses/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/"10\.0\.0\.0\/33" is not one/);
  });

  it('one client cannot block session renewal for everyone: refreshes without a cookie share no bucket', async () => {
    const t = await strictApp({ TRUST_PROXY: '127.0.0.1' });
    try {
      const user = await signUpCandidate(t);
      // A stranger floods the renewal route from many addresses, with no session to renew.
      for (let i = 1; i <= 10; i++) {
        expect((await t.request('POST', '/api/auth/refresh', { headers: from(`203.0.113.${i}`) })).statusCode).toBe(401);
      }
      const renewed = await t.request('POST', '/api/auth/refresh', { cookies: { nextstep_refresh: user.refreshCookie }, headers: from('198.51.100.20') });
      expect(renewed.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
