import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ScheduledEmail } from '@nextstep/db';
import { classifySmtpError, MailRenderer, type MailSender, type RenderedEmail } from '@nextstep/mail';
import { Clock, InjectConfig, type AppConfig, EMAIL_JOB_ATTEMPTS, type SendScheduledEmailPayload } from '@nextstep/platform';
import { UnrecoverableError, type Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { EmailContentService, type EmailContent } from './email-content.service';

export const MAIL_SENDER = Symbol('MAIL_SENDER');

/**
 * How long a claim (`status = 'sending'`) is honoured. Longer than any SMTP
 * conversation (the sender's socket timeout is 60 s), so only a worker that
 * died mid-send loses its claim.
 */
export const SEND_LEASE_SECONDS = 120;

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
    const row = await this.claim(id);
    if (!row) return this.unclaimed(id);

    // No waiting for send_at here: a row's time never changes (a new time is a new row), so an early
    // wake-up is a deliberate promotion. The guidance is asked again with the real time below.
    const now = this.clock.now();
    let decision;
    let rendered: RenderedEmail;
    try {
      decision = await this.content.decide(this.dataSource.manager, row, now);
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
    if (!(await this.stillClaimed(id))) return 'skipped';

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
    // Marked sent even if a cancellation arrived during the SMTP conversation: the row must say what happened.
    await this.dataSource.query(
      `UPDATE scheduled_emails SET status = 'sent', message_id = $2, sent_at = now(), lease_until = NULL, last_error = NULL, updated_at = now()
        WHERE id = $1`,
      [id, messageId],
    );
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

  /** Takes the row for this attempt: still scheduled, or a claim whose worker died (lease ran out). */
  private async claim(id: string): Promise<ScheduledEmail | null> {
    const result = (await this.dataSource.query(
      `UPDATE scheduled_emails SET status = 'sending', attempts = attempts + 1,
              lease_until = now() + make_interval(secs => ${SEND_LEASE_SECONDS}), updated_at = now()
        WHERE id = $1 AND (status = 'scheduled' OR (status = 'sending' AND lease_until < now()))
        RETURNING id`,
      [id],
    )) as [Array<{ id: string }>, number];
    if (!result[0].length) return null;
    return this.dataSource.getRepository(ScheduledEmail).findOneBy({ id });
  }

  private async unclaimed(id: string): Promise<ProcessOutcome> {
    const row = await this.dataSource.getRepository(ScheduledEmail).findOne({ where: { id }, select: { id: true, status: true } });
    if (!row) return 'missing';
    // Another worker holds a live claim: retry later, after its lease, rather than lose this wake-up.
    if (row.status === 'sending') throw new Error(`Scheduled e-mail ${id} is being sent by another worker`);
    return 'already-done';
  }

  private async stillClaimed(id: string): Promise<boolean> {
    const result = (await this.dataSource.query(
      `UPDATE scheduled_emails SET lease_until = now() + make_interval(secs => ${SEND_LEASE_SECONDS}) WHERE id = $1 AND status = 'sending' RETURNING id`,
      [id],
    )) as [Array<{ id: string }>, number];
    return result[0].length > 0;
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
