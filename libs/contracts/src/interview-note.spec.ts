import { describe, expect, it } from 'vitest';
import { interviewHistoryNote } from './interview-note';

describe('an interview in the history', () => {
  it("reads on the branch's clock, with its zone", () => {
    const interview = { mode: 'in_person', interviewerName: 'Dana Brooks', scheduledAt: new Date('2026-12-01T20:00:00Z'), durationMinutes: 45 } as const;
    expect(interviewHistoryNote(interview, 'America/Chicago')).toBe('In-person interview with Dana Brooks, Tue, Dec 1, 2:00 PM CST, 45 minutes');
    expect(interviewHistoryNote({ ...interview, mode: 'video' }, 'America/Los_Angeles')).toBe('Video interview with Dana Brooks, Tue, Dec 1, 12:00 PM PST, 45 minutes');
  });
});
