import { describe, expect, it } from 'vitest';
import { sampleEmailData } from '../samples';
import { interviewCalendarAttachment, interviewCalendarUid } from './interview-calendar';

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('interview calendar files', () => {
  it('names the interview by id and the public host, the same for e-mails and downloads', () => {
    expect(interviewCalendarUid('7f3c2a', 'https://jobs.nextstep.example:8443/portal')).toBe('interview-7f3c2a@jobs.nextstep.example');
  });

  it('builds the download from the facts alone, without the e-mail links', () => {
    const { candidate, job, company, interview, branch } = sampleEmailData('interview_confirmation');
    const file = interviewCalendarAttachment({ candidate, job, company, interview, branch }, 'PUBLISH');
    expect(file.filename).toBe('interview.ics');
    expect(file.contentType).toBe('text/calendar; method=PUBLISH; charset=UTF-8');
    const ics = unfold(file.content);
    expect(ics).toContain(`UID:${interview.calendarUid}`);
    expect(ics).toContain(`SUMMARY:Interview: ${job.title}`);
    expect(ics).not.toContain('ATTENDEE');
  });

  it('keeps a confidential employer unnamed in the calendar too', () => {
    const data = sampleEmailData('interview_confirmation');
    const file = interviewCalendarAttachment({ ...data, company: { ...data.company, confidential: true, descriptor: 'a leading tool maker' } }, 'PUBLISH');
    expect(file.content).not.toContain(data.company.name);
    expect(unfold(file.content)).toContain('(a leading tool maker)');
  });
});
