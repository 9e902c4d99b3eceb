/**
 * One-line builders for the specs. Not exported from the library's index:
 * test data should never leak into the public API.
 */
import type { ApplicationFacts, InterviewFact } from '../lib/application-facts';

export const at = (iso: string): Date => new Date(iso);

export const ms = (date: Date, delta: number): Date => new Date(date.getTime() + delta);

export function interview(scheduledAt: string, durationMinutes = 60, completedAt?: string | null): InterviewFact {
  return {
    scheduledAt: at(scheduledAt),
    durationMinutes,
    completedAt: completedAt == null ? completedAt : at(completedAt),
  };
}

export function facts(overrides: Partial<ApplicationFacts> = {}): ApplicationFacts {
  return {
    stage: 'applied',
    appliedAt: at('2026-02-20T10:00:00Z'),
    interviews: [],
    lastEmployerContactAt: null,
    decisionExpectedBy: null,
    thankYouSentAt: null,
    lastFollowUpAt: null,
    ...overrides,
  };
}
