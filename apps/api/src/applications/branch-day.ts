/**
 * Calendar days in a branch's time zone, with Intl only (as the guidance's
 * send windows): "today" for a Chicago branch starts at midnight in Chicago,
 * whatever the server's zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time `at` shows in `timeZone`, read as if it were UTC. */
function wallClockAsUtc(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
}

/**
 * The instant local midnight starts the day `plusDays` after the local day
 * of `at`. Two passes settle the offset on days the clocks change (US zones
 * change at 02:00, so midnight always exists).
 */
export function startOfLocalDay(at: Date, timeZone: string, plusDays = 0): Date {
  const wall = new Date(wallClockAsUtc(at, timeZone));
  const midnight = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + plusDays);
  let instant = midnight - (wallClockAsUtc(new Date(midnight), timeZone) - midnight);
  instant = midnight - (wallClockAsUtc(new Date(instant), timeZone) - instant);
  return new Date(instant);
}
