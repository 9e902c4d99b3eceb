import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createBranch, createCompany, createJob, resetJobBoard } from '@nextstep/db/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../../testing/test-app';
import type { JobSearchResultDto } from '../dto/job.dto';
import type { JobSuggestionsDto } from './job-suggestions.dto';

describe('GET /api/jobs/suggest and "did you mean"', () => {
  let app: NestFastifyApplication;
  let db: DataSource;

  async function suggest(prefix: string, limit?: number): Promise<JobSuggestionsDto['items']> {
    const res = await app.inject({ method: 'GET', url: `/api/jobs/suggest?prefix=${encodeURIComponent(prefix)}${limit ? `&limit=${limit}` : ''}` });
    expect(res.statusCode).toBe(200);
    return (res.json() as JobSuggestionsDto).items;
  }

  beforeAll(async () => {
    ({ app, dataSource: db } = await startTestApp());
    await resetJobBoard(db);
    const at = { branch: await createBranch(db), company: await createCompany(db), status: 'open' as const };
    await createJob(db, { ...at, title: 'Forklift Operator', skills: ['Forklift certification', 'RF scanning'] });
    await createJob(db, { ...at, title: 'Forklift Operator', skills: ['Forklift certification'] });
    await createJob(db, { ...at, title: 'Reach Truck Forklift Driver', skills: ['Pallet jack'] });
    await createJob(db, { ...at, title: 'Line Cook', skills: ['Knife skills', 'Food safety'] });
    await createJob(db, { ...at, title: 'Forklift Trainer', status: 'draft', skills: [] });
  });
  afterAll(() => app.close());

  it('suggests titles and skills of open jobs that start with the prefix, then those with a word that does, the most common first', async () => {
    expect(await suggest('fork')).toEqual([
      { text: 'Forklift Operator', kind: 'title', jobs: 2 },
      { text: 'Forklift certification', kind: 'skill', jobs: 2 },
      { text: 'Reach Truck Forklift Driver', kind: 'title', jobs: 1 },
    ]);
    expect((await suggest('FOOD')).map((s) => s.text)).toEqual(['Food safety']);
    expect(await suggest('fork', 1)).toHaveLength(1);
    // Drafts are not suggested; wildcards are text.
    expect((await suggest('trainer')).length).toBe(0);
    expect(await suggest('%_')).toEqual([]);
  });

  it('follows the board as jobs open, change and close', async () => {
    const at = { branch: await createBranch(db), company: await createCompany(db), status: 'open' as const };
    const welder = await createJob(db, { ...at, title: 'MIG Welder', skills: ['Blueprint reading'] });
    expect(await suggest('mig')).toEqual([{ text: 'MIG Welder', kind: 'title', jobs: 1 }]);
    await db.query(`UPDATE jobs SET title = 'TIG Welder' WHERE id = $1`, [welder.id]);
    expect(await suggest('mig')).toEqual([]);
    expect((await suggest('tig')).map((s) => s.text)).toEqual(['TIG Welder']);
    await db.query(`UPDATE jobs SET status = 'closed' WHERE id = $1`, [welder.id]);
    expect(await suggest('tig')).toEqual([]);
    expect(await suggest('blueprint')).toEqual([]);
  });

  it('answers 400 naming prefix when it is missing, too short or too long', async () => {
    for (const query of ['', '?prefix=f', `?prefix=${'x'.repeat(61)}`]) {
      const res = await app.inject({ method: 'GET', url: `/api/jobs/suggest${query}` });
      expect(res.statusCode).toBe(400);
      expect(Object.keys((res.json() as { fields?: Record<string, string> }).fields ?? {})).toContain('prefix');
    }
  });

  it('offers a corrected search when nothing matched, and none when something did or nothing is close', async () => {
    const search = async (q: string) =>
      (await app.inject({ method: 'GET', url: `/api/jobs?q=${encodeURIComponent(q)}` })).json() as JobSearchResultDto;
    const typo = await search('forklfit operater');
    expect(typo.items).toEqual([]);
    expect(typo.didYouMean).toBe('forklift operator');
    const corrected = await search(typo.didYouMean ?? '');
    expect(corrected.items.length).toBeGreaterThan(0);
    expect(corrected.didYouMean).toBeNull();
    expect((await search('zzqxv')).didYouMean).toBeNull();
  });
});
