import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MailSendError, type MailSender } from '@nextstep/mail';
import { InjectConfig, InjectRedis, producerConnection, redisReady, workerConnection, type AppConfig } from '@nextstep/platform';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type Redis from 'ioredis';
import { ACCOUNT_EMAIL_QUEUE, accountEmailJobOptions, SEND_ACCOUNT_EMAIL, type AccountEmailJob } from './account-email-jobs';
import { ACCOUNT_MAIL_SENDER, AccountEmailSender, type SendOutcome } from './account-email-sender.service';

/** A Redis call that has not answered in this time counts as Redis being down. */
const REDIS_TIMEOUT_MS = 3_000;
const CONCURRENCY = 4;

/**
 * Queues account e-mails right after the change they announce has
 * committed, and sends them from every API instance (BullMQ hands each job
 * to one). `add` rejects when Redis cannot take the job, so the caller can
 * say "try again" instead of promising an e-mail that will never come.
 *
 * No BullMQ connection is opened while the shared Redis client is not connected: BullMQ cannot close a connection
 * that never connected without an unhandled rejection (taskforcesh/bullmq#3546: close() removes the listeners the
 * failed handshake is later re-emitted to), and opening more connections to a Redis that is down helps nobody.
 */
@Injectable()
export class AccountEmailQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AccountEmailQueue.name);
  private queue: Queue<AccountEmailJob> | null = null;
  private worker: Worker<AccountEmailJob, SendOutcome> | null = null;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly sender: AccountEmailSender,
    @Inject(ACCOUNT_MAIL_SENDER) private readonly mail: MailSender,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  private readonly stopping = new AbortController();

  async add(job: AccountEmailJob): Promise<void> {
    if (this.redis.status !== 'ready') throw new Error('Redis is not connected');
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.connect().add(SEND_ACCOUNT_EMAIL, job),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`Redis did not answer within ${REDIS_TIMEOUT_MS} ms`)), REDIS_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  onApplicationBootstrap(): void {
    redisReady(this.redis, this.stopping.signal).then(
      () => this.startWorker(),
      () => undefined, // shut down before Redis answered
    );
  }

  private startWorker(): void {
    if (this.stopping.signal.aborted) return;
    this.worker = new Worker<AccountEmailJob, SendOutcome>(ACCOUNT_EMAIL_QUEUE, (job) => this.process(job), {
      connection: workerConnection(this.config, 'nextstep-api-account-emails'),
      prefix: this.config.redis.prefix,
      concurrency: CONCURRENCY,
    });
    this.worker.on('error', (error) => this.logger.warn(`Account e-mail queue: ${error.message}`));
    this.worker.on('failed', (job, error) => {
      if (job) this.logger.warn(`Account e-mail job ${job.id} (${job.data.kind}) failed (attempt ${job.attemptsMade}): ${error.message}`);
    });
  }

  private async process(job: Job<AccountEmailJob, SendOutcome>): Promise<SendOutcome> {
    try {
      return await this.sender.send(job.data, job.id ?? job.name, this.mail);
    } catch (error) {
      // A refusal by the server (5xx) will not change on a retry.
      if (error instanceof MailSendError && error.classification === 'permanent') throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  // Made on first use: most API requests never send an account e-mail.
  private connect(): Queue<AccountEmailJob> {
    if (!this.queue) {
      const keepFailedSeconds = Math.max(this.config.auth.passwordResetTtlMinutes * 60, 3_600);
      this.queue = new Queue<AccountEmailJob>(ACCOUNT_EMAIL_QUEUE, {
        connection: producerConnection(this.config, 'nextstep-api-account-emails-producer'),
        prefix: this.config.redis.prefix,
        defaultJobOptions: accountEmailJobOptions(keepFailedSeconds),
      });
      this.queue.on('error', () => undefined);
    }
    return this.queue;
  }

  /** Running sends finish first (close waits for them), then the connections close. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    if (this.worker) {
      // A worker closed while its connection is still being set up rejects inside BullMQ; let that finish first, briefly.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.worker.waitUntilReady().catch(() => undefined), new Promise((done) => (timer = setTimeout(done, REDIS_TIMEOUT_MS)))]);
      clearTimeout(timer);
      await this.worker.close().catch(() => undefined);
    }
    await this.queue?.close().catch(() => this.queue?.disconnect());
    await this.mail.close().catch(() => undefined);
  }
}
