import type { ApplicationStatus, InterviewStatus } from '@nextstep/db';
import type { OutboxEventOf, OutboxEventType } from '@nextstep/platform';
import { followUpDueAt, HOUR_MS, interviewEnd, isClosedStage, MINUTE_MS, nextSendTime, toApplicationFacts, type ApplicationFacts } from '@nextstep/guidance';
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

const REMINDER_LEAD_MS = 24 * HOUR_MS;

/**
 * What an e-mail is about, as its `dedupe_key`: never when it is due. A time
 * that moves after the e-mail went out (an interview completed after it was
 * recorded late, a new decision date) must not make it a new e-mail, so the
 * keys name the interview, the interview at one start time, the interview
 * version, or the follow-up cycle. The database's partial unique index over
 * pending and sent rows backs this: once one is sent, no second one exists.
 */
export const emailIdentity = {
  thankYouReminder: (interviewId: string): string => `thank_you_reminder:${interviewId}`,
  // Keyed by the reminder time, which is a function of the start time: one reminder per start time.
  interviewReminder: (interviewId: string, scheduledAt: Date): string =>
    `interview_reminder:${interviewId}:${new Date(scheduledAt.getTime() - REMINDER_LEAD_MS).toISOString()}`,
  interviewConfirmation: (interviewId: string, sequence: number): string => `interview_confirmation:${interviewId}:${sequence}`,
  interviewCancelled: (interviewId: string): string => `interview_cancelled:${interviewId}`,
  applicationReceived: (applicationId: string): string => `application_received:${applicationId}`,
  // Once per stage reached: moving back to screening after a called-off interview is not news twice.
  stageNews: (kind: StageNewsKind, applicationId: string): string => `${kind}:${applicationId}`,
  note: (kind: 'thank_you_note' | 'candidate_message' | 'recruiter_reply', noteId: string): string => `${kind}:${noteId}`,
  followUpReminder: (applicationId: string, cycle: FollowUpCycle): string =>
    `follow_up_reminder:${applicationId}:${cycle.kind === 'interview' ? `interview:${cycle.interviewId}` : `contact:${cycle.at.toISOString()}`}`,
};

/**
 * A follow-up cycle starts at the latest interview's end, or at a contact the
 * agency recorded after it. The interview is named by id, not by its end, so
 * completing or moving it stays in the same cycle.
 */
export type FollowUpCycle = { kind: 'interview'; interviewId: string } | { kind: 'contact'; at: Date };

export function followUpCycleOf(input: Pick<PlanInput, 'application' | 'interviews'>): FollowUpCycle | null {
  const latest = input.interviews
    .filter((interview) => interview.status !== 'cancelled')
    .reduce<PlannedInterview | null>((best, interview) => {
      if (!best) return interview;
      const diff = interviewEnd(interview).getTime() - interviewEnd(best).getTime();
      // Ties by id, so the same rows always name the same cycle.
      return diff > 0 || (diff === 0 && interview.id > best.id) ? interview : best;
    }, null);
  if (!latest) return null;
  const contact = input.application.lastEmployerContactAt;
  return contact && contact.getTime() > interviewEnd(latest).getTime() ? { kind: 'contact', at: contact } : { kind: 'interview', interviewId: latest.id };
}

/** One e-mail that should exist; `dedupeKey` names it across relays. */
export interface PlannedEmail {
  kind: EmailKind;
  interviewId: string | null;
  sendAt: Date;
  dedupeKey: string;
  /** The candidate's note it delivers (thank_you_note, candidate_message). */
  noteId?: string | null;
  /**
   * Sent as soon as it is planned (a notice, a confirmation, a note): relaying
   * its event again must not move it to the new "now" and replace the row.
   */
  immediate?: boolean;
}

/** Kinds whose rows are recomputed from the application on every event. */
export const RECOMPUTED_KINDS: readonly EmailKind[] = ['thank_you_reminder', 'follow_up_reminder', 'interview_reminder'];


export function factsOf(input: Pick<PlanInput, 'application' | 'interviews'>): ApplicationFacts {
  return toApplicationFacts(input.application, input.interviews);
}

/** The follow-up, thank-you and 24-hour reminder e-mails the application calls for right now. */
export function planRecomputedEmails(input: PlanInput): PlannedEmail[] {
  const { application, candidate, settings, now } = input;
  if (candidate.erased || isClosedStage(application.status)) return [];
  const planned: PlannedEmail[] = [];

  for (const interview of input.interviews) {
    if (interview.status === 'cancelled') continue;
    // One reminder per interview, whenever it ends: if the candidate already thanked after it, the processor skips it.
    const thankYouAt = new Date(interviewEnd(interview).getTime() + settings.thankYouDelayMinutes * MINUTE_MS);
    planned.push({ kind: 'thank_you_reminder', interviewId: interview.id, sendAt: thankYouAt, dedupeKey: emailIdentity.thankYouReminder(interview.id) });
    // "24 hours before" only makes sense when it is still ahead of us.
    const reminderAt = new Date(interview.scheduledAt.getTime() - REMINDER_LEAD_MS);
    if (interview.status === 'scheduled' && reminderAt.getTime() > now.getTime()) {
      planned.push({
        kind: 'interview_reminder',
        interviewId: interview.id,
        sendAt: reminderAt,
        dedupeKey: emailIdentity.interviewReminder(interview.id, interview.scheduledAt),
      });
    }
  }

  const due = followUpDueAt(factsOf(input), { followUpAfterDays: settings.followUpAfterDays });
  const cycle = followUpCycleOf(input);
  if (due && cycle) {
    const sendAt = settings.sendWindow === 'always' ? due : nextSendTime(due, candidate.timeZone);
    planned.push({
      kind: 'follow_up_reminder',
      interviewId: null,
      sendAt,
      // A new due date inside the cycle moves this e-mail; it never makes a second one.
      dedupeKey: emailIdentity.followUpReminder(application.id, cycle),
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
      immediate: true,
      // One notice per version of the interview: a second relay of the same change finds it.
      dedupeKey: emailIdentity.interviewConfirmation(interview.id, interview.sequence),
    };
  }
  if (eventType === 'interview.cancelled' && interview.status === 'cancelled') {
    return { kind: 'interview_cancelled', interviewId: interview.id, sendAt: now, immediate: true, dedupeKey: emailIdentity.interviewCancelled(interview.id) };
  }
  return null;
}

/** The stages a candidate must hear about, and the e-mail each sends. */
export const STAGE_NEWS = { screening: 'stage_screening', offer: 'stage_offer', rejected: 'stage_rejected', hired: 'stage_hired' } as const;
export type StageNewsKind = (typeof STAGE_NEWS)[keyof typeof STAGE_NEWS];

function isStageWithNews(stage: string): stage is keyof typeof STAGE_NEWS {
  return Object.hasOwn(STAGE_NEWS, stage);
}

/**
 * The one-off e-mails an event calls for, sent at once: the confirmation of
 * an application, the news of a stage the candidate must hear about (unless
 * the recruiter chose not to notify), and the candidate's own notes, which
 * go to the agency's people. Each is named by what it is about, so relaying
 * the event again finds it.
 */
export function planEventEmails(event: OutboxEventOf, input: Pick<PlanInput, 'candidate' | 'now' | 'application'>): PlannedEmail[] {
  if (input.candidate.erased) return [];
  const { application, now } = input;
  const once = (kind: EmailKind, dedupeKey: string, noteId: string | null = null): PlannedEmail[] => [{ kind, interviewId: null, sendAt: now, immediate: true, dedupeKey, noteId }];
  switch (event.type) {
    case 'application.submitted':
      return once('application_received', emailIdentity.applicationReceived(application.id));
    case 'application.status_changed': {
      const { to, notify } = event.payload;
      if (notify === false || !isStageWithNews(to)) return [];
      return once(STAGE_NEWS[to], emailIdentity.stageNews(STAGE_NEWS[to], application.id));
    }
    case 'application.thank_you_sent':
      return once('thank_you_note', emailIdentity.note('thank_you_note', event.payload.messageId), event.payload.messageId);
    case 'application.followed_up':
      return once('candidate_message', emailIdentity.note('candidate_message', event.payload.messageId), event.payload.messageId);
    case 'application.recruiter_replied':
      return once('recruiter_reply', emailIdentity.note('recruiter_reply', event.payload.messageId), event.payload.messageId);
    default:
      return [];
  }
}

/** A row of scheduled_emails that is still to be sent (`scheduled`) or being sent (`sending`). */
export interface PendingEmail {
  id: string;
  kind: string;
  interviewId: string | null;
  dedupeKey: string;
  sendAt: Date;
  status: 'scheduled' | 'sending';
}

export interface Reconciliation {
  cancel: Array<{ id: string; rescheduled: boolean }>;
  insert: PlannedEmail[];
}

/**
 * Makes the pending rows of one scope equal the plan. A row the plan no
 * longer has is cancelled. A row whose e-mail is planned at another time is
 * replaced (cancelled, and the same identity inserted at the new time), so a
 * row's time never changes and no woken job can send it early. An e-mail
 * sent as soon as it is planned keeps its row, and a row being sent right now
 * is left to finish: either way its identity is already on its way.
 * Planned e-mails already sent are not inserted again: the unique index
 * refuses them (ON CONFLICT DO NOTHING).
 */
export function reconcilePending(pending: readonly PendingEmail[], planned: readonly PlannedEmail[]): Reconciliation {
  const plannedByKey = new Map(planned.map((email) => [email.dedupeKey, email]));
  const kept = new Set<string>();
  const cancel: Reconciliation['cancel'] = [];
  for (const row of pending) {
    const wanted = plannedByKey.get(row.dedupeKey);
    if (wanted && (row.status === 'sending' || wanted.immediate || wanted.sendAt.getTime() === row.sendAt.getTime())) {
      kept.add(row.dedupeKey);
      continue;
    }
    const rescheduled = planned.some((email) => email.kind === row.kind && email.interviewId === row.interviewId);
    cancel.push({ id: row.id, rescheduled });
  }
  return { cancel, insert: planned.filter((email) => !kept.has(email.dedupeKey)) };
}

/** Why rows were cancelled or rescheduled, in words a recruiter reading the row understands. */
export function describeEvent(event: OutboxEventOf): string {
  switch (event.type) {
    case 'application.status_changed':
      return `the application moved to ${event.payload.to}`;
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
    case 'application.recruiter_replied':
      return 'the branch replied to the candidate';
    case 'candidate.erased':
      return 'the candidate erased their account';
    case 'application.submitted':
      return 'the candidate applied';
  }
}
