import type { Branch, Company, Job } from '@nextstep/db';
import { createBranch, createCompany, createJob, resetJobBoard } from '@nextstep/db/testing';
import { testConfig } from '@nextstep/testing';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BranchesService } from '../branches/branches.service';
import { CompaniesService } from '../companies/companies.service';
import type { JobSearchResultDto } from '../jobs/dto/job.dto';
import { JobsService } from '../jobs/jobs.service';
import { startTestApp, type TestApp } from '../testing/test-app';
import { BoardCache } from './board-cache.service';

describe('board cache of job searches (SEARCH_CACHE_SECONDS=30)', () => {
  let t: TestApp;
  let branch: Branch;
  let company: Company;
  let welder: Job;

  const search = async (q: string, extra = ''): Promise<JobSearchResultDto> => {
    const res = await t.request('GET', `/api/jobs?q=${encodeURIComponent(q)}${extra}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    return res.json<JobSearchResultDto>();
  };
  const titles = (result: JobSearchResultDto): string[] => result.items.map((item) => item.title);

  beforeAll(async () => {
    t = await startTestApp({ SEARCH_CACHE_SECONDS: '30' });
    await resetJobBoard(t.dataSource);
    branch = await createBranch(t.dataSource, { name: 'Racine' });
    company = await createCompany(t.dataSource, { name: 'Lakeshore Fabrication' });
    welder = await createJob(t.dataSource, { branch, company, title: 'TIG Welder', description: 'Weld stainless assemblies for food plants.' });
  });
  afterAll(() => t.close());

  it('answers a repeated search from the cache, without seeing rows written behind the API', async () => {
    expect(titles(await search('welder'))).toEqual(['TIG Welder']);
    // A factory writes straight to Postgres, so only a cache explains not seeing it.
    await createJob(t.dataSource, { branch, company, title: 'MIG Welder', description: 'Weld carbon steel frames on second shift.' });
    expect(titles(await search('welder'))).toEqual(['TIG Welder']);
    // A different search is a different entry.
    expect(titles(await search('welder', '&sort=recent')).sort()).toEqual(['MIG Welder', 'TIG Welder']);
  });

  it('forgets every cached search when a job is written through the API', async () => {
    const jobs = t.app.get(JobsService);
    await jobs.update(welder.id, { title: 'TIG Welder (days)' });
    expect(titles(await search('welder')).sort()).toEqual(['MIG Welder', 'TIG Welder (days)']);
    await jobs.close(welder.id, 'filled');
    expect(titles(await search('welder'))).toEqual(['MIG Welder']);
  });

  it('forgets them when a company or a branch changes what results show', async () => {
    expect((await search('welder')).items[0]?.company.name).toBe('Lakeshore Fabrication');
    await t.app.get(CompaniesService).update(company.id, { confidential: true }, { id: '00000000-0000-4000-8000-000000000001', role: 'admin', branchId: null });
    const masked = (await search('welder')).items[0]?.company;
    expect(masked?.name).not.toBe('Lakeshore Fabrication');
    await t.app.get(BranchesService).update(branch.id, { name: 'Racine Downtown' });
    expect((await search('welder')).items[0]?.branch.name).toBe('Racine Downtown');
  });

  it('caches each page of a keyset walk on its own', async () => {
    for (let i = 0; i < 5; i++) {
      await createJob(t.dataSource, { branch, company, title: `Pipe Welder ${i}`, description: 'Weld process pipe on site.' });
    }
    await t.app.get(BranchesService).update(branch.id, { name: 'Racine' }); // invalidates, so the new rows count
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: JobSearchResultDto = await search('welder', `&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...titles(page));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    // Walking again comes from the cache and gives the same pages.
    const again = await search('welder', '&limit=2');
    expect(titles(again)).toEqual(seen.slice(0, 2));
  });

  it('still answers from Postgres when Redis cannot be reached', async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    const cache = new BoardCache(unreachable, testConfig({ SEARCH_CACHE_SECONDS: '30' }));
    try {
      const key = cache.keyFor('jobs.search', { q: 'welder' });
      expect(await cache.lookup(key)).toEqual({ hit: false, version: '' });
      // Nothing is stored under an unknown version, and invalidating does not throw.
      cache.store(key, '', Buffer.from('{}'));
      await expect(cache.invalidate()).resolves.toBeUndefined();
    } finally {
      unreachable.disconnect();
    }
  });
});

describe('board cache switched off (SEARCH_CACHE_SECONDS=0)', () => {
  it('sees every write at once', async () => {
    const t = await startTestApp({ SEARCH_CACHE_SECONDS: '0' });
    try {
      await resetJobBoard(t.dataSource);
      const branch = await createBranch(t.dataSource);
      const company = await createCompany(t.dataSource);
      await createJob(t.dataSource, { branch, company, title: 'Night Auditor', description: 'Balance the day at a downtown hotel.' });
      const first = await t.request('GET', '/api/jobs?q=auditor');
      expect(first.json<JobSearchResultDto>().items).toHaveLength(1);
      await createJob(t.dataSource, { branch, company, title: 'Auditor Trainee', description: 'Learn hotel night audit.' });
      const second = await t.request('GET', '/api/jobs?q=auditor');
      expect(second.json<JobSearchResultDto>().items).toHaveLength(2);
    } finally {
      await t.close();
    }
  });
});
