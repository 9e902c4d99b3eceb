import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEMO_EMAIL_DOMAIN, PUBLISHED_DEMO_PASSWORDS, User } from '@nextstep/db';
import { InjectConfig, verifyPassword, type AppConfig } from '@nextstep/platform';
import { DataSource, IsNull, Like } from 'typeorm';

/**
 * In production the API does not start while anyone could sign in with a
 * password the README publishes: a demo account that still has its demo
 * password, or ADMIN_PASSWORD set to one of them. The error names each
 * account, so the operator knows what to change or deactivate. Start-up runs
 * it before anything is created (see BootstrapAdminService).
 */
@Injectable()
export class PublishedPasswordsCheck {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Throws, naming each account, when production would start with a published password. */
  async assertNoneInProduction(): Promise<void> {
    if (this.config.nodeEnv !== 'production') return;
    const offenders = await this.accountsWithPublishedPasswords();
    const admin = this.config.auth.bootstrapAdmin;
    if (admin && PUBLISHED_DEMO_PASSWORDS.includes(admin.password)) offenders.push(`ADMIN_PASSWORD (for ${admin.email})`);
    if (offenders.length) {
      throw new Error(
        `Refusing to start in production: ${offenders.join(', ')} ${offenders.length === 1 ? 'uses' : 'use'} a demo password published in the README. ` +
          `Deactivate or delete the demo accounts (for example: UPDATE users SET deactivated_at = now() WHERE email LIKE '%@${DEMO_EMAIL_DOMAIN}') ` +
          'and choose another ADMIN_PASSWORD.',
      );
    }
  }

  /** Active accounts of the demo domain whose password is still a published one (each checked against every published password). */
  private async accountsWithPublishedPasswords(): Promise<string[]> {
    const candidates = await this.dataSource
      .getRepository(User)
      .find({ select: { email: true, passwordHash: true }, where: { email: Like(`%@${DEMO_EMAIL_DOMAIN}`), deactivatedAt: IsNull(), erasedAt: IsNull() } });
    const checked = await Promise.all(
      candidates.map(async (user) => {
        for (const password of PUBLISHED_DEMO_PASSWORDS) if (await verifyPassword(user.passwordHash, password)) return user.email;
        return null;
      }),
    );
    return checked.filter((email): email is string => email !== null).sort();
  }
}
