import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@nextstep/contracts';
import { User } from '@nextstep/db';
import { Clock, InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource, IsNull } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { WindowCounter } from '../common/rate-limit/window-counter.service';
import { AccountEmailQueue } from './account-emails/account-email.queue';
import { mailUnavailable } from './account-recovery.service';
import { AccountTokensService } from './account-tokens.service';
import type { AcceptedDto, EmailVerifiedDto } from './dto/recovery.dto';

/** Verification e-mails one account can ask for per hour. */
export const VERIFICATION_EMAILS_PER_HOUR = 3;
const HOUR_MS = 3_600_000;

/**
 * Proves that the address of an account reaches its owner. It holds nothing
 * back: an unverified candidate still gets the guidance e-mails; staff see
 * whether the address was confirmed.
 */
@Injectable()
export class EmailVerificationService {
  private readonly logger = new Logger(EmailVerificationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly linkTokens: AccountTokensService,
    private readonly counter: WindowCounter,
    private readonly mail: AccountEmailQueue,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** After sign-up. The account exists whatever happens here: a lost e-mail is asked for again with `resend`. */
  async sendAfterSignUp(userId: string): Promise<void> {
    await this.issueAndQueue(userId).catch((error: Error) => this.logger.warn(`Could not queue the verification e-mail: ${error.message}`));
  }

  async resend(userId: string): Promise<AcceptedDto> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    if (user.emailVerifiedAt) {
      throw new ApiError(HttpStatus.CONFLICT, ErrorCode.EMAIL_ALREADY_VERIFIED, 'Your e-mail address is confirmed already.');
    }
    const verdict = await this.counter.hit('verification-email', userId, VERIFICATION_EMAILS_PER_HOUR, HOUR_MS).catch(() => {
      throw mailUnavailable();
    });
    if (!verdict.allowed) {
      throw new ApiError(
        HttpStatus.TOO_MANY_REQUESTS,
        ErrorCode.RATE_LIMITED,
        `We have sent ${VERIFICATION_EMAILS_PER_HOUR} confirmation e-mails in the last hour; use the newest one, or try again later.`,
        { retryAfterSeconds: verdict.retryAfterSeconds },
      );
    }
    await this.issueAndQueue(userId).catch((error: unknown) => {
      if (error instanceof ApiError) throw error;
      throw mailUnavailable();
    });
    return { message: `We have sent a new confirmation link to ${user.email}. It works for ${this.config.auth.emailVerificationTtlHours} hours.` };
  }

  async verify(token: string): Promise<EmailVerifiedDto> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.linkTokens.consume(manager, token, 'verify_email', now);
      const user = row ? await manager.findOneBy(User, { id: row.userId, erasedAt: IsNull() }) : null;
      if (!user) {
        throw new ApiError(
          HttpStatus.BAD_REQUEST,
          ErrorCode.VERIFICATION_TOKEN_INVALID,
          'This confirmation link is not valid any more: it was used already or has expired. Sign in and ask for a new one.',
          { fields: { token: 'token is not a valid, unused confirmation link' } },
        );
      }
      if (!user.emailVerifiedAt) await manager.update(User, { id: user.id }, { emailVerifiedAt: now });
      return { emailVerified: true, email: user.email };
    });
  }

  private async issueAndQueue(userId: string): Promise<void> {
    const now = this.clock.now();
    const issued = await this.linkTokens.issue(this.dataSource.manager, userId, 'verify_email', now, this.config.auth.emailVerificationTtlHours * HOUR_MS);
    await this.mail.add({ kind: 'verify_email', userId, token: issued.token, requestedAt: now.toISOString(), expiresAt: issued.expiresAt.toISOString() });
  }
}
