import { Injectable } from '@nestjs/common';
import { InjectConfig, JOB_NAMES, type AppConfig, type JobPayloads } from '@nextstep/platform';
import type { Queue } from 'bullmq';
import { ALERT_CRON, alertSchedulerId } from './alert-windows';
import { JobAlertStore } from './job-alert.store';

/** A missed run (Postgres down) is retried for a few minutes; the next window takes its jobs anyway. */
export const ALERT_RUN_JOB_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: 100, removeOnFail: 500 } as const;

/**
 * The BullMQ job schedulers of the alert runs: one every
 * JOB_ALERT_BATCH_MINUTES for instant alerts, and one per time zone and
 * frequency for daily (weekdays 08:00) and weekly (Mondays 08:00) alerts,
 * like the owed-news digest. Schedulers live in Redis, so each run happens
 * once however many workers there are.
 */
@Injectable()
export class JobAlertSchedules {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly store: JobAlertStore,
  ) {}

  async sync(queue: Queue): Promise<void> {
    const instant: JobPayloads[typeof JOB_NAMES.jobAlertRun] = { frequency: 'instant', timeZone: null };
    await queue.upsertJobScheduler(
      alertSchedulerId('instant', null),
      { every: this.config.jobAlerts.batchMinutes * 60_000 },
      { name: JOB_NAMES.jobAlertRun, data: instant, opts: ALERT_RUN_JOB_OPTIONS },
    );
    for (const { frequency, timeZone } of await this.store.runsInUse()) {
      if (frequency === 'instant') continue;
      const data: JobPayloads[typeof JOB_NAMES.jobAlertRun] = { frequency, timeZone };
      await queue.upsertJobScheduler(
        alertSchedulerId(frequency, timeZone),
        { pattern: ALERT_CRON[frequency], tz: timeZone },
        { name: JOB_NAMES.jobAlertRun, data, opts: ALERT_RUN_JOB_OPTIONS },
      );
    }
  }
}
