import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { webPath, WebRoute } from '@nextstep/contracts';
import { AccountToken, User } from '@nextstep/db';
import { MailRenderer, type MailSender, type RenderedEmail } from '@nextstep/mail';
import { Clock, InjectConfig, type AppConfig } from '@nextstep/platform';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AccountEmailJob } from './account-email-jobs';

export const ACCOUNT_MAIL_SENDER = Symbol('ACCOUNT_MAIL_SENDER');

export type SendOutcome = { sent: true } | { sent: false; reason: string };

/**
 * Turns one queued account e-mail into a sent one, after checking that it is
 * still wanted: the account exists and is open, the link's token is still
 * unused and unexpired, the address is not verified already.
 */
@Injectable()
export class AccountEmailSender {
  private readonly logger = new Logger(AccountEmailSender.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: MailRenderer,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async send(job: AccountEmailJob, jobId: string, mail: MailSender): Promise<SendOutcome> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: job.userId });
    if (!user || user.erasedAt || user.deactivatedAt) return { sent: false, reason: 'the account is closed' };
    const recipient = { firstName: user.firstName, email: user.email, timeZone: user.timeZone };
    const portal = `${this.config.appBaseUrl}${webPath(WebRoute.search, {})}`;
    let rendered: RenderedEmail;
    if (job.kind === 'password_changed') {
      rendered = this.renderer.render('password_changed', {
        recipient,
        changedAt: new Date(job.changedAt),
        links: { portal, resetPassword: `${this.config.appBaseUrl}${webPath(WebRoute.resetPassword, {})}` },
      });
    } else {
      if (job.kind === 'verify_email' && user.emailVerifiedAt) return { sent: false, reason: 'the address is verified already' };
      const token = await this.dataSource.getRepository(AccountToken).findOneBy({ tokenHash: createHash('sha256').update(job.token).digest('hex') });
      if (!token || token.usedAt || token.expiresAt.getTime() <= this.clock.now().getTime()) {
        return { sent: false, reason: 'the link was used or has expired' };
      }
      const route = job.kind === 'password_reset' ? WebRoute.resetPassword : WebRoute.verifyEmail;
      rendered = this.renderer.render(job.kind, {
        recipient,
        link: `${this.config.appBaseUrl}${webPath(route, {}, { token: job.token })}`,
        requestedAt: new Date(job.requestedAt),
        expiresAt: new Date(job.expiresAt),
        links: { portal },
      });
    }
    await mail.send({
      to: { name: `${user.firstName} ${user.lastName}`.trim(), email: user.email },
      rendered,
      // The same id on every attempt, so a resend after a lost acknowledgement is recognisable.
      messageId: `<account-email-${jobId}@${new URL(this.config.appBaseUrl).hostname}>`,
    });
    this.logger.log(`Sent ${job.kind} e-mail (job ${jobId})`);
    return { sent: true };
  }
}
