/*
 * The console shows every time in the branch's time zone and says so; the
 * candidate's own local time goes beside interview times, because that is
 * the time the candidate was told.
 */

import { DATE_STYLES } from '@nextstep/contracts';
import { formatInZone } from '../../../lib/zoned-time';

export { describeZone, fromZonedInput, toZonedInput } from '../../../lib/zoned-time';

/** "Tue, Mar 17, 2:00 PM CDT" */
export function formatAt(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, DATE_STYLES.moment);
}

/** "Mar 17, 2026" */
export function formatDate(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, DATE_STYLES.day);
}

/** "2:00 PM CDT" */
export function formatTime(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, DATE_STYLES.time);
}

/** Whole days from `iso` to `now` (0 on the same day or later). */
export function daysSince(iso: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000));
}
