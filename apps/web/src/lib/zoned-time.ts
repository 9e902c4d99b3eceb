/*
 * Times on a named zone's clock: the candidate's in the portal, the branch's
 * in the console. Each feature keeps its own formats (its utils/time.ts)
 * and builds them from these.
 */

type ZonedOptions = Omit<Intl.DateTimeFormatOptions, 'timeZone'>;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter for one zone and set of options, built once: building one costs far more than using it. */
export function zonedFormatter(timeZone: string, options: ZonedOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

// Newer ICU puts a narrow no-break space before AM/PM; plain spaces read and wrap the same everywhere.
const tidy = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

/** `iso` formatted on the zone's clock. */
export function formatInZone(iso: string, timeZone: string, options: ZonedOptions): string {
  return tidy(zonedFormatter(timeZone, options).format(new Date(iso)));
}

/** "Mountain Time": the zone's everyday name, or null where the runtime has none. */
export function zoneName(timeZone: string): string | null {
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
