/*
 * Dates on the application pages are shown in the candidate's own time zone
 * (the one on their profile, which the e-mails use too), and the page says
 * which zone that is, so "Tuesday at 9:00 AM" is never ambiguous.
 */
import { DATE_STYLES } from '@nextstep/contracts';
import { formatInZone, zoneName } from '../../../lib/zoned-time';

export { describeZone } from '../../../lib/zoned-time';

/** "Tuesday, March 17, 2026 at 2:00 PM MDT" */
export function formatWhen(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, DATE_STYLES.dateTime);
}

/** "Mar 17, 2026" in the zone (a date alone, e.g. in a history list). */
export function formatDay(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, DATE_STYLES.day);
}

/** "Mar 17, 2026, 2:00 PM MDT" */
export function formatShort(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
}

/** "2:00 PM" local to the zone. */
export function formatClock(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, { hour: 'numeric', minute: '2-digit' });
}

/** "Mountain Time, America/Denver": the zone described for text already in parentheses (no "(… (…))"). */
export function describeZoneAside(timeZone: string): string {
  const name = zoneName(timeZone);
  return name ? `${name}, ${timeZone}` : timeZone;
}
