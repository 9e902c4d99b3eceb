export * from './email-data';
export { MailRenderer, DEFAULT_TEMPLATES_DIR, type MailRendererOptions } from './render/mail-renderer';
export { headerSafe } from './render/header-safe';
export { formatInstant, type DateStyle } from './render/date-format';
export { draftThankYouLetter } from './render/thank-you-letter';
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
