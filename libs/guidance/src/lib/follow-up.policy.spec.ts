import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, facts, interview, ms } from '../testing/application-facts.factory';
import {
  APPLICATION_STAGES,
  type ApplicationFacts,
  type ApplicationStage,
  CLOSED_STAGES,
  DAY_MS,
  type InterviewFact,
} from './application-facts';
import { type FollowUpCode, adviseFollowUp, followUpDueAt } from './follow-up.policy';

// One interview on Monday 2 March 2026, 14:00-15:00 UTC.
const INTERVIEW = interview('2026-03-02T14:00:00Z', 60);
const E = at('2026-03-02T15:00:00Z');
const DUE = at('2026-03-16T15:00:00Z'); // E + 14 days
const interviewed = (overrides: Partial<ApplicationFacts> = {}) =>
  facts({ stage: 'interviewed', interviews: [INTERVIEW], ...overrides });

describe('adviseFollowUp: decision table', () => {
  describe('row 1: closed stages', () => {
    it.each(CLOSED_STAGES)('%s is closed, even when a follow-up would otherwise be due', (stage) => {
      const advice = adviseFollowUp(interviewed({ stage }), ms(DUE, DAY_MS));
      expect(advice).toMatchObject({ allowed: false, code: 'CLOSED', earliestAt: null });
      expect(advice.dueAt).toEqual(DUE);
    });

    it('wins over an upcoming interview and has no dueAt without a held interview', () => {
      const advice = adviseFollowUp(
        facts({ stage: 'withdrawn', interviews: [interview('2026-04-01T10:00:00Z')] }),
        at('2026-03-20T00:00:00Z'),
      );
      expect(advice).toMatchObject({ allowed: false, code: 'CLOSED', dueAt: null, earliestAt: null });
    });

    it('says why, per stage', () => {
      expect(adviseFollowUp(facts({ stage: 'hired' }), E).message).toMatch(/congratulations/i);
      expect(adviseFollowUp(facts({ stage: 'withdrawn' }), E).message).toMatch(/withdrew/i);
    });
  });

  describe('row 2: offer', () => {
    it('is allowed at once, even right after applying', () => {
      const advice = adviseFollowUp(facts({ stage: 'offer' }), at('2026-02-21T00:00:00Z'));
      expect(advice).toMatchObject({ allowed: true, code: 'OFFER_PENDING', earliestAt: null, dueAt: null });
    });

    it('is allowed before dueAt and with an upcoming interview, and still reports dueAt', () => {
      const advice = adviseFollowUp(
        interviewed({ stage: 'offer', interviews: [INTERVIEW, interview('2026-03-05T10:00:00Z')] }),
        at('2026-03-03T00:00:00Z'),
      );
      expect(advice).toMatchObject({ allowed: true, code: 'OFFER_PENDING', dueAt: DUE });
    });
  });

  describe('row 3: an interview not yet held', () => {
    it('blocks and projects the due date after the upcoming interview', () => {
      const advice = adviseFollowUp(
        facts({ stage: 'interview_scheduled', interviews: [interview('2026-03-10T09:00:00Z', 45)] }),
        at('2026-03-03T12:00:00Z'),
      );
      expect(advice).toMatchObject({ allowed: false, code: 'INTERVIEW_UPCOMING', dueAt: null });
      expect(advice.earliestAt).toEqual(at('2026-03-24T09:45:00Z'));
      expect(advice.message).toMatch(/next steps/i);
    });

    it('blocks while an interview is in progress (one millisecond before its scheduled end)', () => {
      const advice = adviseFollowUp(interviewed({ lastFollowUpAt: null }), ms(E, -1));
      expect(advice.code).toBe('INTERVIEW_UPCOMING');
      expect(advice.earliestAt).toEqual(DUE);
    });

    it('counts the interview as held exactly at its scheduled end', () => {
      const advice = adviseFollowUp(interviewed(), E);
      expect(advice).toMatchObject({ code: 'WAIT_FOR_DECISION', earliestAt: DUE, dueAt: DUE });
    });

    it('counts an interview marked completed as held even before its scheduled end', () => {
      const early = interview('2026-03-02T14:00:00Z', 60, '2026-03-02T14:40:00Z');
      const advice = adviseFollowUp(interviewed({ interviews: [early] }), at('2026-03-02T14:41:00Z'));
      expect(advice.code).toBe('WAIT_FOR_DECISION');
      expect(advice.dueAt).toEqual(at('2026-03-16T14:40:00Z'));
    });

    it('blocks a follow-up that is overdue for an earlier interview, keeping that dueAt', () => {
      const second = interview('2026-04-01T10:00:00Z', 30);
      const advice = adviseFollowUp(interviewed({ interviews: [INTERVIEW, second] }), at('2026-03-30T00:00:00Z'));
      expect(advice).toMatchObject({ allowed: false, code: 'INTERVIEW_UPCOMING', dueAt: DUE });
      expect(advice.earliestAt).toEqual(at('2026-04-15T10:30:00Z'));
    });
  });

  describe('row 4: no held interview', () => {
    it.each<ApplicationStage>(['applied', 'screening', 'interviewed'])(
      '%s without interviews is the application stage and never allowed',
      (stage) => {
        const advice = adviseFollowUp(facts({ stage }), at('2026-06-01T00:00:00Z'));
        expect(advice).toEqual({
          allowed: false,
          code: 'APPLICATION_STAGE',
          message: expect.any(String),
          earliestAt: null,
          dueAt: null,
        });
      },
    );

    it('explains why chasing hurts and points to the resume and cover letter', () => {
      const { message } = adviseFollowUp(facts(), at('2026-03-01T00:00:00Z'));
      expect(message).toMatch(/resume/i);
      expect(message).toMatch(/cover letter/i);
      expect(message).toMatch(/interview/i);
      expect(message).not.toMatch(/call the branch/i);
    });

    it('ignores employer contact and decision dates while nothing has been held', () => {
      const advice = adviseFollowUp(
        facts({ lastEmployerContactAt: at('2026-02-22T00:00:00Z'), decisionExpectedBy: at('2026-02-25T00:00:00Z') }),
        at('2026-05-01T00:00:00Z'),
      );
      expect(advice.code).toBe('APPLICATION_STAGE');
    });
  });

  describe('row 5: waiting for the decision', () => {
    it('waits until exactly dueAt: one millisecond before is WAIT_FOR_DECISION', () => {
      const before = adviseFollowUp(interviewed(), ms(DUE, -1));
      expect(before).toMatchObject({ allowed: false, code: 'WAIT_FOR_DECISION', earliestAt: DUE, dueAt: DUE });
      const onTime = adviseFollowUp(interviewed(), DUE);
      expect(onTime).toMatchObject({ allowed: true, code: 'FOLLOW_UP_NOW', earliestAt: null, dueAt: DUE });
    });

    it('uses exact 24-hour days, not calendar days, across a DST change', () => {
      // 14 days after 2026-03-02 crosses the US spring-forward; dueAt stays at 15:00 UTC.
      expect(adviseFollowUp(interviewed(), E).dueAt?.toISOString()).toBe('2026-03-16T15:00:00.000Z');
    });

    it('moves dueAt to the day after a decision date that comes later than E + 14 days', () => {
      const decisionExpectedBy = at('2026-03-20T12:00:00Z');
      const due = at('2026-03-21T12:00:00Z');
      const advice = adviseFollowUp(interviewed({ decisionExpectedBy }), ms(due, -1));
      expect(advice).toMatchObject({ code: 'WAIT_FOR_DECISION', earliestAt: due, dueAt: due });
      expect(advice.message).toMatch(/date/i);
      expect(adviseFollowUp(interviewed({ decisionExpectedBy }), due).code).toBe('FOLLOW_UP_NOW');
    });

    it('keeps E + 14 days when the decision date is sooner (the later of the two wins)', () => {
      const advice = adviseFollowUp(interviewed({ decisionExpectedBy: at('2026-03-05T00:00:00Z') }), E);
      expect(advice.dueAt).toEqual(DUE);
    });

    it('ignores a decision date at or before E (it was given before the latest interview)', () => {
      const policy = { followUpAfterDays: 0 };
      for (const decisionExpectedBy of [ms(E, -60_000), E]) {
        // Counted, it would push dueAt to decisionExpectedBy + 1 day.
        const advice = adviseFollowUp(interviewed({ decisionExpectedBy }), E, policy);
        expect(advice).toMatchObject({ code: 'FOLLOW_UP_NOW', dueAt: E });
      }
      const counted = adviseFollowUp(interviewed({ decisionExpectedBy: ms(E, 1) }), E, policy);
      expect(counted).toMatchObject({ code: 'WAIT_FOR_DECISION', dueAt: ms(E, DAY_MS + 1) });
    });

    it('restarts the wait from employer contact after E', () => {
      const lastEmployerContactAt = at('2026-03-10T08:00:00Z');
      const due = at('2026-03-24T08:00:00Z');
      const advice = adviseFollowUp(interviewed({ lastEmployerContactAt }), DUE);
      expect(advice).toMatchObject({ code: 'WAIT_FOR_DECISION', earliestAt: due, dueAt: due });
      expect(advice.message).toMatch(/heard from the employer/i);
      expect(adviseFollowUp(interviewed({ lastEmployerContactAt }), due).code).toBe('FOLLOW_UP_NOW');
    });

    it('ignores employer contact at or before E', () => {
      for (const lastEmployerContactAt of [at('2026-02-25T00:00:00Z'), E]) {
        const advice = adviseFollowUp(interviewed({ lastEmployerContactAt }), DUE);
        expect(advice).toMatchObject({ code: 'FOLLOW_UP_NOW', dueAt: DUE });
        expect(advice.message).toMatch(/since your interview/);
      }
    });

    it('takes the later of contact + 14 days and decision + 1 day', () => {
      const lastEmployerContactAt = at('2026-03-10T08:00:00Z'); // + 14 d = 03-24 08:00
      const later = adviseFollowUp(
        interviewed({ lastEmployerContactAt, decisionExpectedBy: at('2026-03-25T00:00:00Z') }),
        E,
      );
      expect(later.dueAt).toEqual(at('2026-03-26T00:00:00Z'));
      const sooner = adviseFollowUp(
        interviewed({ lastEmployerContactAt, decisionExpectedBy: at('2026-03-12T00:00:00Z') }),
        E,
      );
      expect(sooner.dueAt).toEqual(at('2026-03-24T08:00:00Z'));
    });
  });

  describe('row 6: recently followed up', () => {
    const lastFollowUpAt = at('2026-03-17T10:00:00Z'); // after dueAt, so after A
    const nextAllowed = at('2026-03-24T10:00:00Z');

    it('blocks until exactly lastFollowUpAt + 7 days', () => {
      const before = adviseFollowUp(interviewed({ lastFollowUpAt }), ms(nextAllowed, -1));
      expect(before).toMatchObject({
        allowed: false,
        code: 'RECENTLY_FOLLOWED_UP',
        earliestAt: nextAllowed,
        dueAt: DUE,
      });
      const onTime = adviseFollowUp(interviewed({ lastFollowUpAt }), nextAllowed);
      expect(onTime).toMatchObject({ allowed: true, code: 'FOLLOW_UP_NOW', dueAt: DUE });
    });

    it('does not apply before dueAt: WAIT_FOR_DECISION comes first', () => {
      const advice = adviseFollowUp(interviewed({ lastFollowUpAt: at('2026-03-05T00:00:00Z') }), ms(DUE, -1));
      expect(advice.code).toBe('WAIT_FOR_DECISION');
    });

    it('applies to a follow-up made after E but before dueAt', () => {
      const early = at('2026-03-12T00:00:00Z');
      const advice = adviseFollowUp(interviewed({ lastFollowUpAt: early }), DUE);
      expect(advice).toMatchObject({ code: 'RECENTLY_FOLLOWED_UP', earliestAt: at('2026-03-19T00:00:00Z') });
    });

    it('ignores a follow-up at or before A (the interview, or later employer contact)', () => {
      // A long gap between follow-ups, so only the "later than A" test can let these through.
      const policy = { minDaysBetweenFollowUps: 30 };
      expect(adviseFollowUp(interviewed({ lastFollowUpAt: E }), DUE, policy).code).toBe('FOLLOW_UP_NOW');
      expect(adviseFollowUp(interviewed({ lastFollowUpAt: ms(E, 1) }), DUE, policy).code).toBe('RECENTLY_FOLLOWED_UP');
      expect(adviseFollowUp(interviewed({ lastFollowUpAt: at('2026-02-25T00:00:00Z') }), DUE, policy).code).toBe(
        'FOLLOW_UP_NOW',
      );
      const contact = at('2026-03-10T08:00:00Z');
      const now = at('2026-03-24T08:00:00Z');
      const advice = adviseFollowUp(
        interviewed({ lastEmployerContactAt: contact, lastFollowUpAt: at('2026-03-09T00:00:00Z') }),
        now,
      );
      expect(advice.code).toBe('FOLLOW_UP_NOW');
    });
  });

  describe('row 7: follow up now', () => {
    it('is allowed and tells the candidate to call the branch', () => {
      const advice = adviseFollowUp(interviewed(), at('2026-04-01T00:00:00Z'));
      expect(advice).toMatchObject({ allowed: true, code: 'FOLLOW_UP_NOW', earliestAt: null, dueAt: DUE });
      expect(advice.message).toMatch(/call the branch/i);
      expect(advice.message).toContain('14 days');
    });
  });
});

describe('adviseFollowUp: several interviews', () => {
  const first = interview('2026-03-02T14:00:00Z', 60);
  const second = interview('2026-03-09T10:00:00Z', 90); // ends 11:30
  const secondDue = at('2026-03-23T11:30:00Z');

  it('uses the latest held interview, whatever the list order', () => {
    for (const interviews of [
      [first, second],
      [second, first],
    ]) {
      const advice = adviseFollowUp(interviewed({ interviews }), at('2026-03-20T00:00:00Z'));
      expect(advice).toMatchObject({ code: 'WAIT_FOR_DECISION', dueAt: secondDue, earliestAt: secondDue });
    }
  });

  it('uses completedAt over the scheduled end, even when it ran late', () => {
    const overran = interview('2026-03-09T10:00:00Z', 90, '2026-03-09T12:15:00Z');
    const advice = adviseFollowUp(interviewed({ interviews: [first, overran] }), at('2026-03-20T00:00:00Z'));
    expect(advice.dueAt).toEqual(at('2026-03-23T12:15:00Z'));
  });

  it('is blocked by a future interview even when the earlier one is long overdue', () => {
    const future = interview('2026-05-01T10:00:00Z');
    const advice = adviseFollowUp(interviewed({ interviews: [first, second, future] }), at('2026-04-20T00:00:00Z'));
    expect(advice).toMatchObject({ code: 'INTERVIEW_UPCOMING', dueAt: secondDue });
  });
});

describe('adviseFollowUp: policy', () => {
  it('applies overrides and keeps the other defaults', () => {
    const policy = { followUpAfterDays: 10 };
    const due = ms(E, 10 * DAY_MS);
    expect(adviseFollowUp(interviewed(), ms(due, -1), policy)).toMatchObject({ code: 'WAIT_FOR_DECISION', dueAt: due });
    const lastFollowUpAt = ms(due, 1000);
    expect(adviseFollowUp(interviewed({ lastFollowUpAt }), ms(lastFollowUpAt, 7 * DAY_MS - 1), policy).code).toBe(
      'RECENTLY_FOLLOWED_UP',
    );
  });

  it('applies minDaysBetweenFollowUps and mentions the numbers in the messages', () => {
    const lastFollowUpAt = ms(DUE, 1000);
    const policy = { minDaysBetweenFollowUps: 3 };
    const advice = adviseFollowUp(interviewed({ lastFollowUpAt }), ms(lastFollowUpAt, DAY_MS), policy);
    expect(advice).toMatchObject({ code: 'RECENTLY_FOLLOWED_UP', earliestAt: ms(lastFollowUpAt, 3 * DAY_MS) });
    expect(advice.message).toContain('3 days');
    expect(adviseFollowUp(interviewed(), E, { followUpAfterDays: 1 }).message).toContain('1 day');
  });

  it.each([
    ['followUpAfterDays', -1],
    ['thankYouWithinHours', Number.NaN],
    ['minDaysBetweenFollowUps', Number.POSITIVE_INFINITY],
  ])('rejects %s = %s with a RangeError naming the field', (field, value) => {
    expect(() => adviseFollowUp(interviewed(), E, { [field]: value })).toThrow(RangeError);
    expect(() => adviseFollowUp(interviewed(), E, { [field]: value })).toThrow(field);
  });
});

describe('adviseFollowUp: bad input', () => {
  it('rejects an invalid now or invalid facts instead of advising on NaN', () => {
    expect(() => adviseFollowUp(interviewed(), new Date('nope'))).toThrow(RangeError);
    expect(() => adviseFollowUp(interviewed({ decisionExpectedBy: new Date('nope') }), E)).toThrow(
      'decisionExpectedBy',
    );
    expect(() =>
      adviseFollowUp(interviewed({ interviews: [{ scheduledAt: E, durationMinutes: -5 }] }), E),
    ).toThrow('interviews[0].durationMinutes');
  });
});

describe('followUpDueAt', () => {
  it('is null without interviews, and for offer and closed stages', () => {
    expect(followUpDueAt(facts())).toBeNull();
    for (const stage of ['offer', ...CLOSED_STAGES] as const) {
      expect(followUpDueAt(interviewed({ stage }))).toBeNull();
    }
  });

  it('projects interviews not yet completed at their scheduled end', () => {
    const upcoming = interview('2026-04-01T10:00:00Z', 30);
    expect(followUpDueAt(interviewed({ interviews: [INTERVIEW, upcoming] }))).toEqual(at('2026-04-15T10:30:00Z'));
  });

  it('applies decision date, employer contact and policy like adviseFollowUp', () => {
    expect(followUpDueAt(interviewed({ decisionExpectedBy: at('2026-03-20T12:00:00Z') }))).toEqual(
      at('2026-03-21T12:00:00Z'),
    );
    expect(followUpDueAt(interviewed({ lastEmployerContactAt: at('2026-03-10T08:00:00Z') }))).toEqual(
      at('2026-03-24T08:00:00Z'),
    );
    expect(followUpDueAt(interviewed(), { followUpAfterDays: 2 })).toEqual(ms(E, 2 * DAY_MS));
  });
});

// ---- properties -------------------------------------------------------------

const T0 = Date.UTC(2026, 0, 1);
const SPAN = 120 * DAY_MS;
const instant = fc.integer({ min: T0, max: T0 + SPAN }).map((t) => new Date(t));
const maybeInstant = fc.option(instant, { nil: null });

const interviewArb: fc.Arbitrary<InterviewFact> = fc
  .record({
    scheduledAt: instant,
    durationMinutes: fc.integer({ min: 0, max: 240 }),
    completedShift: fc.option(fc.integer({ min: -120, max: 240 }), { nil: null }),
  })
  .map(({ scheduledAt, durationMinutes, completedShift }) => ({
    scheduledAt,
    durationMinutes,
    completedAt:
      completedShift === null ? null : new Date(scheduledAt.getTime() + (durationMinutes + completedShift) * 60_000),
  }));

const factsArb: fc.Arbitrary<ApplicationFacts> = fc.record({
  stage: fc.constantFrom(...APPLICATION_STAGES),
  appliedAt: instant,
  interviews: fc.array(interviewArb, { maxLength: 3 }),
  lastEmployerContactAt: maybeInstant,
  decisionExpectedBy: maybeInstant,
  thankYouSentAt: maybeInstant,
  lastFollowUpAt: maybeInstant,
});

const policyArb = fc.record(
  {
    followUpAfterDays: fc.integer({ min: 0, max: 30 }),
    thankYouWithinHours: fc.integer({ min: 0, max: 72 }),
    minDaysBetweenFollowUps: fc.integer({ min: 0, max: 14 }),
  },
  { requiredKeys: [] },
);

const hasHeldInterview = (f: ApplicationFacts, now: Date) =>
  f.interviews.some(
    (i) => i.completedAt != null || i.scheduledAt.getTime() + i.durationMinutes * 60_000 <= now.getTime(),
  );

const ALLOWED_CODES: FollowUpCode[] = ['OFFER_PENDING', 'FOLLOW_UP_NOW'];

describe('adviseFollowUp: properties', () => {
  it('never allows following up at the application stage', () => {
    fc.assert(
      fc.property(factsArb, instant, policyArb, (f, now, policy) => {
        const advice = adviseFollowUp(f, now, policy);
        if (advice.code === 'APPLICATION_STAGE') expect(advice.allowed).toBe(false);
        if (!hasHeldInterview(f, now) && f.stage !== 'offer') expect(advice.allowed).toBe(false);
      }),
    );
  });

  it('is allowed exactly for OFFER_PENDING and FOLLOW_UP_NOW', () => {
    fc.assert(
      fc.property(factsArb, instant, policyArb, (f, now, policy) => {
        const advice = adviseFollowUp(f, now, policy);
        expect(advice.allowed).toBe(ALLOWED_CODES.includes(advice.code));
      }),
    );
  });

  it('never allows a follow-up before dueAt, and fills dueAt exactly when an interview was held', () => {
    fc.assert(
      fc.property(factsArb, instant, policyArb, (f, now, policy) => {
        const advice = adviseFollowUp(f, now, policy);
        expect(advice.dueAt !== null).toBe(hasHeldInterview(f, now));
        if (advice.allowed && advice.code !== 'OFFER_PENDING') {
          expect(advice.dueAt).not.toBeNull();
          expect(now.getTime()).toBeGreaterThanOrEqual(advice.dueAt?.getTime() ?? Infinity);
        }
      }),
    );
  });

  it('gives an earliestAt after now for refused advice, and none for allowed advice', () => {
    fc.assert(
      fc.property(factsArb, instant, policyArb, (f, now, policy) => {
        const advice = adviseFollowUp(f, now, policy);
        if (advice.allowed) expect(advice.earliestAt).toBeNull();
        else if (advice.earliestAt) expect(advice.earliestAt.getTime()).toBeGreaterThan(now.getTime());
        if (advice.code === 'WAIT_FOR_DECISION' || advice.code === 'RECENTLY_FOLLOWED_UP') {
          expect(advice.earliestAt).not.toBeNull();
        }
      }),
    );
  });

  it('moves on at earliestAt: waiting ends when the advice says it will', () => {
    fc.assert(
      fc.property(factsArb, instant, policyArb, (f, now, policy) => {
        const advice = adviseFollowUp(f, now, policy);
        if (advice.code !== 'WAIT_FOR_DECISION' && advice.code !== 'RECENTLY_FOLLOWED_UP') return;
        const later = adviseFollowUp(f, advice.earliestAt as Date, policy);
        expect(later.code).not.toBe(advice.code);
        expect(['RECENTLY_FOLLOWED_UP', 'FOLLOW_UP_NOW']).toContain(later.code);
      }),
    );
  });

  it('agrees with followUpDueAt once every interview has been held', () => {
    fc.assert(
      fc.property(factsArb, instant, policyArb, (f, now, policy) => {
        const allHeld = f.interviews.length > 0 && f.interviews.every((i) => hasHeldInterview({ ...f, interviews: [i] }, now));
        fc.pre(allHeld && f.stage !== 'offer' && !CLOSED_STAGES.includes(f.stage as never));
        expect(followUpDueAt(f, policy)).toEqual(adviseFollowUp(f, now, policy).dueAt);
      }),
    );
  });
});
