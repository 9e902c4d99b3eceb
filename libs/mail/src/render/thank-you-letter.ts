import type { CandidateRecipient, ThankYouReminderData } from '../email-data';
import { formatInstant } from './date-format';
import { displayCompany, hasText } from './view-parts';

/**
 * What the letter is written from: the reminder e-mail passes its whole data,
 * the API (which pre-fills the portal's composer) only these facts.
 */
export type ThankYouLetterInput = Pick<ThankYouReminderData, 'job' | 'company' | 'interview'> & {
  candidate: Pick<CandidateRecipient, 'firstName' | 'lastName' | 'timeZone'>;
};

/**
 * The draft thank-you note the reminder offers. Exported so the portal's
 * send form can start from exactly the text the e-mail showed.
 * Returns the letter as paragraphs (greeting and sign-off included).
 */
export function draftThankYouLetter(data: ThankYouLetterInput): string[] {
  const company = displayCompany(data.company);
  const metOn = formatInstant(data.interview.endedAt, data.candidate.timeZone, 'date');
  const atCompany = company.named ? ` at ${company.displayName}` : '';
  const fullName = [data.candidate.firstName, data.candidate.lastName].filter(hasText).join(' ');
  const paragraphs = [
    `Dear ${data.interview.interviewerName.trim()},`,
    `Thank you for meeting with me on ${metOn} about the ${data.job.title.trim()} position${atCompany}. ` +
      'I appreciated the time you took to tell me about the role and the team.',
  ];
  if (company.mission) {
    paragraphs.push(
      `What you are working towards, "${company.mission.replace(/[.!\s]+$/, '')}", is a big part of why this role appeals to me, ` +
        'and our conversation made me want to contribute to it even more.',
    );
  }
  paragraphs.push(
    'Our conversation confirmed my interest in the position. I am confident I can contribute from the start, ' +
      'and I am happy to answer any further questions.',
    'I look forward to hearing about the next steps.',
    'Kind regards,',
    fullName || data.candidate.firstName,
  );
  return paragraphs;
}
