import type { Branch, Company } from '@nextstep/db';
import { createBranch, createCompany, createJob, resetJobBoard } from '@nextstep/db/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { parseXml, textsOf, type ParsedDocument, type ParsedElement } from '../testing/web-fixtures';

const BASE = 'https://jobs.example.com';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const DAY = 86_400_000;

/** `count` open jobs in one statement, all posted at the same instant (the keyset must still page through ties). */
async function insertOpenJobs(db: DataSource, branch: Branch, company: Company, count: number): Promise<void> {
  await db.query(
    `INSERT INTO jobs (title, description, employment_type, skills, city, region, postal_code, latitude, longitude,
                       pay_min_cents, pay_max_cents, pay_period, status, posted_at, branch_id, company_id)
     SELECT 'Picker ' || n, 'Pick orders.', 'temporary', '{}', 'Chicago', 'IL', '60606', 41.88, -87.63,
            1800, 2000, 'hour', 'open', '2026-01-05T10:00:00.123456Z', $1, $2
     FROM generate_series(1, $3) AS n`,
    [branch.id, company.id, count],
  );
}

async function openJobIds(db: DataSource): Promise<string[]> {
  const rows = (await db.query(`SELECT id FROM jobs WHERE status = 'open' AND (closes_at IS NULL OR closes_at > now())`)) as Array<{
    id: string;
  }>;
  return rows.map((row) => row.id).sort();
}

const jobIdsIn = (locs: string[]): string[] =>
  locs
    .filter((loc) => loc.startsWith(`${BASE}/jobs/`))
    .map((loc) => loc.slice(`${BASE}/jobs/`.length))
    .sort();

async function fetchXml(t: TestApp, path: string): Promise<ParsedDocument> {
  const res = await t.request('GET', path);
  expect(res.statusCode, path).toBe(200);
  expect(res.headers['content-type'], path).toBe('application/xml; charset=utf-8');
  const doc = parseXml(res.body);
  expect(doc.documentElement.namespaceURI, path).toBe(SITEMAP_NS);
  return doc;
}

describe('sitemap within one file', () => {
  let t: TestApp;
  let branch: Branch;
  let company: Company;

  beforeAll(async () => {
    t = await startTestApp({ APP_BASE_URL: BASE });
    await resetJobBoard(t.dataSource);
    branch = await createBranch(t.dataSource);
    company = await createCompany(t.dataSource);
  });
  afterAll(() => t.close());

  it('lists the static pages and every open job (and nothing else), as valid XML with absolute URLs', async () => {
    // More than one read's worth (1,000), all with the same posting time.
    await insertOpenJobs(t.dataSource, branch, company, 1_203);
    const edited = await createJob(t.dataSource, { branch, company, title: 'Dispatcher' });
    const hidden = await Promise.all([
      createJob(t.dataSource, { branch, company, status: 'draft', postedAt: null }),
      createJob(t.dataSource, { branch, company, status: 'closed' }),
      createJob(t.dataSource, { branch, company, status: 'filled' }),
      createJob(t.dataSource, { branch, company, closesAt: new Date(Date.now() - DAY) }),
    ]);

    const doc = await fetchXml(t, '/sitemap.xml');
    expect(doc.documentElement.localName).toBe('urlset');
    const locs = textsOf(doc, 'loc');
    expect(locs.slice(0, 2)).toEqual([`${BASE}/`, `${BASE}/branches`]);
    expect(new Set(locs).size).toBe(locs.length);
    expect(jobIdsIn(locs)).toEqual(await openJobIds(t.dataSource));
    expect(locs).toHaveLength(2 + 1_204);
    for (const job of hidden) expect(locs).not.toContain(`${BASE}/jobs/${job.id}`);

    const entry = Array.from(doc.getElementsByTagName('url')).find((url) => textsOf(url, 'loc')[0] === `${BASE}/jobs/${edited.id}`);
    expect(textsOf(entry as ParsedElement, 'lastmod')).toEqual([edited.updatedAt.toISOString()]);
  });

  it('points crawlers at it from robots.txt', async () => {
    const res = await t.request('GET', '/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    expect(res.body).toMatch(/^Disallow: \/applications$/m);
  });

  it('is not part of the API: /api/sitemap.xml does not exist', async () => {
    expect((await t.request('GET', '/api/sitemap.xml')).statusCode).toBe(404);
    expect((await t.request('GET', '/api/jobs.rss')).statusCode).toBe(404);
  });
});

describe('sitemap index past the per-file limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ APP_BASE_URL: BASE, SITEMAP_ENTRIES_PER_FILE: '3' });
    await resetJobBoard(t.dataSource);
    const branch = await createBranch(t.dataSource);
    const company = await createCompany(t.dataSource);
    for (let i = 0; i < 7; i++) await createJob(t.dataSource, { branch, company, postedAt: new Date(Date.now() - i * 60_000) });
    await createJob(t.dataSource, { branch, company, status: 'closed' });
  });
  afterAll(() => t.close());

  it('becomes an index of the static pages and jobs files of at most the limit each, listing every open job once', async () => {
    const index = await fetchXml(t, '/sitemap.xml');
    expect(index.documentElement.localName).toBe('sitemapindex');
    const files = textsOf(index, 'loc');
    expect(files).toEqual([
      `${BASE}/sitemaps/pages.xml`,
      `${BASE}/sitemaps/jobs-1.xml`,
      `${BASE}/sitemaps/jobs-2.xml`,
      `${BASE}/sitemaps/jobs-3.xml`,
    ]);

    const pages = await fetchXml(t, '/sitemaps/pages.xml');
    expect(textsOf(pages, 'loc')).toEqual([`${BASE}/`, `${BASE}/branches`]);

    const perFile: string[][] = [];
    for (const file of files.slice(1)) {
      const doc = await fetchXml(t, file.slice(BASE.length));
      expect(doc.documentElement.localName).toBe('urlset');
      perFile.push(jobIdsIn(textsOf(doc, 'loc')));
    }
    expect(perFile.map((ids) => ids.length)).toEqual([3, 3, 1]);
    const all = perFile.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(await openJobIds(t.dataSource));
  });

  it('answers 404 for files that do not exist', async () => {
    for (const name of ['jobs-4.xml', 'jobs-0.xml', 'jobs-01.xml', 'other.xml', 'jobs-1.txt']) {
      const res = await t.request('GET', `/sitemaps/${name}`);
      expect(res.statusCode, name).toBe(404);
      expect(res.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    }
  });
});
