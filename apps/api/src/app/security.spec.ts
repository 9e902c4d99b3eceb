import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

describe('HTTP hardening', () => {
  const ctx = useTestApp({ env: { APP_BASE_URL: 'https://jobs.example.com' } });

  it('sends security headers', async () => {
    const res = await ctx.t.request('GET', '/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('allows cross-origin calls from APP_BASE_URL only', async () => {
    const preflight = (origin: string) =>
      ctx.t.request('OPTIONS', '/api/auth/login', { headers: { origin, 'access-control-request-method': 'POST' } });
    const allowed = await preflight('https://jobs.example.com');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://jobs.example.com');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const refused = await preflight('https://evil.example.net');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses bodies over 1 MB with 413 in the usual error shape', async () => {
    const res = await ctx.t.request('POST', '/api/auth/login', {
      body: JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(1_100_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large', code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers unknown routes with 404 in the usual error shape', async () => {
    const res = await ctx.t.request('GET', '/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'NOT_FOUND' });
  });
});
