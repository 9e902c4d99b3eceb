import { describe, expect, it } from 'vitest';
import * as guidance from './index';

describe('@nextstep/guidance public API', () => {
  it('exports the functions and constants named in the issue', () => {
    for (const name of [
      'adviseFollowUp',
      'adviseThankYou',
      'followUpDueAt',
      'nextSendTime',
      'assessResumeFit',
      'companyResearchChecklist',
      'isValidTimeZone',
      'resolvePolicy',
    ] as const) {
      expect(typeof guidance[name]).toBe('function');
    }
    expect(guidance.DEFAULT_POLICY).toEqual({ followUpAfterDays: 14, thankYouWithinHours: 24, minDaysBetweenFollowUps: 7 });
    expect(guidance.BUSINESS_HOURS).toEqual({ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' });
  });

  it('keeps the advice codes stable: the API and web client depend on them', () => {
    expect(guidance.FOLLOW_UP_CODES).toEqual([
      'CLOSED',
      'OFFER_PENDING',
      'INTERVIEW_UPCOMING',
      'APPLICATION_STAGE',
      'WAIT_FOR_DECISION',
      'RECENTLY_FOLLOWED_UP',
      'FOLLOW_UP_NOW',
    ]);
    expect(guidance.THANK_YOU_CODES).toEqual(['CLOSED', 'NO_INTERVIEW_YET', 'ALREADY_THANKED', 'SEND_THANK_YOU']);
  });
});
