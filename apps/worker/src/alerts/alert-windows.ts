import type { JobAlertFrequency } from '@nextstep/db';
import { wallClockParts } from '@nextstep/guidance';

/*
 * When alert e-mails go, and what makes two of them the same e-mail.
 *
 * A window is the period one e-mail of an alert covers. Its key is part of
 * the scheduled_emails dedupe key `job_alert:<alert>:<window>`, and the
 * unique index on that key (pending and sent rows) means a window is sent at
 * most once, whichever worker runs it and however often.
 */

/** Daily alerts go Monday to Friday at 08:00 and weekly ones on Mondays at 08:00, read in the alert's time zone. */
export const ALERT_CRON: Record<Exclude<JobAlertFrequency, 'instant'>, string> = {
  daily: '0 8 * * 1-5',
  weekly: '0 8 * * 1',
};

/** The BullMQ job-scheduler id of one run: `job-alerts:instant`, `job-alerts:daily:America/New_York`, … */
export function alertSchedulerId(frequency: JobAlertFrequency, timeZone: string | null): string {
  return frequency === 'instant' ? 'job-alerts:instant' : `job-alerts:${frequency}:${timeZone ?? ''}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 week (`2026-W49`) of a calendar date. */
export function isoWeek(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  // The Thursday of the same week decides the week's year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${pad(week)}`;
}

/**
 * The window a run at `now` covers. Instant alerts are batched in slots of
 * `batchMinutes` (counted from the epoch, so every worker agrees); daily
 * ones by the local date, weekly ones by the local ISO week.
 */
export function alertWindow(frequency: JobAlertFrequency, timeZone: string | null, now: Date, batchMinutes: number): string {
  if (frequency === 'instant') {
    const slot = batchMinutes * 60_000;
    return `instant:${new Date(Math.floor(now.getTime() / slot) * slot).toISOString()}`;
  }
  if (!timeZone) throw new RangeError(`A ${frequency} run needs a time zone`);
  const { year, month, day } = wallClockParts(now, timeZone);
  return frequency === 'daily' ? `daily:${year}-${pad(month)}-${pad(day)}` : `weekly:${isoWeek(year, month, day)}`;
}

export function alertEmailKey(alertId: string, window: string): string {
  return `job_alert:${alertId}:${window}`;
}
