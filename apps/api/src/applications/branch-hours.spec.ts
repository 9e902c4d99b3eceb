import { describe, expect, it } from 'vitest';
import { branchOpenState, parseOpeningHours } from './branch-hours';

const WEEKDAYS = [1, 2, 3, 4, 5];

describe('parseOpeningHours', () => {
  it.each([
    ['Mon–Fri 8:00–17:00', [{ weekdays: WEEKDAYS, start: '08:00', end: '17:00' }]],
    [
      'Mon–Fri 7:30–18:00, Sat 9:00–12:00',
      [
        { weekdays: WEEKDAYS, start: '07:30', end: '18:00' },
        { weekdays: [6], start: '09:00', end: '12:00' },
      ],
    ],
    ['Mon-Fri 8-17', [{ weekdays: WEEKDAYS, start: '08:00', end: '17:00' }]],
    ['Mon–Fri 8–5', [{ weekdays: WEEKDAYS, start: '08:00', end: '17:00' }]],
    ['Monday to Friday, 8:00 AM to 5:00 PM', [{ weekdays: WEEKDAYS, start: '08:00', end: '17:00' }]],
    ['Mon-Sat 7-18', [{ weekdays: [1, 2, 3, 4, 5, 6], start: '07:00', end: '18:00' }]],
    ['Weekdays 9 a.m. - 1 p.m.', [{ weekdays: WEEKDAYS, start: '09:00', end: '13:00' }]],
    ['Tue, Thu 1–5 pm', [{ weekdays: [2, 4], start: '13:00', end: '17:00' }]],
    ['Sat–Mon 10:00–14:00', [{ weekdays: [1, 6, 7], start: '10:00', end: '14:00' }]],
    ['Daily 00:00–24:00', [{ weekdays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00' }]],
    [
      'Mon–Fri 8–12 and 13–17; closed Saturdays and Sundays',
      [
        { weekdays: WEEKDAYS, start: '08:00', end: '12:00' },
        { weekdays: WEEKDAYS, start: '13:00', end: '17:00' },
      ],
    ],
    ['Mon–Thu 9–17, Fri noon–4 pm', [{ weekdays: [1, 2, 3, 4], start: '09:00', end: '17:00' }, { weekdays: [5], start: '12:00', end: '16:00' }]],
  ])('reads %j', (text, windows) => {
    expect(parseOpeningHours(text)).toEqual(windows);
  });

  it.each(['', 'By appointment', 'Mon–Fri', '8–17', 'Mon–Fri 22–6', 'Mon–Fri 8:75–17:00', 'Mon–Fri 8–17 except holidays', 'Closed'])(
    'does not guess at %j',
    (text) => {
      expect(parseOpeningHours(text)).toBeNull();
    },
  );
});

describe('branchOpenState', () => {
  const hours = 'Mon–Fri 8:00–17:00, Sat 9:00–12:00';
  const zone = 'America/Chicago';

  it('is open inside the hours, in the branch time zone', () => {
    // Wednesday 2026-03-04 16:30 in Chicago (CST, UTC-6) is 22:30 UTC.
    expect(branchOpenState(hours, zone, new Date('2026-03-04T22:30:00Z'))).toMatchObject({ openNow: true, opensAt: null });
  });

  it('is closed after hours and says when it opens next', () => {
    // Wednesday 17:30 CST: opens Thursday 08:00 CST.
    expect(branchOpenState(hours, zone, new Date('2026-03-04T23:30:00Z'))).toMatchObject({ openNow: false, opensAt: new Date('2026-03-05T14:00:00Z') });
    // Saturday 2026-02-28 13:00 CST: closed until Monday 08:00.
    expect(branchOpenState(hours, zone, new Date('2026-02-28T19:00:00Z')).opensAt).toEqual(new Date('2026-03-02T14:00:00Z'));
  });

  it('keeps wall-clock hours across the change to daylight saving time', () => {
    // Clocks moved on Sunday 2026-03-08; Monday 08:00 CDT (UTC-5) is 13:00 UTC.
    expect(branchOpenState(hours, zone, new Date('2026-03-09T13:00:00Z')).openNow).toBe(true);
    expect(branchOpenState(hours, zone, new Date('2026-03-09T12:59:00Z')).opensAt).toEqual(new Date('2026-03-09T13:00:00Z'));
  });

  it('says "unknown" rather than "closed" when the hours or the zone cannot be read', () => {
    expect(branchOpenState('Call for hours', zone, new Date())).toEqual({ openNow: null, opensAt: null, windows: null });
    expect(branchOpenState(hours, 'Mars/Olympus', new Date())).toMatchObject({ openNow: null, opensAt: null });
  });
});
