import { JobAlert, type Branch, type Company, type Job } from '@nextstep/db';
import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import { Clock, JOB_NAMES } from '@nextstep/platform';
import type { Job as BullJob, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { DataSource, DeepPartial } from 'typeorm';
import { QueueWorkers } from '../../queues/queue-workers.service';
import { eventually, type TestWorker } from '../../testing/worker-fixtures';
import { JobAlertSchedules } from '../job-alert-schedules.service';

/** A clock that moves only when the test says so. */
export class TestClock extends Clock {
  constructor(private at: Date) {
    super();
  }
  now(): Date {
    return new Date(this.at);
  }
  set(at: Date): void {
    this.at = new Date(at);
  }
}

export const MINUTE = 60_000;

export interface Board {
  branch: Branch;
  company: Company;
  job(overrides?: Omit<DeepPartial<Job>, 'branch' | 'company'>): Promise<Job>;
}

export async function createBoard(dataSource: DataSource): Promise<Board> {
  const branch = await createBranch(dataSource, { name: 'Nextstep Joliet', city: 'Joliet', region: 'IL', postalCode: '60435', latitude: 41.525, longitude: -88.0817 });
  const company = await createCompany(dataSource, { name: 'Acme Logistics' });
  return { branch, company, job: (overrides = {}) => createJob(dataSource, { branch, company, ...overrides }) };
}

export { createCandidate } from '../../testing/worker-fixtures';

/** A confirmed, active alert, as the API stores it (the worker matches it on its next run). */
export function createAlert(dataSource: DataSource, fields: DeepPartial<JobAlert> & Pick<JobAlert, 'frequency' | 'activeSince'>): Promise<JobAlert> {
  return dataSource.getRepository(JobAlert).save({
    userId: null,
    email: null,
    name: `Alert ${randomUUID().slice(0, 6)}`,
    timeZone: 'America/Chicago',
    confirmedAt: fields.activeSince,
    ...fields,
  });
}

/** The maintenance queue (relay, sweep, digest and alert schedulers) of a started worker. */
export function maintenanceOf(worker: TestWorker): Queue {
  const queue = worker.app.get(QueueWorkers).maintenance;
  if (!queue) throw new Error('the worker has not started its queues');
  return queue;
}

/** Brings the alert schedulers in line with the alerts now in the database (the sweep does it every 30 s). */
export async function syncAlertSchedulers(worker: TestWorker): Promise<Queue> {
  const queue = maintenanceOf(worker);
  await worker.app.get(JobAlertSchedules).sync(queue);
  return queue;
}

/**
 * Runs a job scheduler's next job now instead of at its time (which the
 * test's clock stands for), and waits until it is done. Returns the job's result.
 */
export async function fireScheduler<T>(queue: Queue, schedulerId: string): Promise<T> {
  const scheduler = await queue.getJobScheduler(schedulerId);
  if (!scheduler?.next) throw new Error(`no scheduler ${schedulerId}`);
  const job = await eventually(
    async () => (await queue.getDelayed()).find((delayed: BullJob) => delayed.repeatJobKey === schedulerId && delayed.name === JOB_NAMES.jobAlertRun),
    `the next job of ${schedulerId}`,
  );
  await job.promote();
  return eventually(async () => {
    const state = await job.getState();
    if (state === 'failed') throw new Error(`${schedulerId} failed: ${(await queue.getJob(job.id ?? ''))?.failedReason}`);
    return state === 'completed' ? ((await queue.getJob(job.id ?? ''))?.returnvalue as T) : undefined;
  }, `${schedulerId} to finish`);
}
