import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@nextstep/contracts';
import { User } from '@nextstep/db';
import { Clock, InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource, IsNull } from 'typeorm';
import { ApiError } from '../common/errors/api-error';
import { WindowCounter } from '../common/rate-limit/window-counter.service';
import { AccountEmailQueue } from './account-emails/account-email.queue';
import { AccountTokensService } from './account-tokens.service';
import type { AcceptedDto, ForgotPasswordDto, ResetPasswordDto } from './dto/recovery.dto';
import { PasswordService } from './password.service';
import { TokensService } from './tokens.service';

/** Reset e-mails one address can be sent per hour: enough for a person, too few to pester one. */
export const RESET_EMAILS_PER_HOUR = 3;
const HOUR_MS = 3_600_000;

export function mailUnavailable(): ApiError {
  return new ApiError(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.BUSY, 'We cannot send e-mail right now; please try again in a minute.', {
    retryAfterSeconds: 60,
  });
}

/**
 * "Forgot your password?": a single-use link by e-mail, then a new password
 * that ends every session. The request answers the same whether or not the
 * address has an account.
 */
@Injectable()
export class AccountRecoveryService {
  private readonly logger = new Logger(AccountRecoveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokensService,
    private readonly linkTokens: AccountTokensService,
    private readonly counter: WindowCounter,
    private readonly mail: AccountEmailQueue,
    private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  accepted(): AcceptedDto {
    return {
      message:
        `If an account uses this address, we have sent it a link to choose a new password. The link works for ${this.config.auth.passwordResetTtlMinutes} minutes; ` +
        'if nothing arrives, check the spam folder and the spelling of the address.',
    };
  }

  async forgotPassword(dto: ForgotPasswordDto): Promise<AcceptedDto> {
    // Counted for every address asked about, known or not, so the answer says nothing either way.
    const allowed = await this.counter.hit('password-reset-email', dto.email, RESET_EMAILS_PER_HOUR, HOUR_MS).then(
      (verdict) => verdict.allowed,
      () => {
        throw mailUnavailable();
      },
    );
    if (!allowed) return this.accepted();
    const user = await this.dataSource.getRepository(User).findOneBy({ email: dto.email, erasedAt: IsNull(), deactivatedAt: IsNull() });
    if (!user) return this.accepted();
    const now = this.clock.now();
    const issued = await this.linkTokens.issue(this.dataSource.manager, user.id, 'password_reset', now, this.config.auth.passwordResetTtlMinutes * 60_000);
    await this.mail
      .add({ kind: 'password_reset', userId: user.id, token: issued.token, requestedAt: now.toISOString(), expiresAt: issued.expiresAt.toISOString() })
      .catch((error: Error) => {
        this.logger.warn(`Could not queue a password-reset e-mail: ${error.message}`);
        throw mailUnavailable();
      });
    return this.accepted();
  }

  /**
   * Sets the new password, proves the address (the link reached it), ends
   * every session and access token, retires other reset links and tells
   * the owner by e-mail.
   */
  async resetPassword(dto: ResetPasswordDto): Promise<AcceptedDto> {
    const now = this.clock.now();
    const user = await this.dataSource.transaction(async (manager) => {
      const token = await this.linkTokens.consume(manager, dto.token, 'password_reset', now);
      const found = token
        ? await manager.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: token.userId }).getOne()
        : null;
      if (!found || found.erasedAt || found.deactivatedAt) {
        throw new ApiError(
          HttpStatus.BAD_REQUEST,
          ErrorCode.RESET_TOKEN_INVALID,
          'This reset link is not valid any more: it was used already, has expired, or was copied incompletely. Ask for a new one.',
          { fields: { token: 'token is not a valid, unused reset link' } },
        );
      }
      await this.passwords.assertAcceptableChange(dto.password, found, found.passwordHash);
      await manager.update(
        User,
        { id: found.id },
        { passwordHash: await this.passwords.hash(dto.password), tokenVersion: () => 'token_version + 1', emailVerifiedAt: found.emailVerifiedAt ?? now },
      );
      await this.tokens.revokeAll(found.id, manager);
      await this.linkTokens.retireAll(manager, found.id, 'password_reset', now);
      return found;
    });
    await this.notifyPasswordChanged(user.id, now);
    return { message: 'Your password was changed and every device was signed out. Sign in with the new password.' };
  }

  /** The "your password was changed" notice, for a reset and for a change while signed in. */
  async notifyPasswordChanged(userId: string, changedAt: Date): Promise<void> {
    // The password is changed already; a notice Redis could not take is logged rather than undoing that.
    await this.mail.add({ kind: 'password_changed', userId, changedAt: changedAt.toISOString() }).catch((error: Error) => {
      this.logger.error(`Could not queue the password-changed notice for user ${userId}: ${error.message}`);
    });
  }
}
