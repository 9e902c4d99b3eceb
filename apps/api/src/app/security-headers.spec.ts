import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createWebDist, type WebDistFixture } from '../testing/web-fixtures';

/** The CSP header as a map from directive to its sources. */
function directives(header: unknown): Map<string, string[]> {
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe.each([
  ['http', 'http://192.168.1.20:3000', false],
  ['https', 'https://jobs.example.com', true],
])('Content-Security-Policy with an %s APP_BASE_URL', (_scheme, appBaseUrl, upgrades) => {
  let t: TestApp;
  let dist: WebDistFixture;
  beforeAll(async () => {
    dist = createWebDist();
    t = await startTestApp({ APP_BASE_URL: appBaseUrl, WEB_DIST_DIR: dist.dir });
  });
  afterAll(async () => {
    await t.close();
    dist.remove();
  });

  it(`${upgrades ? 'sends' : 'leaves out'} upgrade-insecure-requests on the app, the docs and the API`, async () => {
    for (const path of ['/', '/api/docs', '/api/health']) {
      const csp = directives((await t.request('GET', path)).headers['content-security-policy']);
      expect(csp.has('upgrade-insecure-requests'), path).toBe(upgrades);
    }
  });

  it('allows scripts only from our own files: no inline script, no eval', async () => {
    const csp = directives((await t.request('GET', '/')).headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    // Mantine (and Swagger UI) write <style> elements and style attributes.
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });
});
