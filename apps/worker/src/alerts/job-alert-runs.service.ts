import { Injectable, Logger } from '@nestjs/common';
import type { JobAlertFrequency } from '@nextstep/db';
import { Clock, InjectConfig, type AppConfig } from '@nextstep/platform';
import { EmailQueue } from '../queues/email.queue';
import { alertWindow } from './alert-windows';
import { JobAlertMatcher } from './job-alert-matcher.service';
import { JobAlertStore } from './job-alert.store';

export interface AlertRun {
  frequency: JobAlertFrequency;
  /** Null for instant alerts, which do not wait for a time of day. */
  timeZone: string | null;
}

export interface RunReport {
  window: string;
  planned: number;
}

/**
 * One run of a job-alert scheduler: brings the matches up to date, plans
 * this window's e-mails (scheduled_emails rows, committed with the jobs they
 * list) and wakes the sender for them. The rows go out through the same
 * claim, lease, rate limit and retries as every other e-mail.
 */
@Injectable()
export class JobAlertRuns {
  private readonly logger = new Logger(JobAlertRuns.name);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly store: JobAlertStore,
    private readonly matcher: JobAlertMatcher,
    private readonly emailQueue: EmailQueue,
    private readonly clock: Clock,
  ) {}

  async run({ frequency, timeZone }: AlertRun): Promise<RunReport> {
    const now = this.clock.now();
    const window = alertWindow(frequency, timeZone, now, this.config.jobAlerts.batchMinutes);
    const planned = await this.store.exclusive(async (manager) => {
      await this.matcher.catchUp(manager, now);
      return this.store.plan(manager, { frequency, timeZone: frequency === 'instant' ? null : timeZone, window, now });
    });
    // Committed first: if Redis is down now, the sweep queues the rows later.
    if (planned.length) await this.emailQueue.publish({ add: planned, remove: [] });
    if (planned.length) this.logger.log(`Job alerts ${window}${timeZone ? ` (${timeZone})` : ''}: ${planned.length} e-mails planned`);
    return { window, planned: planned.length };
  }
}
