import type { Branch, Company } from '@nextstep/db';
import { createBranch, createCompany, createJob, resetJobBoard } from '@nextstep/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';
import {
  createEmptyDir,
  createWebDist,
  FIXTURE_SCRIPT,
  parseHtml,
  type ParsedDocument,
  type WebDistFixture,
} from '../testing/web-fixtures';
import { schemaOrgEmploymentType } from './job-posting';

const BASE = 'https://jobs.example.com';
const DAY = 86_400_000;

interface JobPosting {
  '@type': string;
  title: string;
  description: string;
  datePosted: string;
  validThrough?: string;
  employmentType: string | string[];
  hiringOrganization: Record<string, unknown>;
  jobLocation: { address: Record<string, string> };
  baseSalary: { currency: string; value: Record<string, unknown> };
  identifier: { value: string };
  directApply: boolean;
  url: string;
}

function jsonLdOf(doc: ParsedDocument): JobPosting[] {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (el) => JSON.parse(el.textContent ?? '') as JobPosting);
}

describe('job pages as served (no JavaScript needed)', () => {
  let t: TestApp;
  let dist: WebDistFixture;
  let branch: Branch;
  let client: Company;
  let secret: Company;

  beforeAll(async () => {
    dist = createWebDist();
    t = await startTestApp({ APP_BASE_URL: BASE, WEB_DIST_DIR: dist.dir });
    await resetJobBoard(t.dataSource);
    branch = await createBranch(t.dataSource, { name: 'Nextstep Naperville', city: 'Naperville', region: 'IL', postalCode: '60540' });
    client = await createCompany(t.dataSource, {
      name: 'Prairie Freight Co',
      website: 'https://prairie-freight.example',
      industry: 'logistics company',
    });
    secret = await createCompany(t.dataSource, {
      name: 'Zanzibar Polymers',
      website: 'https://zanzibar-polymers.example',
      industry: 'plastics manufacturer',
      confidential: true,
      mission: 'To mould dependable parts.',
    });
  });
  afterAll(async () => {
    await t.close();
    dist.remove();
  });

  it('has title, description, canonical, Open Graph and a complete JobPosting', async () => {
    const postedAt = new Date('2026-03-02T15:00:00.000Z');
    const closesAt = new Date(Date.now() + 30 * DAY);
    const job = await createJob(t.dataSource, {
      branch,
      company: client,
      title: 'Forklift Operator',
      description: 'Load and unload trailers safely.\n\nSecond shift, 40 hours a week.',
      employmentType: 'temp_to_hire',
      skills: ['forklift certification', 'inventory'],
      payMinCents: 1850,
      payMaxCents: 2200,
      payPeriod: 'hour',
      postedAt,
      closesAt,
    });
    const res = await t.request('GET', `/jobs/${job.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    const doc = parseHtml(res.body);
    const url = `${BASE}/jobs/${job.id}`;

    // Still the app: its script runs and renders the page for people.
    expect(doc.querySelector(`script[type="module"][src="${FIXTURE_SCRIPT}"]`)).not.toBeNull();
    expect(doc.getElementById('root')).not.toBeNull();
    // The page's own title and description replace the app's, once each.
    expect(doc.querySelectorAll('title')).toHaveLength(1);
    expect(doc.title).toBe('Forklift Operator – Naperville, IL | Nextstep');
    expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description).toMatch(/^Temp-to-hire · \$18\.50–\$22\.00 an hour · Prairie Freight Co · Naperville, IL\. Load and unload/);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Forklift Operator – Naperville, IL');
    expect(doc.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(description);
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();

    const [posting, ...others] = jsonLdOf(doc);
    expect(others).toHaveLength(0);
    expect(posting).toEqual({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Forklift Operator',
      description: '<p>Load and unload trailers safely.</p><p>Second shift, 40 hours a week.</p>',
      url,
      identifier: { '@type': 'PropertyValue', name: 'Nextstep', value: job.id },
      datePosted: '2026-03-02T15:00:00.000Z',
      validThrough: closesAt.toISOString(),
      employmentType: ['TEMPORARY', 'FULL_TIME'],
      hiringOrganization: { '@type': 'Organization', name: 'Prairie Freight Co', sameAs: 'https://prairie-freight.example' },
      industry: 'logistics company',
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Naperville',
          addressRegion: 'IL',
          postalCode: '60540',
          addressCountry: 'US',
        },
        geo: { '@type': 'GeoCoordinates', latitude: branch.latitude, longitude: branch.longitude },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', minValue: 18.5, maxValue: 22, unitText: 'HOUR' },
      },
      skills: 'forklift certification, inventory',
      directApply: true,
    });
  });

  it.each([
    ['temporary', 'TEMPORARY'],
    ['temp_to_hire', ['TEMPORARY', 'FULL_TIME']],
    ['direct_hire', 'FULL_TIME'],
  ] as const)('maps employment type %s to %j', async (employmentType, expected) => {
    expect(schemaOrgEmploymentType(employmentType)).toEqual(expected);
    const job = await createJob(t.dataSource, {
      branch,
      company: client,
      employmentType,
      payMinCents: 6_000_000,
      payMaxCents: 6_000_000,
      payPeriod: 'year',
    });
    const [posting] = jsonLdOf(parseHtml((await t.request('GET', `/jobs/${job.id}`)).body));
    expect(posting?.employmentType).toEqual(expected);
    // A single yearly figure is one value, not a range; no closing date, no validThrough.
    expect(posting?.baseSalary.value).toEqual({ '@type': 'QuantitativeValue', value: 60000, unitText: 'YEAR' });
    expect(posting).not.toHaveProperty('validThrough');
  });

  it('names a confidential company "Confidential", without logo or sameAs, and its real name appears nowhere', async () => {
    const job = await createJob(t.dataSource, { branch, company: secret, title: 'Machine Operator' });
    const res = await t.request('GET', `/jobs/${job.id}`);
    expect(res.statusCode).toBe(200);
    const [posting] = jsonLdOf(parseHtml(res.body));
    expect(posting?.hiringOrganization).toEqual({ '@type': 'Organization', name: 'Confidential' });
    for (const revealing of ['Zanzibar', 'zanzibar-polymers', secret.id]) {
      expect(res.body.toLowerCase()).not.toContain(revealing.toLowerCase());
    }
    expect(parseHtml(res.body).querySelector('meta[name="description"]')?.getAttribute('content')).toContain(
      'A leading plastics manufacturer',
    );
  });

  it('escapes a title that tries to end the script or an attribute', async () => {
    const title = 'Welder </script><script>alert(1)</script> "quoted" & <b>bold</b>';
    const job = await createJob(t.dataSource, { branch, company: client, title, description: 'Weld <i>things</i> & </SCRIPT> more.' });
    const res = await t.request('GET', `/jobs/${job.id}`);
    // The raw text never appears unescaped: no second script element, no injected markup.
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).not.toContain('<b>bold</b>');
    expect(res.body).toContain('\\u003c/script\\u003e');
    const doc = parseHtml(res.body);
    expect(Array.from(doc.querySelectorAll('script'), (s) => s.getAttribute('type'))).toEqual(['module', 'application/ld+json']);
    expect(doc.querySelector('b')).toBeNull();
    const [posting] = jsonLdOf(doc);
    expect(posting?.title).toBe(title);
    expect(posting?.description).toBe('<p>Weld &lt;i&gt;things&lt;/i&gt; &amp; &lt;/SCRIPT&gt; more.</p>');
    expect(doc.title).toBe(`${title} – Chicago, IL | Nextstep`.replace('Chicago', branch.city));
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(`${title} – ${branch.city}, ${branch.region}`);
  });

  it('answers a closed or filled job with 410 Gone, noindex and no JobPosting, but still the app', async () => {
    const closed = await createJob(t.dataSource, { branch, company: client, title: 'Order Picker', status: 'closed' });
    const filled = await createJob(t.dataSource, { branch, company: client, title: 'Order Picker', status: 'filled' });
    const expired = await createJob(t.dataSource, { branch, company: client, title: 'Order Picker', closesAt: new Date(Date.now() - DAY) });
    for (const job of [closed, filled, expired]) {
      const res = await t.request('GET', `/jobs/${job.id}`);
      expect(res.statusCode, job.status).toBe(410);
      const doc = parseHtml(res.body);
      expect(jsonLdOf(doc)).toHaveLength(0);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.title).toBe(`Order Picker (closed) – ${branch.city}, ${branch.region} | Nextstep`);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(
        /^This job is no longer open for applications\./,
      );
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${BASE}/jobs/${job.id}`);
      expect(doc.getElementById('root')).not.toBeNull();
    }
  });

  it('answers drafts, unknown ids and malformed ids with 404 and the app', async () => {
    const draft = await createJob(t.dataSource, { branch, company: client, title: 'Secret Draft Role', status: 'draft', postedAt: null });
    for (const path of [`/jobs/${draft.id}`, '/jobs/0b8c7d2e-4a51-4e0f-9a6b-3f0d1c2b4a59', '/jobs/not-a-uuid', `/jobs/${draft.id}%00`]) {
      const res = await t.request('GET', path);
      expect(res.statusCode, path).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).not.toContain('Secret Draft Role');
      const doc = parseHtml(res.body);
      expect(doc.getElementById('root')).not.toBeNull();
      expect(jsonLdOf(doc)).toHaveLength(0);
    }
    // A path that is not valid percent-encoding is refused by the router itself.
    expect((await t.request('GET', '/jobs/%E0%A4%A')).statusCode).toBe(400);
  });

  it('accepts an upper-case id and a trailing slash, with the canonical URL in lower case', async () => {
    const job = await createJob(t.dataSource, { branch, company: client });
    const res = await t.request('GET', `/jobs/${job.id.toUpperCase()}/`);
    expect(res.statusCode).toBe(200);
    expect(parseHtml(res.body).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${BASE}/jobs/${job.id}`);
  });
});

describe('job pages before the web app is built', () => {
  let t: TestApp;
  let empty: { dir: string; remove(): void };
  beforeAll(async () => {
    empty = createEmptyDir();
    t = await startTestApp({ APP_BASE_URL: BASE, WEB_DIST_DIR: empty.dir });
  });
  afterAll(async () => {
    await t.close();
    empty.remove();
  });

  it('still carry the head and JSON-LD, on the plain "not built" page', async () => {
    const branch = await createBranch(t.dataSource);
    const company = await createCompany(t.dataSource);
    const job = await createJob(t.dataSource, { branch, company, title: 'Line Cook' });
    const res = await t.request('GET', `/jobs/${job.id}`);
    expect(res.statusCode).toBe(200);
    const doc = parseHtml(res.body);
    expect(doc.querySelector('h1')?.textContent).toBe('Line Cook');
    expect(res.body).toContain('npm run build');
    expect(jsonLdOf(doc)[0]?.title).toBe('Line Cook');
  });
});
