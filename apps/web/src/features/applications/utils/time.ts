/*
 * Dates on the application pages are shown in the candidate's own time zone
 * (the one on their profile, which the e-mails use too), and the page says
 * which zone that is, so "Tuesday at 9:00 AM" is never ambiguous.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', options);
    formatters.set(key, found);
  }
  return found;
}

// Newer ICU puts a narrow no-break space before AM/PM; plain spaces read and wrap the same everywhere.
const tidy = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

/** "Tuesday, March 17, 2026 at 2:00 PM MDT" */
export function formatWhen(iso: string, timeZone: string): string {
  return tidy(
    formatter(`when|${timeZone}`, {
      timeZone,
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(new Date(iso)),
  );
}

/** "Mar 17, 2026" in the zone (a date alone, e.g. in a history list). */
export function formatDay(iso: string, timeZone: string): string {
  return tidy(formatter(`day|${timeZone}`, { timeZone, year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(iso)));
}

/** "Mar 17, 2026, 2:00 PM MDT" */
export function formatShort(iso: string, timeZone: string): string {
  return tidy(
    formatter(`short|${timeZone}`, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(new Date(iso)),
  );
}

/** "2:00 PM" local to the zone. */
export function formatClock(iso: string, timeZone: string): string {
  return tidy(formatter(`clock|${timeZone}`, { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso)));
}

/** "Mountain Time": the zone's everyday name, or null where the runtime has none. */
function zoneName(timeZone: string): string | null {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
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

/** "Mountain Time, America/Denver": the same, for text already in parentheses (no "(… (…))"). */
export function describeZoneAside(timeZone: string): string {
  const name = zoneName(timeZone);
  return name ? `${name}, ${timeZone}` : timeZone;
}
