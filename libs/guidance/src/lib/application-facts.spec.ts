import { describe, expect, it } from 'vitest';
import { at, interview } from '../testing/application-facts.factory';
import {
  APPLICATION_STAGES,
  CLOSED_STAGES,
  DEFAULT_POLICY,
  OPEN_STAGES,
  heldInterviews,
  isClosedStage,
  latestHeldInterviewEnd,
  resolvePolicy,
} from './application-facts';

describe('stages', () => {
  it('splits every stage into open or closed', () => {
    expect([...OPEN_STAGES, ...CLOSED_STAGES].sort()).toEqual([...APPLICATION_STAGES].sort());
    expect(APPLICATION_STAGES.filter(isClosedStage)).toEqual(['hired', 'rejected', 'withdrawn']);
  });
});

describe('resolvePolicy', () => {
  it('defaults to 14 days, 24 hours and 7 days', () => {
    expect(DEFAULT_POLICY).toEqual({ followUpAfterDays: 14, thankYouWithinHours: 24, minDaysBetweenFollowUps: 7 });
    expect(resolvePolicy()).toEqual(DEFAULT_POLICY);
    expect(resolvePolicy({})).toEqual(DEFAULT_POLICY);
  });

  it('lays overrides over the defaults, treating undefined as not given', () => {
    expect(resolvePolicy({ followUpAfterDays: 0, thankYouWithinHours: undefined })).toEqual({
      followUpAfterDays: 0,
      thankYouWithinHours: 24,
      minDaysBetweenFollowUps: 7,
    });
  });

  it('rejects non-finite, negative and non-numeric values, naming the field', () => {
    expect(() => resolvePolicy({ followUpAfterDays: -0.5 })).toThrow(/followUpAfterDays/);
    expect(() => resolvePolicy({ minDaysBetweenFollowUps: Number.NaN })).toThrow(RangeError);
    expect(() => resolvePolicy({ thankYouWithinHours: '24' as unknown as number })).toThrow(/thankYouWithinHours/);
  });

  it('never lets a caller change the defaults', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
  });
});

describe('held interviews', () => {
  const past = interview('2026-03-01T10:00:00Z', 30);
  const completedEarly = interview('2026-03-05T10:00:00Z', 60, '2026-03-05T10:20:00Z');
  const future = interview('2026-03-09T10:00:00Z', 30);
  const f = { interviews: [future, completedEarly, past] };

  it('counts completed interviews and those whose scheduled end has passed', () => {
    expect(heldInterviews(f, at('2026-03-05T10:10:00Z'))).toEqual([completedEarly, past]);
    expect(heldInterviews(f, at('2026-03-09T10:30:00Z'))).toHaveLength(3);
    expect(heldInterviews(f, at('2026-03-09T10:29:59.999Z'))).toHaveLength(2);
  });

  it('takes E from the latest held end', () => {
    expect(latestHeldInterviewEnd(f, at('2026-03-06T00:00:00Z'))).toEqual(at('2026-03-05T10:20:00Z'));
    expect(latestHeldInterviewEnd({ interviews: [future] }, at('2026-03-06T00:00:00Z'))).toBeNull();
  });
});
