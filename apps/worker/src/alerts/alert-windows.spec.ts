import { describe, expect, it } from 'vitest';
import { alertEmailKey, alertSchedulerId, alertWindow, isoWeek } from './alert-windows';

describe('alert windows', () => {
  it('batches instant alerts in slots every worker agrees on', () => {
    expect(alertWindow('instant', null, new Date('2026-12-01T14:07:59Z'), 15)).toBe('instant:2026-12-01T14:00:00.000Z');
    expect(alertWindow('instant', null, new Date('2026-12-01T14:15:00Z'), 15)).toBe('instant:2026-12-01T14:15:00.000Z');
    expect(alertWindow('instant', 'America/Chicago', new Date('2026-12-01T14:59:00Z'), 60)).toBe('instant:2026-12-01T14:00:00.000Z');
  });

  it('keys daily alerts by the local date: 08:00 in New York and in Los Angeles are different instants of the same day', () => {
    const newYork = new Date('2026-12-01T13:00:00Z');
    const losAngeles = new Date('2026-12-01T16:00:00Z');
    expect(alertWindow('daily', 'America/New_York', newYork, 15)).toBe('daily:2026-12-01');
    expect(alertWindow('daily', 'America/Los_Angeles', losAngeles, 15)).toBe('daily:2026-12-01');
    // Late on Dec 1 in Los Angeles is already Dec 2 in UTC.
    expect(alertWindow('daily', 'America/Los_Angeles', new Date('2026-12-02T06:00:00Z'), 15)).toBe('daily:2026-12-01');
  });

  it('keys weekly alerts by the local ISO week', () => {
    expect(alertWindow('weekly', 'America/New_York', new Date('2026-11-30T13:00:00Z'), 15)).toBe('weekly:2026-W49');
    expect(isoWeek(2027, 1, 1)).toBe('2026-W53');
    expect(isoWeek(2024, 12, 30)).toBe('2025-W01');
    expect(() => alertWindow('weekly', null, new Date(), 15)).toThrow(RangeError);
  });

  it('names schedulers and e-mails', () => {
    expect(alertSchedulerId('instant', null)).toBe('job-alerts:instant');
    expect(alertSchedulerId('daily', 'America/Los_Angeles')).toBe('job-alerts:daily:America/Los_Angeles');
    expect(alertEmailKey('a1', 'daily:2026-12-01')).toBe('job_alert:a1:daily:2026-12-01');
  });
});
