/**
 * Calendar days in a branch's time zone: "today" for a Chicago branch starts
 * at midnight in Chicago, whatever the server's zone.
 */
import { instantAtLocalTime } from '@nextstep/guidance';

/**
 * The instant local midnight starts the day `plusDays` after the local day
 * of `at` (US zones change their clocks at 02:00, so midnight always exists).
 */
export function startOfLocalDay(at: Date, timeZone: string, plusDays = 0): Date {
  return new Date(instantAtLocalTime(at.getTime(), timeZone, 0, plusDays));
}
