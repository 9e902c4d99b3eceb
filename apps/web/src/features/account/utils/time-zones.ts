/** The browser's own zone, e.g. "America/Denver" (undefined if the browser will not say). */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** Every zone this browser knows, with the saved one included even if it does not. */
export function timeZoneOptions(current: string): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set(zones);
  all.add(current);
  const browser = browserTimeZone();
  if (browser) all.add(browser);
  return [...all].sort();
}
