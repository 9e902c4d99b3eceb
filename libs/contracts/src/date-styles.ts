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

type ZonedOptions = Omit<Intl.DateTimeFormatOptions, 'timeZone'>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The en-US formatter for one zone and set of options, built once: building one costs far more than using it, and a
 * worker renders thousands of e-mails for a handful of zones. Throws a RangeError for an unknown zone.
 */
export function zonedFormatter(timeZone: string, options: ZonedOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** `at` on the zone's clock. Newer ICU puts a narrow no-break space before AM/PM, which some mail clients show as a box; a plain space reads and wraps the same everywhere. */
export function formatInZone(at: Date, timeZone: string, options: ZonedOptions): string {
  return zonedFormatter(timeZone, options)
    .format(at)
    .replace(/[\u202f\u00a0]/g, ' ');
}
