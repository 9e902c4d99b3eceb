import { describe, expect, it } from 'vitest';
import { callApi, DESKTOP, horizontalOverflow, PHONE, runAxe, screenshot, useBrowser } from './support';

interface SearchAnswer {
  items: Array<{ id: string; title: string }>;
}

describe('accessibility and layout of the public pages', () => {
  const browser = useBrowser();
  let jobPath = '';

  const pages = [
    { name: 'search', path: () => '/?q=forklift', ready: 'article' },
    { name: 'job', path: () => jobPath, ready: 'h1' },
    { name: 'sign-in', path: () => '/sign-in', ready: 'form' },
    { name: 'branches', path: () => '/branches?postalCode=60606', ready: 'li section' },
  ];

  it.each([PHONE, DESKTOP])('has no serious or critical axe violations and no horizontal scroll at %i px', async (width) => {
    if (!jobPath) {
      const found = await callApi<SearchAnswer>('GET', '/api/jobs', { query: { q: 'forklift', limit: 1 } });
      jobPath = `/jobs/${found.body.items[0]?.id ?? ''}`;
    }
    for (const entry of pages) {
      const page = await browser.openPage(entry.path(), { width });
      await page.locator(entry.ready).first().waitFor();
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect({ page: entry.name, width, violations: await runAxe(page) }).toEqual({ page: entry.name, width, violations: [] });
      expect({ page: entry.name, width, overflow: await horizontalOverflow(page) }).toEqual({ page: entry.name, width, overflow: 0 });
      if (entry.name === 'search' || entry.name === 'job') await screenshot(page, `${entry.name}-${width}`);
      await page.close();
    }
    expect(browser.problems()).toEqual([]);
  });

  it('puts Apply near the top of the job page on a phone', async () => {
    const found = await callApi<SearchAnswer>('GET', '/api/jobs', { query: { q: 'forklift', limit: 1 } });
    const job = found.body.items[0];
    if (!job) throw new Error('no job on the demo board');
    const page = await browser.openPage(`/jobs/${job.id}`, { width: PHONE });
    const apply = page.getByRole('link', { name: `Apply for ${job.title}` }).first();
    await apply.waitFor();
    const applyBox = await apply.boundingBox();
    const descriptionBox = await page.getByRole('heading', { name: 'The job' }).boundingBox();
    expect(applyBox && descriptionBox && applyBox.y < descriptionBox.y).toBe(true);
    expect(await apply.getAttribute('href')).toBe(`/jobs/${job.id}/apply`);
  });

  it('answers an unknown path with the 404 page', async () => {
    const page = await browser.openPage('/no-such-page', { width: DESKTOP });
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect((await callApi('GET', '/no-such-page')).status).toBe(404);
  });
});
