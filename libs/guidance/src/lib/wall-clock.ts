/**
 * What a named zone's clock shows at an instant, and back. The send window, the branch's day, the alert windows,
 * the demo story and the web's zone-aware inputs all need this one conversion, so it is written once, here, where
 * the rules that depend on it live. Only `Intl` is used, so the library stays free of runtime dependencies.
 *
 * A wall-clock time is expressed as milliseconds since 1970-01-01T00:00 on a clock that never changes offset (a
 * "local epoch"): `new Date(wall).getUTCHours()` is the hour the zone's clock shows.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function createFormatter(timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
}

// Building a DateTimeFormat is far slower than using one, and callers ask about the same few zones.
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  const created = createFormatter(timeZone);
  if (created) formatters.set(timeZone, created);
  return created;
}

/** True when `timeZone` is an IANA time zone name (or other zone) this runtime's `Intl` accepts. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  return formatterFor(timeZone) !== null;
}

/** @throws RangeError naming `timeZone` when the runtime does not know it. */
export function assertValidTimeZone(timeZone: unknown): asserts timeZone is string {
  if (!isValidTimeZone(timeZone)) {
    throw new RangeError(`Invalid time zone: ${JSON.stringify(timeZone)} is not an IANA time zone name such as "Europe/London"`);
  }
}

function requireFormatter(timeZone: string): Intl.DateTimeFormat {
  assertValidTimeZone(timeZone);
  // isValidTimeZone cached it.
  return formatters.get(timeZone) as Intl.DateTimeFormat;
}

/**
 * The wall-clock time the zone shows at instant `at` (milliseconds since the epoch), on the local epoch.
 * @throws RangeError for a time zone the runtime does not know.
 */
export function wallClockMs(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of requireFormatter(timeZone).formatToParts(new Date(at))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const date = new Date(0);
  date.setUTCFullYear(parts['year'] ?? 1970, (parts['month'] ?? 1) - 1, parts['day'] ?? 1);
  // Some runtimes print midnight as 24 even with h23.
  date.setUTCHours((parts['hour'] ?? 0) % 24, parts['minute'] ?? 0, parts['second'] ?? 0, 0);
  return date.getTime() + (((at % 1000) + 1000) % 1000);
}

/** How far the zone's clock is ahead of UTC at instant `at`, in milliseconds (negative west of Greenwich). */
export function zoneOffsetMs(at: number, timeZone: string): number {
  return wallClockMs(at, timeZone) - at;
}

/**
 * The instant at which the zone's clock shows `wall` (on the local epoch). Two passes settle the offset on the days
 * the clocks change. A wall time that occurs twice (clocks fall back) gives one of its two instants; one the clocks
 * skipped (spring forward) gives an instant near the change. Callers that must choose between the two occurrences,
 * like the send window, do that search themselves.
 */
export function instantAtWallClock(wall: number, timeZone: string): number {
  const first = wall - zoneOffsetMs(wall, timeZone);
  return wall - zoneOffsetMs(first, timeZone);
}

const DAY_MS = 86_400_000;

/**
 * The instant the zone's clock shows `msOfDay` (milliseconds after midnight) on the local day `dayOffset` days after
 * the one `at` falls on: the start of a branch's today or tomorrow, 10:00 on a given day.
 */
export function instantAtLocalTime(at: number, timeZone: string, msOfDay: number, dayOffset = 0): number {
  const localDay = Math.floor(wallClockMs(at, timeZone) / DAY_MS);
  return instantAtWallClock((localDay + dayOffset) * DAY_MS + msOfDay, timeZone);
}

/** The calendar parts of a wall-clock time, months and days counted from 1. */
export interface WallClockParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What the zone's clock shows at `at`, as calendar parts. */
export function wallClockParts(at: Date, timeZone: string): WallClockParts {
  const wall = new Date(wallClockMs(at.getTime(), timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}
