import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ScheduledEmail } from '@nextstep/db';
import { classifySmtpError, MailRenderer, type MailSender, type RenderedEmail } from '@nextstep/mail';
import { Clock, InjectConfig, type AppConfig, EMAIL_JOB_ATTEMPTS, type SendScheduledEmailPayload } from '@nextstep/platform';
import { UnrecoverableError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { MicroBatcher } from '../common/micro-batcher';
import { EMAIL_CONCURRENCY } from '../queues/email-concurrency';
import { EmailContentService, type EmailContent } from './email-content.service';

export const MAIL_SENDER = Symbol('MAIL_SENDER');

/**
 * How long a claim (`status = 'sending'`) is honoured. Longer than any SMTP
 * conversation (the sender's socket timeout is 60 s), so only a worker that
 * died mid-send loses its claim.
 */
export const SEND_LEASE_SECONDS = 120;

/** A job waits at most this long for others to share its round trip; small next to an SMTP conversation. */
const BATCHING = { maxBatch: EMAIL_CONCURRENCY, waitMs: 5 };

export type ProcessOutcome = 'sent' | 'skipped' | 'already-done' | 'missing';

/** Stable per row, so a resend after a crash carries the same Message-ID and can be recognised. */
export function scheduledEmailMessageId(id: string, appBaseUrl: string): string {
  return `<scheduled-email-${id}@${new URL(appBaseUrl).hostname}>`;
}

/**
 * Sends one scheduled e-mail.
 *
 * Guarantee: an e-mail is handed to the SMTP server at most once, except when
 * a worker dies after the server accepted it and before the row was marked
 * sent (a window of one UPDATE). Then the claim's lease runs out, the sweep
 * re-queues it and it is sent again with the same Message-ID, which lets
 * mail systems and people recognise the duplicate. The alternative
 * (never resend a claim that ran out) would lose every e-mail whose sender
 * died before the server accepted it, which is the far more likely case.
 */
@Injectable()
export class ScheduledEmailProcessor implements OnApplicationShutdown {
  private readonly logger = new Logger(ScheduledEmailProcessor.name);

  // The three steps every send takes, each batched across the jobs running at the same moment.
  private readonly claims = new MicroBatcher((ids: string[]) => this.content.claimMany(this.dataSource, ids, SEND_LEASE_SECONDS), BATCHING);

  /** Renews the lease of rows still claimed; false for a row cancelled meanwhile. */
  private readonly stillClaimed = new MicroBatcher(async (ids: string[]) => {
    const [renewed] = (await this.dataSource.query(
      `UPDATE scheduled_emails SET lease_until = now() + make_interval(secs => ${SEND_LEASE_SECONDS})
        WHERE id = ANY($1::uuid[]) AND status = 'sending' RETURNING id`,
      [ids],
    )) as [Array<{ id: string }>, number];
    const live = new Set(renewed.map((row) => row.id));
    return ids.map((id) => live.has(id));
  }, BATCHING);

  // Marked sent even if a cancellation arrived during the SMTP conversation: the row must say what happened.
  private readonly markSent = new MicroBatcher(async (sent: Array<{ id: string; messageId: string }>) => {
    await this.dataSource.query(
      `UPDATE scheduled_emails s SET status = 'sent', message_id = v.message_id, sent_at = now(), lease_until = NULL, last_error = NULL,
              updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS v(id, message_id)
        WHERE s.id = v.id`,
      [sent.map((row) => row.id), sent.map((row) => row.messageId)],
    );
    return sent.map(() => undefined);
  }, BATCHING);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly content: EmailContentService,
    private readonly renderer: MailRenderer,
    @Inject(MAIL_SENDER) private readonly sender: MailSender,
    private readonly clock: Clock,
  ) {}

  async process(job: Job<SendScheduledEmailPayload>): Promise<ProcessOutcome> {
    const id = job.data.scheduledEmailId;
    const claimed = await this.claims.load(id);
    if (!claimed) return this.unclaimed(id);
    const { row, context } = claimed;

    // No waiting for send_at here: a row's time never changes (a new time is a new row), so an early
    // wake-up is a deliberate promotion. The guidance is asked again with the real time below.
    const now = this.clock.now();
    let decision;
    let rendered: RenderedEmail;
    try {
      decision = this.content.decide(row, context, now);
      if (!decision.send) {
        await this.finish(id, 'skipped', { reason: decision.reason });
        return 'skipped';
      }
      rendered = this.render(decision.content);
    } catch (error) {
      // A bug or bad data, not the mail server: retrying changes nothing.
      await this.finish(id, 'failed', { lastError: (error as Error).message });
      throw new UnrecoverableError(`Scheduled e-mail ${id} could not be prepared: ${(error as Error).message}`);
    }

    // Last look: a cancellation that committed while we prepared wins.
    if (!(await this.stillClaimed.load(id))) return 'skipped';

    const messageId = scheduledEmailMessageId(id, this.config.appBaseUrl);
    const unsubscribe = decision.content.data.links.unsubscribe;
    try {
      await this.sender.send({
        to: decision.to,
        rendered,
        messageId,
        headers: unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
      });
    } catch (error) {
      const message = (error as Error).message;
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? EMAIL_JOB_ATTEMPTS);
      if (classifySmtpError(error) === 'permanent' || lastAttempt) {
        await this.finish(id, 'failed', { lastError: message });
        throw new UnrecoverableError(`Scheduled e-mail ${id} failed: ${message}`);
      }
      await this.release(id, message);
      throw error;
    }
    await this.markSent.load({ id, messageId });
    this.logger.log(`Sent ${row.kind} ${id}`);
    return 'sent';
  }

  /** Runs after the queue workers have drained, so no send is cut off. */
  async onApplicationShutdown(): Promise<void> {
    await this.sender.close();
  }

  private render(content: EmailContent): RenderedEmail {
    switch (content.kind) {
      case 'interview_confirmation':
        return this.renderer.render(content.kind, content.data);
      case 'interview_cancelled':
        return this.renderer.render(content.kind, content.data);
      case 'interview_reminder':
        return this.renderer.render(content.kind, content.data);
      case 'thank_you_reminder':
        return this.renderer.render(content.kind, content.data);
      case 'follow_up_reminder':
        return this.renderer.render(content.kind, content.data);
      case 'owed_news_digest':
        return this.renderer.render(content.kind, content.data);
    }
  }

  private async unclaimed(id: string): Promise<ProcessOutcome> {
    const row = await this.dataSource.getRepository(ScheduledEmail).findOne({ where: { id }, select: { id: true, status: true } });
    if (!row) return 'missing';
    // Another worker holds a live claim: retry later, after its lease, rather than lose this wake-up.
    if (row.status === 'sending') throw new Error(`Scheduled e-mail ${id} is being sent by another worker`);
    return 'already-done';
  }

  /** Hands the row back for the next attempt (transient failure or early wake-up). */
  private async release(id: string, lastError?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_emails SET status = 'scheduled', lease_until = NULL, last_error = COALESCE($2, last_error), updated_at = now()
        WHERE id = $1 AND status = 'sending'`,
      [id, lastError ?? null],
    );
  }

  private async finish(id: string, status: 'skipped' | 'failed', details: { reason?: string; lastError?: string }): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_emails SET status = $2, reason = COALESCE($3, reason), last_error = COALESCE($4, last_error), lease_until = NULL, updated_at = now()
        WHERE id = $1 AND status = 'sending'`,
      [id, status, details.reason ?? null, details.lastError ?? null],
    );
  }
}
