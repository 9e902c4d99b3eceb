import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createBranch, createCompany, createJob, resetJobBoard } from '@nextstep/db/testing';
import { testConfig } from '@nextstep/testing';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app';
import type { JobSearchResultDto } from './dto/job.dto';

/** Trade synonyms in GET /api/jobs, on both index paths: the words people type find the jobs written out in full, and back. */
describe.each(['rum', 'gin'] as const)('GET /api/jobs with trade synonyms (%s index)', (index) => {
  let app: NestFastifyApplication;

  async function titles(q: string): Promise<string[]> {
    const res = await app.inject({ method: 'GET', url: `/api/jobs?q=${encodeURIComponent(q)}&limit=50` });
    expect(res.statusCode).toBe(200);
    return (res.json() as JobSearchResultDto).items.map((i) => i.title).sort();
  }

  beforeAll(async () => {
    app = await createApp(testConfig({ SEARCH_INDEX: index }));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const db = app.get(DataSource);
    await resetJobBoard(db);
    const at = { branch: await createBranch(db), company: await createCompany(db), status: 'open' as const };
    const plain = 'Join a friendly team. Weekly pay, benefits from day one.';
    for (const title of [
      'Accounting Clerk',
      'Certified Nursing Assistant',
      'Registered Nurse - Med/Surg',
      'Truck Driver - Regional',
      'Licensed Practical Nurse',
      'Line Cook',
    ]) {
      await createJob(db, { ...at, title, description: plain, skills: [] });
    }
  });
  afterAll(() => app.close());

  it('finds the written-out job for the abbreviation or trade word', async () => {
    expect(await titles('bookkeeper')).toEqual(['Accounting Clerk']);
    expect(await titles('CNA')).toEqual(['Certified Nursing Assistant']);
    expect(await titles('RN')).toEqual(['Registered Nurse - Med/Surg']);
    expect(await titles('CDL')).toEqual(['Truck Driver - Regional']);
    expect(await titles('lpn')).toEqual(['Licensed Practical Nurse']);
  });

  it('keeps the rest of the search: every other word must still match, and exclusions still exclude', async () => {
    expect(await titles('cdl regional')).toEqual(['Truck Driver - Regional']);
    expect(await titles('cdl local')).toEqual([]);
    expect(await titles('nurse -rn')).toEqual(['Certified Nursing Assistant', 'Licensed Practical Nurse']);
    expect(await titles('rn or lpn')).toEqual(['Licensed Practical Nurse', 'Registered Nurse - Med/Surg']);
  });

  it('works in the other direction: the full words also find the abbreviation', async () => {
    const db = app.get(DataSource);
    const at = { branch: await createBranch(db), company: await createCompany(db), status: 'open' as const };
    await createJob(db, { ...at, title: 'CDL-A Driver', description: 'Home weekly.', skills: [] });
    expect(await titles('truck driver')).toEqual(['CDL-A Driver', 'Truck Driver - Regional']);
  });
});
