import { interviewCalendarAttachment } from '../calendar/interview-calendar';
import type {
  ApplicationNewsData,
  CandidateNoteData,
  EmailAttachment,
  EmailDataMap,
  EmailKind,
  FollowUpReminderData,
  InterviewEmailData,
  OwedNewsDigestData,
  StageRejectedData,
  ThankYouReminderData,
} from '../email-data';
import { draftThankYouLetter } from './thank-you-letter';
import {
  absoluteUrl,
  branchView,
  candidateView,
  describeDays,
  displayCompany,
  interviewView,
  linksView,
  preparationView,
} from './view-parts';

/** What the layout's footer needs to say why the reader got the e-mail. */
export interface FooterView {
  forCandidate: boolean;
  /** Why a staff member got it (candidate e-mails say so from the job and branch). */
  reason: string | null;
  jobTitle: string | null;
  branchName: string;
  unsubscribe: string | null;
  portal: string;
}

export interface EmailView {
  footer: FooterView;
  [key: string]: unknown;
}

export interface EmailDefinition<K extends EmailKind> {
  view(data: EmailDataMap[K]): EmailView;
  attachments(data: EmailDataMap[K]): EmailAttachment[];
}

type CandidateEmailData = Pick<InterviewEmailData, 'candidate' | 'job' | 'company' | 'branch' | 'links'>;

function candidateFooter(data: CandidateEmailData): FooterView {
  const links = linksView(data.links);
  return {
    forCandidate: true,
    reason: null,
    jobTitle: data.job.title.trim(),
    branchName: data.branch.name.trim(),
    unsubscribe: links.unsubscribe,
    portal: links.portal,
  };
}

function interviewEmailView(data: Omit<InterviewEmailData, 'isUpdate'>, isUpdate: boolean): EmailView {
  return {
    isUpdate,
    candidate: candidateView(data.candidate),
    job: { title: data.job.title.trim() },
    company: displayCompany(data.company),
    interview: interviewView(data.interview),
    branch: branchView(data.branch),
    preparation: preparationView(data.company),
    links: linksView(data.links),
    footer: candidateFooter(data),
  };
}

function thankYouView(data: ThankYouReminderData): EmailView {
  return {
    candidate: candidateView(data.candidate),
    job: { title: data.job.title.trim() },
    company: displayCompany(data.company),
    interview: { interviewerName: data.interview.interviewerName.trim(), endedAt: data.interview.endedAt },
    branch: branchView(data.branch),
    letter: draftThankYouLetter(data),
    links: { ...linksView(data.links), sendThankYou: absoluteUrl(data.links.sendThankYou, 'sendThankYou') },
    footer: candidateFooter(data),
  };
}

function followUpView(data: FollowUpReminderData): EmailView {
  if (!Number.isFinite(data.followUpAfterDays) || data.followUpAfterDays < 0) {
    throw new RangeError(`followUpAfterDays must be a number ≥ 0 (got ${data.followUpAfterDays})`);
  }
  return {
    candidate: candidateView(data.candidate),
    job: { title: data.job.title.trim() },
    company: displayCompany(data.company),
    interview: { interviewerName: data.interview.interviewerName.trim(), endedAt: data.interview.endedAt },
    branch: branchView(data.branch),
    waited: describeDays(data.followUpAfterDays),
    links: linksView(data.links),
    footer: candidateFooter(data),
  };
}

function owedNewsView(data: OwedNewsDigestData): EmailView {
  const links = linksView(data.links);
  const entries = [...data.entries]
    .sort((a, b) => a.followUpDueAt.getTime() - b.followUpDueAt.getTime())
    .map((entry, index) => ({
      candidateName: entry.candidateName.trim(),
      jobTitle: entry.jobTitle.trim(),
      interviewEndedAt: entry.interviewEndedAt,
      followUpDueAt: entry.followUpDueAt,
      overdue: entry.followUpDueAt.getTime() <= data.asOf.getTime(),
      applicationUrl: absoluteUrl(entry.applicationUrl, `entries[${index}].applicationUrl`),
    }));
  return {
    recipient: { name: data.recipient.name.trim(), timeZone: data.recipient.timeZone },
    branch: { name: data.branch.name.trim() },
    asOf: data.asOf,
    window: describeDays(data.dueWithinDays),
    count: entries.length,
    single: entries.length === 1,
    entries,
    links,
    footer: {
      forCandidate: false,
      reason: `you are a recruiter at ${data.branch.name.trim()}, and Nextstep tells you when candidates there are waiting to hear from the agency.`,
      jobTitle: null,
      branchName: data.branch.name.trim(),
      unsubscribe: links.unsubscribe,
      portal: links.portal,
    },
  };
}

/** Paragraphs (split at blank lines) of lines, so the candidate's own line breaks survive in HTML and text. */
function paragraphsOf(body: string): string[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trimEnd()).filter((line, index, lines) => line !== '' || index < lines.length - 1))
    .filter((lines) => lines.some((line) => line.trim() !== ''));
}

function noteView(data: CandidateNoteData, kind: 'thank_you_note' | 'candidate_message'): EmailView {
  const paragraphs = paragraphsOf(data.body);
  if (!paragraphs.length) throw new RangeError('A note needs a body');
  const links = linksView(data.links);
  const candidate = candidateView({ firstName: data.candidate.firstName, lastName: data.candidate.lastName ?? null, email: '', timeZone: data.timeZone });
  return {
    candidate: { firstName: candidate.firstName, fullName: candidate.fullName },
    job: { title: data.job.title.trim() },
    company: displayCompany(data.company),
    branch: { name: data.branch.name.trim() },
    addressee: data.addressee?.trim() || null,
    passOn: data.passOn,
    paragraphs,
    sentAt: data.sentAt,
    timeZone: data.timeZone,
    links,
    footer: {
      forCandidate: false,
      reason:
        kind === 'thank_you_note'
          ? `${candidate.fullName} interviewed for ${data.job.title.trim()} through ${data.branch.name.trim()}, and Nextstep delivers candidates' thank-you notes to the people they met.`
          : `${candidate.fullName} applied for ${data.job.title.trim()} through ${data.branch.name.trim()}, and Nextstep passes candidates' messages to their branch.`,
      jobTitle: null,
      branchName: data.branch.name.trim(),
      unsubscribe: null,
      portal: links.portal,
    },
  };
}

function newsView(data: ApplicationNewsData): EmailView {
  return {
    candidate: candidateView(data.candidate),
    job: { title: data.job.title.trim() },
    company: displayCompany(data.company),
    branch: branchView(data.branch),
    links: linksView(data.links),
    footer: candidateFooter(data),
  };
}

function rejectedView(data: StageRejectedData): EmailView {
  return {
    ...newsView(data),
    similarJobs: data.similarJobs.map((job, index) => ({
      title: job.title.trim(),
      city: job.city.trim(),
      url: absoluteUrl(job.url, `similarJobs[${index}].url`),
    })),
    searchUrl: absoluteUrl(data.searchUrl, 'searchUrl'),
  };
}

/** Per kind: how its data becomes the template context, and what it attaches. */
export const EMAIL_DEFINITIONS: { [K in EmailKind]: EmailDefinition<K> } = {
  interview_confirmation: {
    view: (data) => interviewEmailView(data, data.isUpdate === true),
    attachments: (data) => [interviewCalendarAttachment(data, 'REQUEST')],
  },
  interview_cancelled: {
    view: (data) => interviewEmailView(data, false),
    attachments: (data) => [interviewCalendarAttachment(data, 'CANCEL')],
  },
  interview_reminder: {
    view: (data) => interviewEmailView(data, false),
    attachments: () => [],
  },
  thank_you_reminder: { view: thankYouView, attachments: () => [] },
  follow_up_reminder: { view: followUpView, attachments: () => [] },
  owed_news_digest: { view: owedNewsView, attachments: () => [] },
  thank_you_note: { view: (data) => noteView(data, 'thank_you_note'), attachments: () => [] },
  candidate_message: { view: (data) => noteView(data, 'candidate_message'), attachments: () => [] },
  application_received: { view: (data) => ({ ...newsView(data), waitAdvice: data.waitAdvice.trim() }), attachments: () => [] },
  stage_screening: { view: newsView, attachments: () => [] },
  stage_offer: { view: newsView, attachments: () => [] },
  stage_rejected: { view: rejectedView, attachments: () => [] },
  stage_hired: { view: newsView, attachments: () => [] },
};
