/**
 * Reminders should reach candidates (and calls should be suggested) during
 * working hours in the candidate's own time zone (the zone math is wall-clock.ts).
 */
import { DAY_MS, MINUTE_MS, assertValidDate } from './application-facts';
import { assertValidTimeZone, wallClockMs, zoneOffsetMs } from './wall-clock';

/** ISO weekdays (1 = Monday … 7 = Sunday) and local wall-clock times "HH:MM". */
export interface SendWindow {
  weekdays: number[];
  start: string;
  end: string;
}

/** Monday to Friday, 09:00 to 17:00 local time. */
export const BUSINESS_HOURS: SendWindow = Object.freeze({
  weekdays: Object.freeze([1, 2, 3, 4, 5]) as number[],
  start: '09:00',
  end: '17:00',
});

interface ParsedWindow {
  weekdays: ReadonlySet<number>;
  startMs: number;
  endMs: number;
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseTime(value: unknown, field: 'start' | 'end'): number {
  // "24:00" lets a window run to midnight; it is only meaningful as an end.
  if (field === 'end' && value === '24:00') return DAY_MS;
  const match = typeof value === 'string' ? TIME_PATTERN.exec(value) : null;
  if (!match) {
    throw new RangeError(`Invalid send window: ${field} must be a time "HH:MM" (00:00-23:59), got ${JSON.stringify(value)}`);
  }
  return (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
}

function parseWindow(window: SendWindow): ParsedWindow {
  if (typeof window !== 'object' || window === null) {
    throw new RangeError('Invalid send window: expected { weekdays, start, end }');
  }
  const { weekdays } = window;
  if (!Array.isArray(weekdays) || weekdays.length === 0) {
    throw new RangeError('Invalid send window: weekdays must list at least one ISO weekday (1 = Monday … 7 = Sunday)');
  }
  for (const day of weekdays) {
    if (!Number.isInteger(day) || day < 1 || day > 7) {
      throw new RangeError(`Invalid send window: weekday ${String(day)} is not an ISO weekday from 1 (Monday) to 7 (Sunday)`);
    }
  }
  const startMs = parseTime(window.start, 'start');
  const endMs = parseTime(window.end, 'end');
  if (startMs >= endMs) {
    // Windows that run past midnight would need a different notion of "the day's window"; nobody needs one yet.
    throw new RangeError(`Invalid send window: start ${window.start} must be before end ${window.end} on the same day`);
  }
  return { weekdays: new Set(weekdays), startMs, endMs };
}

function isoWeekday(localDay: number): number {
  // Local day 0 is Thursday 1970-01-01, ISO weekday 4.
  return ((((localDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * The instant at which the local clock shows `wall`, choosing the first such
 * instant at or after `notBefore` (after clocks fall back a wall time occurs
 * twice). When `wall` does not exist because clocks sprang forward over it,
 * returns the first instant after the gap, i.e. the moment of the change.
 */
function instantForWall(timeZone: string, wall: number, notBefore: number): number | null {
  // Sampling a day either side catches the offsets on both sides of any single change.
  const offsets = [...new Set([-DAY_MS, 0, DAY_MS].map((d) => zoneOffsetMs(wall + d, timeZone)))];
  const matches = offsets
    .map((offset) => wall - offset)
    .filter((t) => wallClockMs(t, timeZone) === wall)
    .sort((a, b) => a - b);
  if (matches.length > 0) return matches.find((t) => t >= notBefore) ?? null;

  // A gap: the wall time was skipped, so the window opens at the change itself.
  const lo = wall - Math.max(...offsets);
  const hi = wall - Math.min(...offsets);
  if (zoneOffsetMs(lo, timeZone) === zoneOffsetMs(hi, timeZone)) return null;
  const change = firstOffsetChange(timeZone, lo, hi);
  return change >= notBefore ? change : null;
}

/**
 * The first instant after `from`, up to `to`, whose UTC offset differs from the
 * one at `from`. Intl only answers "what is the offset at t?", so bisect.
 */
function firstOffsetChange(timeZone: string, from: number, to: number): number {
  const before = zoneOffsetMs(from, timeZone);
  let lo = from;
  let hi = to;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (zoneOffsetMs(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The first instant after `t` at which the local clock shows the window
 * start on an allowed weekday (or, when the start was skipped by a clock
 * change, the moment of that change). Today counts too: after clocks fall back
 * today's start may come round a second time.
 */
function nextStartOccurrence(
  timeZone: string,
  w: ParsedWindow,
  t: number,
  localDay: number,
): number | null {
  for (let day = localDay; day <= localDay + 8; day++) {
    if (!w.weekdays.has(isoWeekday(day))) continue;
    // Strictly after t: t itself is outside the window, and a start skipped by
    // a clock change would otherwise resolve to t again and never move on.
    const opening = instantForWall(timeZone, day * DAY_MS + w.startMs, t + 1);
    if (opening !== null) return opening;
  }
  return null;
}

function locate(timeZone: string, t: number): { localDay: number; msOfDay: number } {
  const wall = wallClockMs(t, timeZone);
  const localDay = Math.floor(wall / DAY_MS);
  return { localDay, msOfDay: wall - localDay * DAY_MS };
}

function inWindow(w: ParsedWindow, localDay: number, msOfDay: number): boolean {
  return w.weekdays.has(isoWeekday(localDay)) && msOfDay >= w.startMs && msOfDay < w.endMs;
}

/**
 * True when the local wall-clock time of `at` in `timeZone` falls on one of the
 * window's weekdays and within [start, end).
 * @throws RangeError for an invalid date, time zone or window.
 */
export function isInSendWindow(at: Date, timeZone: string, window: SendWindow = BUSINESS_HOURS): boolean {
  assertValidDate(at, 'at');
  assertValidTimeZone(timeZone);
  const w = parseWindow(window);
  const { localDay, msOfDay } = locate(timeZone, at.getTime());
  return inWindow(w, localDay, msOfDay);
}

/**
 * The first instant at or after `at` whose local wall-clock time in `timeZone`
 * lies inside `window`: on one of its ISO weekdays, at or after `start` and
 * strictly before `end`. Returns `at` itself when it is already inside.
 *
 * Daylight saving: window times are wall-clock times, so a 09:00 start is 09:00
 * local time on the day clocks change too. When the start falls in a
 * spring-forward gap (02:30 on a day the clock jumps from 02:00 to 03:00), the
 * window opens at the first instant after the gap (03:00 local). When clocks
 * fall back, each instant is judged by the wall time it shows, so an hour that
 * repeats inside the window is inside both times, and a start time that occurs
 * twice opens the window at its first occurrence.
 *
 * @throws RangeError for an invalid date, an invalid time zone (the message
 * names it), or an invalid window (no weekdays, a time not "HH:MM", start not
 * before end).
 */
export function nextSendTime(at: Date, timeZone: string, window: SendWindow = BUSINESS_HOURS): Date {
  assertValidDate(at, 'at');
  assertValidTimeZone(timeZone);
  const w = parseWindow(window);

  let t = at.getTime();
  // Each pass returns or moves t forward to a candidate opening, so a few passes suffice.
  for (let pass = 0; pass < 32; pass++) {
    const { localDay, msOfDay } = locate(timeZone, t);
    if (inWindow(w, localDay, msOfDay)) return new Date(t);

    // Unreachable with real zone data; stepping a day keeps the loop finite regardless.
    const opening = nextStartOccurrence(timeZone, w, t, localDay) ?? t + DAY_MS;
    if (zoneOffsetMs(opening, timeZone) < zoneOffsetMs(t, timeZone)) {
      // Clocks go back before the next start: the repeated wall times may
      // fall inside the window, in which case it reopens at the change.
      t = firstOffsetChange(timeZone, t, opening);
      continue;
    }
    t = opening;
  }
  throw new Error(`Could not find a send time after ${at.toISOString()} in ${timeZone}`);
}
