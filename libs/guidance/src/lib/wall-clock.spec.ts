import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertValidTimeZone, instantAtLocalTime, instantAtWallClock, wallClockMs, wallClockParts, zoneOffsetMs } from './wall-clock';

const ZONES = ['America/Chicago', 'America/Los_Angeles', 'America/New_York', 'America/Phoenix', 'America/St_Johns', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
const HOUR_MS = 3_600_000;

// 1990–2060: well inside the zone data every runtime ships.
const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });

/** An independent reading of the zone's clock: the "sv-SE" locale prints "2026-03-08 03:00:00". */
function readClock(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}

const asClock = (wall: number) => new Date(wall - (wall % 1000)).toISOString().slice(0, 19).replace('T', ' ');

describe('wall clock', () => {
  it('reads what the zone’s clock shows, to the millisecond', () => {
    // 2026-03-08 is the day Chicago springs forward; 08:00Z is 02:00 CST, which the clock shows as 03:00 CDT.
    expect(asClock(wallClockMs(Date.UTC(2026, 2, 8, 8, 0, 0), 'America/Chicago'))).toBe('2026-03-08 03:00:00');
    expect(wallClockMs(Date.UTC(2026, 6, 1, 12, 0, 0, 250), 'America/Chicago')).toBe(Date.UTC(2026, 6, 1, 7, 0, 0, 250));
    expect(wallClockParts(new Date('2026-12-31T23:30:00Z'), 'Asia/Kolkata')).toEqual({ year: 2027, month: 1, day: 1, hour: 5, minute: 0, second: 0 });
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), 'America/St_Johns')).toBe(-3.5 * HOUR_MS);
  });

  it('agrees with an independent reading of the clock (any instant, any zone)', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (at, zone) => {
        expect(asClock(wallClockMs(at, zone))).toBe(readClock(at, zone));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the instant a wall-clock time means: the way back from any instant gives a moment showing the same time', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (at, zone) => {
        const wall = wallClockMs(at, zone);
        const back = instantAtWallClock(wall, zone);
        expect(wallClockMs(back, zone)).toBe(wall);
        // The same instant, except in the hour clocks fall back, where the time is shown twice.
        if (back !== at) expect(Math.abs(back - at)).toBeLessThanOrEqual(HOUR_MS);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a time the clocks skip an instant at the change', () => {
    // Chicago skips 02:00–03:00 on 2026-03-08; the change is 08:00Z.
    const skipped = instantAtWallClock(Date.UTC(2026, 2, 8, 2, 30), 'America/Chicago');
    expect(Math.abs(skipped - Date.UTC(2026, 2, 8, 8, 0))).toBeLessThanOrEqual(HOUR_MS);
  });

  it('finds a time of day on the local day of an instant, or on a day before or after it', () => {
    const at = Date.UTC(2026, 2, 8, 3, 0); // Sat Mar 7, 9:00 PM in Chicago, the evening before clocks spring forward
    expect(new Date(instantAtLocalTime(at, 'America/Chicago', 0)).toISOString()).toBe('2026-03-07T06:00:00.000Z');
    // The next day starts at CST midnight; 10:00 that day is already CDT.
    expect(new Date(instantAtLocalTime(at, 'America/Chicago', 0, 1)).toISOString()).toBe('2026-03-08T06:00:00.000Z');
    expect(new Date(instantAtLocalTime(at, 'America/Chicago', 10 * HOUR_MS, 1)).toISOString()).toBe('2026-03-08T15:00:00.000Z');
    expect(new Date(instantAtLocalTime(at, 'America/Chicago', 10 * HOUR_MS, -1)).toISOString()).toBe('2026-03-06T16:00:00.000Z');
  });

  it('refuses a zone the runtime does not know, naming it', () => {
    expect(() => wallClockMs(0, 'Mars/Olympus_Mons')).toThrow(/Invalid time zone: "Mars\/Olympus_Mons"/);
    expect(() => assertValidTimeZone('  ')).toThrow(RangeError);
    expect(() => assertValidTimeZone(42)).toThrow(/42/);
  });
});
