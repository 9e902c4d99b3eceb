import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../testing/test-app';
import {
  createEmptyDir,
  createWebDist,
  FIXTURE_INDEX_HTML,
  FIXTURE_SCRIPT,
  FIXTURE_STYLES,
  parseHtml,
  type WebDistFixture,
} from '../testing/web-fixtures';
import { resolveWebDistDir } from './web-dist';

describe('the web app on the API port', () => {
  let t: TestApp;
  let dist: WebDistFixture;

  beforeAll(async () => {
    dist = createWebDist();
    t = await startTestApp({ WEB_DIST_DIR: dist.dir, APP_BASE_URL: 'https://jobs.example.com' });
  });
  afterAll(async () => {
    await t.close();
    dist.remove();
  });

  it('serves hashed assets with a year-long immutable cache and their content type', async () => {
    const script = await t.request('GET', FIXTURE_SCRIPT);
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.body).toBe('console.log("nextstep");\n');
    const styles = await t.request('GET', FIXTURE_STYLES);
    expect(styles.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(styles.body).toBe('body{margin:0}\n');
  });

  it('answers 304 when the browser already has the file', async () => {
    const first = await t.request('GET', '/favicon.svg');
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('image/svg+xml');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers['etag']);
    const again = await t.request('GET', '/favicon.svg', { headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it.each([
    '/',
    '/branches',
    '/sign-in',
    '/jobs/0b8c7d2e-4a51-4e0f-9a6b-3f0d1c2b4a59/apply',
    '/applications/0b8c7d2e-4a51-4e0f-9a6b-3f0d1c2b4a59/thank-you',
    '/recruiter/applications?owedNews=true',
  ])('answers the known route %s with index.html, 200 and no-cache', async (path) => {
    const res = await t.request('GET', path);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    const doc = parseHtml(res.body);
    expect(doc.getElementById('root')).not.toBeNull();
    expect(doc.querySelector(`script[type="module"][src="${FIXTURE_SCRIPT}"]`)).not.toBeNull();
  });

  it('serves index.html itself revalidated, never cached for long', async () => {
    const res = await t.request('GET', '/index.html');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toBe(FIXTURE_INDEX_HTML);
  });

  it('answers unknown pages with the app (which shows its own 404 page) and status 404', async () => {
    for (const path of ['/no-such-page', '/jobs', '/applications/a/b/c', '/account']) {
      const res = await t.request('GET', path);
      expect(res.statusCode, path).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const doc = parseHtml(res.body);
      expect(doc.getElementById('root')).not.toBeNull();
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.title).toBe('Nextstep – find work');
    }
  });

  it('answers a missing file with a plain 404, not the app', async () => {
    const res = await t.request('GET', '/assets/index-gone1234.js');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('keeps the JSON 404 for unknown API paths, whatever the method', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing-here'],
      ['GET', '/api'],
      ['POST', '/nothing-here'],
    ] as const) {
      const res = await t.request(method, path);
      expect(res.statusCode, `${method} ${path}`).toBe(404);
      expect(res.json(), `${method} ${path}`).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'NOT_FOUND' });
    }
    expect((await t.request('GET', '/api/health')).json()).toMatchObject({ status: 'ok' });
  });

  it('never serves files outside the build or dotfiles, however the path is spelled', async () => {
    for (const path of [
      '/../private/secret.txt',
      '/..%2fprivate%2fsecret.txt',
      '/%2e%2e/private/secret.txt',
      '/assets/..%2f..%2fprivate/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fprivate%2fsecret.txt',
      '/.env',
      '/%2eenv',
      '/assets%5c..%5c..%5cprivate%5csecret.txt',
      '/%00',
      '/%E0%A4%A',
    ]) {
      const res = await t.request('GET', path);
      expect(res.statusCode, path).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, path).toBeLessThan(500);
      expect(res.body, path).not.toContain('SECRET=');
    }
  });

  it('answers HEAD like GET without a body', async () => {
    const page = await t.request('HEAD', '/branches');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toBe('');
    const asset = await t.request('HEAD', FIXTURE_SCRIPT);
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('');
  });

  it('links the search page to the RSS feed of its own search', async () => {
    const res = await t.request('GET', '/?q=forklift%20operator&employmentType=temp_to_hire&cursor=abc&view=map');
    const link = parseHtml(res.body).querySelector('link[rel="alternate"][type="application/rss+xml"]');
    expect(link?.getAttribute('href')).toBe('https://jobs.example.com/jobs.rss?q=forklift+operator&employmentType=temp_to_hire');
    expect(link?.getAttribute('title')).toBe('Nextstep jobs: “forklift operator” · Temp-to-hire');

    const invalid = await t.request('GET', '/?lat=200');
    const fallback = parseHtml(invalid.body).querySelector('link[rel="alternate"][type="application/rss+xml"]');
    expect(fallback?.getAttribute('href')).toBe('https://jobs.example.com/jobs.rss');
  });
});

describe('the web app before it is built', () => {
  let t: TestApp;
  let empty: { dir: string; remove(): void };

  beforeAll(async () => {
    empty = createEmptyDir();
    t = await startTestApp({ WEB_DIST_DIR: empty.dir });
  });
  afterAll(async () => {
    await t.close();
    empty.remove();
  });

  it('answers known routes with a plain page that says how to build it, never a JSON 404', async () => {
    const res = await t.request('GET', '/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('not built yet');
    expect(res.body).toContain('npm run build');
    expect(parseHtml(res.body).querySelector('h1')?.textContent).toBe('Nextstep');
  });

  it('answers unknown pages with the same page and status 404', async () => {
    const res = await t.request('GET', '/no-such-page');
    expect(res.statusCode).toBe(404);
    expect(parseHtml(res.body).querySelector('h1')?.textContent).toBe('Page not found');
  });

  it('picks up a build made while the API runs', async () => {
    writeFileSync(join(empty.dir, 'index.html'), FIXTURE_INDEX_HTML);
    const res = await t.request('GET', '/branches');
    expect(res.statusCode).toBe(200);
    expect(parseHtml(res.body).getElementById('root')).not.toBeNull();
  });
});

describe('where the web build is looked for', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'nextstep-ws-'));
    writeFileSync(join(workspace, 'nx.json'), '{}');
    mkdirSync(join(workspace, 'dist/apps/api/src/web'), { recursive: true });
    mkdirSync(join(workspace, 'apps/api/src/web'), { recursive: true });
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('uses WEB_DIST_DIR, relative to the working directory', () => {
    expect(resolveWebDistDir('build/web', '/anywhere', '/srv/app')).toBe('/srv/app/build/web');
    expect(resolveWebDistDir('/opt/web', '/anywhere', '/srv/app')).toBe('/opt/web');
  });

  it("defaults to the workspace's dist/apps/web, from the built API, the sources or the working directory", () => {
    const expected = join(workspace, 'dist/apps/web');
    // Not built yet: the workspace root is found by its nx.json.
    expect(resolveWebDistDir(null, join(workspace, 'dist/apps/api/src/web'), '/')).toBe(expected);
    mkdirSync(expected, { recursive: true });
    writeFileSync(join(expected, 'index.html'), FIXTURE_INDEX_HTML);
    expect(resolveWebDistDir(null, join(workspace, 'dist/apps/api/src/web'), '/')).toBe(expected);
    expect(resolveWebDistDir(null, join(workspace, 'apps/api/src/web'), '/')).toBe(expected);
    // Code copied elsewhere, started from the workspace: the working directory finds it.
    expect(resolveWebDistDir(null, '/opt/elsewhere/web', workspace)).toBe(expected);
  });
});
