/**
 * Calendar days in a branch's time zone: "today" for a Chicago branch starts
 * at midnight in Chicago, whatever the server's zone.
 */
import { instantAtWallClock, wallClockMs } from '@nextstep/guidance';

const DAY_MS = 86_400_000;

/**
 * The instant local midnight starts the day `plusDays` after the local day
 * of `at` (US zones change their clocks at 02:00, so midnight always exists).
 */
export function startOfLocalDay(at: Date, timeZone: string, plusDays = 0): Date {
  const localDay = Math.floor(wallClockMs(at.getTime(), timeZone) / DAY_MS);
  return new Date(instantAtWallClock((localDay + plusDays) * DAY_MS, timeZone));
}
