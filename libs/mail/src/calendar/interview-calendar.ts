import type { EmailAttachment, InterviewEmailData } from '../email-data';
import { candidateView, displayCompany, interviewView } from '../render/view-parts';
import { buildInterviewIcs, type IcsMethod } from './ics';

function calendarLocation(data: InterviewEmailData, interview: ReturnType<typeof interviewView>): string {
  if (interview.isPhone) return interview.location ? `Phone call: ${interview.location}` : 'Phone call';
  if (interview.isVideo) return interview.location ? `Video call: ${interview.location}` : 'Video call';
  return interview.location ?? data.branch.address ?? '';
}

/** The `.ics` that puts the interview in the candidate's calendar (or takes it out). */
export function interviewCalendarAttachment(data: InterviewEmailData, method: IcsMethod): EmailAttachment {
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
