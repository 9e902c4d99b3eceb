import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  DEFAULT_JOB_OPTIONS,
  InjectConfig,
  InjectRedis,
  JOB_NAMES,
  producerConnection,
  QUEUE_NAMES,
  type AppConfig,
  type JobPayloads,
} from '@nextstep/platform';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

/** A Redis call that has not answered in this time is treated as Redis being down. */
const REDIS_TIMEOUT_MS = 3_000;

/**
 * Wakes the worker for a scheduled_emails row the API wrote (a guest's
 * confirmation e-mail), the way the worker's own queue does: a BullMQ job on
 * the e-mail queue whose id is the row's id. The row is the truth; when
 * Redis cannot be reached, the worker's sweep queues the row within 30 s.
 */
@Injectable()
export class JobAlertMailQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(JobAlertMailQueue.name);
  private queue: Queue<JobPayloads[typeof JOB_NAMES.sendScheduledEmail]> | null = null;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  async wake(scheduledEmailId: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      // No BullMQ connection while Redis is down (see AccountEmailQueue): the sweep queues the row instead.
      if (this.redis.status !== 'ready') throw new Error('Redis is not connected');
      const queue = this.connect();
      await Promise.race([
        queue.add(JOB_NAMES.sendScheduledEmail, { scheduledEmailId }, { jobId: scheduledEmailId }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`Redis did not answer within ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS);
        }),
      ]);
      await this.dataSource.query(`UPDATE scheduled_emails SET enqueued_at = now() WHERE id = $1`, [scheduledEmailId]);
    } catch (error) {
      this.logger.warn(`Could not queue scheduled e-mail ${scheduledEmailId}; the worker's sweep will: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  // Made on first use: most API requests never need it.
  private connect(): Queue<JobPayloads[typeof JOB_NAMES.sendScheduledEmail]> {
    if (!this.queue) {
      this.queue = new Queue(QUEUE_NAMES.emails, {
        connection: producerConnection(this.config, 'nextstep-api-job-alerts'),
        prefix: this.config.redis.prefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      this.queue.on('error', () => undefined);
    }
    return this.queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close().catch(() => this.queue?.disconnect());
  }
}
