import type { Provider } from '@nestjs/common';
import { JobAlertEmails } from './job-alert-emails.service';
import { JobAlertMatcher } from './job-alert-matcher.service';
import { JobAlertRuns } from './job-alert-runs.service';
import { JobAlertSchedules } from './job-alert-schedules.service';
import { JobAlertStore } from './job-alert.store';

/** Everything the worker needs for job alerts; registered by WorkerModule. */
export const JOB_ALERT_PROVIDERS: Provider[] = [JobAlertStore, JobAlertMatcher, JobAlertRuns, JobAlertEmails, JobAlertSchedules];
