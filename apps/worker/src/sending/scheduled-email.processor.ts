import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { classifySmtpError, MailRenderer, type MailSender, type RenderedEmail } from '@nextstep/mail';
import { Clock, InjectConfig, type AppConfig, EMAIL_JOB_ATTEMPTS, type SendScheduledEmailPayload } from '@nextstep/platform';
import { UnrecoverableError, type Job } from 'bullmq';
import { MicroBatcher } from '../common/micro-batcher';
import { EMAIL_CONCURRENCY } from '../queues/email-concurrency';
import { ScheduledEmailStore } from '../store/scheduled-email.store';
import { JOB_ALERT_EMAIL_KINDS, JobAlertEmails } from '../alerts/job-alert-emails.service';
import { decideEmail, type EmailContent } from './email-decision';

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
  private readonly claims = new MicroBatcher((ids: string[]) => this.store.claimAndLoad(ids, SEND_LEASE_SECONDS), BATCHING);
  private readonly stillClaimed = new MicroBatcher((ids: string[]) => this.store.renew(ids, SEND_LEASE_SECONDS), BATCHING);
  private readonly markSent = new MicroBatcher(async (sent: Array<{ id: string; messageId: string }>) => {
    await this.store.markSent(sent);
    return sent.map(() => undefined);
  }, BATCHING);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly store: ScheduledEmailStore,
    private readonly renderer: MailRenderer,
    @Inject(MAIL_SENDER) private readonly sender: MailSender,
    private readonly clock: Clock,
    private readonly alertEmails: JobAlertEmails,
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
      // Job alerts read their own context (the alert and its jobs); everything else is about an application.
      decision = JOB_ALERT_EMAIL_KINDS.has(row.kind)
        ? await this.alertEmails.decide(row, now)
        : decideEmail(row, context, now, {
            appBaseUrl: this.config.appBaseUrl,
            jwtSecret: this.config.jwtSecret,
            followUpAfterDays: this.config.guidance.followUpAfterDays,
          });
      if (!decision.send) {
        await this.store.finish(id, 'skipped', { reason: decision.reason });
        return 'skipped';
      }
      rendered = this.render(decision.content);
    } catch (error) {
      // A bug or bad data, not the mail server: retrying changes nothing.
      await this.store.finish(id, 'failed', { lastError: (error as Error).message });
      throw new UnrecoverableError(`Scheduled e-mail ${id} could not be prepared: ${(error as Error).message}`);
    }

    // Last look: a cancellation that committed while we prepared wins.
    if (!(await this.stillClaimed.load(id))) return 'skipped';

    const messageId = scheduledEmailMessageId(id, this.config.appBaseUrl);
    const unsubscribe = decision.content.data.links.unsubscribe;
    try {
      await this.sender.send({
        to: decision.to,
        cc: decision.cc,
        ...(decision.replyTo ? { replyTo: decision.replyTo } : {}),
        rendered,
        messageId,
        headers: unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
      });
    } catch (error) {
      const message = (error as Error).message;
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? EMAIL_JOB_ATTEMPTS);
      if (classifySmtpError(error) === 'permanent' || lastAttempt) {
        await this.store.finish(id, 'failed', { lastError: message });
        throw new UnrecoverableError(`Scheduled e-mail ${id} failed: ${message}`);
      }
      await this.store.release(id, message);
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
    return this.renderer.render(content.kind, content.data);
  }

  private async unclaimed(id: string): Promise<ProcessOutcome> {
    const status = await this.store.statusOf(id);
    if (!status) return 'missing';
    // Another worker holds a live claim: retry later, after its lease, rather than lose this wake-up.
    if (status === 'sending') throw new Error(`Scheduled e-mail ${id} is being sent by another worker`);
    return 'already-done';
  }
}
