import type { Schemas } from '@nextstep/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';

export type Today = Schemas['TodayDto'];
export type StaffSummary = Schemas['ApplicationSummaryDto'];
export type StaffDetail = Schemas['ApplicationDetailDto'];
export type StaffGuidance = Schemas['GuidanceDto'];
export type Interview = Schemas['InterviewDto'];
export type Message = Schemas['MessageDto'];
export type EmailRecord = Schemas['EmailRecordDto'];
export type BulkResult = Schemas['BulkResultDto'];
export type InterviewConflict = Schemas['InterviewConflictDto'];
export type ScheduleInterview = Schemas['ScheduleInterviewDto'];
export type CompleteInterview = Schemas['CompleteInterviewDto'];
export type ContactChannel = Schemas['ContactDto']['channel'];
export type Stage = StaffSummary['status'];

// Under 'staff': sign-out clears the whole cache, and nothing here is shared with the candidate pages.
export const consoleKeys = {
  all: ['staff'] as const,
  today: (branchId?: string) => [...consoleKeys.all, 'today', branchId ?? 'default'] as const,
  applications: () => [...consoleKeys.all, 'applications'] as const,
  list: (filters: { owedNews?: boolean; jobId?: string; branchId?: string }) => [...consoleKeys.applications(), 'list', filters] as const,
  detail: (id: string) => [...consoleKeys.applications(), id] as const,
  guidance: (id: string) => [...consoleKeys.applications(), id, 'guidance'] as const,
  branches: () => [...consoleKeys.all, 'branches'] as const,
  jobs: (branchId: string) => [...consoleKeys.all, 'jobs', branchId] as const,
};

export const todayQuery = (branchId?: string) =>
  queryOptions({
    queryKey: consoleKeys.today(branchId),
    queryFn: () => unwrap(api.GET('/api/recruiter/today', { params: { query: branchId ? { branchId } : {} } })),
    // "Today" changes with time alone: interviews start, notes arrive.
    refetchInterval: 60_000,
  });

/** Every page of a staff list, up to `max` rows (a branch's pipeline for one job fits). */
async function allPages(query: { owedNews?: boolean; jobId?: string; branchId?: string }, max = 500): Promise<StaffSummary[]> {
  const items: StaffSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(api.GET('/api/applications', { params: { query: { ...query, limit: 100, ...(cursor ? { cursor } : {}) } } }));
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < max);
  return items;
}

export const staffApplicationsQuery = (filters: { owedNews?: boolean; jobId?: string; branchId?: string }) =>
  queryOptions({
    queryKey: consoleKeys.list(filters),
    queryFn: () => allPages(filters),
  });

export const staffApplicationQuery = (id: string) =>
  queryOptions({
    queryKey: consoleKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/applications/{id}', { params: { path: { id } } })),
  });

export const staffGuidanceQuery = (id: string) =>
  queryOptions({
    queryKey: consoleKeys.guidance(id),
    queryFn: () => unwrap(api.GET('/api/applications/{id}/guidance', { params: { path: { id } } })),
  });

export const branchesQuery = () =>
  queryOptions({
    queryKey: consoleKeys.branches(),
    queryFn: () => unwrap(api.GET('/api/branches')),
    staleTime: 5 * 60_000,
  });

/** The branch's open jobs, newest first: the pipelines a recruiter works on. */
export const branchJobsQuery = (branchId: string) =>
  queryOptions({
    queryKey: consoleKeys.jobs(branchId),
    queryFn: () => unwrap(api.GET('/api/jobs', { params: { query: { branchId, sort: 'recent', limit: 50 } } })),
  });

export const jobQuery = (jobId: string) =>
  queryOptions({
    queryKey: [...consoleKeys.all, 'job', jobId] as const,
    queryFn: () => unwrap(api.GET('/api/jobs/{id}', { params: { path: { id: jobId } } })),
  });

export function moveApplication(id: string, body: Schemas['TransitionDto']): Promise<StaffDetail> {
  return unwrap(api.POST('/api/applications/{id}/transitions', { params: { path: { id } }, body }));
}

export function bulkMove(body: Schemas['BulkTransitionDto']): Promise<BulkResult[]> {
  return unwrap(api.POST('/api/applications/bulk-transitions', { body })).then((answer) => answer.results);
}

export function recordContact(id: string, body: Schemas['ContactDto']): Promise<StaffDetail> {
  return unwrap(api.POST('/api/applications/{id}/contacts', { params: { path: { id } }, body }));
}

export function replyToCandidate(id: string, body: Schemas['ReplyDto']): Promise<StaffDetail> {
  return unwrap(api.POST('/api/applications/{id}/replies', { params: { path: { id } }, body }));
}

export function markMessage(id: string, read: boolean): Promise<Message> {
  return unwrap(api.POST('/api/messages/{id}/read', { params: { path: { id } }, body: { read } }));
}

export function scheduleInterview(applicationId: string, body: ScheduleInterview): Promise<StaffDetail> {
  return unwrap(api.POST('/api/applications/{id}/interviews', { params: { path: { id: applicationId } }, body }));
}

export function rescheduleInterview(interviewId: string, body: Schemas['RescheduleInterviewDto']): Promise<StaffDetail> {
  return unwrap(api.PATCH('/api/interviews/{id}', { params: { path: { id: interviewId } }, body }));
}

export function cancelInterview(interviewId: string, version: number): Promise<StaffDetail> {
  return unwrap(api.DELETE('/api/interviews/{id}', { params: { path: { id: interviewId }, query: { version } } }));
}

export function completeInterview(interviewId: string, body: CompleteInterview): Promise<StaffDetail> {
  return unwrap(api.POST('/api/interviews/{id}/complete', { params: { path: { id: interviewId } }, body }));
}

export function interviewConflicts(query: {
  start: string;
  durationMinutes: number;
  excludeInterviewId?: string;
}): Promise<InterviewConflict[]> {
  return unwrap(api.GET('/api/interviews/conflicts', { params: { query } }));
}

/** The candidate's resume file, fetched with the session (a plain link would carry no token). */
export async function resumeFile(applicationId: string): Promise<Blob> {
  return unwrap(
    api.GET('/api/applications/{id}/resume-file', { params: { path: { id: applicationId } }, parseAs: 'blob' }),
  ) as Promise<Blob>;
}
