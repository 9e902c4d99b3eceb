/**
 * Dates in e-mails are always shown in the reader's own time zone with its
 * abbreviation ("Tuesday, December 1, 2026 at 2:00 PM CST"), so a candidate
 * in another zone than the branch never has to convert. The styles are the
 * web app's too (@nextstep/contracts DATE_STYLES).
 */
import { DATE_STYLES, type DateStyle } from '@nextstep/contracts';

export type { DateStyle };

// Building an Intl.DateTimeFormat is far slower than using one; a worker
// renders thousands of e-mails for a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(style: DateStyle, timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Throws a RangeError for an unknown zone: better than a wrong time.
    formatter = new Intl.DateTimeFormat('en-US', { ...DATE_STYLES[style], timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatInstant(instant: Date, timeZone: string, style: DateStyle): string {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('Cannot format an invalid date in an e-mail');
  }
  // Newer ICU versions put a narrow no-break space before AM/PM, which some
  // mail clients show as a box.
  return formatterFor(style, timeZone)
    .format(instant)
    .replace(/[\u202f\u00a0]/g, ' ');
}

export function isDateStyle(value: string): value is DateStyle {
  return Object.hasOwn(DATE_STYLES, value);
}
