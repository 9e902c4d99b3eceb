/**
 * Should the candidate send a thank-you note? After every interview, yes:
 * skipping it lowers their chances, and sending it late still beats not at all.
 */
import {
  type Advice,
  type ApplicationFacts,
  type GuidancePolicy,
  addHours,
  assertValidDate,
  assertValidFacts,
  isClosedStage,
  latestHeldInterviewEnd,
  nextUpcomingInterviewEnd,
  resolvePolicy,
} from './application-facts';
import type { FollowUpRule } from './follow-up.policy';
import { thankYouMessages } from './messages';

/**
 * The thank-you answers in the order `adviseThankYou` checks them, with what
 * each means (the API's OpenAPI document quotes `when` for the refusals).
 */
export const THANK_YOU_RULES = Object.freeze([
  { code: 'CLOSED', allowed: false, when: 'The stage is hired, rejected or withdrawn.' },
  { code: 'NO_INTERVIEW_YET', allowed: false, when: 'No interview has been held yet.' },
  { code: 'ALREADY_THANKED', allowed: false, when: 'The candidate has sent a thank-you note since the latest held interview ended.' },
  { code: 'SEND_THANK_YOU', allowed: true, when: 'None of the rows above (also once `dueAt` has passed).' },
] as const satisfies readonly FollowUpRule[]);

export type ThankYouCode = (typeof THANK_YOU_RULES)[number]['code'];

export const THANK_YOU_CODES: readonly ThankYouCode[] = Object.freeze(THANK_YOU_RULES.map((rule) => rule.code));

/**
 * 1. hired/rejected/withdrawn → CLOSED; 2. no held interview → NO_INTERVIEW_YET;
 * 3. thankYouSentAt at or after E → ALREADY_THANKED; 4. otherwise SEND_THANK_YOU
 * (allowed, also when `dueAt` = E + thankYouWithinHours has passed).
 *
 * `dueAt` is E + thankYouWithinHours whenever a held interview exists.
 * For NO_INTERVIEW_YET and ALREADY_THANKED, `earliestAt` is the end of the next
 * interview not yet held (a new note is due after it), else `null`.
 *
 * @throws RangeError for an invalid `now`, invalid facts or an invalid policy.
 */
export function adviseThankYou(
  f: ApplicationFacts,
  now: Date,
  policy?: Partial<GuidancePolicy>,
): Advice<ThankYouCode> {
  assertValidDate(now, 'now');
  assertValidFacts(f);
  const p = resolvePolicy(policy);

  const heldEnd = latestHeldInterviewEnd(f, now);
  const dueAt = heldEnd === null ? null : addHours(heldEnd, p.thankYouWithinHours);

  if (isClosedStage(f.stage)) {
    return { allowed: false, code: 'CLOSED', message: thankYouMessages.closed(), earliestAt: null, dueAt };
  }
  if (heldEnd === null || dueAt === null) {
    return {
      allowed: false,
      code: 'NO_INTERVIEW_YET',
      message: thankYouMessages.noInterviewYet(),
      earliestAt: nextUpcomingInterviewEnd(f, now),
      dueAt: null,
    };
  }
  const sent = f.thankYouSentAt;
  if (sent != null && sent.getTime() >= heldEnd.getTime()) {
    return {
      allowed: false,
      code: 'ALREADY_THANKED',
      message: thankYouMessages.alreadyThanked(),
      earliestAt: nextUpcomingInterviewEnd(f, now),
      dueAt,
    };
  }
  const late = now.getTime() > dueAt.getTime();
  return {
    allowed: true,
    code: 'SEND_THANK_YOU',
    message: late
      ? thankYouMessages.sendThankYouLate(p.thankYouWithinHours)
      : thankYouMessages.sendThankYou(p.thankYouWithinHours),
    earliestAt: null,
    dueAt,
  };
}
