import { ACCOUNT_EMAIL_DEFINITIONS } from '../account/account-emails';
import { interviewCalendarAttachment } from '../calendar/interview-calendar';
import type {
  ApplicationNewsData,
  CandidateNoteData,
  EmailAttachment,
  EmailDataMap,
  EmailKind,
  FollowUpReminderData,
  InterviewEmailData,
  JobAlertConfirmationData,
  JobAlertData,
  JobAlertJob,
  OwedNewsDigestData,
  RecruiterReplyData,
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

function replyView(data: RecruiterReplyData): EmailView {
  const paragraphs = paragraphsOf(data.body);
  if (!paragraphs.length) throw new RangeError('A reply needs a body');
  return { ...newsView(data), recruiterName: data.recruiterName.trim(), paragraphs, sentAt: data.sentAt };
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

const ALERT_TYPE_WORDS: Record<string, string> = { temporary: 'Temporary', temp_to_hire: 'Temp-to-hire', direct_hire: 'Direct hire' };
const ALERT_FREQUENCY_WORDS = { instant: 'as they open', daily: 'every weekday morning', weekly: 'every Monday morning' } as const;
/** An e-mail lists this many jobs; "and N more" links to the search for the rest. */
export const JOB_ALERT_LISTED = 10;

function payText(pay: JobAlertJob['pay']): string {
  const hourly = pay.period === 'hour';
  const money = (cents: number) =>
    `$${(cents / 100).toLocaleString('en-US', hourly ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 0 })}`;
  const range = pay.minCents === pay.maxCents ? money(pay.minCents) : `${money(pay.minCents)}–${money(pay.maxCents)}`;
  return `${range} ${hourly ? 'an hour' : 'a year'}`;
}

/** One line: the first sentence, or the first words up to about 140 characters. */
function oneLine(text: string | null): string | null {
  const flat = text?.replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  const sentence = /^.{20,140}?[.!?](?=\s|$)/.exec(flat)?.[0];
  if (sentence) return sentence;
  if (flat.length <= 140) return flat;
  return `${flat.slice(0, 140).replace(/\s+\S*$/, '')}…`;
}

function jobAlertView(data: JobAlertData): EmailView {
  const listed = data.jobs.slice(0, JOB_ALERT_LISTED).map((job, index) => ({
    title: job.title.trim(),
    place: `${job.city.trim()}, ${job.region.trim()}`,
    type: ALERT_TYPE_WORDS[job.employmentType] ?? job.employmentType,
    pay: payText(job.pay),
    snippet: oneLine(job.snippet),
    url: absoluteUrl(job.url, `jobs[${index}].url`),
  }));
  if (listed.length === 0) throw new RangeError('A job alert e-mail needs at least one job');
  const more = data.moreCount + Math.max(0, data.jobs.length - JOB_ALERT_LISTED);
  const total = listed.length + more;
  const links = linksView(data.links);
  return {
    firstName: data.recipient.firstName?.trim() || null,
    alert: { name: data.alert.name.trim(), when: ALERT_FREQUENCY_WORDS[data.alert.frequency] },
    jobs: listed,
    total,
    single: total === 1,
    more,
    moreSingle: more === 1,
    links: {
      ...links,
      unsubscribeAll: absoluteUrl(data.links.unsubscribeAll, 'unsubscribeAll'),
      manage: absoluteUrl(data.links.manage, 'manage'),
      search: absoluteUrl(data.links.search, 'search'),
    },
    // The footer's unsubscribe is about guidance e-mails; the alert's own links sit above it.
    footer: { forCandidate: false, reason: `you saved a job alert on Nextstep: ${data.alert.name.trim()}.`, jobTitle: null, branchName: '', unsubscribe: null, portal: links.portal },
  };
}

function jobAlertConfirmationView(data: JobAlertConfirmationData): EmailView {
  const links = linksView(data.links);
  return {
    recipient: { timeZone: data.recipient.timeZone },
    alert: { name: data.alert.name.trim(), when: ALERT_FREQUENCY_WORDS[data.alert.frequency] },
    expiresAt: data.expiresAt,
    links: { ...links, confirm: absoluteUrl(data.links.confirm, 'confirm') },
    footer: {
      forCandidate: false,
      reason: 'someone asked Nextstep to send job alerts to this address. If it was not you, ignore this e-mail: nothing more will come.',
      jobTitle: null,
      branchName: '',
      unsubscribe: null,
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
  thank_you_note: { view: (data) => noteView(data, 'thank_you_note'), attachments: () => [] },
  candidate_message: { view: (data) => noteView(data, 'candidate_message'), attachments: () => [] },
  recruiter_reply: { view: replyView, attachments: () => [] },
  application_received: { view: (data) => ({ ...newsView(data), waitAdvice: data.waitAdvice.trim() }), attachments: () => [] },
  stage_screening: { view: newsView, attachments: () => [] },
  stage_offer: { view: newsView, attachments: () => [] },
  stage_rejected: { view: rejectedView, attachments: () => [] },
  stage_hired: { view: newsView, attachments: () => [] },
  job_alert: { view: jobAlertView, attachments: () => [] },
  job_alert_confirmation: { view: jobAlertConfirmationView, attachments: () => [] },
  ...ACCOUNT_EMAIL_DEFINITIONS,
};
