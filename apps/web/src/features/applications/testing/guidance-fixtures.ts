import {
  adviseFollowUp,
  adviseThankYou,
  type Advice,
  type ApplicationFacts,
  type FollowUpCode,
  type ThankYouCode,
} from '@nextstep/guidance';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Guidance } from '../api/applications';

/** Tuesday 2026-03-10, 10:00 AM in Denver (MDT, UTC-6). Tests fake only Date, at this instant. */
export const NOW = new Date('2026-03-10T16:00:00Z');

/** Each test of the file runs at NOW (only Date is faked, timers stay real); stubbed globals are undone after it. */
export function fakeDateAtNow(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);
const held = (endedAgo: number) => ({ scheduledAt: ago(endedAgo + HOUR), durationMinutes: 60, completedAt: ago(endedAgo) });

/**
 * Application facts that make the guidance library (the API's own rules)
 * answer each code; the advice texts in the tests are therefore the real ones.
 */
export const FOLLOW_UP_FACTS: Record<FollowUpCode, ApplicationFacts> = {
  CLOSED: { stage: 'rejected', appliedAt: ago(30 * DAY), interviews: [held(20 * DAY)] },
  OFFER_PENDING: { stage: 'offer', appliedAt: ago(30 * DAY), interviews: [held(10 * DAY)] },
  INTERVIEW_UPCOMING: {
    stage: 'interview_scheduled',
    appliedAt: ago(5 * DAY),
    interviews: [{ scheduledAt: new Date(NOW.getTime() + 2 * DAY), durationMinutes: 45 }],
  },
  APPLICATION_STAGE: { stage: 'applied', appliedAt: ago(2 * DAY), interviews: [] },
  WAIT_FOR_DECISION: { stage: 'interviewed', appliedAt: ago(10 * DAY), interviews: [held(3 * DAY)], thankYouSentAt: ago(3 * DAY - HOUR) },
  RECENTLY_FOLLOWED_UP: {
    stage: 'interviewed',
    appliedAt: ago(30 * DAY),
    interviews: [held(20 * DAY)],
    thankYouSentAt: ago(20 * DAY - HOUR),
    lastFollowUpAt: ago(2 * DAY),
  },
  FOLLOW_UP_NOW: { stage: 'interviewed', appliedAt: ago(30 * DAY), interviews: [held(20 * DAY)], thankYouSentAt: ago(20 * DAY - HOUR) },
};

export const THANK_YOU_FACTS: Record<ThankYouCode, ApplicationFacts> = {
  CLOSED: { stage: 'withdrawn', appliedAt: ago(30 * DAY), interviews: [held(2 * HOUR)] },
  NO_INTERVIEW_YET: {
    stage: 'interview_scheduled',
    appliedAt: ago(5 * DAY),
    interviews: [{ scheduledAt: new Date(NOW.getTime() + 2 * DAY), durationMinutes: 45 }],
  },
  ALREADY_THANKED: { stage: 'interviewed', appliedAt: ago(10 * DAY), interviews: [held(3 * DAY)], thankYouSentAt: ago(2 * DAY) },
  SEND_THANK_YOU: { stage: 'interviewed', appliedAt: ago(10 * DAY), interviews: [held(2 * HOUR)] },
};

const iso = <C extends string>(advice: Advice<C>) => ({
  ...advice,
  earliestAt: advice.earliestAt?.toISOString() ?? null,
  dueAt: advice.dueAt?.toISOString() ?? null,
});

export const DRAFT = [
  'Dear Pat Lee,',
  'Thank you for meeting with me on Tuesday, March 10, 2026 about the Forklift Operator position at Prairie Foods.',
  'Kind regards,',
  'Maria Lopez',
].join('\n\n');

export const RESEARCH_STEP = 'Look up what the company makes before the interview.';

/** The answer of GET /api/applications/:id/guidance for these facts, shaped as the API sends it. */
export function guidanceFor(facts: ApplicationFacts, overrides: Partial<Guidance> = {}): Guidance {
  const followUp = iso(adviseFollowUp(facts, NOW));
  const thankYou = iso(adviseThankYou(facts, NOW));
  const heldInterview = facts.interviews.some((i) => i.completedAt);
  return {
    stage: facts.stage,
    followUp,
    thankYou: {
      ...thankYou,
      withinHours: 24,
      interviewerName: heldInterview ? 'Pat Lee' : null,
      draft: thankYou.code === 'SEND_THANK_YOU' ? DRAFT : null,
    },
    candidateTimeZone: 'America/Denver',
    branch: {
      id: 'branch-1',
      name: 'Nextstep Joliet',
      phone: '+1 815-555-0142',
      email: 'joliet@nextstep.example',
      openingHours: 'Mon–Fri 8:00–17:00',
      timeZone: 'America/Chicago',
      windows: [{ weekdays: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }],
      openNow: true,
      opensAt: null,
    },
    resumeFit: { score: 1, matched: ['forklift'], missing: [] },
    companyResearch: [],
    // Like the API: its own steps first, then the advice that also sits next to its action.
    nextSteps: [RESEARCH_STEP, followUp.message, ...(thankYou.allowed ? [`${thankYou.message} Send it from this application.`] : [])],
    ...overrides,
  };
}
