import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { DatabaseModule } from '@nextstep/db';
import { createSmtpSender, MailRenderer, type MailSender } from '@nextstep/mail';
import { APP_CONFIG, Clock, ConfigModule, LoggingModule, RedisModule, SystemClock, type AppConfig } from '@nextstep/platform';
import { OutboxListener } from './outbox/outbox-listener.service';
import { OutboxRelay } from './outbox/outbox-relay.service';
import { EmailQueue } from './queues/email.queue';
import { EMAIL_CONCURRENCY } from './queues/email-concurrency';
import { QueueWorkers, WORKER_TUNING } from './queues/queue-workers.service';
import { JOB_ALERT_PROVIDERS } from './alerts/job-alert.providers';
import { ReadinessService } from './readiness.service';
import { EmailScheduler } from './scheduling/email-scheduler.service';
import { OwedNewsDigestService } from './sending/owed-news-digest.service';
import { MAIL_SENDER, ScheduledEmailProcessor } from './sending/scheduled-email.processor';
import { ScheduledEmailStore } from './store/scheduled-email.store';

export interface WorkerOptions {
  /** Tests pin the time; everything else uses the system clock. */
  clock?: Clock;
  /** How often BullMQ looks for jobs of dead workers (default 30 s); tests shorten it. */
  stalledIntervalMs?: number;
}

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: WorkerOptions = {}): DynamicModule {
    const providers: Provider[] = [
      ReadinessService,
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      { provide: WORKER_TUNING, useValue: { stalledIntervalMs: options.stalledIntervalMs } },
      // Compiled once; a broken template stops the worker at start-up, not at its first send.
      { provide: MailRenderer, useFactory: () => MailRenderer.load() },
      {
        provide: MAIL_SENDER,
        inject: [APP_CONFIG],
        // As many pooled SMTP connections as concurrent sends, so no send waits for a connection.
        useFactory: (appConfig: AppConfig): MailSender =>
          createSmtpSender({ smtpUrl: appConfig.mail.smtpUrl, from: appConfig.mail.from, maxConnections: EMAIL_CONCURRENCY }),
      },
      ScheduledEmailStore,
      EmailScheduler,
      EmailQueue,
      OutboxRelay,
      OutboxListener,
      ScheduledEmailProcessor,
      OwedNewsDigestService,
      QueueWorkers,
      ...JOB_ALERT_PROVIDERS,
    ];
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule.forRoot('nextstep-worker'), RedisModule],
      providers,
    };
  }
}
