import type { DefaultJobOptions } from 'bullmq';

/*
 * The account e-mails' own queue. The API both adds and works these jobs:
 * they are transactional (someone waits for the link), carry a single-use
 * secret that must not sit in Postgres in the clear, and need nothing of the
 * worker's planning. The names are stored in Redis: never rename one without
 * draining the queue first.
 */
export const ACCOUNT_EMAIL_QUEUE = 'account-emails';
export const SEND_ACCOUNT_EMAIL = 'send-account-email';

export type AccountEmailJob =
  | {
      kind: 'password_reset' | 'verify_email';
      userId: string;
      /** The link's token. Only its hash is in Postgres; the job is deleted once the e-mail is sent. */
      token: string;
      requestedAt: string;
      expiresAt: string;
    }
  | { kind: 'password_changed'; userId: string; changedAt: string };

/** Retries ride out an SMTP hiccup; a finished job is deleted at once, a failed one once its link has expired anyway. */
export function accountEmailJobOptions(keepFailedSeconds: number): DefaultJobOptions {
  return {
    attempts: 6,
    backoff: { type: 'exponential', delay: 2_000, jitter: 0.5 },
    removeOnComplete: true,
    removeOnFail: { age: keepFailedSeconds },
  };
}
