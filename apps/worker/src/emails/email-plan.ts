import type { ApplicationStatus, InterviewStatus, OutboxEventType } from '@nextstep/db';
import { followUpDueAt, HOUR_MS, interviewEnd, isClosedStage, MINUTE_MS, nextSendTime, type ApplicationFacts } from '@nextstep/guidance';
import type { EmailKind } from '@nextstep/mail';

/*
 * What the candidate's scheduled e-mails should be, worked out from the
 * application as it is now (not from the event alone). Relaying an event
 * twice, or two events in either order, therefore ends in the same rows.
 */

export interface PlannedInterview {
  id: string;
  scheduledAt: Date;
  durationMinutes: number;
  status: InterviewStatus;
  completedAt: Date | null;
  sequence: number;
}

export interface PlanInput {
  application: {
    id: string;
    status: ApplicationStatus;
    appliedAt: Date;
    lastEmployerContactAt: Date | null;
    decisionExpectedBy: Date | null;
    thankYouSentAt: Date | null;
    lastFollowUpAt: Date | null;
  };
  interviews: PlannedInterview[];
  candidate: { timeZone: string; erased: boolean };
  settings: { followUpAfterDays: number; thankYouDelayMinutes: number; sendWindow: 'business-hours' | 'always' };
  now: Date;
}

/** One e-mail that should exist; `dedupeKey` names it across relays. */
export interface PlannedEmail {
  kind: EmailKind;
  interviewId: string | null;
  sendAt: Date;
  dedupeKey: string;
}

/** Kinds whose rows are recomputed from the application on every event. */
export const RECOMPUTED_KINDS: readonly EmailKind[] = ['thank_you_reminder', 'follow_up_reminder', 'interview_reminder'];

const REMINDER_LEAD_MS = 24 * HOUR_MS;

export function factsOf(input: Pick<PlanInput, 'application' | 'interviews'>): ApplicationFacts {
  const { application } = input;
  return {
    stage: application.status,
    appliedAt: application.appliedAt,
    // A cancelled interview never happened, for the guidance as for the API.
    interviews: input.interviews
      .filter((interview) => interview.status !== 'cancelled')
      .map((interview) => ({ scheduledAt: interview.scheduledAt, durationMinutes: interview.durationMinutes, completedAt: interview.completedAt })),
    lastEmployerContactAt: application.lastEmployerContactAt,
    decisionExpectedBy: application.decisionExpectedBy,
    thankYouSentAt: application.thankYouSentAt,
    lastFollowUpAt: application.lastFollowUpAt,
  };
}

/** The follow-up, thank-you and 24-hour reminder e-mails the application calls for right now. */
export function planRecomputedEmails(input: PlanInput): PlannedEmail[] {
  const { application, candidate, settings, now } = input;
  if (candidate.erased || isClosedStage(application.status)) return [];
  const planned: PlannedEmail[] = [];

  for (const interview of input.interviews) {
    if (interview.status === 'cancelled') continue;
    // One reminder per interview end: if the candidate already thanked after it, the processor skips it.
    const thankYouAt = new Date(interviewEnd(interview).getTime() + settings.thankYouDelayMinutes * MINUTE_MS);
    planned.push({
      kind: 'thank_you_reminder',
      interviewId: interview.id,
      sendAt: thankYouAt,
      dedupeKey: `thank_you_reminder:${interview.id}:${thankYouAt.toISOString()}`,
    });
    // "24 hours before" only makes sense when it is still ahead of us.
    const reminderAt = new Date(interview.scheduledAt.getTime() - REMINDER_LEAD_MS);
    if (interview.status === 'scheduled' && reminderAt.getTime() > now.getTime()) {
      planned.push({
        kind: 'interview_reminder',
        interviewId: interview.id,
        sendAt: reminderAt,
        dedupeKey: `interview_reminder:${interview.id}:${reminderAt.toISOString()}`,
      });
    }
  }

  const due = followUpDueAt(factsOf(input), { followUpAfterDays: settings.followUpAfterDays });
  if (due) {
    const sendAt = settings.sendWindow === 'always' ? due : nextSendTime(due, candidate.timeZone);
    planned.push({
      kind: 'follow_up_reminder',
      interviewId: null,
      sendAt,
      // Keyed by the due time: once the reminder for a due time went out, relaying again adds nothing.
      dedupeKey: `follow_up_reminder:${application.id}:${sendAt.toISOString()}`,
    });
  }
  return planned;
}

/** Confirmation or cancellation notices that a single interview event calls for. */
export function planInterviewNotice(
  eventType: OutboxEventType,
  interview: PlannedInterview | undefined,
  input: Pick<PlanInput, 'candidate' | 'now' | 'application'>,
): PlannedEmail | null {
  if (!interview || input.candidate.erased) return null;
  const { now } = input;
  if ((eventType === 'interview.scheduled' || eventType === 'interview.rescheduled') && interview.status === 'scheduled') {
    if (isClosedStage(input.application.status)) return null;
    // An interview recorded after it took place needs no invitation.
    if (interviewEnd(interview).getTime() <= now.getTime()) return null;
    return {
      kind: 'interview_confirmation',
      interviewId: interview.id,
      sendAt: now,
      // One notice per version of the interview: a second relay of the same change finds it.
      dedupeKey: `interview_confirmation:${interview.id}:${interview.sequence}`,
    };
  }
  if (eventType === 'interview.cancelled' && interview.status === 'cancelled') {
    return { kind: 'interview_cancelled', interviewId: interview.id, sendAt: now, dedupeKey: `interview_cancelled:${interview.id}` };
  }
  return null;
}

/** Why rows were cancelled or rescheduled, in words a recruiter reading the row understands. */
export function describeEvent(type: OutboxEventType, payload: Record<string, unknown>): string {
  switch (type) {
    case 'application.status_changed':
      return `the application moved to ${String(payload['to'] ?? 'another stage')}`;
    case 'application.contact_recorded':
      return 'the agency recorded a contact with the candidate';
    case 'interview.scheduled':
      return 'a new interview was scheduled';
    case 'interview.rescheduled':
      return 'the interview was moved';
    case 'interview.cancelled':
      return 'the interview was cancelled';
    case 'interview.completed':
      return 'the interview was marked completed';
    case 'application.thank_you_sent':
      return 'the candidate sent a thank-you note';
    case 'application.followed_up':
      return 'the candidate followed up';
    case 'candidate.erased':
      return 'the candidate erased their account';
  }
}
