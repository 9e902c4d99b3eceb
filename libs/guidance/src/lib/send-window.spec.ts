import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUSINESS_HOURS, type SendWindow, isInSendWindow, nextSendTime } from './send-window';
import { isValidTimeZone } from './wall-clock';

const iso = (date: Date) => date.toISOString();
const next = (atIso: string, zone: string, window?: SendWindow) => iso(nextSendTime(new Date(atIso), zone, window));
const sundays = (start: string, end: string): SendWindow => ({ weekdays: [7], start, end });

/**
 * An independent reading of the local clock, so the properties do not check
 * the library against itself. Window bounds are whole minutes, so comparing
 * "HH:MM" strings is exact.
 */
const checkers = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
function inWindowByIntl(date: Date, zone: string, window: SendWindow): boolean {
  let checker = checkers.get(zone);
  if (!checker) {
    checker = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    checkers.set(zone, checker);
  }
  const parts = Object.fromEntries(checker.formatToParts(date).map((p) => [p.type, p.value]));
  const hhmm = `${String(Number(parts['hour']) % 24).padStart(2, '0')}:${parts['minute']}`;
  const weekday = WEEKDAYS.indexOf(parts['weekday'] ?? '') + 1;
  return window.weekdays.includes(weekday) && hhmm >= window.start && hhmm < window.end;
}

describe('nextSendTime: business hours', () => {
  it('returns the same instant inside the window', () => {
    expect(next('2026-03-10T14:23:45.678Z', 'America/New_York')).toBe('2026-03-10T14:23:45.678Z');
  });

  it('opens at exactly 09:00 and closes at exactly 17:00 (end excluded)', () => {
    expect(next('2026-03-10T12:59:59.999Z', 'America/New_York')).toBe('2026-03-10T13:00:00.000Z');
    expect(next('2026-03-10T13:00:00.000Z', 'America/New_York')).toBe('2026-03-10T13:00:00.000Z');
    expect(next('2026-03-10T20:59:59.999Z', 'America/New_York')).toBe('2026-03-10T20:59:59.999Z');
    expect(next('2026-03-10T21:00:00.000Z', 'America/New_York')).toBe('2026-03-11T13:00:00.000Z');
  });

  it('moves Friday evening to Monday 09:00, across the New York spring-forward weekend', () => {
    // Friday 2026-03-06 18:00 EST → Monday 2026-03-09 09:00 EDT.
    expect(next('2026-03-06T23:00:00Z', 'America/New_York')).toBe('2026-03-09T13:00:00.000Z');
  });

  it('moves a Saturday to Monday 09:00 after New York falls back', () => {
    // Saturday 2026-10-31 12:00 EDT → Monday 2026-11-02 09:00 EST.
    expect(next('2026-10-31T16:00:00Z', 'America/New_York')).toBe('2026-11-02T14:00:00.000Z');
  });

  it('moves Friday evening to Monday 09:00 across both London changes', () => {
    // Friday 2026-03-27 17:00 GMT → Monday 2026-03-30 09:00 BST.
    expect(next('2026-03-27T17:00:00Z', 'Europe/London')).toBe('2026-03-30T08:00:00.000Z');
    // Friday 2026-10-23 17:30 BST → Monday 2026-10-26 09:00 GMT.
    expect(next('2026-10-23T16:30:00Z', 'Europe/London')).toBe('2026-10-26T09:00:00.000Z');
  });

  it('handles a half-hour offset zone (Asia/Kolkata, +05:30)', () => {
    // Monday 2026-03-02 08:30 IST → 09:00 IST; Monday 17:00 IST → Tuesday 09:00 IST.
    expect(next('2026-03-02T03:00:00Z', 'Asia/Kolkata')).toBe('2026-03-02T03:30:00.000Z');
    expect(next('2026-03-02T11:30:00Z', 'Asia/Kolkata')).toBe('2026-03-03T03:30:00.000Z');
  });

  it('uses business hours by default and respects custom weekdays', () => {
    const weekend: SendWindow = { weekdays: [6, 7], start: '10:00', end: '12:00' };
    // Monday 2026-03-02 → Saturday 2026-03-07 10:00 UTC.
    expect(next('2026-03-02T10:30:00Z', 'UTC', weekend)).toBe('2026-03-07T10:00:00.000Z');
    expect(next('2026-03-07T12:00:00Z', 'UTC', weekend)).toBe('2026-03-08T10:00:00.000Z');
  });

  it('accepts 24:00 as an end meaning midnight', () => {
    const lateEvening: SendWindow = { weekdays: [1, 2, 3, 4, 5, 6, 7], start: '22:00', end: '24:00' };
    expect(next('2026-03-02T23:59:59.999Z', 'UTC', lateEvening)).toBe('2026-03-02T23:59:59.999Z');
    expect(next('2026-03-03T00:00:00Z', 'UTC', lateEvening)).toBe('2026-03-03T22:00:00.000Z');
  });
});

describe('nextSendTime: daylight-saving changes', () => {
  it('New York spring forward (2026-03-08): 09:00 is 09:00 EDT', () => {
    expect(next('2026-03-08T05:00:00Z', 'America/New_York', sundays('09:00', '17:00'))).toBe(
      '2026-03-08T13:00:00.000Z',
    );
  });

  it('New York spring forward: a 02:30 start that does not exist opens at 03:00 EDT', () => {
    expect(next('2026-03-08T05:00:00Z', 'America/New_York', sundays('02:30', '04:00'))).toBe(
      '2026-03-08T07:00:00.000Z',
    );
  });

  it('New York fall back (2026-11-01): 09:00 is 09:00 EST', () => {
    expect(next('2026-11-01T04:00:00Z', 'America/New_York', sundays('09:00', '17:00'))).toBe(
      '2026-11-01T14:00:00.000Z',
    );
  });

  it('New York fall back: a repeated 01:30 opens at its first occurrence, and again at its second', () => {
    const window = sundays('01:30', '05:00');
    expect(next('2026-11-01T04:00:00Z', 'America/New_York', window)).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(next('2026-11-01T05:45:00Z', 'America/New_York', window)).toBe('2026-11-01T05:45:00.000Z'); // 01:45 EDT
    expect(next('2026-11-01T06:10:00Z', 'America/New_York', window)).toBe('2026-11-01T06:30:00.000Z'); // 01:10 EST
  });

  it('New York fall back: a window inside the repeated hour reopens when the clock goes back', () => {
    // 00:30-01:20: at 01:25 EDT the window has closed, but at 02:00 EDT the clock shows 01:00 EST again.
    expect(next('2026-11-01T05:25:00Z', 'America/New_York', sundays('00:30', '01:20'))).toBe(
      '2026-11-01T06:00:00.000Z',
    );
  });

  it('London spring forward (2026-03-29): 09:00 is 09:00 BST; 01:30 opens at 02:00 BST', () => {
    expect(next('2026-03-29T00:00:00Z', 'Europe/London', sundays('09:00', '17:00'))).toBe('2026-03-29T08:00:00.000Z');
    expect(next('2026-03-29T00:00:00Z', 'Europe/London', sundays('01:30', '03:00'))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('London spring forward: a window wholly inside the skipped hour waits a week', () => {
    expect(next('2026-03-29T00:00:00Z', 'Europe/London', sundays('01:00', '02:00'))).toBe('2026-04-05T00:00:00.000Z');
  });

  it('London fall back (2026-10-25): 09:00 is 09:00 GMT; 01:15 opens at 01:15 BST', () => {
    expect(next('2026-10-25T00:00:00Z', 'Europe/London', sundays('09:00', '17:00'))).toBe('2026-10-25T09:00:00.000Z');
    expect(next('2026-10-25T00:00:00Z', 'Europe/London', sundays('01:15', '03:00'))).toBe('2026-10-25T00:15:00.000Z');
  });

  it('a zone whose clocks change at midnight (America/Santiago, 2026-09-06)', () => {
    // 00:00 does not exist that Sunday; the day starts at 01:00 -03.
    expect(next('2026-09-06T03:30:00Z', 'America/Santiago', sundays('00:00', '02:00'))).toBe(
      '2026-09-06T04:00:00.000Z',
    );
  });
});

describe('nextSendTime: invalid input', () => {
  it.each(['Mars/Olympus', 'Not a zone', 'America/Nowhere'])('rejects the time zone %s, naming it', (zone) => {
    expect(() => nextSendTime(new Date('2026-03-02T00:00:00Z'), zone)).toThrow(RangeError);
    expect(() => nextSendTime(new Date('2026-03-02T00:00:00Z'), zone)).toThrow(zone);
  });

  it('rejects an empty time zone and an invalid date', () => {
    expect(() => nextSendTime(new Date('2026-03-02T00:00:00Z'), '')).toThrow(/time zone/i);
    expect(() => nextSendTime(new Date('nope'), 'UTC')).toThrow(RangeError);
  });

  it.each<[string, SendWindow, RegExp]>([
    ['no weekdays', { weekdays: [], start: '09:00', end: '17:00' }, /weekdays/],
    ['weekday 0', { weekdays: [0], start: '09:00', end: '17:00' }, /weekday 0/],
    ['weekday 8', { weekdays: [1, 8], start: '09:00', end: '17:00' }, /weekday 8/],
    ['weekday 1.5', { weekdays: [1.5], start: '09:00', end: '17:00' }, /weekday 1.5/],
    ['start 9:00', { weekdays: [1], start: '9:00', end: '17:00' }, /start/],
    ['end 25:00', { weekdays: [1], start: '09:00', end: '25:00' }, /end/],
    ['start 24:00', { weekdays: [1], start: '24:00', end: '24:00' }, /start/],
    ['start after end', { weekdays: [1], start: '17:00', end: '09:00' }, /before end/],
    ['empty window', { weekdays: [1], start: '09:00', end: '09:00' }, /before end/],
  ])('rejects a window with %s', (_name, window, message) => {
    expect(() => nextSendTime(new Date('2026-03-02T00:00:00Z'), 'UTC', window)).toThrow(RangeError);
    expect(() => nextSendTime(new Date('2026-03-02T00:00:00Z'), 'UTC', window)).toThrow(message);
  });

  it('never lets a caller change BUSINESS_HOURS', () => {
    expect(BUSINESS_HOURS).toEqual({ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' });
    expect(() => BUSINESS_HOURS.weekdays.push(6)).toThrow(TypeError);
  });
});

describe('isValidTimeZone and isInSendWindow', () => {
  it('accepts IANA names and rejects anything else', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'UTC']) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
    for (const zone of ['Mars/Olympus', '', '   ', 42, null, undefined]) {
      expect(isValidTimeZone(zone)).toBe(false);
    }
  });

  it('tells whether an instant is inside the window', () => {
    expect(isInSendWindow(new Date('2026-03-09T13:00:00Z'), 'America/New_York')).toBe(true);
    expect(isInSendWindow(new Date('2026-03-09T12:59:59.999Z'), 'America/New_York')).toBe(false);
    expect(isInSendWindow(new Date('2026-03-07T15:00:00Z'), 'America/New_York')).toBe(false); // Saturday
  });
});

// ---- properties -------------------------------------------------------------

const ZONES = [
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'UTC',
  'Australia/Lord_Howe', // 30-minute DST shift
  'America/St_Johns',
  'Pacific/Chatham', // +12:45 / +13:45
  'America/Santiago', // changes at midnight
  'Pacific/Apia', // skipped 30 December 2011 entirely
  'Africa/Casablanca',
];

const atArb = fc
  .integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2035, 0, 1) })
  .map((t) => new Date(t));

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const windowArb: fc.Arbitrary<SendWindow> = fc
  .record({
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    start: fc.integer({ min: 0, max: 1439 }),
    length: fc.integer({ min: 1, max: 1440 }),
  })
  .map(({ weekdays, start, length }) => ({
    weekdays,
    start: hhmm(start),
    end: hhmm(Math.min(start + length, 1440)),
  }));

describe('nextSendTime: properties', () => {
  it('is at or after `at`, inside the window, and returns `at` itself when `at` is inside', () => {
    fc.assert(
      fc.property(atArb, fc.constantFrom(...ZONES), windowArb, (at, zone, window) => {
        const result = nextSendTime(at, zone, window);
        expect(result.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(inWindowByIntl(result, zone, window)).toBe(true);
        if (inWindowByIntl(at, zone, window)) expect(result.getTime()).toBe(at.getTime());
        else expect(inWindowByIntl(new Date(result.getTime() - 1), zone, window)).toBe(false);
        expect(result.getTime() - at.getTime()).toBeLessThanOrEqual(8 * 86_400_000);
      }),
      { numRuns: 300 },
    );
  });

  it('skips no opening: no sampled minute between `at` and the result is inside the window', () => {
    fc.assert(
      fc.property(atArb, fc.constantFrom(...ZONES), fc.oneof(fc.constant(BUSINESS_HOURS), windowArb), (at, zone, window) => {
        const result = nextSendTime(at, zone, window).getTime();
        for (let t = at.getTime(); t < result; t += 15 * 60_000) {
          expect(inWindowByIntl(new Date(t), zone, window)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('matches a minute-by-minute scan around every 2026 change in New York and London', () => {
    const window = sundays('00:30', '03:30');
    const MINUTE = 60_000;
    for (const [zone, changeIso] of [
      ['America/New_York', '2026-03-08T07:00:00Z'],
      ['America/New_York', '2026-11-01T06:00:00Z'],
      ['Europe/London', '2026-03-29T01:00:00Z'],
      ['Europe/London', '2026-10-25T01:00:00Z'],
    ] as const) {
      const from = Date.parse(changeIso) - 4 * 3_600_000;
      const to = from + 10 * 3_600_000;
      // Scanning backwards, remember the next in-window minute for every minute.
      let expected: number | null = null;
      for (let t = to; t >= from; t -= MINUTE) {
        if (inWindowByIntl(new Date(t), zone, window)) expected = t;
        const result = nextSendTime(new Date(t), zone, window).getTime();
        if (expected !== null) expect(iso(new Date(result))).toBe(iso(new Date(expected)));
        else expect(result).toBeGreaterThan(to);
      }
    }
  });
});
