import type { EmailAttachment, InterviewEmailData } from '../email-data';
import { candidateView, displayCompany, interviewView } from '../render/view-parts';
import { buildInterviewIcs, type IcsMethod } from './ics';

/** What the calendar entry is built from: the interview e-mails' data without their links. */
export type InterviewCalendarInput = Pick<InterviewEmailData, 'candidate' | 'job' | 'company' | 'interview' | 'branch'>;

/**
 * The calendar UID of an interview: the invitation e-mails and the portal's
 * "add to calendar" file share it, so a calendar replaces the entry instead of
 * showing the interview twice.
 */
export function interviewCalendarUid(interviewId: string, appBaseUrl: string): string {
  return `interview-${interviewId}@${new URL(appBaseUrl).hostname}`;
}

function calendarLocation(data: InterviewCalendarInput, interview: ReturnType<typeof interviewView>): string {
  if (interview.isPhone) return interview.location ? `Phone call: ${interview.location}` : 'Phone call';
  if (interview.isVideo) return interview.location ? `Video call: ${interview.location}` : 'Video call';
  return interview.location ?? data.branch.address ?? '';
}

/** The `.ics` that puts the interview in the candidate's calendar (or takes it out). */
export function interviewCalendarAttachment(data: InterviewCalendarInput, method: IcsMethod): EmailAttachment {
  const interview = interviewView(data.interview);
  const company = displayCompany(data.company);
  const candidate = candidateView(data.candidate);
  const content = buildInterviewIcs({
    uid: data.interview.calendarUid,
    sequence: data.interview.sequence,
    method,
    start: interview.start,
    end: interview.end,
    summary: `Interview: ${data.job.title.trim()} (${company.displayName})`,
    description:
      `Interview with ${interview.interviewerName} for the ${data.job.title.trim()} position.\n` +
      `Questions or changes: ${data.branch.name.trim()}, ${data.branch.phone.trim()}.`,
    location: calendarLocation(data, interview),
    organizer: { name: data.branch.name, email: data.branch.email },
    attendee: { name: candidate.fullName, email: data.candidate.email },
  });
  return {
    filename: method === 'CANCEL' ? 'interview-cancelled.ics' : 'interview.ics',
    content,
    contentType: `text/calendar; method=${method}; charset=UTF-8`,
  };
}
