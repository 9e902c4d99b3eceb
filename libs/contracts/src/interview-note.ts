import { DATE_STYLES, formatInZone } from './date-styles';

/** How an interview's mode reads at the start of a sentence. */
export const INTERVIEW_MODE_WORDS = { in_person: 'In-person', phone: 'Phone', video: 'Video' } as const;

export interface InterviewNoteFacts {
  mode: keyof typeof INTERVIEW_MODE_WORDS;
  interviewerName: string;
  scheduledAt: Date;
  durationMinutes: number;
}

/**
 * The history line of an interview, "Phone interview with Lee Park, Tue, Mar 17, 2:00 PM CDT, 45 minutes", on the
 * branch's clock with its zone: the note is stored text that the console shows as is. The API writes it when an
 * interview is scheduled, moved or cancelled, and the demo seed writes its story's the same way.
 */
export function interviewHistoryNote(interview: InterviewNoteFacts, branchTimeZone: string): string {
  const when = formatInZone(interview.scheduledAt, branchTimeZone, DATE_STYLES.moment);
  return `${INTERVIEW_MODE_WORDS[interview.mode]} interview with ${interview.interviewerName}, ${when}, ${interview.durationMinutes} minutes`;
}
