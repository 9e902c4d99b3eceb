import { describe, expect, it } from 'vitest';
import { callApi, DESKTOP, useBrowser } from './support';

interface SearchAnswer {
  items: Array<{ id: string; title: string; employmentType: string; company: { name: string; confidential: boolean } }>;
  nextCursor: string | null;
}

describe('search → filter → job page', () => {
  const browser = useBrowser();

  it('searches, filters by type, opens a job and comes back with the search intact', async () => {
    const page = await browser.openPage('/', { width: DESKTOP });
    await page.getByRole('heading', { level: 1, name: 'Find your next job' }).waitFor();
    await page.getByRole('article').first().waitFor();
    // Reported, not asserted: this machine's CPUs are shared with the other suites of `npm test`.
    console.log(`[e2e] first results ${Math.round(await page.evaluate(() => performance.now()))} ms after navigation start`);

    await page.getByLabel('What job are you looking for?').fill('forklift');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'forklift');
    // The matched words are highlighted, and nothing but <mark> came through as markup.
    await page.locator('article mark').first().waitFor();
    expect((await page.locator('article mark').first().textContent())?.toLowerCase()).toContain('forklift');

    await page.getByRole('checkbox', { name: /Temp-to-hire/ }).check();
    await page.waitForURL((url) => url.searchParams.get('employmentType') === 'temp_to_hire');
    const expected = await callApi<SearchAnswer>('GET', '/api/jobs', { query: { q: 'forklift', employmentType: 'temp_to_hire', limit: 20 } });
    const firstTitle = expected.body.items[0]?.title;
    if (!firstTitle) throw new Error('the demo board has no temp-to-hire forklift job');
    await page.getByRole('article').first().getByRole('link', { name: firstTitle }).waitFor();
    const badges = await page.getByRole('article').locator('.mantine-Badge-label').allTextContents();
    expect(badges.length).toBe(expected.body.items.length);
    expect(new Set(badges)).toEqual(new Set(['Temp-to-hire']));

    await page.getByRole('article').first().getByRole('link', { name: firstTitle }).click();
    await page.waitForURL(`**/jobs/${expected.body.items[0]?.id}`);
    const heading = page.getByRole('heading', { level: 1, name: firstTitle });
    await heading.waitFor();
    // Focus moved to the new page's heading, so a screen reader starts there.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await page.getByRole('link', { name: `Apply for ${firstTitle}` }).first().waitFor();
    expect(await page.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'forklift' && url.searchParams.get('employmentType') === 'temp_to_hire');
    expect(await page.getByRole('checkbox', { name: /Temp-to-hire/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('What job are you looking for?').inputValue()).toBe('forklift');
    await page.getByRole('article').first().getByRole('link', { name: firstTitle }).waitFor();
    expect(browser.problems()).toEqual([]);
  });

  it('loads more results over the cursor and keeps the page count in the URL', async () => {
    const page = await browser.openPage('/', { width: DESKTOP });
    await page.getByRole('article').nth(19).waitFor();
    await page.getByRole('button', { name: 'Load more jobs' }).click();
    await page.getByRole('article').nth(39).waitFor();
    await page.waitForURL((url) => url.searchParams.get('pages') === '2');
    // A reload shows the same 40 jobs again.
    await page.reload();
    await page.getByRole('article').nth(39).waitFor();
    expect(await page.getByRole('article').count()).toBe(40);
  });

  it('shows a confidential client only as the API masks it', async () => {
    let cursor: string | null = null;
    let job: SearchAnswer['items'][number] | undefined;
    for (let pages = 0; !job && pages < 20; pages++) {
      const res: { body: SearchAnswer } = await callApi<SearchAnswer>('GET', '/api/jobs', { query: { limit: 100, ...(cursor ? { cursor } : {}) } });
      job = res.body.items.find((item) => item.company.confidential);
      cursor = res.body.nextCursor;
    }
    if (!job) throw new Error('the demo board has no confidential company');
    const page = await browser.openPage(`/jobs/${job.id}`, { width: DESKTOP });
    await page.getByRole('heading', { level: 1, name: job.title }).waitFor();
    await page.getByRole('heading', { name: `About ${job.company.name}` }).waitFor();
    expect(job.company.name).toMatch(/^A leading /);
    await page.getByText(/keeps its name confidential/).waitFor();
    expect(await page.getByText(/^Website:/).count()).toBe(0);
  });

  it('links the RSS feed of the current search', async () => {
    const page = await browser.openPage('/?q=welder&payMin=40000', { width: DESKTOP });
    await page.getByRole('article').first().waitFor();
    const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').count()).toBe(1);
    expect(new URL(href ?? '', 'http://x').pathname + new URL(href ?? '', 'http://x').search).toBe('/jobs.rss?q=welder&payMin=40000');
    const feed = await callApi<string>('GET', href ?? '');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/xml/);
  });
});
