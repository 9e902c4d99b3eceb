import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, facts, interview, ms } from '../testing/application-facts.factory';
import { APPLICATION_STAGES, type ApplicationFacts, CLOSED_STAGES, HOUR_MS } from './application-facts';
import { adviseThankYou, THANK_YOU_RULES } from './thank-you.policy';

const INTERVIEW = interview('2026-03-02T14:00:00Z', 60);
const E = at('2026-03-02T15:00:00Z');
const DUE = at('2026-03-03T15:00:00Z'); // E + 24 hours
const interviewed = (overrides: Partial<ApplicationFacts> = {}) =>
  facts({ stage: 'interviewed', interviews: [INTERVIEW], ...overrides });

describe('adviseThankYou', () => {
  it.each(CLOSED_STAGES)('%s is closed', (stage) => {
    expect(adviseThankYou(interviewed({ stage }), ms(E, HOUR_MS))).toMatchObject({
      allowed: false,
      code: 'CLOSED',
      earliestAt: null,
      dueAt: DUE,
    });
  });

  it('waits for an interview to be held; earliestAt is the end of the next one', () => {
    expect(adviseThankYou(facts(), E)).toMatchObject({
      allowed: false,
      code: 'NO_INTERVIEW_YET',
      earliestAt: null,
      dueAt: null,
    });
    const advice = adviseThankYou(interviewed(), ms(E, -1));
    expect(advice).toMatchObject({ allowed: false, code: 'NO_INTERVIEW_YET', earliestAt: E, dueAt: null });
  });

  it('asks for a note from the scheduled end, due within 24 hours', () => {
    const advice = adviseThankYou(interviewed(), E);
    expect(advice).toMatchObject({ allowed: true, code: 'SEND_THANK_YOU', earliestAt: null, dueAt: DUE });
    expect(advice.message).toContain('24 hours');
  });

  it('is still allowed when late, and says it is still worth sending', () => {
    const onTime = adviseThankYou(interviewed(), DUE);
    const late = adviseThankYou(interviewed(), ms(DUE, 1));
    expect(onTime.message).not.toEqual(late.message);
    expect(late).toMatchObject({ allowed: true, code: 'SEND_THANK_YOU', dueAt: DUE });
    expect(late.message).toMatch(/still/i);
  });

  it('counts a note sent at or after E as thanks, and one sent before E as not', () => {
    expect(adviseThankYou(interviewed({ thankYouSentAt: E }), DUE)).toMatchObject({
      allowed: false,
      code: 'ALREADY_THANKED',
      earliestAt: null,
      dueAt: DUE,
    });
    expect(adviseThankYou(interviewed({ thankYouSentAt: ms(E, -1) }), DUE).code).toBe('SEND_THANK_YOU');
  });

  it('asks again after a second interview, and points to the next one when already thanked', () => {
    const second = interview('2026-03-09T10:00:00Z', 30);
    const thankYouSentAt = at('2026-03-02T18:00:00Z');
    const before = adviseThankYou(interviewed({ interviews: [INTERVIEW, second], thankYouSentAt }), at('2026-03-05T00:00:00Z'));
    expect(before).toMatchObject({ code: 'ALREADY_THANKED', earliestAt: at('2026-03-09T10:30:00Z') });
    const after = adviseThankYou(interviewed({ interviews: [INTERVIEW, second], thankYouSentAt }), at('2026-03-09T10:30:00Z'));
    expect(after).toMatchObject({ allowed: true, code: 'SEND_THANK_YOU', dueAt: at('2026-03-10T10:30:00Z') });
  });

  it('uses completedAt as the end and honours thankYouWithinHours', () => {
    const done = interview('2026-03-02T14:00:00Z', 60, '2026-03-02T14:30:00Z');
    const advice = adviseThankYou(interviewed({ interviews: [done] }), at('2026-03-02T14:31:00Z'), {
      thankYouWithinHours: 2,
    });
    expect(advice.dueAt).toEqual(at('2026-03-02T16:30:00Z'));
    expect(advice.message).toContain('2 hours');
  });

  it('rejects an invalid policy value', () => {
    expect(() => adviseThankYou(interviewed(), E, { thankYouWithinHours: -1 })).toThrow(/thankYouWithinHours/);
  });

  it('is allowed exactly for SEND_THANK_YOU and never for closed stages', () => {
    const instant = fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 2, 10) }).map((t) => new Date(t));
    fc.assert(
      fc.property(
        fc.constantFrom(...APPLICATION_STAGES),
        fc.array(instant, { maxLength: 3 }),
        fc.option(instant, { nil: null }),
        instant,
        (stage, starts, thankYouSentAt, now) => {
          const f = facts({ stage, thankYouSentAt, interviews: starts.map((s) => ({ scheduledAt: s, durationMinutes: 60 })) });
          const advice = adviseThankYou(f, now);
          expect(advice.allowed).toBe(advice.code === 'SEND_THANK_YOU');
          // The table the API documents its 409s from says the same.
          expect(advice.allowed).toBe(THANK_YOU_RULES.find((rule) => rule.code === advice.code)?.allowed);
          if ((CLOSED_STAGES as readonly string[]).includes(stage)) expect(advice.code).toBe('CLOSED');
          if (advice.earliestAt) expect(advice.earliestAt.getTime()).toBeGreaterThan(now.getTime());
        },
      ),
    );
  });
});
