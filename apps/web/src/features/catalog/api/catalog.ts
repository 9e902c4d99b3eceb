import type { Schemas } from '@nextstep/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';

export type StaffJob = Schemas['JobDto'];
export type StaffCompany = Schemas['CompanyDto'];
export type JobInput = Schemas['CreateJobDto'];
export type CompanyInput = Schemas['CreateCompanyDto'];
export type Branch = Schemas['BranchDto'];

// Under 'staff': the console's cache; sign-out clears it all.
export const catalogKeys = {
  all: ['staff', 'catalog'] as const,
  jobs: (branchId?: string) => [...catalogKeys.all, 'jobs', branchId ?? 'mine'] as const,
  job: (id: string) => [...catalogKeys.all, 'job', id] as const,
  companies: () => [...catalogKeys.all, 'companies'] as const,
  jsonLd: (id: string) => [...catalogKeys.all, 'json-ld', id] as const,
  branches: () => [...catalogKeys.all, 'branches'] as const,
};

export const staffJobsQuery = (branchId?: string) =>
  queryOptions({ queryKey: catalogKeys.jobs(branchId), queryFn: () => unwrap(api.GET('/api/staff/jobs', { params: { query: branchId ? { branchId } : {} } })) });

export const staffJobQuery = (id: string) =>
  queryOptions({ queryKey: catalogKeys.job(id), queryFn: () => unwrap(api.GET('/api/staff/jobs/{id}', { params: { path: { id } } })) });

export const staffCompaniesQuery = () => queryOptions({ queryKey: catalogKeys.companies(), queryFn: () => unwrap(api.GET('/api/staff/companies')) });

export const catalogBranchesQuery = () =>
  queryOptions({ queryKey: catalogKeys.branches(), queryFn: () => unwrap(api.GET('/api/branches')).then((page) => page.items), staleTime: 5 * 60_000 });

/**
 * The JobPosting data crawlers read, exactly as the public job page serves it
 * (the API renders it into the page's head), or null when the page has none.
 */
export const publicJsonLdQuery = (jobId: string) =>
  queryOptions({
    queryKey: catalogKeys.jsonLd(jobId),
    queryFn: async (): Promise<string | null> => {
      const res = await fetch(`/jobs/${encodeURIComponent(jobId)}`, { headers: { accept: 'text/html' } });
      if (!res.ok) return null;
      const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(await res.text());
      if (!match?.[1]) return null;
      try {
        return JSON.stringify(JSON.parse(match[1]), null, 2);
      } catch {
        return match[1];
      }
    },
  });

export function createJob(body: JobInput): Promise<StaffJob> {
  return unwrap(api.POST('/api/jobs', { body }));
}

/**
 * `status` is optional on the server (absent: unchanged); the generated type
 * marks it required because it has a default, so the body is widened here.
 */
export function updateJob(id: string, body: Omit<Schemas['UpdateJobDto'], 'status'> & { status?: 'draft' | 'open' }): Promise<StaffJob> {
  return unwrap(api.PATCH('/api/jobs/{id}', { params: { path: { id } }, body: body as Schemas['UpdateJobDto'] }));
}

export function closeJob(id: string, outcome: 'closed' | 'filled'): Promise<StaffJob> {
  return unwrap(api.POST('/api/jobs/{id}/close', { params: { path: { id } }, body: { outcome } }));
}

export function createCompany(body: CompanyInput): Promise<StaffCompany> {
  return unwrap(api.POST('/api/companies', { body }));
}

export function updateCompany(id: string, body: Schemas['UpdateCompanyDto']): Promise<StaffCompany> {
  return unwrap(api.PATCH('/api/companies/{id}', { params: { path: { id } }, body }));
}
