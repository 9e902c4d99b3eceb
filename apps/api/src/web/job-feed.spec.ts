import type { Branch, Company } from '@nextstep/db';
import { createBranch, createCompany, createJob, resetJobBoard } from '@nextstep/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { parseXml, textsOf, type ParsedDocument, type ParsedElement } from '../testing/web-fixtures';
import { feedTitle } from './job-feed.service';

const BASE = 'https://jobs.example.com';
const DAY = 86_400_000;
// RFC 822 dates as RSS 2.0 wants them, e.g. "Mon, 02 Mar 2026 15:00:00 GMT".
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

interface FeedItem {
  title: string;
  link: string;
  guid: string;
  guidIsPermaLink: string | null;
  pubDate: string;
  description: string;
}

function itemsOf(doc: ParsedDocument): FeedItem[] {
  return Array.from(doc.getElementsByTagName('item'), (item) => ({
    title: textsOf(item, 'title')[0] ?? '',
    link: textsOf(item, 'link')[0] ?? '',
    guid: textsOf(item, 'guid')[0] ?? '',
    guidIsPermaLink: item.getElementsByTagName('guid')[0]?.getAttribute('isPermaLink') ?? null,
    pubDate: textsOf(item, 'pubDate')[0] ?? '',
    description: textsOf(item, 'description')[0] ?? '',
  }));
}

const channelTitle = (doc: ParsedDocument): string =>
  doc.getElementsByTagName('channel')[0]?.getElementsByTagName('title')[0]?.textContent ?? '';

describe('RSS feed of a job search', () => {
  let t: TestApp;
  let branch: Branch;
  let secret: Company;
  let client: Company;

  beforeAll(async () => {
    t = await startTestApp({ APP_BASE_URL: BASE });
    await resetJobBoard(t.dataSource);
    branch = await createBranch(t.dataSource, { name: 'Nextstep Joliet', city: 'Joliet', region: 'IL' });
    client = await createCompany(t.dataSource, { name: 'Lakeside Foods & Co' });
    secret = await createCompany(t.dataSource, { name: 'Hushhush Metals', industry: 'metal fabricator', confidential: true });
    await createJob(t.dataSource, {
      branch,
      company: client,
      title: 'Forklift Operator <Night> & Weekend',
      description: 'Drive a forklift & load <trailers> on the night shift',
      employmentType: 'temp_to_hire',
      postedAt: new Date('2026-03-02T15:00:00Z'),
    });
    await createJob(t.dataSource, {
      branch,
      company: secret,
      title: 'Forklift Driver',
      description: 'Move steel coils by forklift.',
      employmentType: 'temporary',
      postedAt: new Date('2026-03-01T15:00:00Z'),
    });
    await createJob(t.dataSource, { branch, company: client, title: 'Forklift Trainer', status: 'closed' });
    await createJob(t.dataSource, { branch, company: client, title: 'Forklift Lead', closesAt: new Date(Date.now() - DAY) });
    await createJob(t.dataSource, {
      branch,
      company: client,
      title: 'Receptionist',
      description: 'Greet visitors and answer phones.',
      employmentType: 'direct_hire',
    });
  });
  afterAll(() => t.close());

  it('lists the same open jobs as the search, as valid RSS 2.0 with a channel named after the search', async () => {
    const res = await t.request('GET', '/jobs.rss', { query: { q: 'forklift' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const doc = parseXml(res.body);
    expect(doc.documentElement.localName).toBe('rss');
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    expect(channelTitle(doc)).toBe('Nextstep jobs: “forklift”');
    const channel = doc.getElementsByTagName('channel')[0] as ParsedElement;
    expect(Array.from(channel.children, (el) => el.localName).filter((name) => name !== 'item')).toEqual([
      'title',
      'link',
      'description',
      'language',
      'lastBuildDate',
      'ttl',
      'link',
    ]);
    expect(textsOf(channel, 'link')[0]).toBe(`${BASE}/?q=forklift`);
    const limited = parseXml((await t.request('GET', '/jobs.rss', { query: { q: 'forklift', limit: '1' } })).body);
    expect(itemsOf(limited)).toHaveLength(1);
    expect(limited.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]?.getAttribute('href')).toBe(
      `${BASE}/jobs.rss?q=forklift&limit=1`,
    );
    const self = channel.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0];
    expect(self?.getAttribute('href')).toBe(`${BASE}/jobs.rss?q=forklift`);
    expect(self?.getAttribute('rel')).toBe('self');

    const api = (await t.request('GET', '/api/jobs', { query: { q: 'forklift', limit: '50' } })).json<{ items: Array<{ id: string }> }>();
    const items = itemsOf(doc);
    expect(items.map((item) => item.link)).toEqual(api.items.map((job) => `${BASE}/jobs/${job.id}`));
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.guid).toBe(item.link);
      expect(item.guidIsPermaLink).toBe('true');
      expect(item.pubDate).toMatch(RFC_822);
      expect(item.title).not.toBe('');
    }
    const [night, driver] = items;
    expect(night?.title).toBe('Forklift Operator <Night> & Weekend – Joliet, IL');
    expect(night?.pubDate).toBe('Mon, 02 Mar 2026 15:00:00 GMT');
    // The description is text: the search snippet (ts_headline's excerpt) without its <mark> tags, every character escaped.
    expect(night?.description).toBe(
      'Temp-to-hire · $18.00–$20.00 an hour · Lakeside Foods &amp; Co · Nextstep Joliet. Drive a forklift &amp; load &lt;trailers&gt; on the night shift',
    );
    expect(driver?.description).toMatch(/^Temporary · \$18\.00–\$20\.00 an hour · A leading metal fabricator · Nextstep Joliet\. /);
    expect(res.body).not.toContain('Hushhush');
  });

  it('describes each criterion in the channel title and keeps them in its links', async () => {
    const res = await t.request('GET', '/jobs.rss', {
      query: { employmentType: 'direct_hire,temp_to_hire', branchId: branch.id, payMin: '30000', postedWithinDays: '7' },
    });
    expect(res.statusCode).toBe(200);
    const doc = parseXml(res.body);
    expect(channelTitle(doc)).toBe(
      'Nextstep jobs: Direct hire or Temp-to-hire · at Nextstep Joliet · from $30,000 a year · posted in the last 7 days',
    );
    const items = itemsOf(doc);
    expect(items.map((item) => item.title)).toEqual(['Receptionist – Joliet, IL']);
    // Without a search text the description comes from the job itself.
    expect(items[0]?.description).toBe(
      'Direct hire · $18.00–$20.00 an hour · Lakeside Foods &amp; Co · Nextstep Joliet. Greet visitors and answer phones.',
    );
    const link = textsOf(doc.getElementsByTagName('channel')[0] as ParsedElement, 'link')[0] ?? '';
    expect(new URL(link).searchParams.getAll('employmentType')).toEqual(['direct_hire', 'temp_to_hire']);
    expect(new URL(link).searchParams.get('branchId')).toBe(branch.id);
  });

  it('names the whole board when there are no criteria', async () => {
    const doc = parseXml((await t.request('GET', '/jobs.rss')).body);
    expect(channelTitle(doc)).toBe('Nextstep: all open jobs');
    expect(itemsOf(doc)).toHaveLength(3);
  });

  it.each([
    [{ lat: '41.8' }, 'lng'],
    [{ employmentType: 'permanent' }, 'employmentType'],
    [{ limit: '500' }, 'limit'],
    [{ sort: 'relevance' }, 'sort'],
    [{ cursor: 'forged' }, 'cursor'],
    [{ surprise: '1' }, 'surprise'],
  ])('refuses %j with the same 400 as GET /api/jobs', async (query, field) => {
    const feed = await t.request('GET', '/jobs.rss', { query });
    const api = await t.request('GET', '/api/jobs', { query });
    expect(feed.statusCode).toBe(400);
    expect(feed.headers['content-type']).toContain('application/json');
    expect(feed.json()).toEqual(api.json());
    expect(feed.json<{ fields: Record<string, string> }>().fields).toHaveProperty(field);
  });

  it('writes titles that read well for every kind of search', () => {
    expect(feedTitle({ lat: 41.88, lng: -87.63, radiusKm: 40 })).toBe('Nextstep jobs: within 40 km of 41.88, -87.63');
    expect(feedTitle({ lat: 41.88, lng: -87.63, sort: 'distance' })).toBe('Nextstep jobs: nearest to 41.88, -87.63');
    expect(feedTitle({ postalCode: '60614', radiusKm: 10 })).toBe('Nextstep jobs: within 10 km of 60614');
    expect(feedTitle({ branchId: 'b' }, null)).toBe('Nextstep jobs: at an unknown branch');
    expect(feedTitle({ postedWithinDays: 1 })).toBe('Nextstep jobs: posted in the last day');
  });
});
