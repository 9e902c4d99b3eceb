/*
 * The events the API writes to outbox_events (in the same transaction as the
 * change) and the worker relays, with each one's payload. Payloads carry ids
 * and times only, never personal data. The type names are stored in Postgres:
 * never rename one without migrating the rows.
 */

export interface OutboxPayloads {
  'interview.scheduled': { interviewId: string };
  'interview.rescheduled': { interviewId: string };
  'interview.cancelled': { interviewId: string };
  'interview.completed': { interviewId: string; completedAt?: string };
  'application.submitted': Record<string, never>;
  /** `notify: false` when the recruiter chose not to tell the candidate about this move. */
  'application.status_changed': { from: string; to: string; notify?: boolean };
  'application.contact_recorded': { contactedAt: string };
  'application.thank_you_sent': { messageId: string };
  'application.followed_up': { messageId: string };
  /** A recruiter answered the candidate from the console (the message is the answer). */
  'application.recruiter_replied': { messageId: string };
  'candidate.erased': { userId: string };
}

export type OutboxEventType = keyof OutboxPayloads;

export const OUTBOX_EVENT_TYPES = Object.freeze([
  'interview.scheduled',
  'interview.rescheduled',
  'interview.cancelled',
  'interview.completed',
  'application.submitted',
  'application.status_changed',
  'application.contact_recorded',
  'application.thank_you_sent',
  'application.followed_up',
  'application.recruiter_replied',
  'candidate.erased',
] as const satisfies readonly OutboxEventType[]);

/** One relayed event, its payload typed by its type. */
export type OutboxEventOf<T extends OutboxEventType = OutboxEventType> = {
  [K in T]: { id: string; type: K; applicationId: string | null; payload: OutboxPayloads[K] };
}[T];

/** Events that name one interview. */
export const INTERVIEW_EVENT_TYPES = Object.freeze([
  'interview.scheduled',
  'interview.rescheduled',
  'interview.cancelled',
  'interview.completed',
] as const satisfies readonly OutboxEventType[]);

export function interviewIdOf(event: OutboxEventOf): string | null {
  return (INTERVIEW_EVENT_TYPES as readonly string[]).includes(event.type) ? (event.payload as { interviewId: string }).interviewId : null;
}
