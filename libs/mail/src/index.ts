export * from './email-data';
export * from './account/account-email-data';
export { describeValidity } from './account/account-emails';
export { branchContactFrom, companyInfoFrom, type BranchFacts, type CompanyFacts } from './facts';
export { MailRenderer, DEFAULT_TEMPLATES_DIR, type MailRendererOptions } from './render/mail-renderer';
export { JOB_ALERT_LISTED } from './render/email-definitions';
export { headerSafe } from './render/header-safe';
export { formatInstant, type DateStyle } from './render/date-format';
export { draftThankYouLetter, type ThankYouLetterInput } from './render/thank-you-letter';
export { sampleEmailData } from './samples';
export {
  buildInterviewIcs,
  escapeIcsText,
  foldIcsLine,
  icsUtc,
  type IcsMethod,
  type IcsPerson,
  type InterviewIcsInput,
} from './calendar/ics';
export { interviewCalendarAttachment, interviewCalendarUid, type InterviewCalendarInput } from './calendar/interview-calendar';
export type { MailAddress, MailSender, OutgoingEmail } from './send/mail-sender';
export { createSmtpSender, type SmtpSenderOptions } from './send/smtp-sender';
export { classifySmtpError, MailSendError, type SmtpErrorClass } from './send/smtp-errors';
export { readCaughtEmails, startMailCatcher, type CaughtEmail, type MailCatcher, type MailCatcherOptions } from './dev/mail-catcher';
export { createUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';
export {
  createJobAlertConfirmToken,
  createJobAlertsManageToken,
  createJobAlertUnsubscribeToken,
  verifyJobAlertConfirmToken,
  verifyJobAlertsManageToken,
  verifyJobAlertUnsubscribeToken,
  type JobAlertConfirmation,
  type JobAlertOwner,
} from './job-alert-tokens';
