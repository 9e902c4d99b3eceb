import { describe, expect, it } from 'vitest';
import { toApplicationFacts } from './application-facts';

describe('toApplicationFacts', () => {
  const appliedAt = new Date('2026-11-01T15:00:00Z');
  const at = new Date('2026-11-10T15:00:00Z');

  it('drops cancelled interviews and fills absent dates with null', () => {
    const facts = toApplicationFacts({ status: 'interviewed', appliedAt }, [
      { status: 'cancelled', scheduledAt: at, durationMinutes: 30, completedAt: null },
      { status: 'completed', scheduledAt: at, durationMinutes: 45, completedAt: new Date('2026-11-10T16:00:00Z') },
      { status: 'scheduled', scheduledAt: at, durationMinutes: 60 },
    ]);
    expect(facts).toEqual({
      stage: 'interviewed',
      appliedAt,
      interviews: [
        { scheduledAt: at, durationMinutes: 45, completedAt: new Date('2026-11-10T16:00:00Z') },
        { scheduledAt: at, durationMinutes: 60, completedAt: null },
      ],
      lastEmployerContactAt: null,
      decisionExpectedBy: null,
      thankYouSentAt: null,
      lastFollowUpAt: null,
    });
  });
});
