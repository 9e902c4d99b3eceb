import { describe, expect, it } from 'vitest';
import { formToJob, type JobFormValues } from './job-form';

const values: JobFormValues = {
  title: 'Forklift Operator',
  description: 'Load and unload trailers on the second shift.',
  employmentType: 'temporary',
  skills: ['forklift'],
  companyId: '00000000-0000-4000-8000-000000000001',
  branchId: '00000000-0000-4000-8000-000000000002',
  city: 'Los Angeles',
  region: 'CA',
  postalCode: '90021',
  latitude: 34.03,
  longitude: -118.24,
  payMin: 18.5,
  payMax: 21,
  payPeriod: 'hour',
  closesOn: '2026-12-15',
};

describe('the job form', () => {
  it("keeps a job open until its closing day ends on the branch's clock", () => {
    // 23:59:59 in Los Angeles is 07:59:59 the next morning in UTC; midnight UTC would have closed it at 4 pm.
    expect(formToJob(values, 'America/Los_Angeles').closesAt).toBe('2026-12-16T07:59:59.000Z');
    expect(formToJob({ ...values, closesOn: '' }, 'America/Los_Angeles').closesAt).toBeNull();
  });

  it('sends cents', () => {
    expect(formToJob(values, 'America/Los_Angeles')).toMatchObject({ payMinCents: 1850, payMaxCents: 2100 });
  });
});
