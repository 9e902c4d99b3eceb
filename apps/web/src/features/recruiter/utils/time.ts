/*
 * The console shows every time in the branch's time zone and says so; the
 * candidate's own local time goes beside interview times, because that is
 * the time the candidate was told.
 */

import { BRANCH_MOMENT_FORMAT } from '@nextstep/contracts';
import { formatInZone } from '../../../lib/zoned-time';

export { describeZone, fromZonedInput, toZonedInput } from '../../../lib/zoned-time';

/** "Tue, Mar 17, 2:00 PM CDT" */
export function formatAt(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, BRANCH_MOMENT_FORMAT);
}

/** "Mar 17, 2026" */
export function formatDate(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "2:00 PM CDT" */
export function formatTime(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
}

/** Whole days from `iso` to `now` (0 on the same day or later). */
export function daysSince(iso: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000));
}
