/**
 * Shifts and the schedule text each one allows. A job's title names its shift
 * ("Forklift Operator – 2nd Shift") and its description's schedule line is
 * drawn from that shift's list only, so the two can never disagree.
 */

export const SHIFTS = ['day', 'second', 'night', 'weekend'] as const;
export type Shift = (typeof SHIFTS)[number];

/**
 * How a kind of work is scheduled: a warehouse runs three shifts, a hospital
 * 12-hour ones, an office only days.
 */
export type SchedulePattern = 'plant' | 'care' | 'office' | 'field' | 'kitchen';

/** The words a title uses for a shift; day work usually goes unsaid (null). */
export const SHIFT_LABELS: Record<Shift, ReadonlyArray<string | null>> = {
  day: [null, null, null, '1st Shift', 'Day Shift'],
  second: ['2nd Shift', 'Second Shift', 'Evening Shift'],
  night: ['Night Shift', '3rd Shift', 'Overnight'],
  weekend: ['Weekend Shift', 'Weekends'],
};

/** Schedule lines by pattern and shift. Every time is written "h:mm am/pm", starting time first. */
export const SCHEDULES: Record<SchedulePattern, Partial<Record<Shift, readonly string[]>>> = {
  plant: {
    day: [
      'Monday to Friday, 6:00 am to 2:30 pm, with overtime available most weeks.',
      'Monday to Friday, 7:00 am to 3:30 pm.',
      'Four ten-hour days, 6:00 am to 4:30 pm, Monday to Thursday.',
    ],
    second: [
      'Monday to Friday, 3:00 pm to 11:30 pm, with a $1.50 an hour shift differential.',
      'Monday to Friday, 2:30 pm to 11:00 pm, with a $1.25 an hour shift differential.',
      'Monday to Thursday, 3:00 pm to 1:30 am (four ten-hour shifts), with a shift differential.',
    ],
    night: [
      'Sunday to Thursday, 11:00 pm to 7:30 am, with a $2.00 an hour night differential.',
      'Monday to Friday, 10:30 pm to 7:00 am, with a night shift differential.',
    ],
    weekend: [
      'Friday to Sunday, 6:00 am to 6:30 pm: three 12-hour shifts, paid for 40 hours.',
      'Saturday and Sunday, 6:00 am to 6:30 pm, plus one 8-hour Friday shift.',
    ],
  },
  care: {
    day: [
      'Three 12-hour shifts a week, 7:00 am to 7:30 pm, every third weekend.',
      'Five 8-hour days, 6:00 am to 2:30 pm, every other weekend.',
      'Five 8-hour days, 7:00 am to 3:30 pm, with every other weekend and a holiday rotation.',
    ],
    second: [
      'Five evenings a week, 3:00 pm to 11:30 pm, every other weekend, with an evening differential.',
      'Four evenings a week, 2:00 pm to 10:30 pm, with an evening differential.',
    ],
    night: [
      'Three 12-hour nights a week, 7:00 pm to 7:30 am, with a night differential.',
      'Five nights a week, 11:00 pm to 7:30 am, every other weekend, with a night differential.',
    ],
    weekend: [
      'Saturday and Sunday, 7:00 am to 7:30 pm: the weekend program, paid at a premium rate.',
      'Saturday and Sunday, 6:45 am to 7:15 pm, with extra weekday shifts when you want them.',
    ],
  },
  office: {
    day: [
      'Monday to Friday, 8:00 am to 4:30 pm.',
      'Monday to Friday, 8:30 am to 5:00 pm, hybrid after training.',
      'Monday to Friday, 9:00 am to 5:30 pm, on site.',
    ],
  },
  field: {
    day: [
      'Monday to Friday, 6:00 am to 2:30 pm.',
      'Monday to Friday, 7:00 am to 3:30 pm, with occasional overtime.',
      'Four ten-hour days, 6:00 am to 4:30 pm, Monday to Thursday.',
    ],
    second: ['Monday to Friday, 2:00 pm to 10:30 pm, with a shift differential.'],
    night: ['Sunday to Thursday, 10:00 pm to 6:30 am, with a night differential.'],
    weekend: ['Friday to Sunday, 6:00 am to 4:30 pm: three ten-hour days, with a weekend premium.'],
  },
  kitchen: {
    day: [
      'Five days a week, 6:00 am to 2:30 pm, including some weekends.',
      'Five days a week, 9:00 am to 5:30 pm, including some weekends.',
    ],
    second: ['Tuesday to Saturday, 3:00 pm to 11:30 pm.', 'Five evenings a week, 4:00 pm to 12:30 am.'],
    night: ['Five nights a week, 10:00 pm to 6:30 am.'],
    weekend: ['Friday to Sunday, 7:00 am to 5:30 pm, with a weekend premium.', 'Saturday and Sunday, 6:00 am to 6:30 pm, plus one weekday shift.'],
  },
};

/** The shifts a pattern offers: the keys of its schedule table. */
export function shiftsOf(pattern: SchedulePattern): Shift[] {
  return SHIFTS.filter((shift) => SCHEDULES[pattern][shift]?.length);
}

/** The shift a title names, read the way a person would ("Nights", "2nd Shift"); day when it names none. */
export function shiftOfTitle(title: string): Shift {
  if (/\b(2nd|second|evening)\s+shift\b/i.test(title)) return 'second';
  if (/\b(night|nights|overnight|3rd shift|third shift)\b/i.test(title)) return 'night';
  if (/\bweekends?\b/i.test(title)) return 'weekend';
  return 'day';
}
