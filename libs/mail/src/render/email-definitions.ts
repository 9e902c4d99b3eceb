import { interviewCalendarAttachment } from '../calendar/interview-calendar';
import type {
  EmailAttachment,
  EmailDataMap,
  EmailKind,
  FollowUpReminderData,
  InterviewEmailData,
  OwedNewsDigestData,
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
      jobTitle: null,
      branchName: data.branch.name.trim(),
      unsubscribe: links.unsubscribe,
      portal: links.portal,
    },
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
};
