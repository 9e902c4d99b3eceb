/**
 * Polls `check` until it returns a value (anything but undefined, null or false), then returns it; fails after
 * `timeoutMs` with a message naming what it waited for. Tests wait on the condition itself, never on a fixed sleep:
 * a sleep is too short on a loaded machine and wasted time on a quiet one.
 */
export async function waitUntil<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 10_000,
  intervalMs = 25,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
