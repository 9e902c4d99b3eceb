import { z } from 'zod';
import { dayInZone, endOfDayInZone } from '../../../lib/zoned-time';
import type { JobInput, StaffJob } from '../api/catalog';

const dollars = (label: string) => z.number({ message: `${label}: give an amount.` }).min(0, `${label} cannot be negative.`).max(10_000_000, `${label} is too large.`);

/** The job form in the recruiter's units (dollars, a date for the closing day); the API takes cents and instants. */
export const jobFormSchema = z
  .object({
    title: z.string().trim().min(2, 'Give the job a title.').max(200, 'At most 200 characters.'),
    description: z.string().trim().min(20, 'Describe the job in at least 20 characters.').max(20_000, 'At most 20,000 characters.'),
    employmentType: z.enum(['temporary', 'temp_to_hire', 'direct_hire']),
    skills: z.array(z.string().trim().min(1).max(80)).max(30, 'At most 30 skills.'),
    companyId: z.string().uuid('Pick the client company.'),
    branchId: z.string().uuid('Pick the branch.'),
    city: z.string().trim().min(1, 'Where is the job?').max(100),
    region: z.string().trim().min(1, 'Give the state.').max(100),
    postalCode: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, 'That is not a postal code.'),
    latitude: z.number({ message: 'Give the latitude.' }).min(-90).max(90),
    longitude: z.number({ message: 'Give the longitude.' }).min(-180).max(180),
    payMin: dollars('Lowest pay'),
    payMax: dollars('Highest pay'),
    payPeriod: z.enum(['hour', 'year']),
    closesOn: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Pick a date, or leave it empty.')]),
  })
  .refine((v) => v.payMax >= v.payMin, { path: ['payMax'], message: 'The highest pay must be at least the lowest.' });

export type JobFormValues = z.infer<typeof jobFormSchema>;

export const JOB_FORM_FIELDS = [
  'title',
  'description',
  'employmentType',
  'skills',
  'companyId',
  'branchId',
  'city',
  'region',
  'postalCode',
  'latitude',
  'longitude',
  'payMin',
  'payMax',
  'payPeriod',
  'closesOn',
] as const;

/** API field → form field, so a 400 lands on the input the recruiter sees. */
export const JOB_FIELD_ALIASES: Record<string, (typeof JOB_FORM_FIELDS)[number]> = { payMinCents: 'payMin', payMaxCents: 'payMax', closesAt: 'closesOn' };

/** The form's values for a saved job; its closing day is the day it closes on the branch's clock. */
export function jobToForm(job: StaffJob, branchTimeZone: string): JobFormValues {
  return {
    title: job.title,
    description: job.description,
    employmentType: job.employmentType,
    skills: [...job.skills],
    companyId: job.companyId,
    branchId: job.branchId,
    city: job.city,
    region: job.region,
    postalCode: job.postalCode,
    latitude: job.latitude,
    longitude: job.longitude,
    payMin: job.pay.min,
    payMax: job.pay.max,
    payPeriod: job.pay.period,
    closesOn: job.closesAt ? dayInZone(job.closesAt, branchTimeZone) : '',
  };
}

/**
 * The body for POST/PATCH /api/jobs. A closing day lasts until the end of that day on the branch's clock (the board
 * hides the job from then on): a Los Angeles job closing on the 17th still takes applications that evening.
 */
export function formToJob(values: JobFormValues, branchTimeZone: string): Omit<JobInput, 'status'> {
  return {
    title: values.title,
    description: values.description,
    employmentType: values.employmentType,
    skills: values.skills,
    companyId: values.companyId,
    branchId: values.branchId,
    city: values.city,
    region: values.region,
    postalCode: values.postalCode,
    latitude: values.latitude,
    longitude: values.longitude,
    payMinCents: Math.round(values.payMin * 100),
    payMaxCents: Math.round(values.payMax * 100),
    payPeriod: values.payPeriod,
    closesAt: values.closesOn ? endOfDayInZone(values.closesOn, branchTimeZone) : null,
  };
}
