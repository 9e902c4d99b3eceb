import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import {
  InjectConfig,
  type AppConfig,
  producerConnection,
  workerConnection,
  DIGEST_JOB_OPTIONS,
  JOB_NAMES,
  JOB_SCHEDULES,
  MAINTENANCE_JOB_OPTIONS,
  QUEUE_JOBS,
  QUEUE_NAMES,
  type JobName,
  type JobPayloads,
  type QueueName,
} from '@nextstep/platform';
import { Queue, Worker, type Job } from 'bullmq';
import { Branch } from '@nextstep/db';
import { DataSource } from 'typeorm';
import { JobAlertRuns } from '../alerts/job-alert-runs.service';
import { JobAlertSchedules } from '../alerts/job-alert-schedules.service';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { OwedNewsDigestService, owedNewsSchedulerId } from '../sending/owed-news-digest.service';
import { ScheduledEmailProcessor } from '../sending/scheduled-email.processor';
import { EMAIL_CONCURRENCY } from './email-concurrency';
import { EmailQueue } from './email.queue';

export const WORKER_TUNING = Symbol('WORKER_TUNING');
export interface WorkerTuning {
  stalledIntervalMs?: number | undefined;
}

/** One handler per job name, each receiving its own payload type (JobPayloads). */
export type JobHandlers = { [J in JobName]: (job: Job<JobPayloads[J]>) => Promise<unknown> };
type Handler = (job: Job) => Promise<unknown>;

/** Every job name of every queue must appear here, or the worker refuses to start. */
export function checkHandlers(handlers: Partial<Record<JobName, Handler>>, queueJobs: typeof QUEUE_JOBS = QUEUE_JOBS): void {
  const missing = Object.entries(queueJobs).flatMap(([queue, names]) =>
    names.filter((name) => !handlers[name]).map((name) => `${queue}/${name}`),
  );
  if (missing.length) throw new Error(`No handler for job ${missing.join(', ')}; refusing to start`);
}

/**
 * Runs the BullMQ workers and the job schedulers that tick the relay and the
 * sweep. Shutdown closes the workers first, which waits for running jobs.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];
  /** The queue holding the relay, sweep and digest schedulers; null until bootstrap. */
  maintenance: Queue | null = null;
  private readonly handlers: JobHandlers;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
    private readonly emailQueue: EmailQueue,
    private readonly processor: ScheduledEmailProcessor,
    private readonly digest: OwedNewsDigestService,
    private readonly dataSource: DataSource,
    @Inject(WORKER_TUNING) private readonly tuning: WorkerTuning,
    private readonly alertRuns: JobAlertRuns,
    private readonly alertSchedules: JobAlertSchedules,
  ) {
    this.handlers = {
      [JOB_NAMES.sendScheduledEmail]: (job) => this.processor.process(job),
      [JOB_NAMES.relayOutbox]: () => this.relay.kick(),
      [JOB_NAMES.sweepScheduledEmails]: async () => {
        // New branches get their digest schedule within one sweep.
        await this.syncDigestSchedulers();
        // Likewise a time zone's first daily or weekly job alert.
        if (this.maintenance) await this.alertSchedules.sync(this.maintenance);
        return this.emailQueue.sweep();
      },
      [JOB_NAMES.owedNewsDigest]: (job) => this.digest.send(job.data.branchId),
      [JOB_NAMES.jobAlertRun]: (job) => this.alertRuns.run(job.data),
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    checkHandlers(this.handlers as Partial<Record<JobName, Handler>>);
    const { prefix } = this.config.redis;
    this.maintenance = new Queue(QUEUE_NAMES.maintenance, { connection: producerConnection(this.config, 'nextstep-maintenance'), prefix });
    this.maintenance.on('error', () => undefined);
    // Job schedulers live in Redis, so however many workers run, each tick happens once.
    for (const name of [JOB_NAMES.relayOutbox, JOB_NAMES.sweepScheduledEmails] as const) {
      await this.maintenance.upsertJobScheduler(name, JOB_SCHEDULES[name], { name, opts: MAINTENANCE_JOB_OPTIONS });
    }

    await this.syncDigestSchedulers();
    await this.alertSchedules.sync(this.maintenance);

    this.start(QUEUE_NAMES.maintenance, { concurrency: 2 });
    this.start(QUEUE_NAMES.emails, {
      concurrency: EMAIL_CONCURRENCY,
      limiter: { max: this.config.emails.ratePerSecond, duration: 1_000 },
    });
    // Closing a BullMQ connection that is still initialising emits an 'error' nobody listens to any more
    // (and crashes the process), so the worker only counts as started once every connection is up.
    await Promise.all([this.emailQueue.queue.waitUntilReady(), ...this.workers.map((worker) => worker.waitUntilReady())]);
    // Catch up with rows Redis does not know about (e.g. written while it was down).
    void this.emailQueue.sweep().catch((error: Error) => this.logger.warn(`Start-up sweep failed: ${error.message}`));
  }

  private start(queue: QueueName, options: { concurrency: number; limiter?: { max: number; duration: number } }): void {
    const worker = new Worker(
      queue,
      async (job) => {
        // The job's name selects its handler, and with it the payload type (JobPayloads).
        const handler = (this.handlers as Partial<Record<string, Handler>>)[job.name];
        if (!handler) throw new Error(`No handler for job ${queue}/${job.name}`);
        return handler(job);
      },
      {
        connection: workerConnection(this.config, `nextstep-worker-${queue}`),
        prefix: this.config.redis.prefix,
        ...(this.tuning.stalledIntervalMs ? { stalledInterval: this.tuning.stalledIntervalMs } : {}),
        ...options,
      },
    );
    worker.on('error', (error) => this.logger.warn(`Queue ${queue}: ${error.message}`));
    worker.on('failed', (job, error) => {
      if (job) this.logger.warn(`Job ${queue}/${job.name} ${job.id} failed (attempt ${job.attemptsMade}): ${error.message}`);
    });
    this.workers.push(worker);
  }

  /** One cron job scheduler per branch, in the branch's time zone (BullMQ keeps them in Redis). */
  async syncDigestSchedulers(): Promise<void> {
    if (!this.maintenance) return;
    const branches = await this.dataSource.getRepository(Branch).find({ select: { id: true, timeZone: true } });
    for (const branch of branches) {
      const data: JobPayloads[typeof JOB_NAMES.owedNewsDigest] = { branchId: branch.id };
      await this.maintenance.upsertJobScheduler(
        owedNewsSchedulerId(branch.id),
        { ...JOB_SCHEDULES[JOB_NAMES.owedNewsDigest], tz: branch.timeZone },
        { name: JOB_NAMES.owedNewsDigest, data, opts: DIGEST_JOB_OPTIONS },
      );
    }
  }

  /** Lets running jobs finish (BullMQ's close waits for them), before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await this.maintenance?.close().catch(() => undefined);
  }
}
