/**
 * How dates read to people, wherever they are shown: the e-mails, the candidate portal and the recruiter console
 * format with these options (in the reader's or the branch's zone), so the time in an e-mail reads the same on the
 * page it links to.
 */
export const DATE_STYLES = {
  /** "Tuesday, March 17, 2026 at 2:00 PM CDT" */
  dateTime: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  /** "Tuesday, March 17, 2026" */
  date: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  /** "2:00 PM CDT" */
  time: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  /** "Tue, Mar 17" */
  shortDate: { weekday: 'short', month: 'short', day: 'numeric' },
  /** "Tue, Mar 17, 2:00 PM CDT": a moment on the branch's clock, in the console and its history notes. */
  moment: { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  /** "Mar 17, 2026" */
  day: { year: 'numeric', month: 'short', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;
