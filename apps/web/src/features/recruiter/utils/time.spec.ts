import { describe, expect, it } from 'vitest';
import { daysSince, fromZonedInput, toZonedInput } from './time';

describe('branch clock inputs', () => {
  it('reads a datetime-local value on the branch clock, not the browser clock', () => {
    expect(fromZonedInput('2026-03-17T14:00', 'America/Chicago')).toBe('2026-03-17T19:00:00.000Z');
    expect(fromZonedInput('2026-03-17T14:00', 'America/Los_Angeles')).toBe('2026-03-17T21:00:00.000Z');
    // Standard time in January, daylight time in July.
    expect(fromZonedInput('2026-01-10T09:30', 'America/New_York')).toBe('2026-01-10T14:30:00.000Z');
    expect(fromZonedInput('2026-07-10T09:30', 'America/New_York')).toBe('2026-07-10T13:30:00.000Z');
    expect(fromZonedInput('soon', 'America/Chicago')).toBeNull();
  });

  it('shows an instant on the branch clock and back again', () => {
    const iso = '2026-11-01T15:45:00.000Z';
    const shown = toZonedInput(iso, 'America/Denver');
    expect(shown).toBe('2026-11-01T08:45');
    expect(fromZonedInput(shown, 'America/Denver')).toBe(iso);
  });

  it('counts whole days since an interview', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    expect(daysSince('2026-03-06T13:00:00Z', now)).toBe(13);
    expect(daysSince('2026-03-21T13:00:00Z', now)).toBe(0);
  });
});
