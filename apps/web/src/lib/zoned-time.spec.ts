import { describe, expect, it } from 'vitest';
import { dayInZone, endOfDayInZone } from './zoned-time';

describe('a day on a branch clock', () => {
  it('ends at the last second of that day where the branch is, in standard and in daylight time', () => {
    expect(endOfDayInZone('2026-12-15', 'America/Chicago')).toBe('2026-12-16T05:59:59.000Z');
    expect(endOfDayInZone('2026-07-15', 'America/Los_Angeles')).toBe('2026-07-16T06:59:59.000Z');
    expect(endOfDayInZone('2026-07-15', 'UTC')).toBe('2026-07-15T23:59:59.000Z');
    // The day the clocks go back has 25 hours: it still ends at 23:59:59 on the branch's clock.
    expect(endOfDayInZone('2026-11-01', 'America/New_York')).toBe('2026-11-02T04:59:59.000Z');
    expect(endOfDayInZone('next week', 'America/Chicago')).toBeNull();
  });

  it('reads the same day back from the instant, whatever the zone', () => {
    for (const zone of ['America/Chicago', 'America/Los_Angeles', 'America/Halifax', 'America/St_Johns', 'UTC']) {
      const end = endOfDayInZone('2026-03-17', zone);
      expect(end).not.toBeNull();
      expect(dayInZone(end ?? '', zone)).toBe('2026-03-17');
    }
  });
});
