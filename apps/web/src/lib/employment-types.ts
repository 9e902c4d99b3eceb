import type { Schemas } from '@nextstep/api-client';

export type EmploymentType = Schemas['JobSummaryDto']['employmentType'];

/** What each kind of job means for a candidate, in one line (a Record, so a new API value fails the build). */
export const EMPLOYMENT_TYPE_INFO: Record<EmploymentType, { label: string; explanation: string }> = {
  temporary: {
    label: 'Temporary',
    explanation: 'An assignment for a set time, paid by the agency; it may be extended.',
  },
  temp_to_hire: {
    label: 'Temp-to-hire',
    explanation: 'Starts as a temporary assignment; the client plans to hire you if it goes well.',
  },
  direct_hire: {
    label: 'Direct hire',
    explanation: 'You join the client as their own employee from the first day.',
  },
};

export const EMPLOYMENT_TYPES = Object.keys(EMPLOYMENT_TYPE_INFO) as EmploymentType[];
