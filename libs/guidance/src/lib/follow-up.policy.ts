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

/** One row of the follow-up decision table. */
export interface FollowUpRule {
  readonly code: string;
  /** Whether the candidate may get in touch when this row decides. */
  readonly allowed: boolean;
  /** When the row applies, in words; libs/guidance/README.md shows it (a spec keeps the two equal). */
  readonly when: string;
}

/**
 * The follow-up decision table, in the order `adviseFollowUp` checks it: the
 * first row that applies decides. `adviseFollowUp` takes each answer's code
 * and `allowed` from here, so this list is the one place they are written.
 * A is the end of the latest held interview, or the employer's latest news
 * when that came after it.
 */
export const FOLLOW_UP_RULES = Object.freeze([
  { code: 'CLOSED', allowed: false, when: 'The stage is hired, rejected or withdrawn.' },
  { code: 'OFFER_PENDING', allowed: true, when: 'The candidate has an offer.' },
  { code: 'INTERVIEW_UPCOMING', allowed: false, when: 'An interview is still ahead or under way.' },
  { code: 'APPLICATION_STAGE', allowed: false, when: 'No interview has been held.' },
  {
    code: 'WAIT_FOR_DECISION',
    allowed: false,
    when: 'It is before `dueAt`: the later of A plus `followUpAfterDays` and the day after a decision date that falls after the interview.',
  },
  {
    code: 'RECENTLY_FOLLOWED_UP',
    allowed: false,
    when: 'The candidate followed up after A, less than `minDaysBetweenFollowUps` ago.',
  },
  { code: 'FOLLOW_UP_NOW', allowed: true, when: 'None of the rows above.' },
] as const satisfies readonly FollowUpRule[]);

export type FollowUpCode = (typeof FOLLOW_UP_RULES)[number]['code'];

export const FOLLOW_UP_CODES: readonly FollowUpCode[] = Object.freeze(FOLLOW_UP_RULES.map((rule) => rule.code));

/** The code and verdict of a row, as the table says. */
function decidedBy(code: FollowUpCode): { code: FollowUpCode; allowed: boolean } {
  const rule = FOLLOW_UP_RULES.find((row) => row.code === code);
  if (rule === undefined) throw new Error(`No follow-up rule ${code}`);
  return { code: rule.code, allowed: rule.allowed };
}

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
 * Applies the follow-up decision table, {@link FOLLOW_UP_RULES}: closed and
 * offer first, then nothing before an interview has been held, then wait for
 * `dueAt`, then space out repeated calls; the first row that applies wins.
 * The table with every condition is in libs/guidance/README.md.
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
    return { ...decidedBy('CLOSED'), message: followUpMessages.closed(f.stage), earliestAt: null, dueAt };
  }
  if (f.stage === 'offer') {
    return { ...decidedBy('OFFER_PENDING'), message: followUpMessages.offerPending(), earliestAt: null, dueAt };
  }
  if (upcomingInterviews(f, now).length > 0) {
    const projectedEnd = latestScheduledInterviewEnd(f);
    const earliestAt = projectedEnd === null ? null : followUpSchedule(projectedEnd, f, p).dueAt;
    return {
      ...decidedBy('INTERVIEW_UPCOMING'),
      message: followUpMessages.interviewUpcoming(),
      earliestAt,
      dueAt,
    };
  }
  if (schedule === null) {
    return {
      ...decidedBy('APPLICATION_STAGE'),
      message: followUpMessages.applicationStage(),
      earliestAt: null,
      dueAt: null,
    };
  }

  const t = now.getTime();
  if (t < schedule.dueAt.getTime()) {
    return {
      ...decidedBy('WAIT_FOR_DECISION'),
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
        ...decidedBy('RECENTLY_FOLLOWED_UP'),
        message: followUpMessages.recentlyFollowedUp(p.minDaysBetweenFollowUps),
        earliestAt: nextAllowed,
        dueAt: schedule.dueAt,
      };
    }
  }

  return {
    ...decidedBy('FOLLOW_UP_NOW'),
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
