import { randomUUID } from 'node:crypto';
import type { DataSource, DeepPartial } from 'typeorm';
import { Branch } from '../entities/branch.entity';
import { Company } from '../entities/company.entity';
import { Job } from '../entities/job.entity';

/**
 * One-line test data for the job board: every field has a sensible default,
 * tests override only what they are about.
 */
export async function resetJobBoard(dataSource: DataSource): Promise<void> {
  await dataSource.query('TRUNCATE jobs, companies, branches CASCADE');
}

export function createBranch(dataSource: DataSource, overrides: DeepPartial<Branch> = {}): Promise<Branch> {
  const tag = randomUUID().slice(0, 8);
  return dataSource.getRepository(Branch).save({
    name: `Test branch ${tag}`,
    addressLine: '1 Test St',
    city: 'Chicago',
    region: 'IL',
    postalCode: '60606',
    phone: '+1 312-555-0100',
    email: `branch-${tag}@nextstep.example`,
    latitude: 41.882,
    longitude: -87.6345,
    timeZone: 'America/Chicago',
    openingHours: 'Mon–Fri 8:00–17:00',
    ...overrides,
  });
}

export function createCompany(dataSource: DataSource, overrides: DeepPartial<Company> = {}): Promise<Company> {
  const tag = randomUUID().slice(0, 8);
  return dataSource.getRepository(Company).save({
    name: `Test Company ${tag}`,
    website: `https://www.test-${tag}.example`,
    industry: 'manufacturer',
    mission: 'To make dependable products.',
    values: ['Safety first', 'Integrity'],
    goals: 'Grow by 10% a year.',
    operations: 'Runs one plant on two shifts.',
    confidential: false,
    ...overrides,
  });
}

export type JobOverrides = DeepPartial<Job> & { branch: Branch; company: Company };

/** An open job posted now unless told otherwise. */
export function createJob(dataSource: DataSource, { branch, company, ...overrides }: JobOverrides): Promise<Job> {
  return dataSource.getRepository(Job).save({
    title: 'Warehouse Associate',
    description: 'Pick and pack customer orders in a clean, safe warehouse.',
    employmentType: 'temporary',
    skills: ['order picking'],
    city: branch.city,
    region: branch.region,
    postalCode: branch.postalCode,
    latitude: branch.latitude,
    longitude: branch.longitude,
    payMinCents: 1800,
    payMaxCents: 2000,
    payPeriod: 'hour',
    status: 'open',
    postedAt: new Date(),
    closesAt: null,
    branchId: branch.id,
    companyId: company.id,
    ...overrides,
  });
}
