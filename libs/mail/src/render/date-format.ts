/**
 * Dates in e-mails are always shown in the reader's own time zone with its
 * abbreviation ("Tuesday, December 1, 2026 at 2:00 PM CST"), so a candidate
 * in another zone than the branch never has to convert. The styles are the
 * web app's too (@nextstep/contracts DATE_STYLES).
 */
import { DATE_STYLES, formatInZone, type DateStyle } from '@nextstep/contracts';

export type { DateStyle };

export function formatInstant(instant: Date, timeZone: string, style: DateStyle): string {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('Cannot format an invalid date in an e-mail');
  }
  // Throws a RangeError for an unknown zone: better than a wrong time.
  return formatInZone(instant, timeZone, DATE_STYLES[style]);
}

export function isDateStyle(value: string): value is DateStyle {
  return Object.hasOwn(DATE_STYLES, value);
}
