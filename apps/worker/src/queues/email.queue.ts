import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  Clock,
  InjectConfig,
  type AppConfig,
  producerConnection,
  DEFAULT_JOB_OPTIONS,
  JOB_NAMES,
  QUEUE_NAMES,
  type SendScheduledEmailPayload,
} from '@nextstep/platform';
import { Queue } from 'bullmq';
import type { QueueChanges } from '../scheduling/email-scheduler.service';
import { ScheduledEmailStore } from '../store/scheduled-email.store';

/** A Redis call that has not answered in this time is treated as Redis being down. */
const REDIS_OP_TIMEOUT_MS = 3_000;
/** A scheduled row this overdue whose job is not waiting anywhere has lost its job (e.g. Redis was flushed). */
const OVERDUE_GRACE_MS = 60_000;
const SWEEP_BATCH = 1_000;
const ADD_BULK_SIZE = 500;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what}: Redis did not answer within ${REDIS_OP_TIMEOUT_MS} ms`)),
      REDIS_OP_TIMEOUT_MS,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * The delayed BullMQ jobs that wake the worker for scheduled_emails rows.
 * Rows are the truth: a failed Redis call is logged and left for the sweep,
 * never thrown at the relay.
 */
@Injectable()
export class EmailQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(EmailQueue.name);
  readonly queue: Queue<SendScheduledEmailPayload>;

  constructor(
    @InjectConfig() config: AppConfig,
    private readonly store: ScheduledEmailStore,
    private readonly clock: Clock,
  ) {
    this.queue = new Queue<SendScheduledEmailPayload>(QUEUE_NAMES.emails, {
      connection: producerConnection(config, 'nextstep-email-producer'),
      prefix: config.redis.prefix,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    });
    this.queue.on('error', () => undefined);
  }

  /** Tells Redis about committed changes; returns whether every call succeeded. */
  async publish(changes: QueueChanges): Promise<boolean> {
    let ok = true;
    for (const id of changes.remove) {
      // An active job cannot be removed (it holds a lock); its processor finds the row cancelled and skips.
      await withTimeout(this.queue.remove(id), 'remove job').catch((error: Error) => {
        if (!/locked|active/i.test(error.message)) ok = false;
      });
    }
    const added: string[] = [];
    // One round trip per batch: a relay batch can plan hundreds of e-mails.
    for (let start = 0; start < changes.add.length; start += ADD_BULK_SIZE) {
      const chunk = changes.add.slice(start, start + ADD_BULK_SIZE);
      try {
        await withTimeout(this.queue.addBulk(chunk.map(({ id, sendAt }) => this.jobFor(id, sendAt))), 'add jobs');
        added.push(...chunk.map(({ id }) => id));
      } catch (error) {
        ok = false;
        this.logger.warn(`Could not queue ${chunk.length} scheduled e-mails; the sweep will retry: ${(error as Error).message}`);
      }
    }
    if (added.length) await this.store.markEnqueued(added);
    return ok;
  }

  private jobFor(id: string, sendAt: Date) {
    const delay = Math.max(0, sendAt.getTime() - this.clock.now().getTime());
    // The same jobId twice is a no-op in BullMQ, so a repeated add never makes a second job.
    return { name: JOB_NAMES.sendScheduledEmail, data: { scheduledEmailId: id }, opts: { jobId: id, delay } };
  }

  private async addJob(id: string, sendAt: Date): Promise<void> {
    const job = this.jobFor(id, sendAt);
    await withTimeout(this.queue.add(job.name, job.data, job.opts), 'add job');
  }

  /**
   * Adds the jobs Redis is missing: rows never queued (Redis was down), rows
   * overdue whose job is gone, and rows whose sender died mid-send (lease
   * expired). Returns how many jobs it (re)added.
   */
  async sweep(): Promise<number> {
    const rows = await this.store.sweepCandidates(new Date(this.clock.now().getTime() - OVERDUE_GRACE_MS), SWEEP_BATCH);
    let added = 0;
    const queued: string[] = [];
    for (const row of rows) {
      try {
        const job = await withTimeout(this.queue.getJob(row.id), 'get job');
        const state = job ? await withTimeout(job.getState(), 'job state') : 'missing';
        if (['waiting', 'delayed', 'active', 'prioritized', 'waiting-children'].includes(state)) {
          if (row.neverQueued) queued.push(row.id);
          continue;
        }
        // A finished job with this id would make add() a no-op; clear it first.
        if (job) await withTimeout(job.remove(), 'remove finished job');
        await this.addJob(row.id, row.sendAt);
        queued.push(row.id);
        added += 1;
      } catch (error) {
        this.logger.warn(`Sweep could not queue scheduled e-mail ${row.id}: ${(error as Error).message}`);
        break;
      }
    }
    if (queued.length) await this.store.markEnqueued(queued);
    return added;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => this.queue.disconnect());
  }
}
