/**
 * When may a candidate call the branch to ask about an application?
 * The agency's rule of thumb: never chase after merely applying; after an
 * interview, wait for the decision date (or two weeks) before calling.
 */
import {
  type Advice,
  type ApplicationFacts,
  type GuidancePolicy,
  addDays,
  assertValidDate,
  assertValidFacts,
  isClosedStage,
  latestHeldInterviewEnd,
  latestScheduledInterviewEnd,
  resolvePolicy,
  upcomingInterviews,
} from './application-facts';
import { type FollowUpBasis, followUpMessages } from './messages';

export type FollowUpCode =
  | 'CLOSED'
  | 'OFFER_PENDING'
  | 'INTERVIEW_UPCOMING'
  | 'APPLICATION_STAGE'
  | 'WAIT_FOR_DECISION'
  | 'RECENTLY_FOLLOWED_UP'
  | 'FOLLOW_UP_NOW';

export const FOLLOW_UP_CODES: readonly FollowUpCode[] = Object.freeze([
  'CLOSED',
  'OFFER_PENDING',
  'INTERVIEW_UPCOMING',
  'APPLICATION_STAGE',
  'WAIT_FOR_DECISION',
  'RECENTLY_FOLLOWED_UP',
  'FOLLOW_UP_NOW',
] as const);

export interface FollowUpSchedule {
  /** A: the later of the interview end and any employer contact after it. */
  anchor: Date;
  dueAt: Date;
  basis: FollowUpBasis;
}

/**
 * Row 5 of the decision table for a given interview end E:
 * A = max(E, lastEmployerContactAt when later than E);
 * dueAt = max(A + followUpAfterDays, decisionExpectedBy + 1 day when later than E).
 * A decision date at or before E is ignored: it was given before the latest
 * interview and has been overtaken by it.
 */
export function followUpSchedule(
  interviewEnd: Date,
  f: Pick<ApplicationFacts, 'lastEmployerContactAt' | 'decisionExpectedBy'>,
  policy: GuidancePolicy,
): FollowUpSchedule {
  const e = interviewEnd.getTime();
  const contact = f.lastEmployerContactAt;
  const contactAfterInterview = contact != null && contact.getTime() > e;
  const anchor = new Date(contactAfterInterview ? contact.getTime() : e);
  let dueAt = addDays(anchor, policy.followUpAfterDays);
  let basis: FollowUpBasis = contactAfterInterview ? 'employer_contact' : 'interview';
  const decision = f.decisionExpectedBy;
  if (decision != null && decision.getTime() > e) {
    const dayAfterDecision = addDays(decision, 1);
    if (dayAfterDecision.getTime() > dueAt.getTime()) {
      dueAt = dayAfterDecision;
      basis = 'decision_date';
    }
  }
  return { anchor, dueAt, basis };
}

/**
 * When a follow-up call becomes due, for scheduling reminders (there is no
 * `now`). Interviews marked completed count at `completedAt`; the others count
 * at their scheduled end, as if they take place as planned. So the answer
 * equals `adviseFollowUp(f, now).dueAt` once every interview has been held.
 * The candidate's own recent follow-ups are ignored: they can only push a
 * call later than this, never earlier.
 *
 * Returns `null` when there are no interviews, or when the stage is offer,
 * hired, rejected or withdrawn, because no reminder should be scheduled then.
 */
export function followUpDueAt(f: ApplicationFacts, policy?: Partial<GuidancePolicy>): Date | null {
  assertValidFacts(f);
  const p = resolvePolicy(policy);
  if (isClosedStage(f.stage) || f.stage === 'offer') return null;
  const end = latestScheduledInterviewEnd(f);
  return end === null ? null : followUpSchedule(end, f, p).dueAt;
}

/**
 * Applies the follow-up decision table (first matching row wins):
 * 1. hired/rejected/withdrawn → CLOSED; 2. offer → OFFER_PENDING (allowed);
 * 3. an interview not yet held → INTERVIEW_UPCOMING; 4. no held interview →
 * APPLICATION_STAGE; 5. before dueAt → WAIT_FOR_DECISION; 6. within
 * minDaysBetweenFollowUps of a follow-up made after A → RECENTLY_FOLLOWED_UP;
 * 7. otherwise FOLLOW_UP_NOW (allowed).
 *
 * For INTERVIEW_UPCOMING, `earliestAt` is the due date projected as if the
 * upcoming interviews take place as scheduled (the same value as
 * {@link followUpDueAt}). The interview's own end would be the wrong answer:
 * the candidate sends a thank-you then, but must still wait before calling.
 *
 * @throws RangeError for an invalid `now`, invalid facts or an invalid policy.
 */
export function adviseFollowUp(
  f: ApplicationFacts,
  now: Date,
  policy?: Partial<GuidancePolicy>,
): Advice<FollowUpCode> {
  assertValidDate(now, 'now');
  assertValidFacts(f);
  const p = resolvePolicy(policy);

  const heldEnd = latestHeldInterviewEnd(f, now);
  const schedule = heldEnd === null ? null : followUpSchedule(heldEnd, f, p);
  const dueAt = schedule === null ? null : schedule.dueAt;

  if (isClosedStage(f.stage)) {
    return { allowed: false, code: 'CLOSED', message: followUpMessages.closed(f.stage), earliestAt: null, dueAt };
  }
  if (f.stage === 'offer') {
    return { allowed: true, code: 'OFFER_PENDING', message: followUpMessages.offerPending(), earliestAt: null, dueAt };
  }
  if (upcomingInterviews(f, now).length > 0) {
    const projectedEnd = latestScheduledInterviewEnd(f);
    const earliestAt = projectedEnd === null ? null : followUpSchedule(projectedEnd, f, p).dueAt;
    return {
      allowed: false,
      code: 'INTERVIEW_UPCOMING',
      message: followUpMessages.interviewUpcoming(),
      earliestAt,
      dueAt,
    };
  }
  if (schedule === null) {
    return {
      allowed: false,
      code: 'APPLICATION_STAGE',
      message: followUpMessages.applicationStage(),
      earliestAt: null,
      dueAt: null,
    };
  }

  const t = now.getTime();
  if (t < schedule.dueAt.getTime()) {
    return {
      allowed: false,
      code: 'WAIT_FOR_DECISION',
      message: followUpMessages.waitForDecision(schedule.basis, p.followUpAfterDays),
      earliestAt: schedule.dueAt,
      dueAt: schedule.dueAt,
    };
  }

  const last = f.lastFollowUpAt;
  if (last != null && last.getTime() > schedule.anchor.getTime()) {
    const nextAllowed = addDays(last, p.minDaysBetweenFollowUps);
    if (t < nextAllowed.getTime()) {
      return {
        allowed: false,
        code: 'RECENTLY_FOLLOWED_UP',
        message: followUpMessages.recentlyFollowedUp(p.minDaysBetweenFollowUps),
        earliestAt: nextAllowed,
        dueAt: schedule.dueAt,
      };
    }
  }

  return {
    allowed: true,
    code: 'FOLLOW_UP_NOW',
    message: followUpMessages.followUpNow(schedule.basis, p.followUpAfterDays),
    earliestAt: null,
    dueAt: schedule.dueAt,
  };
}

/**
 * The agency owes a candidate news when their follow-up date is this close
 * (or past): tell them where they stand before they have to call.
 */
export const OWED_NEWS_WITHIN_DAYS = 4;
