import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { User, isUniqueViolation } from '@nextstep/db';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource } from 'typeorm';
import { PasswordService } from './password.service';
import { PublishedPasswordsCheck } from './published-passwords.service';

/**
 * Creates the admin named by ADMIN_EMAIL / ADMIN_PASSWORD unless that account
 * exists. It asks about this address, not about admins in general: an admin
 * that something else created (the demo seed, say) must not stand in for the
 * operator's own.
 */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdminService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly publishedPasswords: PublishedPasswordsCheck,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Nest runs start-up hooks side by side: the refusal must come before any account is written.
    await this.publishedPasswords.assertNoneInProduction();
    const admin = this.config.auth.bootstrapAdmin;
    if (!admin) return;
    const email = admin.email.trim().toLowerCase();
    const users = this.dataSource.getRepository(User);
    const existing = await users.findOne({ select: { id: true, role: true }, where: { email } });
    if (existing) {
      // Never promote: whoever registered this address chose its password, and would become admin.
      if (existing.role !== 'admin') this.logger.error(`ADMIN_EMAIL belongs to an existing ${existing.role} account; no admin was created for it`);
      return;
    }
    try {
      await users.insert({
        email,
        passwordHash: await this.passwords.hash(admin.password),
        role: 'admin',
        firstName: 'Agency',
        lastName: 'Admin',
        // The operator chose this address; there is nobody else to prove it to.
        emailVerifiedAt: new Date(),
      });
      this.logger.log('Created the admin account from ADMIN_EMAIL');
    } catch (error) {
      // Another API instance starting at the same moment created it first.
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
