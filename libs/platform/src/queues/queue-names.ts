import type { DefaultJobOptions } from 'bullmq';

/*
 * Every queue name, job name and payload the worker uses, declared once.
 *
 * These strings are stored in Redis (as key names and inside waiting, delayed
 * and repeatable jobs). Renaming one strands every job already queued under
 * the old name: never rename without a migration plan (drain, or re-add from
 * the scheduled_emails rows, which the sweep can do).
 */

export const QUEUE_NAMES = {
  /** One delayed job per scheduled_emails row; jobId = the row's id. */
  emails: 'emails',
  /** Relay and sweep ticks (BullMQ job schedulers) that keep Postgres and Redis in step. */
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export const JOB_NAMES = {
  sendScheduledEmail: 'send-scheduled-email',
  relayOutbox: 'relay-outbox',
  sweepScheduledEmails: 'sweep-scheduled-emails',
  /** One job scheduler per branch (`owed-news-digest:<branchId>`), weekdays 08:00 branch time. */
  owedNewsDigest: 'owed-news-digest',
  /** Job alert runs: one scheduler every JOB_ALERT_BATCH_MINUTES (instant), one per time zone for daily and weekly (08:00 local). */
  jobAlertRun: 'job-alert-run',
} as const;
export type JobName = (typeof JOB_NAMES)[keyof typeof JOB_NAMES];

/** Which job names each queue carries; the worker refuses to start if one has no handler. */
export const QUEUE_JOBS: { readonly [Q in QueueName]: readonly JobName[] } = {
  [QUEUE_NAMES.emails]: [JOB_NAMES.sendScheduledEmail],
  [QUEUE_NAMES.maintenance]: [JOB_NAMES.relayOutbox, JOB_NAMES.sweepScheduledEmails, JOB_NAMES.owedNewsDigest, JOB_NAMES.jobAlertRun],
};

/** Ids only: the processor reloads everything from Postgres, which stays the truth. */
export interface SendScheduledEmailPayload {
  scheduledEmailId: string;
}

/** Each job's payload, by job name: a handler receives exactly its own type. */
export interface JobPayloads {
  [JOB_NAMES.sendScheduledEmail]: SendScheduledEmailPayload;
  [JOB_NAMES.relayOutbox]: Record<string, never>;
  [JOB_NAMES.sweepScheduledEmails]: Record<string, never>;
  [JOB_NAMES.owedNewsDigest]: { branchId: string };
  [JOB_NAMES.jobAlertRun]: { frequency: 'instant' | 'daily' | 'weekly'; timeZone: string | null };
}

/** When the recurring jobs run (BullMQ job schedulers, kept in Redis so each tick happens once however many workers run). */
export const JOB_SCHEDULES = {
  [JOB_NAMES.relayOutbox]: { every: 5_000 },
  [JOB_NAMES.sweepScheduledEmails]: { every: 30_000 },
  /** Weekdays at 08:00, read in each branch's own time zone; one scheduler per branch (`owed-news-digest:<branchId>`). */
  [JOB_NAMES.owedNewsDigest]: { pattern: '0 8 * * 1-5' },
} as const;

/** Attempts for a transient SMTP failure before the row is marked failed. */
export const EMAIL_JOB_ATTEMPTS = 8;

export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: EMAIL_JOB_ATTEMPTS,
  // 2 s, 4 s, 8 s … with up to half of each delay random, so a recovering SMTP server is not hit in lock-step.
  backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 },
  // Enough history to debug a day of sends without letting Redis grow without bound.
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 50_000 },
};

/** How often the relay and the sweep run when nothing wakes them earlier. */
export const RELAY_EVERY_MS = JOB_SCHEDULES[JOB_NAMES.relayOutbox].every;
export const SWEEP_EVERY_MS = JOB_SCHEDULES[JOB_NAMES.sweepScheduledEmails].every;

/** Options of the recurring maintenance jobs: their history is short, a failed tick is retried by the next. */
export const MAINTENANCE_JOB_OPTIONS = { removeOnComplete: true, removeOnFail: 100 } as const;
/** A digest missed because Postgres or SMTP was down is retried for a few minutes, then left to the next day. */
export const DIGEST_JOB_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: 100, removeOnFail: 500 } as const;
