/** How an interview's mode reads at the start of a sentence. */
export const INTERVIEW_MODE_WORDS = { in_person: 'In-person', phone: 'Phone', video: 'Video' } as const;

/**
 * How a moment on the branch's clock reads wherever staff see it, "Tue, Mar 17, 2:00 PM CDT": the history notes
 * written here and the console's own times use the same options, so a note and the card beside it agree.
 */
export const BRANCH_MOMENT_FORMAT: Readonly<Intl.DateTimeFormatOptions> = {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

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
  const when = new Intl.DateTimeFormat('en-US', { ...BRANCH_MOMENT_FORMAT, timeZone: branchTimeZone })
    .format(interview.scheduledAt)
    // Newer ICU puts a narrow no-break space before AM/PM.
    .replace(/[\u202f\u00a0]/g, ' ');
  return `${INTERVIEW_MODE_WORDS[interview.mode]} interview with ${interview.interviewerName}, ${when}, ${interview.durationMinutes} minutes`;
}
