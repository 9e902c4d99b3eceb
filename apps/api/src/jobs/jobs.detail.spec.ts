import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Branch, Company } from '@nextstep/db';
import { createBranch, createCompany, createJob, resetJobBoard } from '@nextstep/db/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/test-app';
import { CompaniesService } from '../companies/companies.service';
import { JobsService } from './jobs.service';

describe('job detail, company profile and the job services', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let branch: Branch;
  let open: Company;
  let secret: Company;

  beforeAll(async () => {
    ({ app, dataSource: db } = await startTestApp());
    await resetJobBoard(db);
    branch = await createBranch(db, {
      name: 'Nextstep Dallas',
      phone: '+1 214-555-0157',
      email: 'dallas@nextstep.example',
      openingHours: 'Mon–Fri 8–5',
    });
    open = await createCompany(db, {
      name: 'Open Freight',
      website: 'https://open.example',
      mission: 'Move things.',
      values: ['Safety first'],
    });
    secret = await createCompany(db, {
      name: 'Secret Plastics',
      website: 'https://secret.example',
      industry: 'manufacturer',
      confidential: true,
      mission: 'Make parts.',
    });
  });
  afterAll(() => app.close());

  it('shows a job with the company profile and the branch contact', async () => {
    const job = await createJob(db, { branch, company: open, title: 'Dispatcher', skills: ['scheduling'] });
    const res = await app.inject({ method: 'GET', url: `/api/jobs/${job.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: job.id,
      title: 'Dispatcher',
      skills: ['scheduling'],
      status: 'open',
      acceptingApplications: true,
      branch: {
        id: branch.id,
        name: 'Nextstep Dallas',
        phone: '+1 214-555-0157',
        email: 'dallas@nextstep.example',
        openingHours: 'Mon–Fri 8–5',
        addressLine: '1 Test St',
      },
      company: {
        id: open.id,
        name: 'Open Freight',
        website: 'https://open.example',
        mission: 'Move things.',
        values: ['Safety first'],
        confidential: false,
      },
    });
  });

  it('masks a confidential company on the job page but keeps what helps research', async () => {
    const job = await createJob(db, { branch, company: secret });
    const res = await app.inject({ method: 'GET', url: `/api/jobs/${job.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ company: unknown }>().company).toEqual({
      id: null,
      name: 'A leading manufacturer',
      website: null,
      industry: 'manufacturer',
      mission: 'Make parts.',
      values: secret.values,
      goals: secret.goals,
      operations: secret.operations,
      confidential: true,
    });
    expect(res.body).not.toMatch(/Secret Plastics|secret\.example/);
    expect(res.body).not.toContain(secret.id);
  });

  it('hides drafts (404); closed jobs show but do not accept applications', async () => {
    const draft = await createJob(db, { branch, company: open, status: 'draft', postedAt: null });
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${draft.id}` })).statusCode).toBe(404);
    const closed = await createJob(db, { branch, company: open, status: 'closed' });
    const res = await app.inject({ method: 'GET', url: `/api/jobs/${closed.id}` });
    expect(res.json()).toMatchObject({ status: 'closed', acceptingApplications: false });
  });

  it('answers 404 for unknown and 400 for malformed job and company ids', async () => {
    for (const base of ['/api/jobs', '/api/companies']) {
      expect((await app.inject({ method: 'GET', url: `${base}/00000000-0000-4000-8000-000000000000` })).statusCode).toBe(404);
      for (const bad of ['nope', '1', "1'%20OR%20'1'='1", '00000000-0000-4000-8000-00000000000g']) {
        const res = await app.inject({ method: 'GET', url: `${base}/${bad}` });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ fields: { id: expect.any(String) } });
      }
    }
  });

  it('shows a public company profile and 404 for a confidential one', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/companies/${open.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: open.id, name: 'Open Freight', website: 'https://open.example', mission: 'Move things.' });
    const hidden = await app.inject({ method: 'GET', url: `/api/companies/${secret.id}` });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('Secret');
  });

  it('services: create a draft, open it, edit it, close it', async () => {
    const jobs = app.get(JobsService);
    const actor = '11111111-1111-4111-8111-111111111111';
    const base = {
      title: 'CNC Machine Operator',
      description: 'Run CNC lathes on second shift and inspect parts.',
      employmentType: 'temp_to_hire' as const,
      skills: ['CNC'],
      city: 'Dallas',
      region: 'TX',
      postalCode: '75201',
      latitude: 32.78,
      longitude: -96.8,
      payMinCents: 2000,
      payMaxCents: 2600,
      payPeriod: 'hour' as const,
      branchId: branch.id,
      companyId: open.id,
    };
    const draft = await jobs.create(base, actor);
    expect(draft).toMatchObject({ status: 'draft', postedAt: null, createdById: actor, updatedById: actor });
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${draft.id}` })).statusCode).toBe(404);

    const opened = await jobs.update(draft.id, { status: 'open', payMaxCents: 2800 }, actor);
    expect(opened).toMatchObject({ status: 'open', pay: { min: 20, max: 28 } });
    expect(opened.postedAt).not.toBeNull();
    const found = await app.inject({ method: 'GET', url: '/api/jobs?q=cnc%20lathe' });
    expect(found.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)).toContain(draft.id);

    const moved = await jobs.update(draft.id, { branchId: branch.id, title: 'CNC Lathe Operator' });
    expect(moved.title).toBe('CNC Lathe Operator');

    expect(await jobs.close(draft.id, 'filled', actor)).toMatchObject({ status: 'filled' });
    const gone = await app.inject({ method: 'GET', url: '/api/jobs?q=cnc%20lathe' });
    expect(gone.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)).not.toContain(draft.id);

    await expect(jobs.create({ ...base, payMinCents: 3000, payMaxCents: 2000 })).rejects.toMatchObject({
      response: { code: 'INVALID_PAY_RANGE' },
    });
    await expect(jobs.create({ ...base, branchId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      response: { code: 'BRANCH_NOT_FOUND' },
    });
    await expect(jobs.update(draft.id, { status: 'draft' })).rejects.toMatchObject({ response: { code: 'JOB_STATUS_CHANGE_REFUSED' } });
  });

  it('services: companies create and update', async () => {
    const companies = app.get(CompaniesService);
    const admin = { id: '00000000-0000-4000-8000-000000000001', role: 'admin' as const, branchId: null };
    const created = await companies.create({
      name: 'New Co',
      industry: 'software company',
      mission: 'M',
      values: ['V'],
      goals: 'G',
      operations: 'O',
    }, admin);
    expect(created).toMatchObject({ name: 'New Co', website: null, confidential: false, branchId: null });
    const updated = await companies.update(created.id, { confidential: true }, admin);
    expect(updated.confidential).toBe(true);
    expect((await app.inject({ method: 'GET', url: `/api/companies/${created.id}` })).statusCode).toBe(404);
  });
});
