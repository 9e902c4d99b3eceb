/*
 * Times on a named zone's clock: the candidate's in the portal, the branch's
 * in the console. Each feature keeps its own formats (its utils/time.ts)
 * and builds them from these.
 */

import { formatInZone as formatDateInZone, zonedFormatter } from '@nextstep/contracts';
import { instantAtWallClock, wallClockParts } from '@nextstep/guidance';

type ZonedOptions = Parameters<typeof zonedFormatter>[1];

/** `iso` formatted on the zone's clock. */
export function formatInZone(iso: string, timeZone: string, options: ZonedOptions): string {
  return formatDateInZone(new Date(iso), timeZone, options);
}

/** "Mountain Time": the zone's everyday name, or null where the runtime has none. */
export function zoneName(timeZone: string): string | null {
  try {
    const part = zonedFormatter(timeZone, { timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    return part && part !== timeZone ? part : null;
  } catch {
    return null;
  }
}

/** "Mountain Time (America/Denver)": the zone's everyday name and its exact id. */
export function describeZone(timeZone: string): string {
  const name = zoneName(timeZone);
  return name ? `${name} (${timeZone})` : timeZone;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of an `<input type="datetime-local">` showing `iso` on the zone's clock: "2026-03-17T14:00". */
export function toZonedInput(iso: string, timeZone: string): string {
  const w = wallClockParts(new Date(iso), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/**
 * The instant a datetime-local value means on the zone's clock, or null when
 * it is not a time.
 */
export function fromZonedInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const instant = instantAtWallClock(Date.UTC(y, mo - 1, d, h, mi), timeZone);
  return new Date(instant).toISOString();
}

/**
 * The last second of `day` ("2026-03-17") on the zone's clock, or null when it
 * is not a day: a job that stops taking applications after the 17th takes them
 * until the branch's own day ends, wherever the recruiter or candidate is.
 */
export function endOfDayInZone(day: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const lastMinute = fromZonedInput(`${day}T23:59`, timeZone);
  return lastMinute === null ? null : new Date(Date.parse(lastMinute) + 59_000).toISOString();
}

/** "2026-03-17": the day `iso` falls on, on the zone's clock. */
export function dayInZone(iso: string, timeZone: string): string {
  return toZonedInput(iso, timeZone).slice(0, 10);
}
