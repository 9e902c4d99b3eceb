import { ACCOUNT_EMAIL_KINDS, type AccountEmailDataMap } from './account/account-email-data';

/**
 * What each e-mail needs to be rendered. The caller (the worker) loads these
 * facts from the database; the library never does. Dates are instants
 * (`Date`); they are shown in the recipient's own IANA time zone.
 */

/** Stored in scheduled-email rows, so the values must not be renamed. */
export const EMAIL_KINDS = Object.freeze([
  'interview_confirmation',
  'interview_cancelled',
  'interview_reminder',
  'thank_you_reminder',
  'follow_up_reminder',
  'owed_news_digest',
  'thank_you_note',
  'candidate_message',
  'recruiter_reply',
  'application_received',
  'stage_screening',
  'stage_offer',
  'stage_rejected',
  'stage_hired',
  'job_alert',
  'job_alert_confirmation',
  // Sent at once by the API about the account itself (see account/account-emails.ts).
  ...ACCOUNT_EMAIL_KINDS,
] as const);

export type EmailKind = (typeof EMAIL_KINDS)[number];

export function isEmailKind(value: string): value is EmailKind {
  return (EMAIL_KINDS as readonly string[]).includes(value);
}

/** Absolute URLs built by the caller; the library never guesses a host. */
export interface EmailLinks {
  /** The page the e-mail is about, e.g. the application in the portal. */
  portal: string;
  /** One-click unsubscribe page; present on every candidate e-mail. */
  unsubscribe?: string | null;
}

export interface CandidateRecipient {
  firstName: string;
  lastName?: string | null;
  email: string;
  /** IANA zone, e.g. `America/Chicago`; every time in the e-mail is shown in it. */
  timeZone: string;
}

export interface CompanyInfo {
  name: string;
  /** The employer asked not to be named before an offer: show `descriptor` instead. */
  confidential?: boolean;
  /** Neutral description used when confidential, e.g. "a regional logistics company". */
  descriptor?: string | null;
  mission?: string | null;
  values?: readonly string[] | null;
  goals?: string | null;
  operations?: string | null;
  website?: string | null;
}

export interface BranchContact {
  name: string;
  phone: string;
  email: string;
  address?: string | null;
  /** Free text written by the branch, e.g. "Monday to Friday, 8:00 AM to 5:00 PM". */
  openingHours?: string | null;
}

export type InterviewMode = 'in_person' | 'phone' | 'video';

export interface InterviewDetails {
  /** Calendar UID; stays the same for every update and the cancellation. */
  calendarUid: string;
  /** Calendar SEQUENCE; must grow with every change (reschedule, cancel). */
  sequence: number;
  start: Date;
  durationMinutes: number;
  mode: InterviewMode;
  /** Address, phone number to expect a call from, or video link. */
  location?: string | null;
  interviewerName: string;
}

export interface InterviewEmailData {
  candidate: CandidateRecipient;
  job: { title: string };
  company: CompanyInfo;
  interview: InterviewDetails;
  branch: BranchContact;
  /** The interview was moved: say so instead of "scheduled". */
  isUpdate?: boolean;
  links: EmailLinks;
}

export type InterviewCancelledData = Omit<InterviewEmailData, 'isUpdate'>;

export type InterviewReminderData = Omit<InterviewEmailData, 'isUpdate'>;

/** The interview as it matters after it happened. */
export interface HeldInterview {
  interviewerName: string;
  /** When it ended (completion time, or scheduled end). */
  endedAt: Date;
}

export interface ThankYouReminderData {
  candidate: CandidateRecipient;
  job: { title: string };
  company: CompanyInfo;
  interview: HeldInterview;
  branch: BranchContact;
  links: EmailLinks & {
    /** The portal form that sends the thank-you note to the interviewer. */
    sendThankYou: string;
  };
}

export interface FollowUpReminderData {
  candidate: CandidateRecipient;
  job: { title: string };
  company: CompanyInfo;
  interview: HeldInterview;
  branch: BranchContact;
  /** The policy's waiting period (the guidance library's `followUpAfterDays`). */
  followUpAfterDays: number;
  links: EmailLinks;
}

export interface OwedNewsEntry {
  candidateName: string;
  jobTitle: string;
  interviewEndedAt: Date;
  followUpDueAt: Date;
  applicationUrl: string;
}

export interface OwedNewsDigestData {
  recipient: { name: string; email: string; timeZone: string };
  branch: { name: string };
  /** When the list was drawn up; entries due before it are shown as overdue. */
  asOf: Date;
  /** The window the list covers, e.g. 4 days ahead. */
  dueWithinDays: number;
  entries: readonly OwedNewsEntry[];
  links: EmailLinks;
}

/** A note the candidate wrote, delivered by e-mail to the people at the agency (Reply-To: the candidate). */
export interface CandidateNoteData {
  /** Who wrote it; the e-mail is sent on their behalf. */
  candidate: { firstName: string; lastName?: string | null };
  job: { title: string };
  company: CompanyInfo;
  branch: { name: string };
  /** The person the note is for (the interviewer), or null for the branch as a whole. */
  addressee: string | null;
  /** There is no e-mail address for the addressee: the branch is asked to pass the note on. */
  passOn: boolean;
  /** The candidate's own words, as they wrote them. */
  body: string;
  sentAt: Date;
  /** The zone the recipients read times in (the branch's). */
  timeZone: string;
  /** `portal`: the application in the recruiter console. */
  links: EmailLinks;
}

/** A short, kind word to the candidate about their application (confirmation or a stage they must hear about). */
export interface ApplicationNewsData {
  candidate: CandidateRecipient;
  job: { title: string };
  company: CompanyInfo;
  branch: BranchContact;
  links: EmailLinks;
}

/** A recruiter's answer to the candidate, written in the console; Reply-To the branch. */
export interface RecruiterReplyData extends ApplicationNewsData {
  /** Who wrote it, e.g. "Robin Chicago". */
  recruiterName: string;
  /** The recruiter's own words, as they wrote them. */
  body: string;
  sentAt: Date;
}

export interface ApplicationReceivedData extends ApplicationNewsData {
  /** The guidance's own reason for not chasing the employer now (its APPLICATION_STAGE message). */
  waitAdvice: string;
}

export interface SimilarJob {
  title: string;
  city: string;
  url: string;
}

export interface StageRejectedData extends ApplicationNewsData {
  /** Open jobs at the branch the candidate may like; may be empty. */
  similarJobs: readonly SimilarJob[];
  /** The job search, to look further. */
  searchUrl: string;
}

/** One new job in a job alert e-mail. */
export interface JobAlertJob {
  title: string;
  city: string;
  region: string;
  /** `temporary`, `temp_to_hire` or `direct_hire`. */
  employmentType: string;
  /** In cents (USD) per `period`, as jobs store pay. */
  pay: { minCents: number; maxCents: number; period: 'hour' | 'year' };
  /** The start of the description, plain text; cut to one line. */
  snippet: string | null;
  url: string;
}

export interface JobAlertSummary {
  name: string;
  frequency: 'instant' | 'daily' | 'weekly';
}

/** New jobs for a saved search. Candidates and guests (no name) alike. */
export interface JobAlertData {
  recipient: { firstName: string | null; email: string; timeZone: string };
  alert: JobAlertSummary;
  /** Newest first; the e-mail lists the first ten. */
  jobs: readonly JobAlertJob[];
  /** New jobs not in `jobs` (the search link shows them). */
  moreCount: number;
  links: EmailLinks & {
    /** One-click unsubscribe from this alert alone (also the List-Unsubscribe target). */
    unsubscribe: string;
    /** The page that stops every alert of the person. */
    unsubscribeAll: string;
    /** Where the person sees and changes their alerts. */
    manage: string;
    /** The job search with the alert's criteria, newest first. */
    search: string;
  };
}

/** The double opt-in e-mail of an alert created without an account. */
export interface JobAlertConfirmationData {
  recipient: { email: string; timeZone: string };
  alert: JobAlertSummary;
  /** The link stops working then. */
  expiresAt: Date;
  links: EmailLinks & { confirm: string };
}

export interface EmailDataMap extends AccountEmailDataMap {
  interview_confirmation: InterviewEmailData;
  interview_cancelled: InterviewCancelledData;
  interview_reminder: InterviewReminderData;
  thank_you_reminder: ThankYouReminderData;
  follow_up_reminder: FollowUpReminderData;
  owed_news_digest: OwedNewsDigestData;
  thank_you_note: CandidateNoteData;
  candidate_message: CandidateNoteData;
  recruiter_reply: RecruiterReplyData;
  application_received: ApplicationReceivedData;
  stage_screening: ApplicationNewsData;
  stage_offer: ApplicationNewsData;
  stage_rejected: StageRejectedData;
  stage_hired: ApplicationNewsData;
  job_alert: JobAlertData;
  job_alert_confirmation: JobAlertConfirmationData;
}

/** E-mails to the agency's people about a candidate; the others go to the candidate. */
export const STAFF_EMAIL_KINDS: readonly EmailKind[] = Object.freeze(['owed_news_digest', 'thank_you_note', 'candidate_message']);

export interface EmailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface RenderedEmail {
  /** Already header-safe (no CR/LF or other control characters). */
  subject: string;
  html: string;
  text: string;
  attachments: EmailAttachment[];
}
