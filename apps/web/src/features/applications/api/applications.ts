import type { Schemas } from '@nextstep/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';

export type ApplicationSummary = Schemas['ApplicationSummaryDto'];
export type ApplicationDetail = Schemas['ApplicationDetailDto'];
export type Guidance = Schemas['GuidanceDto'];
export type SentMessage = Schemas['SentMessageDto'];
export type MessageKind = Schemas['FollowUpDto']['kind'];

// Under 'me': the app drops every 'me' query when the session ends, so nothing of one account outlives it.
export const applicationKeys = {
  all: ['me', 'applications'] as const,
  mine: () => [...applicationKeys.all, 'mine'] as const,
  detail: (id: string) => [...applicationKeys.all, id] as const,
  guidance: (id: string) => [...applicationKeys.all, id, 'guidance'] as const,
};

export const myApplicationsQuery = () =>
  queryOptions({
    queryKey: applicationKeys.mine(),
    queryFn: () => unwrap(api.GET('/api/me/applications')),
  });

export const applicationQuery = (id: string) =>
  queryOptions({
    queryKey: applicationKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/applications/{id}', { params: { path: { id } } })),
  });

/** The server's advice; read again each minute, since "not yet" turns into "now" with time alone. */
export const guidanceQuery = (id: string) =>
  queryOptions({
    queryKey: applicationKeys.guidance(id),
    queryFn: () => unwrap(api.GET('/api/applications/{id}/guidance', { params: { path: { id } } })),
    refetchInterval: 60_000,
  });

export function sendFollowUp(id: string, kind: MessageKind, body: string): Promise<SentMessage> {
  return unwrap(api.POST('/api/applications/{id}/follow-ups', { params: { path: { id } }, body: { kind, body } }));
}

export function applyToJob(jobId: string, body: Schemas['ApplyDto']): Promise<ApplicationDetail> {
  return unwrap(api.POST('/api/jobs/{id}/applications', { params: { path: { id: jobId } }, body }));
}

/** The interview's .ics, fetched with the session (a plain link would carry no token). */
export async function interviewCalendar(interviewId: string): Promise<Blob> {
  return unwrap(api.GET('/api/interviews/{id}/calendar.ics', { params: { path: { id: interviewId } }, parseAs: 'blob' })) as Promise<Blob>;
}

export function withdrawApplication(id: string, note?: string): Promise<ApplicationDetail> {
  return unwrap(api.POST('/api/applications/{id}/withdraw', { params: { path: { id } }, body: note ? { note } : {} }));
}
