/*
 * The console shows every time in the branch's time zone and says so; the
 * candidate's own local time goes beside interview times, because that is
 * the time the candidate was told.
 */

import { formatInZone, zonedFormatter } from '../../../lib/zoned-time';

export { describeZone } from '../../../lib/zoned-time';

/** "Tue, Mar 17, 2:00 PM CDT" */
export function formatAt(iso: string, timeZone: string): string {
  return formatInZone(iso, timeZone, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
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

function wallClock(at: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(
    zonedFormatter(timeZone, {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of an `<input type="datetime-local">` showing `iso` on the zone's clock: "2026-03-17T14:00". */
export function toZonedInput(iso: string, timeZone: string): string {
  const w = wallClock(new Date(iso), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * The instant a datetime-local value means on the zone's clock, or null when
 * it is not a time. Two passes settle the zone's offset (daylight saving).
 */
export function fromZonedInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wanted = Date.UTC(y, mo - 1, d, h, mi);
  const offsetAt = (instant: number) => {
    const w = wallClock(new Date(instant), timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - instant;
  };
  let instant = wanted - offsetAt(wanted);
  instant = wanted - offsetAt(instant);
  return new Date(instant).toISOString();
}
