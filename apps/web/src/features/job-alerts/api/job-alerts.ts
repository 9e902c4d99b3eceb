import type { Schemas } from '@nextstep/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';

export type JobAlert = Schemas['JobAlertDto'];
export type JobAlertFrequency = JobAlert['frequency'];
export type NewJobAlert = Schemas['CreateJobAlertDto'];
export type JobAlertChanges = Schemas['UpdateJobAlertDto'];

export const FREQUENCIES: ReadonlyArray<{ value: JobAlertFrequency; label: string; description: string }> = [
  { value: 'instant', label: 'As jobs open', description: 'New jobs are gathered for 15 minutes, then sent together.' },
  { value: 'daily', label: 'Daily', description: 'Monday to Friday at 8:00 in the morning, your time.' },
  { value: 'weekly', label: 'Weekly', description: 'Mondays at 8:00 in the morning, your time.' },
];

export const jobAlertsKey = ['me', 'job-alerts'] as const;

export const jobAlertsQuery = () =>
  queryOptions({
    queryKey: jobAlertsKey,
    queryFn: () => unwrap(api.GET('/api/me/job-alerts')),
  });

export function createJobAlert(alert: NewJobAlert): Promise<JobAlert> {
  return unwrap(api.POST('/api/me/job-alerts', { body: alert }));
}

/** Without an account: the API e-mails a confirmation link and answers the same whatever the address. */
export function createGuestJobAlert(alert: NewJobAlert & { email: string; timeZone?: string }): Promise<{ message: string }> {
  return unwrap(api.POST('/api/job-alerts', { body: alert }));
}

export function updateJobAlert(id: string, changes: JobAlertChanges): Promise<JobAlert> {
  return unwrap(api.PATCH('/api/me/job-alerts/{id}', { params: { path: { id } }, body: changes }));
}

export async function deleteJobAlert(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/me/job-alerts/{id}', { params: { path: { id } } }));
}

/** What of a job search an alert keeps: its criteria, not its sort or paging (the names are the same). */
export interface SearchToSave {
  q?: string | undefined;
  employmentType?: Array<'temporary' | 'temp_to_hire' | 'direct_hire'> | undefined;
  postalCode?: string | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
  radiusKm?: number | undefined;
  payMin?: number | undefined;
}

export function alertCriteriaOf(search: SearchToSave): Omit<NewJobAlert, 'frequency' | 'name'> {
  const criteria: Omit<NewJobAlert, 'frequency' | 'name'> = {};
  if (search.q) criteria.q = search.q;
  if (search.employmentType?.length) criteria.employmentType = search.employmentType;
  if (search.postalCode && search.lat === undefined) criteria.postalCode = search.postalCode;
  else if (search.lat !== undefined && search.lng !== undefined) {
    criteria.lat = search.lat;
    criteria.lng = search.lng;
  }
  if (search.radiusKm !== undefined && (criteria.postalCode || criteria.lat !== undefined)) criteria.radiusKm = search.radiusKm;
  if (search.payMin !== undefined) criteria.payMin = search.payMin;
  return criteria;
}
