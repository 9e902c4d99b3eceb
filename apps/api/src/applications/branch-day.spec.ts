import { describe, expect, it } from 'vitest';
import { startOfLocalDay } from './branch-day';

describe('startOfLocalDay', () => {
  it('finds midnight in the branch zone, not the server zone', () => {
    // 03:30 UTC on 5 March is still 4 March in Chicago (UTC-6).
    const at = new Date('2026-03-05T03:30:00Z');
    expect(startOfLocalDay(at, 'America/Chicago').toISOString()).toBe('2026-03-04T06:00:00.000Z');
    expect(startOfLocalDay(at, 'America/Chicago', 1).toISOString()).toBe('2026-03-05T06:00:00.000Z');
    expect(startOfLocalDay(at, 'America/New_York').toISOString()).toBe('2026-03-04T05:00:00.000Z');
  });

  it('gives 23- and 25-hour days when the clocks change', () => {
    const springDay = startOfLocalDay(new Date('2026-03-08T12:00:00Z'), 'America/Chicago');
    expect(springDay.toISOString()).toBe('2026-03-08T06:00:00.000Z');
    expect(startOfLocalDay(springDay, 'America/Chicago', 1).getTime() - springDay.getTime()).toBe(23 * 3_600_000);
    const fallDay = startOfLocalDay(new Date('2026-11-01T12:00:00Z'), 'America/Los_Angeles');
    expect(fallDay.toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(startOfLocalDay(fallDay, 'America/Los_Angeles', 1).getTime() - fallDay.getTime()).toBe(25 * 3_600_000);
  });
});
